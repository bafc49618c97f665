import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan
} from "./chunk-NMAJ3DZA.js";
import {
  TOOL
} from "./chunk-MDAZFAAI.js";

// src/inventory/sbom/workspace-sbom.ts
import path from "node:path";
async function workspaceSbom(workspace, format, build, timestamp) {
  const inventory = await (await import("./collect-AVZ37XE3.js")).collectInventory(workspace);
  await (await import("./installed-EMSMVTWB.js")).addInstalledLicenses(workspace, inventory);
  const plan = sbomPlan(inventory, format, {
    subject: {
      name: build.repository ?? path.basename(workspace.root),
      ...build.repository ? { repository: build.repository, ...build.serverUrl ? { serverUrl: build.serverUrl } : {} } : {},
      ...build.sha && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(build.sha) ? { commit: build.sha } : {},
      ...build.repository && build.ref ? { ref: build.ref } : {}
    },
    ...timestamp ? { timestamp } : {},
    tool: TOOL
  });
  return { plan, summary: { packages: inventory.packages.length, files: inventory.files.length, problems: inventory.problems } };
}

export {
  workspaceSbom
};
