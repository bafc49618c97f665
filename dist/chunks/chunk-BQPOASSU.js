import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/model/fact.ts
function known(value, gaps = []) {
  return gaps.length > 0 ? { known: true, value, gaps } : { known: true, value };
}
function unknownFact(cause, reason, permission) {
  return permission ? { known: false, cause, reason, permission } : { known: false, cause, reason };
}
function noTarget() {
  return unknownFact("no-target", "no repository was named (use --repo owner/name or GITHUB_REPOSITORY)");
}
function defineFact(id, fetch, options = {}) {
  return options.scope ? { id, scope: options.scope, fetch } : { id, fetch };
}
function isGroupScoped(def) {
  return def.scope === "workflow-group";
}

export {
  known,
  unknownFact,
  noTarget,
  defineFact,
  isGroupScoped
};
