/** Re-export for src/accumulate; the schema lives in src/openapi/schema.ts. */
export type { Schema, SchemaNode } from '../openapi/schema.js';
