import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  checksumSubjects,
  fileSubjects,
  imageSubject,
  matchFiles
} from "./chunk-EP2IKFRE.js";
import {
  SLSA_PROVENANCE_V1,
  SLSA_VERIFICATION_SUMMARY_V1,
  buildStatement,
  missingBuildFacts,
  pemKeySigner,
  provenancePredicate,
  publicKeyHint,
  sbomPredicate,
  signStatement,
  verdictPredicate
} from "./chunk-OZDTIOID.js";
import {
  require_lib as require_lib2,
  require_lib2 as require_lib3
} from "./chunk-5Y2FSA6M.js";
import {
  require_lib
} from "./chunk-RPRTB7LS.js";
import "./chunk-PEG62LMQ.js";
import {
  readDockerCredentials
} from "./chunk-SECJK3F6.js";
import {
  proxyAgentFor,
  proxySettings
} from "./chunk-HUNFW3VE.js";
import "./chunk-PWQCIXAS.js";
import {
  WRITE_FLAGS,
  loadGlobLibrary,
  parseRepository,
  realPathInside
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError,
  TOOL,
  errorMessage,
  writeError
} from "./chunk-MDAZFAAI.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-RQ4SWRSA.js";

// node_modules/@sigstore/oci/dist/constants.js
var require_constants = __commonJS({
  "node_modules/@sigstore/oci/dist/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HEADER_OCI_SUBJECT = exports.HEADER_LOCATION = exports.HEADER_IF_MATCH = exports.HEADER_ETAG = exports.HEADER_DIGEST = exports.HEADER_CONTENT_TYPE = exports.HEADER_CONTENT_LENGTH = exports.HEADER_AUTHORIZATION = exports.HEADER_AUTHENTICATE = exports.HEADER_API_VERSION = exports.HEADER_ACCEPT = exports.CONTENT_TYPE_EMPTY_DESCRIPTOR = exports.CONTENT_TYPE_OCTET_STREAM = exports.CONTENT_TYPE_DOCKER_MANIFEST_LIST = exports.CONTENT_TYPE_DOCKER_MANIFEST = exports.CONTENT_TYPE_OCI_MANIFEST = exports.CONTENT_TYPE_OCI_INDEX = void 0;
    exports.CONTENT_TYPE_OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    exports.CONTENT_TYPE_OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    exports.CONTENT_TYPE_DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    exports.CONTENT_TYPE_DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    exports.CONTENT_TYPE_OCTET_STREAM = "application/octet-stream";
    exports.CONTENT_TYPE_EMPTY_DESCRIPTOR = "application/vnd.oci.empty.v1+json";
    exports.HEADER_ACCEPT = "Accept";
    exports.HEADER_API_VERSION = "Docker-Distribution-API-Version";
    exports.HEADER_AUTHENTICATE = "WWW-Authenticate";
    exports.HEADER_AUTHORIZATION = "Authorization";
    exports.HEADER_CONTENT_LENGTH = "Content-Length";
    exports.HEADER_CONTENT_TYPE = "Content-Type";
    exports.HEADER_DIGEST = "Docker-Content-Digest";
    exports.HEADER_ETAG = "Etag";
    exports.HEADER_IF_MATCH = "If-Match";
    exports.HEADER_LOCATION = "Location";
    exports.HEADER_OCI_SUBJECT = "OCI-Subject";
  }
});

// node_modules/@sigstore/oci/dist/error.js
var require_error = __commonJS({
  "node_modules/@sigstore/oci/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OCIError = exports.ensureStatus = exports.HTTPError = void 0;
    var HTTPError = class extends Error {
      statusCode;
      constructor({ status, message }) {
        super(message);
        this.statusCode = status;
      }
    };
    exports.HTTPError = HTTPError;
    var ensureStatus = (expectedStatus) => {
      return (response) => {
        if (response.status !== expectedStatus) {
          throw new HTTPError({
            message: `Error fetching ${response.url} - expected ${expectedStatus}, received ${response.status}`,
            status: response.status
          });
        }
        return response;
      };
    };
    exports.ensureStatus = ensureStatus;
    var OCIError = class extends Error {
      cause;
      /* eslint-disable-line @typescript-eslint/no-explicit-any */
      constructor({ message, cause }) {
        super(message);
        this.cause = cause;
        this.name = this.constructor.name;
      }
    };
    exports.OCIError = OCIError;
  }
});

// node_modules/@sigstore/oci/dist/name.js
var require_name = __commonJS({
  "node_modules/@sigstore/oci/dist/name.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseImageName = void 0;
    var expression = (...res) => res.join("");
    var group = (...res) => `(?:${expression(...res)})`;
    var repeated = (...res) => `${group(expression(...res))}+`;
    var optional = (...res) => `${group(expression(...res))}?`;
    var capture = (...res) => `(${expression(...res)})`;
    var anchored = (...res) => `^${expression(...res)}$`;
    var ALPHA_NUMERIC_RE = "[a-z0-9]+";
    var SEPARATOR_RE = group("\\.|_|__|-+");
    var NAME_COMPONENT_RE = expression(ALPHA_NUMERIC_RE, optional(repeated(SEPARATOR_RE, ALPHA_NUMERIC_RE)));
    var NAME_RE = expression(NAME_COMPONENT_RE, repeated(optional("\\/", NAME_COMPONENT_RE)));
    var DOMAIN_COMPONENT_RE = group("[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]");
    var DOMAIN_RE = expression(DOMAIN_COMPONENT_RE, optional(repeated("\\.", DOMAIN_COMPONENT_RE)), optional(":[0-9]+"));
    var ANCHORED_NAME_RE = anchored(capture(DOMAIN_RE), "\\/", capture(NAME_RE));
    var parseImageName = (image) => {
      const matches = image.match(ANCHORED_NAME_RE);
      if (!matches) {
        throw new Error(`Invalid image name: ${image}`);
      }
      return {
        registry: matches[1],
        path: matches[2]
      };
    };
    exports.parseImageName = parseImageName;
  }
});

// node_modules/@sigstore/oci/dist/credentials.js
var require_credentials = __commonJS({
  "node_modules/@sigstore/oci/dist/credentials.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fromBasicAuth = exports.toBasicAuth = exports.getRegistryCredentials = void 0;
    var node_fs_1 = __importDefault(__require("node:fs"));
    var node_os_1 = __importDefault(__require("node:os"));
    var node_path_1 = __importDefault(__require("node:path"));
    var name_1 = require_name();
    var DOCKER_HUB_ALIASES = /* @__PURE__ */ new Set([
      "docker.io",
      "index.docker.io",
      "registry-1.docker.io"
    ]);
    var canonicalizeRegistry = (value) => {
      let host = value.replace(/^https?:\/\//, "");
      host = host.split("/")[0];
      return DOCKER_HUB_ALIASES.has(host) ? "docker.io" : host;
    };
    var getRegistryCredentials2 = (imageName) => {
      const { registry } = (0, name_1.parseImageName)(imageName);
      const dockerConfigFile = node_path_1.default.join(node_os_1.default.homedir(), ".docker", "config.json");
      let content;
      try {
        content = node_fs_1.default.readFileSync(dockerConfigFile, "utf8");
      } catch (err) {
        throw new Error(`No credential file found at ${dockerConfigFile}`, {
          cause: err
        });
      }
      const dockerConfig = JSON.parse(content);
      const target = canonicalizeRegistry(registry);
      const credKey = Object.keys(dockerConfig.auths || {}).find((key) => canonicalizeRegistry(key) === target);
      const creds = credKey ? dockerConfig.auths?.[credKey] : void 0;
      if (!creds) {
        throw new Error(`No credentials found for registry ${registry}`);
      }
      const { username, password } = (0, exports.fromBasicAuth)(creds.auth);
      const pass = creds.identitytoken ? creds.identitytoken : password;
      return { headers: dockerConfig.HttpHeaders, username, password: pass };
    };
    exports.getRegistryCredentials = getRegistryCredentials2;
    var toBasicAuth = (creds) => Buffer.from(`${creds.username}:${creds.password}`).toString("base64");
    exports.toBasicAuth = toBasicAuth;
    var fromBasicAuth = (auth) => {
      const [username, ...rest] = Buffer.from(auth, "base64").toString().split(":");
      const password = rest.join(":");
      return { username, password };
    };
    exports.fromBasicAuth = fromBasicAuth;
  }
});

// node_modules/@sigstore/oci/dist/fetch.js
var require_fetch = __commonJS({
  "node_modules/@sigstore/oci/dist/fetch.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var http2_1 = __require("http2");
    var make_fetch_happen_1 = __importDefault(require_lib3());
    var proc_log_1 = require_lib2();
    var promise_retry_1 = require_lib();
    var { HTTP_STATUS_INTERNAL_SERVER_ERROR, HTTP_STATUS_TOO_MANY_REQUESTS, HTTP_STATUS_REQUEST_TIMEOUT } = http2_1.constants;
    var fetchWithRetry = async (url, options = {}) => {
      return (0, promise_retry_1.promiseRetry)(async (retry, attemptNum) => {
        const logRetry = (reason) => {
          proc_log_1.log.http("fetch", `${options.method} ${url} attempt ${attemptNum} failed with ${reason}`);
        };
        const response = await (0, make_fetch_happen_1.default)(url, {
          ...options,
          retry: false
          // We're handling retries ourselves
        }).catch((reason) => {
          logRetry(reason);
          return retry(reason);
        });
        if (retryable(response.status)) {
          logRetry(response.status);
          return retry(response);
        }
        return response;
      }, retryOpts(options.retry)).catch((err) => {
        if (err instanceof Error) {
          throw err;
        }
        return err;
      });
    };
    fetchWithRetry.defaults = (defaultOptions = {}, wrappedFetch = fetchWithRetry) => {
      const defaultedFetch = (url, options = {}) => {
        const finalOptions = {
          ...defaultOptions,
          ...options,
          headers: { ...defaultOptions.headers, ...options.headers }
        };
        return wrappedFetch(url, finalOptions);
      };
      defaultedFetch.defaults = (newDefaults = {}) => fetchWithRetry.defaults(newDefaults, defaultedFetch);
      return defaultedFetch;
    };
    var retryable = (status) => [HTTP_STATUS_REQUEST_TIMEOUT, HTTP_STATUS_TOO_MANY_REQUESTS].includes(status) || status >= HTTP_STATUS_INTERNAL_SERVER_ERROR;
    var retryOpts = (retry) => {
      if (typeof retry === "boolean") {
        return { retries: retry ? 1 : 0 };
      } else if (typeof retry === "number") {
        return { retries: retry };
      } else {
        return { retries: 0, ...retry };
      }
    };
    exports.default = fetchWithRetry;
  }
});

// node_modules/@sigstore/oci/dist/registry.js
var require_registry = __commonJS({
  "node_modules/@sigstore/oci/dist/registry.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RegistryClient = exports.ZERO_DIGEST = void 0;
    var node_crypto_1 = __importDefault(__require("node:crypto"));
    var constants_1 = require_constants();
    var credentials_1 = require_credentials();
    var error_1 = require_error();
    var fetch_1 = __importDefault(require_fetch());
    var MAX_REDIRECTS = 20;
    var SENSITIVE_HEADERS = /* @__PURE__ */ new Set([
      "authorization",
      "cookie",
      "cookie2",
      "proxy-authorization",
      "www-authenticate"
    ]);
    var ENTITY_HEADERS = /* @__PURE__ */ new Set([
      "content-type",
      "content-length",
      "content-encoding",
      "content-language",
      "content-location"
    ]);
    var isRedirect = (status) => [301, 302, 303, 307, 308].includes(status);
    var stripSensitiveHeaders = (headers) => {
      const result = {};
      for (const [key, value] of Object.entries(headers)) {
        if (!SENSITIVE_HEADERS.has(key.toLowerCase())) {
          result[key] = value;
        }
      }
      return result;
    };
    var stripEntityHeaders = (headers) => {
      const result = {};
      for (const [key, value] of Object.entries(headers)) {
        if (!ENTITY_HEADERS.has(key.toLowerCase())) {
          result[key] = value;
        }
      }
      return result;
    };
    var ALL_MANIFEST_MEDIA_TYPES = [
      constants_1.CONTENT_TYPE_OCI_INDEX,
      constants_1.CONTENT_TYPE_OCI_MANIFEST,
      constants_1.CONTENT_TYPE_DOCKER_MANIFEST,
      constants_1.CONTENT_TYPE_DOCKER_MANIFEST_LIST
    ].join(",");
    exports.ZERO_DIGEST = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    var RegistryClient = class _RegistryClient {
      #baseURL;
      #registryOrigin;
      #repository;
      #fetch;
      // Registry-scoped credentials/Docker HttpHeaders stored separately
      #registryHeaders = {};
      constructor(registry, repository, opts) {
        this.#repository = repository;
        this.#fetch = fetch_1.default.defaults(opts);
        const hostname = new URL(`http://${registry}`).hostname;
        const protocol = hostname === "localhost" || hostname === "127.0.0.1" ? "http" : "https";
        this.#baseURL = `${protocol}://${registry}`;
        this.#registryOrigin = new URL(this.#baseURL).origin;
      }
      // Authenticate with the registry. Sends an unauthenticated request to the
      // registry in order to get an auth challenge. If the challenge scheme is
      // "basic" we don't need a token and can authenticate requests using basic
      // auth. Otherwise, we fetch a token from the auth server and use that to
      // authenticate requests.
      // https://github.com/google/go-containerregistry/blob/main/pkg/authn/README.md#the-registry
      async signIn(creds) {
        if (creds.headers) {
          this.#registryHeaders = { ...this.#registryHeaders, ...creds.headers };
        }
        const probeResponse = await this.#securedFetch(`${this.#baseURL}/v2/${this.#repository}/blobs/uploads/`, { method: "POST" });
        if (probeResponse.status === 200) {
          return;
        }
        const authHeader = probeResponse.headers.get(constants_1.HEADER_AUTHENTICATE) || /* istanbul ignore next */
        "";
        const challenge = parseChallenge(authHeader);
        if (challenge.scheme === "basic") {
          const basicAuth = (0, credentials_1.toBasicAuth)(creds);
          this.#registryHeaders[constants_1.HEADER_AUTHORIZATION] = `Basic ${basicAuth}`;
          return;
        }
        let token;
        if (creds.username === "<token>") {
          token = await this.#fetchOAuth2Token(creds, challenge).catch(() => void 0);
        }
        if (!token) {
          token = await this.#fetchDistributionToken(creds, challenge);
        }
        this.#registryHeaders[constants_1.HEADER_AUTHORIZATION] = `Bearer ${token}`;
      }
      // Check the registry API version
      async checkVersion() {
        const response = await this.#securedFetch(`${this.#baseURL}/v2/`);
        return response.headers.get(constants_1.HEADER_API_VERSION) || "";
      }
      // Upload a blob to the registry using the post/put method. Calculates the
      // digest of the blob and checks to make sure the blob doesn't already exist
      // in the registry before uploading.
      async uploadBlob(blob) {
        const digest = _RegistryClient.digest(blob);
        const size = blob.length;
        const headResponse = await this.#securedFetch(`${this.#baseURL}/v2/${this.#repository}/blobs/${digest}`, { method: "HEAD" });
        if (headResponse.status === 200) {
          return {
            mediaType: constants_1.CONTENT_TYPE_OCTET_STREAM,
            digest,
            size
          };
        }
        const postURL = `${this.#baseURL}/v2/${this.#repository}/blobs/uploads/`;
        const postResponse = await this.#securedFetch(postURL, {
          method: "POST"
        }).then((0, error_1.ensureStatus)(202));
        const location = postResponse.headers.get(constants_1.HEADER_LOCATION);
        if (!location) {
          throw new Error("Missing location for blob upload");
        }
        const uploadLocation = new URL(
          location,
          /* istanbul ignore next - make-fetch-happen always sets response.url */
          postResponse.url || postURL
        );
        uploadLocation.searchParams.set("digest", digest);
        await this.#securedFetch(uploadLocation.href, {
          method: "PUT",
          body: blob,
          headers: { [constants_1.HEADER_CONTENT_TYPE]: constants_1.CONTENT_TYPE_OCTET_STREAM }
        }).then((0, error_1.ensureStatus)(201));
        return { mediaType: constants_1.CONTENT_TYPE_OCTET_STREAM, digest, size };
      }
      // Checks for the existence of a manifest by reference
      async checkManifest(reference) {
        const response = await this.#securedFetch(`${this.#baseURL}/v2/${this.#repository}/manifests/${reference}`, {
          method: "HEAD",
          headers: { [constants_1.HEADER_ACCEPT]: ALL_MANIFEST_MEDIA_TYPES }
        }).then((0, error_1.ensureStatus)(200));
        const mediaType = response.headers.get(constants_1.HEADER_CONTENT_TYPE) || /* istanbul ignore next */
        "";
        const digest = response.headers.get(constants_1.HEADER_DIGEST) || /* istanbul ignore next */
        "";
        const size = Number(response.headers.get(constants_1.HEADER_CONTENT_LENGTH)) || /* istanbul ignore next */
        0;
        return { mediaType, digest, size };
      }
      // Retrieves a manifest by reference
      async getManifest(reference) {
        const response = await this.#securedFetch(`${this.#baseURL}/v2/${this.#repository}/manifests/${reference}`, {
          headers: { [constants_1.HEADER_ACCEPT]: ALL_MANIFEST_MEDIA_TYPES }
        }).then((0, error_1.ensureStatus)(200));
        const body = await response.json();
        const mediaType = response.headers.get(constants_1.HEADER_CONTENT_TYPE) || /* istanbul ignore next */
        "";
        const digest = response.headers.get(constants_1.HEADER_DIGEST) || /* istanbul ignore next */
        "";
        const size = Number(response.headers.get(constants_1.HEADER_CONTENT_LENGTH)) || 0;
        const etag = response.headers.get(constants_1.HEADER_ETAG) || void 0;
        return { body, mediaType, digest, size, etag };
      }
      // Uploads a manifest by digest. If specified, the reference will be used as
      // the manifest tag.
      async uploadManifest(manifest, options = {}) {
        const digest = _RegistryClient.digest(manifest);
        const reference = options.reference || digest;
        const contentType = options.mediaType || constants_1.CONTENT_TYPE_OCI_MANIFEST;
        const headers = { [constants_1.HEADER_CONTENT_TYPE]: contentType };
        if (options.etag) {
          headers[constants_1.HEADER_IF_MATCH] = options.etag;
        }
        const response = await this.#securedFetch(`${this.#baseURL}/v2/${this.#repository}/manifests/${reference}`, { method: "PUT", body: manifest, headers }).then((0, error_1.ensureStatus)(201));
        const subjectDigest = response.headers.get(constants_1.HEADER_OCI_SUBJECT) || void 0;
        return {
          mediaType: contentType,
          digest,
          size: manifest.length,
          subjectDigest
        };
      }
      // Returns true if the registry supports the referrers API
      async pingReferrers() {
        const response = await this.#securedFetch(`${this.#baseURL}/v2/${this.#repository}/referrers/${exports.ZERO_DIGEST}`);
        return response.status === 200;
      }
      // Origin-scoped fetch: follows redirects manually, attaching registry
      // credentials only on same-origin hops that have never left the origin.
      async #securedFetch(url, opts = {}) {
        const policy = {
          initial: { defaultsSuppressed: false },
          headersForHop: (state, targetOrigin, perReq, regHeaders) => {
            const isSameOrigin = targetOrigin === this.#registryOrigin;
            const includeDefaults = isSameOrigin && !state.defaultsSuppressed;
            const effectivePerRequest = isSameOrigin ? perReq : stripSensitiveHeaders(perReq);
            return {
              ...includeDefaults ? regHeaders : {},
              ...effectivePerRequest
            };
          },
          stateForRedirect: (state, targetOrigin) => {
            const isSameOrigin = targetOrigin === this.#registryOrigin;
            return isSameOrigin ? state : { defaultsSuppressed: true };
          }
        };
        return this.#redirectFetchWithPolicy(url, opts, policy);
      }
      // Fetch for token-exchange requests. Does NOT include registry credentials.
      async #tokenFetch(url, opts) {
        const policy = {
          initial: { authOrigin: new URL(url).origin },
          headersForHop: (state, targetOrigin, perReq) => {
            const isSameOrigin = targetOrigin === state.authOrigin;
            return isSameOrigin ? perReq : stripSensitiveHeaders(perReq);
          },
          stateForRedirect: (state) => state
        };
        return this.#redirectFetchWithPolicy(url, opts, policy);
      }
      // Canonical redirect loop driven by a generic policy.
      async #redirectFetchWithPolicy(url, opts, policy) {
        let currentUrl = url;
        let method = opts.method || "GET";
        let body = opts.body;
        let perRequestHeaders = { ...opts.headers || {} };
        let state = policy.initial;
        for (let i = 0; i <= MAX_REDIRECTS; i++) {
          const targetOrigin = new URL(currentUrl).origin;
          const headers = policy.headersForHop(state, targetOrigin, perRequestHeaders, this.#registryHeaders);
          const response = await this.#fetch(currentUrl, {
            method,
            body,
            headers,
            redirect: "manual"
          });
          if (!isRedirect(response.status)) {
            return response;
          }
          if (i === MAX_REDIRECTS) {
            throw new Error(`maximum redirect reached at: ${currentUrl}`);
          }
          const location = response.headers.get("location");
          if (!location) {
            throw new Error(`redirect location header missing for: ${currentUrl}`);
          }
          currentUrl = new URL(location, currentUrl).href;
          let bodyDropped = false;
          if (response.status === 303) {
            if (method !== "GET" && method !== "HEAD") {
              method = "GET";
              body = void 0;
              bodyDropped = true;
            }
          } else if ([301, 302].includes(response.status) && method === "POST") {
            method = "GET";
            body = void 0;
            bodyDropped = true;
          }
          if (bodyDropped) {
            perRequestHeaders = stripEntityHeaders(perRequestHeaders);
          }
          state = policy.stateForRedirect(state, targetOrigin);
        }
        throw new Error(`maximum redirect reached at: ${currentUrl}`);
      }
      async #fetchDistributionToken(creds, challenge) {
        const basicAuth = (0, credentials_1.toBasicAuth)(creds);
        const authURL = new URL(challenge.realm);
        authURL.searchParams.set("service", challenge.service);
        authURL.searchParams.set("scope", challenge.scope);
        const tokenResponse = await this.#tokenFetch(authURL.toString(), {
          headers: { [constants_1.HEADER_AUTHORIZATION]: `Basic ${basicAuth}` }
        }).then((0, error_1.ensureStatus)(200));
        return tokenResponse.json().then((json) => json.access_token || json.token);
      }
      async #fetchOAuth2Token(creds, challenge) {
        const body = new URLSearchParams({
          service: challenge.service,
          scope: challenge.scope,
          username: creds.username,
          password: creds.password,
          grant_type: "password"
        });
        const tokenResponse = await this.#tokenFetch(challenge.realm, {
          method: "POST",
          body
        }).then((0, error_1.ensureStatus)(200));
        return tokenResponse.json().then((json) => json.access_token);
      }
      static digest(blob) {
        const hash = node_crypto_1.default.createHash("sha256");
        hash.update(blob);
        return `sha256:${hash.digest("hex")}`;
      }
    };
    exports.RegistryClient = RegistryClient;
    function parseChallenge(challenge) {
      const [scheme, ...rest] = challenge.split(" ");
      const authParams = rest.join(" ");
      if (!["Basic", "Bearer"].includes(scheme)) {
        throw new Error(`Invalid challenge: ${challenge}`);
      }
      return {
        scheme: scheme.toLocaleLowerCase(),
        realm: singleMatch(authParams, /realm="(.+?)"/),
        service: singleMatch(authParams, /service="(.+?)"/),
        scope: singleMatch(authParams, /scope="(.+?)"/)
      };
    }
    var singleMatch = (str, regex) => str.match(regex)?.[1] || "";
  }
});

// node_modules/@sigstore/oci/dist/image.js
var require_image = __commonJS({
  "node_modules/@sigstore/oci/dist/image.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OCIImage = void 0;
    var constants_1 = require_constants();
    var error_1 = require_error();
    var registry_1 = require_registry();
    var DOCKER_DEFAULT_REGISTRY = "registry-1.docker.io";
    var EMPTY_BLOB = Buffer.from("{}");
    var OCIImage = class {
      #client;
      #credentials;
      constructor(image, creds, opts) {
        this.#client = new registry_1.RegistryClient(canonicalizeRegistryName(image.registry), image.path, opts);
        this.#credentials = creds;
      }
      async addArtifact(opts) {
        let artifactDescriptor;
        const annotations = {
          "org.opencontainers.image.created": (/* @__PURE__ */ new Date()).toISOString(),
          ...opts.annotations
        };
        try {
          if (this.#credentials) {
            await this.#client.signIn(this.#credentials);
          }
          const imageDescriptor = await this.#client.checkManifest(opts.imageDigest);
          const artifactBlob = await this.#client.uploadBlob(opts.artifact);
          const emptyBlob = await this.#client.uploadBlob(EMPTY_BLOB);
          const manifest = buildManifest({
            artifactDescriptor: { ...artifactBlob, mediaType: opts.mediaType },
            subjectDescriptor: imageDescriptor,
            configDescriptor: {
              ...emptyBlob,
              mediaType: constants_1.CONTENT_TYPE_EMPTY_DESCRIPTOR
            },
            annotations
          });
          artifactDescriptor = await this.#client.uploadManifest(JSON.stringify(manifest));
          const referrersSupported = await this.#client.pingReferrers();
          if (!artifactDescriptor.subjectDigest || !referrersSupported) {
            const { subjectDigest, ...descriptor } = artifactDescriptor;
            await this.#createReferrersIndexByTag({
              artifact: {
                ...descriptor,
                artifactType: opts.mediaType,
                annotations
              },
              imageDigest: opts.imageDigest
            });
          }
        } catch (err) {
          throw new error_1.OCIError({
            message: `Error uploading artifact to container registry`,
            cause: err
          });
        }
        return artifactDescriptor;
      }
      async getDigest(tag) {
        try {
          if (this.#credentials) {
            await this.#client.signIn(this.#credentials);
          }
          const imageDescriptor = await this.#client.checkManifest(tag);
          return imageDescriptor.digest;
        } catch (err) {
          throw new error_1.OCIError({
            message: `Error retrieving image digest from container registry`,
            cause: err
          });
        }
      }
      // Create a referrers index by tag. This is a fallback for registries that do
      // not support the referrers API.
      // https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests-with-subject
      async #createReferrersIndexByTag(opts) {
        const referrerTag = digestToTag(opts.imageDigest);
        let referrerManifest;
        let etag;
        try {
          const referrerIndex = await this.#client.getManifest(referrerTag);
          if (referrerIndex.mediaType !== constants_1.CONTENT_TYPE_OCI_INDEX) {
            throw new Error(`Expected referrer manifest type ${constants_1.CONTENT_TYPE_OCI_INDEX}, got ${referrerIndex.mediaType}`);
          }
          referrerManifest = referrerIndex.body;
          etag = referrerIndex.etag;
        } catch (err) {
          if (err instanceof error_1.HTTPError && err.statusCode === 404) {
            referrerManifest = newIndex();
          } else {
            throw err;
          }
        }
        if (!referrerManifest.manifests.some((manifest) => manifest.digest === opts.artifact.digest)) {
          referrerManifest.manifests.push(opts.artifact);
          await this.#client.uploadManifest(JSON.stringify(referrerManifest), {
            mediaType: constants_1.CONTENT_TYPE_OCI_INDEX,
            reference: referrerTag,
            etag
          });
        }
      }
    };
    exports.OCIImage = OCIImage;
    var buildManifest = (opts) => ({
      schemaVersion: 2,
      mediaType: constants_1.CONTENT_TYPE_OCI_MANIFEST,
      artifactType: opts.artifactDescriptor.mediaType,
      config: opts.configDescriptor,
      layers: [opts.artifactDescriptor],
      subject: opts.subjectDescriptor,
      annotations: opts.annotations
    });
    var newIndex = () => ({
      mediaType: constants_1.CONTENT_TYPE_OCI_INDEX,
      schemaVersion: 2,
      manifests: []
    });
    var digestToTag = (digest) => {
      return digest.replace(":", "-");
    };
    var canonicalizeRegistryName = (registry) => {
      return registry.endsWith("docker.io") ? DOCKER_DEFAULT_REGISTRY : registry;
    };
  }
});

// node_modules/@sigstore/oci/dist/index.js
var require_dist = __commonJS({
  "node_modules/@sigstore/oci/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getImageDigest = exports.attachArtifactToImage = exports.OCIError = exports.getRegistryCredentials = void 0;
    var image_1 = require_image();
    var name_1 = require_name();
    var credentials_1 = require_credentials();
    Object.defineProperty(exports, "getRegistryCredentials", { enumerable: true, get: function() {
      return credentials_1.getRegistryCredentials;
    } });
    var error_1 = require_error();
    Object.defineProperty(exports, "OCIError", { enumerable: true, get: function() {
      return error_1.OCIError;
    } });
    var attachArtifactToImage2 = async (opts) => {
      const image = (0, name_1.parseImageName)(opts.imageName);
      return new image_1.OCIImage(image, opts.credentials, opts.fetchOpts).addArtifact(opts);
    };
    exports.attachArtifactToImage = attachArtifactToImage2;
    var getImageDigest = async (opts) => {
      const image = (0, name_1.parseImageName)(opts.imageName);
      return new image_1.OCIImage(image, opts.credentials, opts.fetchOpts).getDigest(opts.imageTag);
    };
    exports.getImageDigest = getImageDigest;
  }
});

// src/attest/index.ts
import path2 from "node:path";

// fs-without-es-facade:src/attest/publish.ts
var fs = process.getBuiltinModule("node:fs");
var publish_default = fs;

// src/attest/publish.ts
var import_oci = __toESM(require_dist(), 1);
import path from "node:path";
function writeBundleFile(file, bundle) {
  try {
    publish_default.mkdirSync(path.dirname(file), { recursive: true });
    const fd = publish_default.openSync(file, WRITE_FLAGS, 420);
    try {
      publish_default.writeFileSync(fd, `${JSON.stringify(bundle)}
`);
    } finally {
      publish_default.closeSync(fd);
    }
  } catch (error) {
    throw writeError(`the bundle ${file}`, error);
  }
}
async function writeAttestation(client, repository, bundle) {
  try {
    const response = await client.octokit.request("POST /repos/{owner}/{repo}/attestations", { ...repository, bundle });
    const id = response.data.id;
    return id === void 0 ? void 0 : String(id);
  } catch (error) {
    const status = error.status;
    const hint = status === 403 || status === 404 ? " (the workflow needs `permissions: attestations: write`; the API is not available for user-owned private repositories)" : "";
    throw new ConfigurationError(`could not store the attestation with the GitHub API: ${errorMessage(error)}${hint}`);
  }
}
async function pushToRegistry(push) {
  let credentials = push.credentials;
  if (!credentials) {
    try {
      credentials = (0, import_oci.getRegistryCredentials)(push.imageName);
    } catch {
      credentials = void 0;
    }
  }
  try {
    const descriptor = await (0, import_oci.attachArtifactToImage)({
      imageName: push.imageName,
      imageDigest: push.imageDigest,
      artifact: Buffer.from(JSON.stringify(push.bundle)),
      mediaType: push.bundle.mediaType,
      annotations: { "dev.sigstore.bundle.content": "dsse-envelope", "dev.sigstore.bundle.predicateType": push.predicateType },
      credentials,
      // The declared type (make-fetch-happen's) marks proxy/noProxy required; they are optional at run time.
      // Behind a proxy, Node's proxying agents (minipass-fetch calls a function `agent` with each URL), so the
      // push reads HTTPS_PROXY / NO_PROXY as the rest of chaingate does rather than as @npmcli/agent does.
      fetchOpts: {
        timeout: 3e4,
        retry: 3,
        ...proxySettings() ? { agent: (url) => proxyAgentFor(url.protocol) } : {}
      }
    });
    return descriptor.digest;
  } catch (error) {
    const cause = error.cause;
    throw new ConfigurationError(
      `could not attach the attestation to ${push.imageName}@${push.imageDigest}: ${errorMessage(error)}${cause ? `: ${errorMessage(cause)}` : ""}`
    );
  }
}

// src/attest/index.ts
async function collectSubjects(input) {
  const subjects = [];
  if (input.subjectPaths?.length) await loadGlobLibrary();
  if (input.subjectPaths?.length) subjects.push(...await fileSubjects(matchFiles(input.workspace, input.subjectPaths), input.hashConcurrency));
  for (const file of input.subjectChecksums ?? []) subjects.push(...checksumSubjects(input.workspace, file));
  for (const image of input.images ?? []) subjects.push(imageSubject(image));
  return subjects;
}
async function buildPredicate(input) {
  switch (input.predicate) {
    case "provenance": {
      const build = input.build ?? {};
      const missing = missingBuildFacts(build);
      if (missing.length > 0) {
        throw new ConfigurationError(
          `provenance needs the GitHub Actions build facts (missing: ${missing.join(", ")}); run in a workflow, or sign --predicate sbom|verdict`
        );
      }
      return { predicateType: SLSA_PROVENANCE_V1, predicate: provenancePredicate(build) };
    }
    case "sbom": {
      if (input.sbomDocument) return sbomPredicate(input.sbomDocument.text, input.sbomDocument.shown);
      if (!input.sbomPath) return sbomPredicate(await generatedSbom(input), "generated SBOM");
      const read = input.workspace.readText(input.sbomPath, 256 * 1024 * 1024);
      if (!read.ok) throw new ConfigurationError(`--sbom ${input.sbomPath}: ${read.reason}`);
      return sbomPredicate(read.text, input.sbomPath);
    }
    case "verdict": {
      if (!input.report || !input.verdict) throw new ConfigurationError("the verdict predicate is signed by `chaingate check --sign` (it needs a check report)");
      return {
        predicateType: SLSA_VERIFICATION_SUMMARY_V1,
        predicate: verdictPredicate(input.report, { ...input.verdict, timeVerified: input.verdict.timeVerified ?? (input.now ?? /* @__PURE__ */ new Date()).toISOString() })
      };
    }
  }
}
async function generatedSbom(input) {
  const { workspaceSbom } = await import("./workspace-sbom-PZSIBZ5G.js");
  const { sbomText } = await import("./pieces-D3NZBE2A.js");
  return sbomText((await workspaceSbom(input.workspace, input.sbomFormat ?? "cyclonedx", input.build ?? {}, input.sbomTimestamp)).plan);
}
async function imageSbomPredicate(input, image) {
  const { parseImageReference } = await import("./reference-W3JFTF2P.js");
  const parsed = parseImageReference(image.reference);
  if (parsed.kind !== "registry")
    throw new ConfigurationError(
      `--image ${image.reference}: the SBOM attestation is attached to the image in its registry, so the image must be a registry reference (REGISTRY/REPO[:TAG|@DIGEST])`
    );
  const name = `${parsed.registry}/${parsed.repository}`;
  if (input.sbomDocument || input.sbomPath) {
    const digest2 = parsed.digest ?? await resolveDigest(name, parsed.tag ?? "latest", input.dockerConfigDir);
    return { ...await buildPredicate(input), subject: { name, digest: { sha256: digest2.slice("sha256:".length) } } };
  }
  const { imageSbom } = await import("./image-sbom-OBPQSDYT.js");
  const made = await imageSbom(image.reference, {
    ...image.platform !== void 0 ? { platform: image.platform } : {},
    ...image.env ? { env: image.env } : {},
    cwd: image.cwd
  });
  const { sbomPlan, sbomText } = await import("./sbom-6QXLRHD5.js");
  const text = sbomText(
    sbomPlan(made.inventory, input.sbomFormat ?? "cyclonedx", {
      subject: made.subject,
      ...input.sbomTimestamp ? { timestamp: input.sbomTimestamp } : {},
      tool: TOOL
    })
  );
  const digest = made.attestedDigest;
  return {
    ...sbomPredicate(text, `SBOM of ${image.reference}`),
    subject: { name, digest: { sha256: digest.slice("sha256:".length) } },
    read: {
      reference: image.reference,
      platform: made.catalog.platform,
      packages: made.inventory.packages.length,
      digest,
      problems: made.inventory.problems.map((problem) => `${problem.path}${problem.line ? `:${problem.line}` : ""}: ${problem.message}`)
    }
  };
}
async function resolveDigest(name, tag, dockerConfigDir) {
  const { RegistryReader, splitImageName } = await import("./registry-DUE3F5CC.js");
  const { registry, repository } = splitImageName(name);
  const reader = new RegistryReader(registry, repository, readDockerCredentials(name, dockerConfigDir));
  let manifest;
  try {
    manifest = await reader.manifest(tag);
  } catch (error) {
    throw new ConfigurationError(`${name}:${tag}: ${errorMessage(error)}`);
  }
  if (!manifest) throw new ConfigurationError(`${name}:${tag} was not found in the registry`);
  return manifest.digest;
}
async function sign(input) {
  if (input.sbomImage && input.predicate !== "sbom") throw new ConfigurationError("--image names the image whose SBOM is signed: it goes with --predicate sbom");
  if (input.pushToRegistry && !input.images?.length && !input.sbomImage)
    throw new ConfigurationError("--push-to-registry needs an image subject (--subject NAME@sha256:HEX)");
  const image = input.sbomImage ? await imageSbomPredicate(input, input.sbomImage) : void 0;
  const { predicateType, predicate } = image ?? await buildPredicate(input);
  const hashStarted = performance.now();
  const subjects = await collectSubjects(input);
  if (image) subjects.push(image.subject);
  if (subjects.length === 0 && input.predicate === "verdict" && input.build?.repository && input.build.sha) {
    subjects.push({
      name: `${(input.build.serverUrl ?? "https://github.com").replace(/\/+$/, "")}/${input.build.repository}`,
      digest: { gitCommit: input.build.sha }
    });
  }
  const hashMs = performance.now() - hashStarted;
  const statement = buildStatement(subjects, predicateType, predicate);
  const onlyFile = input.subjectPaths?.length && !input.subjectChecksums?.length && !input.images?.length && subjects.length === 1 ? subjects[0].name : void 0;
  const bundleTarget = input.bundleOut ?? (onlyFile ? `${input.workspace.resolve(onlyFile)}.sigstore.json` : path2.join(input.workspace.root, `${input.predicate}.sigstore.json`));
  const bundlePath = realPathInside(input.workspace.root, bundleTarget, { name: `bundle file ${bundleTarget}`, allowOutside: true });
  const signStarted = performance.now();
  let signed;
  try {
    signed = await signStatement(statement, input.method);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const code = error.code;
    const cause = error.cause;
    throw new ConfigurationError(`signing failed${code ? ` (${code})` : ""}: ${errorMessage(error)}${cause ? `: ${errorMessage(cause)}` : ""}`);
  }
  const signMs = performance.now() - signStarted;
  writeBundleFile(bundlePath, signed.json);
  const outcome = {
    statement,
    bundlePath,
    subjects,
    signingKey: signed.signingKey,
    ...signed.logIndex !== void 0 ? { logIndex: signed.logIndex } : {},
    pushed: [],
    timings: { hashMs, signMs }
  };
  if (input.attestationsApi) {
    const id = await writeAttestation(input.attestationsApi.client, parseRepository(input.attestationsApi.repository), signed.json);
    if (id !== void 0) outcome.attestationId = id;
  }
  if (image) {
    if (image.read) outcome.image = image.read;
    const env = input.sbomImage?.env;
    const credentials = env?.REGISTRY_USERNAME && env.REGISTRY_PASSWORD ? { username: env.REGISTRY_USERNAME, password: env.REGISTRY_PASSWORD } : readDockerCredentials(image.subject.name, input.dockerConfigDir);
    const referrer = await pushToRegistry({
      imageName: image.subject.name,
      imageDigest: `sha256:${image.subject.digest.sha256}`,
      predicateType,
      bundle: signed.json,
      ...credentials ? { credentials } : {}
    });
    outcome.pushed.push({ image: `${image.subject.name}@sha256:${image.subject.digest.sha256}`, referrer });
  }
  if (input.pushToRegistry) {
    for (const image2 of input.images ?? []) {
      const subject = imageSubject(image2);
      const credentials = readDockerCredentials(subject.name, input.dockerConfigDir);
      const referrer = await pushToRegistry({
        imageName: subject.name,
        imageDigest: `sha256:${subject.digest.sha256}`,
        predicateType,
        bundle: signed.json,
        ...credentials ? { credentials } : {}
      });
      outcome.pushed.push({ image: `${subject.name}@sha256:${subject.digest.sha256}`, referrer });
    }
  }
  return outcome;
}
export {
  buildPredicate,
  collectSubjects,
  pemKeySigner,
  publicKeyHint,
  sign,
  signStatement
};
