import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-5Y2FSA6M.js";
import "./chunk-RPRTB7LS.js";
import "./chunk-PEG62LMQ.js";
import "./chunk-VZNYH5DF.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";
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
        throw new ConfigurationError(
          `could not get an OIDC identity token from the Actions token endpoint: ${error instanceof Error ? error.message : String(error)}`
        );
      }
    }
  };
}
export {
  ciIdentityProvider,
  hasIdentityToken
};
