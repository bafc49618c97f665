import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/advisories/sources/index.ts
var DEFAULT_OSV_URL = "https://api.osv.dev";
function createSource(setting, dependencies) {
  switch (setting.kind) {
    case "github":
      return {
        setting,
        async check(packages) {
          if (!dependencies.github) throw new Error("the GitHub advisory source needs a GitHub client");
          const { matchGitHub } = await import("./github-QYSXZSE5.js");
          return matchGitHub(packages, dependencies.github, dependencies.now ? { now: dependencies.now } : {});
        }
      };
    case "osv":
      return {
        setting,
        async check(packages) {
          const { matchOsvApi } = await import("./osv-api-N6NGLX2T.js");
          return matchOsvApi(packages, {
            baseUrl: setting.url,
            ...dependencies.osvCacheDir ? { cacheDir: dependencies.osvCacheDir } : {},
            ...dependencies.http ? { http: dependencies.http } : {},
            ...dependencies.now ? { now: dependencies.now } : {}
          });
        }
      };
    case "osv-offline":
      return {
        setting,
        async check(packages) {
          const { matchOffline } = await import("./osv-offline-JYNQOSTW.js");
          return matchOffline(setting.directory, packages);
        }
      };
  }
}

export {
  DEFAULT_OSV_URL,
  createSource
};
