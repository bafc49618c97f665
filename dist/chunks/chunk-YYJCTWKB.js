import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/model/rule.ts
function defineRule(rule) {
  return rule;
}
function inBaseline(meta) {
  return meta.baseline ?? meta.access.token !== "elevated";
}

export {
  defineRule,
  inBaseline
};
