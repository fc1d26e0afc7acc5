/**
 * Reading one kustomization file: exactly one of the recognised names, decoded as kustomize decodes
 * it (sigs.k8s.io/yaml + encoding/json with DisallowUnknownFields: case-insensitive field names,
 * unknown fields and wrong types are errors), validated against src/load/schema.ts, legacy fields normalised.
 * @see kustomize api/internal/target/kusttarget.go Load, api/types/kustomization.go
 */
import { KustomizeError, type KustomizeWarning } from '../core/errors.js';
import { type Json, type JsonObject, deepFreeze, isObject, setOwn } from '../core/json.js';
import { parseKustomizationText } from '../yaml/parse.js';
import { kustomizationSchema } from './schema.js';
import { type SchemaError, validateKustomization } from './validate.js';
import type { Loader } from './loader.js';
import type { Kustomization } from './types.js';

/** File names tried, in kustomize's order (api/konfig/general.go). */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

export const KUSTOMIZATION_VERSION = 'kustomize.config.k8s.io/v1beta1';
export const COMPONENT_VERSION = 'kustomize.config.k8s.io/v1alpha1';

export interface LoadedKustomization {
  k: Kustomization;
  /** Absolute path of the kustomization file. */
  file: string;
  /** The file name within its directory. */
  fileName: string;
  warnings: KustomizeWarning[];
}

/** Finds and reads the kustomization file of `ldr.root`. */
export function findKustomizationFile(ldr: Loader): { file: string; fileName: string } {
  // kustomize counts the names its loader can load: a file that the load restrictor refuses (a
  // symlink out of the root) is not a kustomization file. When that is the only candidate, the
  // refusal says more than "unable to find".
  let refused: unknown;
  const found = KUSTOMIZATION_FILE_NAMES.filter((n) => {
    const p = ldr.abs(n);
    if (!ldr.fs.exists(p) || ldr.fs.isDir(p)) return false;
    try {
      ldr.resolveFile(n);
      return true;
    } catch (e) {
      refused ??= e;
      return false;
    }
  });
  if (found.length === 0) {
    if (refused !== undefined) throw refused;
    throw new KustomizeError(
      'KUSTOMIZATION_NOT_FOUND',
      `unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${ldr.root}'`,
      { file: ldr.root },
    );
  }
  if (found.length > 1) {
    throw new KustomizeError('MULTIPLE_KUSTOMIZATION_FILES', `Found multiple kustomization files under: ${ldr.root}`, {
      file: ldr.root,
    });
  }
  return { file: ldr.abs(found[0]!), fileName: found[0]! };
}

/** Loads, decodes, validates and normalises the kustomization at `ldr.root`. */
/** Decoded kustomization files by path, with the text each was decoded from (see {@link loadKustomization}). */
export type DecodedKustomizations = Map<string, { fileName: string; text: string; loaded: LoadedKustomization }>;

/**
 * Finds, reads and decodes the kustomization file of the loader's directory. With `decoded` (one
 * build's), a file already decoded from the same text is not decoded again: a component or base
 * that many overlays include is parsed and validated once. Such a shared decode is deep-frozen,
 * so a transformer that modified it would throw instead of changing another target's.
 */
export function loadKustomization(ldr: Loader, decoded?: DecodedKustomizations): LoadedKustomization {
  const { file, fileName } = findKustomizationFile(ldr);
  const text = ldr.readText(fileName);
  if (!decoded) return decodeKustomization(text, file, fileName);
  const hit = decoded.get(file);
  if (hit && hit.text === text && hit.fileName === fileName) return hit.loaded;
  const loaded = deepFreeze(decodeKustomization(text, file, fileName));
  decoded.set(file, { fileName, text, loaded });
  return loaded;
}

/** Decodes kustomization text (exported for edit commands and tests). */
export function decodeKustomization(text: string, file: string, fileName = 'kustomization.yaml'): LoadedKustomization {
  const raw = parseKustomizationText(text, file);
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    throw new KustomizeError('INVALID_KUSTOMIZATION', `${fileName} is empty`, { file });
  }
  if (!isObject(raw)) {
    throw new KustomizeError(
      'INVALID_KUSTOMIZATION',
      `invalid Kustomization: json: cannot unmarshal ${goJsonType(raw)} into Go value of type types.Kustomization`,
      { file },
    );
  }
  const normalized = normalizeKeys(raw, kustomizationSchema) as JsonObject;
  const invalid = validateKustomization(normalized);
  if (invalid) throw schemaError(invalid, normalized, file);
  const warnings: KustomizeWarning[] = [];
  const deprecated: [string, string, string][] = [
    ['bases', "'bases' is deprecated. Please use 'resources' instead.", 'edit'],
    ['commonLabels', "'commonLabels' is deprecated. Please use 'labels' instead.", 'edit'],
    ['imageTags', "'imageTags' is deprecated. Please use 'images' instead.", 'edit'],
    ['patchesJson6902', "'patchesJson6902' is deprecated. Please use 'patches' instead.", 'edit'],
    ['patchesStrategicMerge', "'patchesStrategicMerge' is deprecated. Please use 'patches' instead.", 'edit'],
    ['vars', "'vars' is deprecated. Please use 'replacements' instead.", 'experimental'],
  ];
  for (const [field, msg, kind] of deprecated) {
    if (normalized[field] !== undefined && normalized[field] !== null) {
      const fix =
        kind === 'edit'
          ? "Run 'kustomize edit fix' to update your Kustomization automatically."
          : "[EXPERIMENTAL] Run 'kustomize edit fix' to update your Kustomization automatically.";
      warnings.push({ message: `# Warning: ${msg} ${fix}`, file, field: [field] });
    }
  }
  if (isGoEmpty(normalized)) {
    throw new KustomizeError('INVALID_KUSTOMIZATION', 'kustomization.yaml is empty', { file });
  }
  const k = fixKustomization(normalized);
  const errs: string[] = [];
  if (k.kind !== 'Kustomization' && k.kind !== 'Component') errs.push('kind should be Kustomization or Component');
  const required = k.kind === 'Component' ? COMPONENT_VERSION : KUSTOMIZATION_VERSION;
  if (k.apiVersion !== required) errs.push(`apiVersion for ${k.kind} should be ${required}`);
  if (errs.length) {
    throw new KustomizeError(
      'INVALID_KUSTOMIZATION',
      `Failed to read kustomization file under ${dirOf(file)}:\n${errs.join('\n')}`,
      { file, field: [errs[0]!.startsWith('kind') ? 'kind' : 'apiVersion'] },
    );
  }
  return { k, file, fileName, warnings };
}

function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i <= 0 ? '/' : file.slice(0, i);
}

/** kustomize's FixKustomization: defaults for kind/apiVersion and legacy fields folded into new ones. */
function fixKustomization(o: JsonObject): Kustomization {
  const k = o as unknown as Kustomization & { bases?: string[] | null; imageTags?: unknown[] | null };
  if (!k.kind) k.kind = 'Kustomization';
  if (!k.apiVersion) k.apiVersion = k.kind === 'Component' ? COMPONENT_VERSION : KUSTOMIZATION_VERSION;
  if (k.bases) k.resources = [...(k.resources ?? []), ...k.bases];
  delete k.bases;
  if (k.imageTags) k.images = [...(k.images ?? []), ...(k.imageTags as NonNullable<Kustomization['images']>)];
  delete k.imageTags;
  // A generator's deprecated `env` is appended to its `envs` when the entry is decoded
  // (decodeGeneratorArgs), which keeps where it came from for error positions.
  return k;
}

/**
 * Whether the decoded struct, after FixKustomization, equals an empty Kustomization (kustomize's
 * CheckEmpty, which compares everything but the TypeMeta: a file holding only `kind` and
 * `apiVersion` is empty). Go's reflect.DeepEqual tells a nil slice or map (absent, `null`) from
 * an empty one (`[]`, `{}`), except that the fix moves `bases` into `resources`, `imageTags`
 * into `images` and `helmChartInflationGenerator` into `helmCharts` with `append`, which leaves
 * nil when both are nil or empty.
 */
function isGoEmpty(o: JsonObject): boolean {
  const nonEmptyList = (v: Json | undefined) => Array.isArray(v) && v.length > 0;
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (v === null || v === '' || v === false || v === 0) continue;
    switch (key) {
      case 'kind':
      case 'apiVersion':
        continue;
      case 'bases':
        if (nonEmptyList(v)) return false;
        continue;
      case 'imageTags':
        if (nonEmptyList(v)) return false;
        continue;
      case 'helmChartInflationGenerator':
        if (nonEmptyList(v)) return false;
        continue;
      default:
        return false;
    }
  }
  return true;
}

type SchemaNode = {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
};

/**
 * Renames keys to the schema's spelling when they match case-insensitively, as Go's
 * encoding/json does. Later duplicates win, like Go.
 */
export function normalizeKeys(value: Json, schema: Record<string, unknown>): Json {
  const s = schema as SchemaNode;
  if (Array.isArray(value)) {
    if (!s.items) return value;
    // A null element of a []string decodes to "" (Go's zero value), as in kustomize.
    if (s.items.type === 'string') return value.map((v) => (v === null ? '' : v));
    return value.map((v) => normalizeKeys(v, s.items as Record<string, unknown>));
  }
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  if (s.properties) {
    const lower = lowerCaseNames(s.properties);
    for (const key of Object.keys(value)) {
      const name = Object.prototype.hasOwnProperty.call(s.properties, key) ? key : lower.get(key.toLowerCase()) ?? key;
      const sub = Object.prototype.hasOwnProperty.call(s.properties, name) ? s.properties[name] : undefined;
      setOwn(out, name, sub ? normalizeKeys(value[key] as Json, sub as Record<string, unknown>) : (value[key] as Json));
    }
    return out;
  }
  if (typeof s.additionalProperties === 'object') {
    for (const key of Object.keys(value)) {
      setOwn(out, key, normalizeKeys(value[key] as Json, s.additionalProperties as Record<string, unknown>));
    }
    return out;
  }
  return value;
}

/** Lower-cased property name to property name, per schema `properties` object (the schema is static). */
const lowerNames = new WeakMap<object, Map<string, string>>();

function lowerCaseNames(properties: Record<string, unknown>): Map<string, string> {
  let lower = lowerNames.get(properties);
  if (lower === undefined) {
    lower = new Map();
    for (const name of Object.keys(properties)) lower.set(name.toLowerCase(), name);
    lowerNames.set(properties, lower);
  }
  return lower;
}

function goJsonType(v: Json | undefined): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  return typeof v === 'boolean' ? 'bool' : typeof v;
}

function schemaError(e: SchemaError, doc: JsonObject, file: string): KustomizeError {
  const path = e.path.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (e.keyword === 'additionalProperties') {
    const extra = String((e.params as { additionalProperty: string }).additionalProperty);
    return new KustomizeError('UNKNOWN_FIELD', `invalid Kustomization: json: unknown field "${extra}"`, {
      file,
      field: [...path, extra],
    });
  }
  let cur: Json | undefined = doc;
  for (const p of path) cur = cur === undefined || cur === null ? undefined : (cur as Record<string, Json>)[p as string];
  const goField = path.filter((p) => typeof p === 'string').join('.');
  const want = e.keyword === 'type' ? String((e.params as { type: string | string[] }).type) : e.keyword;
  const goType = want.includes('string')
    ? 'string'
    : want.includes('boolean')
      ? 'bool'
      : want.includes('integer')
        ? 'int'
        : want.includes('array')
          ? 'array'
          : 'object';
  return new KustomizeError(
    'INVALID_KUSTOMIZATION',
    `invalid Kustomization: json: cannot unmarshal ${goJsonType(cur)} into Go struct field Kustomization.${goField} of type ${goType}`,
    { file, field: path },
  );
}
