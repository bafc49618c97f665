/** The fake GitHub API for tests: server, error responses, pagination, fixtures. See README.md. */
export * from './server.js'
export * from './responses.js'
export * as fixtures from './fixtures.js'
export { loadOpenApi, type OpenApiVariant } from './openapi.js'
