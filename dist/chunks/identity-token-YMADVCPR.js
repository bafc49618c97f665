import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-PKQFHWBL.js";
import "./chunk-JX5SOMWE.js";
import "./chunk-EG2TH6YO.js";
import "./chunk-DK66L6NX.js";
import "./chunk-COVZGJP2.js";
import "./chunk-WNIU4HI4.js";
import "./chunk-34N4RHII.js";
import "./chunk-YNVH4HYO.js";
import "./chunk-K4LXVCRM.js";
import "./chunk-GMWDHYXJ.js";
import "./chunk-AQ32HVK4.js";
import "./chunk-36AHBP4L.js";
import "./chunk-LC5GA6DZ.js";
import "./chunk-X4R63DCZ.js";
import "./chunk-7IAANKW2.js";
import "./chunk-GYGK5XDF.js";
import "./chunk-OJUVOU7I.js";
import {
  ConfigurationError
} from "./chunk-TITGSPWO.js";
import {
  __toESM
} from "./chunk-RQ4SWRSA.js";

// src/attest/identity-token.ts
var import_sign = __toESM(require_dist(), 1);
function hasIdentityToken(env) {
  return Boolean(env.SIGSTORE_ID_TOKEN || env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
function ciIdentityProvider(env) {
  if (!hasIdentityToken(env)) {
    throw new ConfigurationError(
      "no OIDC identity token for keyless signing: in GitHub Actions give the job `permissions: id-token: write`; elsewhere set SIGSTORE_ID_TOKEN, or sign with a key (--key)"
    );
  }
  const token = env.SIGSTORE_ID_TOKEN;
  if (token && !(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)) return { getToken: async () => token };
  const provider = new import_sign.CIContextProvider("sigstore");
  return {
    getToken: async () => {
      try {
        return await provider.getToken();
      } catch (error) {
        throw new ConfigurationError(`could not get an OIDC identity token from the Actions token endpoint: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
}
export {
  ciIdentityProvider,
  hasIdentityToken
};
