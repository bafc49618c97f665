import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  catalogImage
} from "./chunk-WAENLJD2.js";
import "./chunk-FZO2DREV.js";
import "./chunk-QSVJMMHB.js";
import {
  parseImageReference,
  parsePlatform
} from "./chunk-R4E7HGPY.js";
import "./chunk-VLIHJN4G.js";
import "./chunk-SECJK3F6.js";
import "./chunk-6JOHTDBO.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-ASTGQ7E2.js";
import "./chunk-3BSLMYX7.js";
import "./chunk-HUNFW3VE.js";
import "./chunk-PWQCIXAS.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-VZNYH5DF.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/images/image-sbom.ts
import path from "node:path";
async function imageSbom(reference, options) {
  const parsed = parseImageReference(reference);
  const platform = options.platform !== void 0 ? parsePlatform(options.platform) : void 0;
  let catalog;
  try {
    catalog = await catalogImage(reference, {
      ...platform ? { platform } : {},
      languages: !(options.osOnly ?? false),
      ...options.env ? { env: options.env } : {}
    });
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const cause = error.cause;
    throw new ConfigurationError(`${reference}: ${error.message}${cause ? ` (${String(cause?.message ?? cause)})` : ""}`);
  }
  const repository = parsed.kind === "registry" ? `${parsed.registry}/${parsed.repository}` : void 0;
  const name = parsed.kind === "registry" ? `${parsed.registry}/${parsed.repository}` : parsed.kind === "oci" ? path.basename(path.resolve(options.cwd, parsed.dir)) : path.basename(parsed.file);
  return {
    inventory: catalog.inventory,
    catalog,
    subject: {
      name,
      image: {
        reference,
        digest: catalog.digest,
        platform: catalog.platform,
        ...repository ? { repository } : {},
        ...catalog.distro ? {
          distro: {
            id: catalog.distro.id,
            ...catalog.distro.versionId ? { versionId: catalog.distro.versionId } : {},
            ...catalog.distro.prettyName ? { prettyName: catalog.distro.prettyName } : {}
          }
        } : {}
      }
    },
    ...repository ? { repository, attestedDigest: parsed.kind === "registry" && parsed.digest ? parsed.digest : catalog.indexDigest ?? catalog.digest } : {}
  };
}
function imageSbomSummary(reference, catalog) {
  const distro = catalog.distro ? `${catalog.distro.id}${catalog.distro.versionId ? ` ${catalog.distro.versionId}` : ""}` : "unknown distro";
  return `${reference} (${catalog.platform}, ${distro}): ${catalog.inventory.packages.length} packages; ${catalog.layers.read}/${catalog.layers.total} layers read${catalog.layers.stoppedEarly ? " (stopped early)" : ""}, ${catalog.bytesRead} bytes read${catalog.imageBytes !== void 0 ? ` of ${catalog.imageBytes} in layers` : ""}${catalog.ownedLanguagePackages ? `; ${catalog.ownedLanguagePackages} language packages owned by OS packages not repeated` : ""}`;
}
export {
  imageSbom,
  imageSbomSummary
};
