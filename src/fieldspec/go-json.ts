/**
 * A small decoder that reads JSON into a typed shape the way kustomize reads transformer configs:
 * sigs.k8s.io/yaml (numbers and booleans become strings where a string is expected) followed by
 * Go's encoding/json (case-insensitive field names, last duplicate wins, null leaves the zero value,
 * `json: cannot unmarshal ...` errors, and `unknown field` errors when strict).
 */
import { type Json, isObject, setOwn, getOwn } from '../core/json.js';
import { KustomizeError } from '../core/errors.js';

/** The Go type of a decoded value. */
export type GoSchema =
  | { t: 'string' }
  | { t: 'bool' }
  | { t: 'int64' }
  | { t: 'struct'; name: string; goType: string; fields: Record<string, GoSchema> }
  | { t: 'slice'; goType: string; elem: GoSchema }
  | { t: 'map'; goType: string; elem: GoSchema };

export interface GoDecodeOptions {
  /** Reject unknown fields (Go's DisallowUnknownFields). */
  strict: boolean;
  /** File named in errors. */
  file?: string;
}

type Decoded = Json | undefined;

interface Ctx {
  opts: GoDecodeOptions;
  /** JSON keys from the root to the current value (kustomize's error field path). */
  keys: string[];
  /** The innermost struct being decoded (Go's errorContext.Struct). */
  struct: string | undefined;
}

const PREFIX = 'error unmarshaling JSON: while decoding JSON: ';

/**
 * Decodes `value` as Go would decode it into `schema`. Returns plain JSON: structs become objects
 * holding only the fields present (canonical names), slices arrays, maps objects.
 */
export function decodeGo(value: Json, schema: GoSchema, opts: GoDecodeOptions): Decoded {
  return decode(value, schema, { opts, keys: [], struct: undefined });
}

function jsonTypeName(v: Json): string {
  if (Array.isArray(v)) return 'array';
  if (isObject(v)) return 'object';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  return 'string';
}

function goTypeName(s: GoSchema): string {
  switch (s.t) {
    case 'string':
      return 'string';
    case 'bool':
      return 'bool';
    case 'int64':
      return 'int64';
    default:
      return s.goType;
  }
}

function typeError(ctx: Ctx, what: string, schema: GoSchema): KustomizeError {
  const where =
    ctx.struct === undefined || ctx.keys.length === 0
      ? `Go value of type ${goTypeName(schema)}`
      : `Go struct field ${ctx.struct}.${ctx.keys.join('.')} of type ${goTypeName(schema)}`;
  return new KustomizeError('INVALID_TRANSFORMER_CONFIG', `${PREFIX}json: cannot unmarshal ${what} into ${where}`, {
    file: ctx.opts.file,
  });
}

function decode(v: Json, schema: GoSchema, ctx: Ctx): Decoded {
  if (v === null) return undefined; // null leaves Go's zero value
  switch (schema.t) {
    case 'string':
      // sigs.k8s.io/yaml turns YAML numbers and booleans into strings for string targets.
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      throw typeError(ctx, jsonTypeName(v), schema);
    case 'bool':
      if (typeof v === 'boolean') return v;
      throw typeError(ctx, jsonTypeName(v), schema);
    case 'int64':
      if (typeof v === 'number') {
        if (Number.isInteger(v)) return v;
        throw typeError(ctx, `number ${v}`, schema);
      }
      throw typeError(ctx, jsonTypeName(v), schema);
    case 'slice': {
      if (!Array.isArray(v)) throw typeError(ctx, jsonTypeName(v), schema);
      // A null element leaves the element's zero value.
      return v.map((e) => decode(e, schema.elem, ctx) ?? zeroValue(schema.elem));
    }
    case 'map': {
      if (!isObject(v)) throw typeError(ctx, jsonTypeName(v), schema);
      const out: Record<string, Json> = {};
      for (const k of Object.keys(v)) {
        const d = decode(v[k]!, schema.elem, ctx);
        setOwn(out, k, d ?? zeroValue(schema.elem));
      }
      return out;
    }
    case 'struct': {
      if (!isObject(v)) throw typeError(ctx, jsonTypeName(v), schema);
      const out: Record<string, Json> = {};
      const names = Object.keys(schema.fields);
      for (const k of Object.keys(v)) {
        const name = names.includes(k) ? k : names.find((n) => n.toLowerCase() === k.toLowerCase());
        if (name === undefined) {
          if (ctx.opts.strict) {
            throw new KustomizeError('UNKNOWN_FIELD', `${PREFIX}json: unknown field "${k}"`, {
              file: ctx.opts.file,
              field: [...ctx.keys, k],
            });
          }
          continue;
        }
        const inner: Ctx = { opts: ctx.opts, keys: [...ctx.keys, name], struct: schema.name };
        const d = decode(getOwn(v, k) ?? null, schema.fields[name]!, inner);
        // null leaves the field as it was (Go's decoder skips it).
        if (d !== undefined) setOwn(out, name, d);
      }
      return out;
    }
  }
}

function zeroValue(s: GoSchema): Json {
  switch (s.t) {
    case 'string':
      return '';
    case 'bool':
      return false;
    case 'int64':
      return 0;
    case 'slice':
      return [];
    case 'map':
    case 'struct':
      return {};
  }
}

/** The Go schema of types.FieldSpec. */
export const FIELD_SPEC_SCHEMA: GoSchema = {
  t: 'struct',
  name: 'FieldSpec',
  goType: 'types.FieldSpec',
  fields: {
    group: { t: 'string' },
    version: { t: 'string' },
    kind: { t: 'string' },
    path: { t: 'string' },
    create: { t: 'bool' },
  },
};

/** The Go schema of types.FsSlice. */
export const FS_SLICE_SCHEMA: GoSchema = { t: 'slice', goType: 'types.FsSlice', elem: FIELD_SPEC_SCHEMA };
