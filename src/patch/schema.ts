/** Re-export for src/accumulate; the schema lives in src/openapi/schema.ts. */
export { createSchema, BUILTIN_OPENAPI_VERSIONS } from '../openapi/schema.js';
