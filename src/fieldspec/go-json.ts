/**
 * The decoder that reads JSON values into kustomize's Go types the way kustomize reads transformer
 * configurations and builtin plugin configs (`yaml.Unmarshal` of sigs.k8s.io/yaml into a struct):
 *
 * 1. sigs.k8s.io/yaml's YAML-to-JSON step, guided by the target type: a number or boolean meant
 *    for a Go string becomes a string. The target of a field promoted from an embedded struct is
 *    (as sigs.k8s.io/yaml looks it up) that embedded struct, never a string, so such fields, and
 *    everything under them, are not converted: `name: 5` in a ConfigMapGenerator config fails
 *    where `metadata: {name: 5}` does not.
 * 2. Go's encoding/json into the struct: object keys in sorted order (the JSON comes from a Go
 *    map), field names matched exactly or else case-insensitively, a later key for the same field
 *    merging into a struct or map it set already and replacing anything else, null leaving the
 *    zero value, `json: cannot unmarshal ...` errors naming the innermost struct and the field
 *    path, and, when strict, `unknown field` errors.
 *
 * The result is plain JSON: structs become objects holding only the fields present (canonical
 * names, promoted fields at the struct's own level), slices arrays, maps objects.
 */
import { type Json, compareStrings, getOwn, isObject, setOwn } from '../core/json.js';
import { type ErrorCode, KustomizeError } from '../core/errors.js';

/** A Go struct: its JSON fields, and embedded structs whose fields are promoted into it. */
export interface GoStruct {
  t: 'struct';
  /** The type name Go's errors use (`Selector`). */
  name: string;
  /** The type as Go prints it in `of type ...` (`types.Selector`). */
  goType: string;
  fields: Record<string, GoSchema>;
  /** Anonymous struct fields without a JSON name (`json:",inline"`), in declaration order. */
  embeds?: readonly GoStruct[];
}

/** The Go type of a decoded value. */
export type GoSchema =
  | { t: 'string' }
  | { t: 'bool' }
  | { t: 'int64' }
  | { t: 'int' }
  /** interface{}: any value, taken as it is. */
  | { t: 'any' }
  | GoStruct
  | { t: 'slice'; goType: string; elem: GoSchema }
  | { t: 'map'; goType: string; elem: GoSchema };

export interface GoDecodeOptions {
  /** Reject unknown fields (Go's DisallowUnknownFields). */
  strict: boolean;
  /**
   * `json` (the default): sigs.k8s.io/yaml then encoding/json, as above. `yaml`: go-yaml v3
   * straight into the struct (kyaml's yaml.Unmarshal, which a few plugins use): field names
   * match exactly, any scalar fills a string (a number as its text), a bool also takes the
   * YAML 1.1 words (yes, on, ...), keys in document order, `yaml: unmarshal errors` messages.
   */
  mode?: 'json' | 'yaml';
  /** File named in errors. */
  file?: string;
  /** Code of type errors (INVALID_TRANSFORMER_CONFIG unless given). */
  code?: ErrorCode;
}

type Decoded = Json | undefined;

interface Ctx {
  opts: GoDecodeOptions;
  /** JSON field names from the root to the current value (Go's error field path). */
  keys: string[];
  /** The full path to the current value: field names, list indices, map keys (the error's `field`). */
  path: (string | number)[];
  /** The innermost struct being decoded (Go's errorContext.Struct). */
  struct: string | undefined;
}

/** A struct's field as Go's encoding/json caches it. */
interface StructField {
  name: string;
  schema: GoSchema;
  /** What sigs.k8s.io/yaml converts the value for: the field, or the embedded struct it is promoted from. */
  target: GoSchema;
}

const PREFIX = 'error unmarshaling JSON: while decoding JSON: ';

/**
 * Decodes `value` as kustomize's `yaml.Unmarshal` into `schema` would. Throws a KustomizeError
 * whose `field` is the path to the offending value: canonical field names, list indices and map
 * keys (for an unknown field, its key as written).
 */
export function decodeGo(value: Json, schema: GoSchema, opts: GoDecodeOptions): Decoded {
  const ctx: Ctx = { opts, keys: [], path: [], struct: undefined };
  if (opts.mode === 'yaml') return decodeYaml(value, schema, ctx, undefined);
  return decode(coerce(value, schema), schema, ctx, undefined);
}

// ---------------------------------------------------------------------------------------------
// field lookup

const fieldCache = new WeakMap<GoStruct, StructField[]>();

/** The struct's fields, own ones first, then promoted ones (a shallower field hides a deeper one). */
function structFields(s: GoStruct): StructField[] {
  let out = fieldCache.get(s);
  if (out) return out;
  out = [];
  const seen = new Set<string>();
  for (const name of Object.keys(s.fields)) {
    out.push({ name, schema: s.fields[name]!, target: s.fields[name]! });
    seen.add(name);
  }
  for (const e of s.embeds ?? []) {
    for (const f of structFields(e)) {
      if (seen.has(f.name)) continue;
      seen.add(f.name);
      out.push({ name: f.name, schema: f.schema, target: e });
    }
  }
  fieldCache.set(s, out);
  return out;
}

/**
 * Case folding of Go's encoding/json for field names: ASCII letters fold to one case, and the
 * Kelvin sign and long s fold to k and s (the only non-ASCII letters folding to ASCII ones).
 */
export function goFoldName(s: string): string {
  return s.replace(/[A-Z\u212a\u017f]/g, (c) => (c === '\u212a' ? 'k' : c === '\u017f' ? 's' : c.toLowerCase()));
}

/** The field a key names: the exactly named one, else the first that matches case-insensitively. */
function findField(s: GoStruct, key: string): StructField | undefined {
  const fields = structFields(s);
  let folded: StructField | undefined;
  const k = goFoldName(key);
  for (const f of fields) {
    if (f.name === key) return f;
    if (!folded && goFoldName(f.name) === k) folded = f;
  }
  return folded;
}

// ---------------------------------------------------------------------------------------------
// step 1: sigs.k8s.io/yaml's target-guided conversion

function coerce(v: Json, target: GoSchema | undefined): Json {
  if (Array.isArray(v)) {
    const elem = target?.t === 'slice' ? target.elem : undefined;
    return elem ? v.map((e) => coerce(e, elem)) : v;
  }
  if (isObject(v)) {
    if (target?.t !== 'struct' && target?.t !== 'map') return v;
    const out: Record<string, Json> = {};
    for (const k of Object.keys(v)) {
      const sub = target.t === 'map' ? target.elem : findField(target, k)?.target;
      setOwn(out, k, sub ? coerce(v[k] as Json, sub) : (v[k] as Json));
    }
    return out;
  }
  if (target?.t === 'string') {
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'number') return goYamlNumberString(v);
  }
  return v;
}

/**
 * A YAML number as sigs.k8s.io/yaml writes it for a string: integers in decimal, other numbers
 * with strconv.FormatFloat(f, 'g', -1, 32) (shortest float32 digits, exponent form below 1e-4
 * and from 1e6 on). A float written without a fraction (`1.0`) is read as the integer here.
 */
export function goYamlNumberString(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf';
  const f = Math.fround(n);
  let digits = '';
  for (let p = 1; p <= 9; p++) {
    digits = f.toPrecision(p);
    if (Math.fround(Number(digits)) === f) break;
  }
  const [mant, expPart] = Number(digits).toExponential().split('e') as [string, string];
  const exp = Number(expPart);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    const e = String(Math.abs(exp)).padStart(2, '0');
    return `${mant}e${sign}${e}`;
  }
  return String(Number(digits));
}

// ---------------------------------------------------------------------------------------------
// step 2: encoding/json

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
    case 'bool':
    case 'int64':
    case 'int':
      return s.t;
    case 'any':
      return 'interface {}';
    default:
      return s.goType;
  }
}

function typeError(ctx: Ctx, what: string, schema: GoSchema): KustomizeError {
  const where =
    ctx.struct === undefined || ctx.keys.length === 0
      ? `Go value of type ${goTypeName(schema)}`
      : `Go struct field ${ctx.struct}.${ctx.keys.join('.')} of type ${goTypeName(schema)}`;
  return new KustomizeError(ctx.opts.code ?? 'INVALID_TRANSFORMER_CONFIG', `${PREFIX}json: cannot unmarshal ${what} into ${where}`, {
    file: ctx.opts.file,
    field: ctx.path.length ? [...ctx.path] : undefined,
  });
}

/** The context of element `i` (an index or map key) of the current list or map. */
function at(ctx: Ctx, i: string | number): Ctx {
  return { ...ctx, path: [...ctx.path, i] };
}

/** Decodes `v` into `schema`; `into` is what the Go value holds already (structs and maps merge into it). */
function decode(v: Json, schema: GoSchema, ctx: Ctx, into: Decoded): Decoded {
  if (v === null) return into; // null leaves the Go value as it is
  switch (schema.t) {
    case 'any':
      return v;
    case 'string':
      if (typeof v === 'string') return v;
      throw typeError(ctx, jsonTypeName(v), schema);
    case 'bool':
      if (typeof v === 'boolean') return v;
      throw typeError(ctx, jsonTypeName(v), schema);
    case 'int64':
    case 'int':
      if (typeof v === 'number') {
        if (Number.isInteger(v) && Math.abs(v) <= 2 ** 63) return v;
        throw typeError(ctx, `number ${JSON.stringify(v)}`, schema);
      }
      throw typeError(ctx, jsonTypeName(v), schema);
    case 'slice': {
      if (!Array.isArray(v)) throw typeError(ctx, jsonTypeName(v), schema);
      // A null element leaves the element's zero value.
      return v.map((e, i) => decode(e, schema.elem, at(ctx, i), undefined) ?? zeroValue(schema.elem));
    }
    case 'map': {
      if (!isObject(v)) throw typeError(ctx, jsonTypeName(v), schema);
      const out: Record<string, Json> = isObject(into) ? { ...into } : {};
      for (const k of Object.keys(v).sort(compareStrings)) {
        const d = decode(v[k]!, schema.elem, at(ctx, k), getOwn(out, k));
        setOwn(out, k, d ?? zeroValue(schema.elem));
      }
      return out;
    }
    case 'struct': {
      if (!isObject(v)) throw typeError(ctx, jsonTypeName(v), schema);
      const out: Record<string, Json> = isObject(into) ? { ...into } : {};
      for (const k of Object.keys(v).sort(compareStrings)) {
        const f = findField(schema, k);
        if (f === undefined) {
          if (ctx.opts.strict) {
            throw new KustomizeError('UNKNOWN_FIELD', `${PREFIX}json: unknown field "${k}"`, {
              file: ctx.opts.file,
              field: [...ctx.path, k],
            });
          }
          continue;
        }
        const inner: Ctx = { opts: ctx.opts, keys: [...ctx.keys, f.name], path: [...ctx.path, f.name], struct: schema.name };
        const d = decode(getOwn(v, k) ?? null, f.schema, inner, getOwn(out, f.name));
        if (d !== undefined) setOwn(out, f.name, d);
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
    case 'int':
      return 0;
    case 'any':
      return null;
    case 'slice':
      return [];
    case 'map':
    case 'struct':
      return {};
  }
}

// ---------------------------------------------------------------------------------------------
// go-yaml v3 (kyaml's yaml.Unmarshal)

/** go-yaml's tag of a value, for its messages. */
function yamlTag(v: Json): string {
  if (Array.isArray(v)) return '!!seq';
  if (isObject(v)) return '!!map';
  if (typeof v === 'boolean') return '!!bool';
  if (typeof v === 'number') return Number.isInteger(v) ? '!!int' : '!!float';
  return '!!str';
}

function yamlTypeError(ctx: Ctx, v: Json, schema: GoSchema): KustomizeError {
  const what = Array.isArray(v) || isObject(v) ? yamlTag(v) : `${yamlTag(v)} \`${scalarText(v)}\``;
  return new KustomizeError(
    ctx.opts.code ?? 'INVALID_TRANSFORMER_CONFIG',
    `yaml: unmarshal errors:\n  cannot unmarshal ${what} into ${goTypeName(schema)}`,
    { file: ctx.opts.file, field: ctx.path.length ? [...ctx.path] : undefined },
  );
}

function scalarText(v: Json): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goYamlNumberString(v);
  return String(v);
}

const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

function decodeYaml(v: Json, schema: GoSchema, ctx: Ctx, into: Decoded): Decoded {
  if (v === null) return into;
  const scalar = !Array.isArray(v) && !isObject(v);
  switch (schema.t) {
    case 'any':
      return v;
    case 'string':
      if (scalar) return scalarText(v);
      throw yamlTypeError(ctx, v, schema);
    case 'bool':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'string' && YAML11_TRUE.has(v)) return true;
      if (typeof v === 'string' && YAML11_FALSE.has(v)) return false;
      throw yamlTypeError(ctx, v, schema);
    case 'int64':
    case 'int':
      if (typeof v === 'number' && Number.isInteger(v)) return v;
      throw yamlTypeError(ctx, v, schema);
    case 'slice':
      if (!Array.isArray(v)) throw yamlTypeError(ctx, v, schema);
      return v.map((e, i) => decodeYaml(e, schema.elem, at(ctx, i), undefined) ?? zeroValue(schema.elem));
    case 'map': {
      if (!isObject(v)) throw yamlTypeError(ctx, v, schema);
      const out: Record<string, Json> = isObject(into) ? { ...into } : {};
      for (const k of Object.keys(v)) setOwn(out, k, decodeYaml(v[k]!, schema.elem, at(ctx, k), getOwn(out, k)) ?? zeroValue(schema.elem));
      return out;
    }
    case 'struct': {
      if (!isObject(v)) throw yamlTypeError(ctx, v, schema);
      const out: Record<string, Json> = isObject(into) ? { ...into } : {};
      for (const k of Object.keys(v)) {
        const f = structFields(schema).find((x) => x.name === k);
        if (f === undefined) {
          if (ctx.opts.strict) {
            throw new KustomizeError('UNKNOWN_FIELD', `yaml: unmarshal errors:\n  field ${k} not found in type ${schema.goType}`, {
              file: ctx.opts.file,
              field: [...ctx.path, k],
            });
          }
          continue;
        }
        const inner: Ctx = { opts: ctx.opts, keys: [...ctx.keys, f.name], path: [...ctx.path, f.name], struct: schema.name };
        const d = decodeYaml(getOwn(v, k) ?? null, f.schema, inner, getOwn(out, f.name));
        if (d !== undefined) setOwn(out, f.name, d);
      }
      return out;
    }
  }
}
