/**
 * A small interpreter for the JSON Schema subset of src/load/schema.ts (`type`, `properties`,
 * `additionalProperties`, `items`), reporting the first error exactly as ajv v8 does with
 * `allErrors: false` (same keyword order: type, then additionalProperties over the data's keys,
 * then properties in schema order, then items). It replaces an ajv compile that cost ~150 ms at
 * every cold start; test/load/validate.test.ts checks it against ajv on generated documents.
 */
import type { Json, JsonObject } from '../core/json.js';

export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
}

/** The first validation error, shaped like ajv's ErrorObject (path as segments, not a pointer). */
export interface SchemaError {
  keyword: 'type' | 'additionalProperties';
  /** Keys and array indices (as strings) from the root to the offending value. */
  path: string[];
  params: { type?: string | string[]; additionalProperty?: string };
}

function hasType(v: Json | undefined, t: string): boolean {
  switch (t) {
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'integer':
      // Go decodes these fields into int64: a larger number fails to unmarshal.
      return typeof v === 'number' && v % 1 === 0 && Math.abs(v) <= 2 ** 63;
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    default:
      return false;
  }
}

/** Validates `data` against `schema`; undefined when valid, else the first error. */
export function validateSchema(schema: SchemaNode, data: Json | undefined, path: string[] = []): SchemaError | undefined {
  const t = schema.type;
  if (t !== undefined) {
    const ok = typeof t === 'string' ? hasType(data, t) : t.some((x) => hasType(data, x));
    if (!ok) return { keyword: 'type', path, params: { type: t } };
  }
  if (Array.isArray(data)) {
    if (schema.items) {
      for (let i = 0; i < data.length; i++) {
        const e = validateSchema(schema.items, data[i], [...path, String(i)]);
        if (e) return e;
      }
    }
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const obj = data as JsonObject;
  const props = schema.properties;
  const ap = schema.additionalProperties;
  if (ap !== undefined && ap !== true) {
    // for-in order (integer-like keys first), as ajv's generated loop.
    for (const key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      if (props && Object.prototype.hasOwnProperty.call(props, key)) continue;
      if (ap === false) return { keyword: 'additionalProperties', path, params: { additionalProperty: key } };
      const e = validateSchema(ap, obj[key], [...path, key]);
      if (e) return e;
    }
  }
  if (props) {
    for (const key of Object.keys(props)) {
      if (!Object.prototype.hasOwnProperty.call(obj, key) || obj[key] === undefined) continue;
      const e = validateSchema(props[key]!, obj[key], [...path, key]);
      if (e) return e;
    }
  }
  return undefined;
}
