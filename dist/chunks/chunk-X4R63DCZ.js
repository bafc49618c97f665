import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/github/request-counter.ts
var RequestCounter = class {
  count = 0;
  byRoute = /* @__PURE__ */ new Map();
  record(method, url) {
    this.count += 1;
    const key = `${method} ${new URL(url).pathname}`;
    this.byRoute.set(key, (this.byRoute.get(key) ?? 0) + 1);
  }
};

export {
  RequestCounter
};
