/**
 * Decoding of one configMapGenerator / secretGenerator entry and of generatorOptions, the way
 * kustomize's Go structs receive them (`encoding/json`: case-insensitive field names with an
 * exact spelling preferred, `null` meaning "absent", type mismatches rejected; then the YAML
 * round trip kustomize puts builtin plugin configs through), plus `MergeGlobalOptionsIntoLocal`.
 * @see kustomize api/types/{generatorargs,configmapargs,secretargs,kvpairsources,generatoroptions}.go
 */
import { KustomizeError } from '../core/errors.js';
import { type Json, type JsonObject, getOwn, isObject } from '../core/json.js';
import { goFoldName } from '../fieldspec/go-json.js';

/** kustomize's GeneratorOptions. */
export interface GeneratorOptions {
  /** `undefined` is Go's nil map. */
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  disableNameSuffixHash: boolean;
  immutable: boolean;
}

/** kustomize's ConfigMapArgs / SecretArgs (GeneratorArgs + KvPairSources [+ type]). */
export interface GeneratorArgs {
  name: string;
  namespace: string;
  behavior: string;
  literals: string[];
  files: string[];
  /** `envs` followed by the deprecated `env` (kustomize's FixKustomization appends it). */
  envs: string[];
  /** True when the last `envs` entry came from the deprecated `env` field (for error positions). */
  envFromLegacyField: boolean;
  options?: GeneratorOptions;
  /** Secrets only. */
  type: string;
}

/** Where errors about these args point (e.g. `['configMapGenerator', 3]`), when known. */
export type FieldBase = (string | number)[] | undefined;

type PluginKind = 'ConfigMapGenerator' | 'SecretGenerator';

/** Joins a sub-path onto the base; no base means "unknown", which the caller fills in. */
export function fieldAt(base: FieldBase, ...rest: (string | number)[]): (string | number)[] | undefined {
  return base ? [...base, ...rest] : undefined;
}

/** Decodes one generator entry. `goStruct` names the Go type in error messages. */
export function decodeGeneratorArgs(
  raw: Json | undefined,
  goStruct: 'ConfigMapArgs' | 'SecretArgs',
  yamlField: string,
  base: FieldBase,
): GeneratorArgs {
  const plugin: PluginKind = goStruct === 'ConfigMapArgs' ? 'ConfigMapGenerator' : 'SecretGenerator';
  const ctx: DecodeCtx = { goStruct, path: yamlField, base, plugin };
  if (raw === undefined || raw === null) raw = {};
  if (!isObject(raw)) throw typeError(ctx, raw, undefined, goStruct);
  const envs = decodeStringList(raw, 'envs', ctx);
  const env = decodeString(raw, 'env', ctx);
  const args: GeneratorArgs = {
    name: decodeString(raw, 'name', ctx),
    namespace: decodeString(raw, 'namespace', ctx),
    behavior: decodeString(raw, 'behavior', ctx),
    literals: decodeStringList(raw, 'literals', ctx),
    files: decodeStringList(raw, 'files', ctx),
    envs: env ? [...envs, env] : envs,
    envFromLegacyField: env !== '',
    type: goStruct === 'SecretArgs' ? decodeString(raw, 'type', ctx) : '',
  };
  const opts = lookupField(raw, 'options');
  if (opts !== undefined && opts !== null) {
    args.options = decodeGeneratorOptions(opts, {
      goStruct: 'GeneratorOptions',
      path: `${yamlField}.options`,
      base: fieldAt(base, 'options'),
      plugin,
    });
  }
  return args;
}

/** Decodes `generatorOptions` for a generator of kind `plugin`. `undefined`/`null` give `undefined`. */
export function decodeGlobalOptions(raw: Json | undefined, plugin: PluginKind): GeneratorOptions | undefined {
  if (raw === undefined || raw === null) return undefined;
  return decodeGeneratorOptions(raw, {
    goStruct: 'GeneratorOptions',
    path: 'generatorOptions',
    base: ['generatorOptions'],
    plugin,
  });
}

function decodeGeneratorOptions(raw: Json, ctx: DecodeCtx): GeneratorOptions {
  if (!isObject(raw)) throw typeError(ctx, raw, undefined, 'types.GeneratorOptions');
  const o: GeneratorOptions = {
    disableNameSuffixHash: decodeBool(raw, 'disableNameSuffixHash', ctx),
    immutable: decodeBool(raw, 'immutable', ctx),
  };
  const labels = decodeStringMap(raw, 'labels', ctx);
  if (labels) o.labels = labels;
  const annotations = decodeStringMap(raw, 'annotations', ctx);
  if (annotations) o.annotations = annotations;
  return o;
}

/**
 * kustomize's MergeGlobalOptionsIntoLocal: local labels/annotations win key by key; a global
 * `true` for disableNameSuffixHash or immutable cannot be turned off locally.
 */
export function mergeGlobalOptionsIntoLocal(
  local: GeneratorOptions | undefined,
  global: GeneratorOptions | undefined,
): GeneratorOptions | undefined {
  if (!global) return local;
  const out: GeneratorOptions = local
    ? { ...local, labels: copyMap(local.labels), annotations: copyMap(local.annotations) }
    : { disableNameSuffixHash: false, immutable: false };
  out.labels = overrideMap(out.labels, global.labels);
  out.annotations = overrideMap(out.annotations, global.annotations);
  if (global.disableNameSuffixHash) out.disableNameSuffixHash = true;
  if (global.immutable) out.immutable = true;
  return out;
}

function copyMap(m: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!m) return undefined;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const k of Object.keys(m)) out[k] = m[k]!;
  return out;
}

function overrideMap(
  local: Record<string, string> | undefined,
  global: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (!local) return copyMap(global);
  if (global) for (const k of Object.keys(global)) if (!Object.prototype.hasOwnProperty.call(local, k)) local[k] = global[k]!;
  return local;
}

/**
 * kustomize hands a generator its args by marshalling them to YAML and back
 * (kusttarget configureBuiltinPlugin: json.Marshal, then sigs.k8s.io/yaml's yaml.v2 parse,
 * emit and parse). Every string comes out of that trip unchanged except for two things, both
 * checked against kubectl kustomize v5.5.0:
 * - DEL, C1 controls other than NEL, U+FFFE and U+FFFF are written raw into the JSON, and
 *   yaml.v2 refuses them: `builtin ConfigMapGenerator marshal: yaml: control characters are
 *   not allowed`.
 * - NEL (U+0085) is also written raw, and is a line break to YAML 1.1, so the double-quoted
 *   scalar folds it: spaces around it vanish, one NEL becomes a space, and n > 1 NELs in a
 *   row become n-1 newlines (`"x\u0085\u0085y"` gives `"x\ny"`).
 * Text that is not valid UTF-8 (lone surrogates here) becomes U+FFFD, as json.Marshal does.
 */
export function roundTripString(s: string, plugin: string, field: (string | number)[] | undefined): string {
  s = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  if (/[\u007f-\u0084\u0086-\u009f\ufffe\uffff]/.test(s)) {
    throw new KustomizeError('GENERATOR_FAILED', `builtin ${plugin} marshal: yaml: control characters are not allowed`, {
      field,
    });
  }
  if (!s.includes('\u0085')) return s;
  return s.replace(/ *\u0085[ \u0085]*/g, (m) => {
    let n = 0;
    for (const c of m) if (c === '\u0085') n++;
    return n === 1 ? ' ' : '\n'.repeat(n - 1);
  });
}

// ---------------------------------------------------------------------------------------------
// Go encoding/json field decoding

interface DecodeCtx {
  goStruct: string;
  /** Dotted YAML path for Go-style messages, e.g. `configMapGenerator.options`. */
  path: string;
  base: FieldBase;
  /** The builtin plugin the args configure, for {@link roundTripString} errors. */
  plugin: PluginKind;
}

/**
 * Go's encoding/json matches object keys to struct fields case-insensitively; kustomize's
 * decoder lets an exactly spelled key win over differently cased ones (checked with kubectl:
 * `{Name: c, name: b}` gives `b`), and otherwise the last matching key wins.
 */
export function lookupField(o: JsonObject, name: string): Json | undefined {
  const exact = getOwn(o, name);
  if (exact !== undefined) return exact;
  const folded = goFoldName(name);
  let found: Json | undefined;
  for (const k of Object.keys(o)) if (goFoldName(k) === folded) found = o[k] as Json;
  return found;
}


function goType(v: Json): string {
  if (Array.isArray(v)) return 'array';
  if (isObject(v)) return 'object';
  if (typeof v === 'boolean') return 'bool';
  return typeof v;
}

/** `item`: the list index or map key of the offending element, when it is one (not in Go's message). */
function typeError(
  ctx: DecodeCtx,
  v: Json,
  field: string | undefined,
  goTypeName: string,
  item?: string | number,
): KustomizeError {
  const where = field === undefined ? '' : ` into Go struct field ${ctx.goStruct}.${ctx.path}.${field}`;
  const path = field === undefined ? ctx.base : item === undefined ? fieldAt(ctx.base, field) : fieldAt(ctx.base, field, item);
  return new KustomizeError('INVALID_KUSTOMIZATION', `json: cannot unmarshal ${goType(v)}${where} of type ${goTypeName}`, {
    field: path,
  });
}

function decodeString(o: JsonObject, name: string, ctx: DecodeCtx): string {
  const v = lookupField(o, name);
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw typeError(ctx, v, name, 'string');
  return roundTripString(v, ctx.plugin, fieldAt(ctx.base, name));
}

function decodeBool(o: JsonObject, name: string, ctx: DecodeCtx): boolean {
  const v = lookupField(o, name);
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw typeError(ctx, v, name, 'bool');
  return v;
}

/** A `[]string`; `null` items decode to `""` as in Go. */
function decodeStringList(o: JsonObject, name: string, ctx: DecodeCtx): string[] {
  const v = lookupField(o, name);
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw typeError(ctx, v, name, '[]string');
  return v.map((item, i) => {
    if (item === null) return '';
    if (typeof item !== 'string') throw typeError(ctx, item, name, 'string', i);
    return roundTripString(item, ctx.plugin, fieldAt(ctx.base, name, i));
  });
}

/** A `map[string]string`; `null` values decode to `""` as in Go. */
function decodeStringMap(o: JsonObject, name: string, ctx: DecodeCtx): Record<string, string> | undefined {
  const v = lookupField(o, name);
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) throw typeError(ctx, v, name, 'map[string]string');
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const k of Object.keys(v)) {
    const item = v[k] as Json;
    if (item !== null && typeof item !== 'string') throw typeError(ctx, item, name, 'string', k);
    const field = fieldAt(ctx.base, name, k);
    out[roundTripString(k, ctx.plugin, field)] = item === null ? '' : roundTripString(item, ctx.plugin, field);
  }
  return out;
}
