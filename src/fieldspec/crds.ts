/**
 * `crds`: OpenAPI definition files (type name → {Schema, Dependencies}) whose properties carry
 * kustomize's x-kubernetes-* extensions, turned into fieldspecs.
 * @see kustomize api/internal/accumulator/loadconfigfromcrds.go
 */
import { type Json, type JsonObject, compareStrings, getOwn, isObject } from '../core/json.js';
import { KustomizeError, isKustomizeError } from '../core/errors.js';
import { parseKustomizationText } from '../yaml/parse.js';
import { emptyTransformerConfig, mergeFieldSpec, mergeNameBackReference, mergeTransformerConfigs } from './merge.js';
import type { FieldSpec, TransformerConfig } from './types.js';

/** One `crds` entry: the file's text and its path (for errors). */
export interface CrdSource {
  text: string;
  file: string;
}

/**
 * kustomize's LoadConfigFromCRDs: a config holding the commonAnnotations, commonLabels,
 * namePrefix and nameReference fieldspecs that the definitions' extensions declare.
 */
export function transformerConfigFromCrds(crds: readonly CrdSource[]): TransformerConfig {
  let tc = emptyTransformerConfig();
  for (const { text, file } of crds) {
    const defs = parseDefinitions(text, file);
    tc = mergeTransformerConfigs(tc, configFromDefinitions(defs));
  }
  return tc;
}

function parseDefinitions(text: string, file: string): JsonObject {
  let doc: Json;
  try {
    // kustomize reads JSON when the content starts with '{', YAML otherwise.
    doc = text.startsWith('{') ? (JSON.parse(text) as Json) : parseKustomizationText(text, file);
  } catch (e) {
    const message = isKustomizeError(e) || e instanceof Error ? e.message : String(e);
    throw new KustomizeError(
      isKustomizeError(e) ? e.code : 'YAML_SYNTAX',
      `unable to parse open API definition from '${file}': ${message}`,
      { file, cause: e },
    );
  }
  if (doc === null) return {};
  if (!isObject(doc)) {
    throw new KustomizeError('INVALID_TRANSFORMER_CONFIG', `unable to parse open API definition from '${file}'`, {
      file,
    });
  }
  // Each value decodes into an OpenAPIDefinition struct: only a map (or null) will do.
  for (const k of Object.keys(doc)) {
    const v = doc[k];
    if (v === null || isObject(v)) continue;
    const type = Array.isArray(v) ? 'array' : typeof v === 'boolean' ? 'bool' : typeof v;
    throw new KustomizeError(
      'INVALID_OPENAPI',
      `unable to parse open API definition from '${file}': json: cannot unmarshal ${type} into Go value of type accumulator.OpenAPIDefinition`,
      { file, field: [k] },
    );
  }
  return doc;
}

/** Go-json field lookup: exact name first, then case-insensitive. */
function field(o: JsonObject, name: string): Json | undefined {
  const v = getOwn(o, name);
  if (v !== undefined) return v;
  const k = Object.keys(o).find((x) => x.toLowerCase() === name.toLowerCase());
  return k === undefined ? undefined : o[k];
}

function propertiesOf(def: Json | undefined): JsonObject {
  if (!isObject(def)) return {};
  const schema = field(def, 'Schema');
  if (!isObject(schema)) return {};
  const props = getOwn(schema, 'properties');
  return isObject(props) ? props : {};
}

function configFromDefinitions(defs: JsonObject): TransformerConfig {
  let result = emptyTransformerConfig();
  // kustomize ranges over a Go map; the merged result is sorted, so any fixed order will do.
  for (const name of Object.keys(defs).sort(compareStrings)) {
    const props = propertiesOf(defs[name]);
    if (!('kind' in props && 'apiVersion' in props && 'metadata' in props)) continue;
    const tc = emptyTransformerConfig();
    // The kind is the last dot-separated part of the type name.
    const kind = name.split('.').at(-1) ?? '';
    loadTypeIntoConfig(tc, kind, defs, name, [], 0);
    result = mergeTransformerConfigs(result, tc);
  }
  return result;
}

/** Extension values count only when they are strings (kube-openapi's Extensions.GetString). */
function extension(prop: JsonObject, key: string): string | undefined {
  for (const k of Object.keys(prop)) {
    if (k.toLowerCase() === key) {
      const v = prop[k];
      return typeof v === 'string' ? v : undefined;
    }
  }
  return undefined;
}

function loadTypeIntoConfig(
  tc: TransformerConfig,
  kind: string,
  defs: JsonObject,
  typeName: string,
  path: readonly string[],
  depth: number,
): void {
  if (depth > 100 || !Object.prototype.hasOwnProperty.call(defs, typeName)) return;
  const props = propertiesOf(defs[typeName]);
  for (const propName of Object.keys(props).sort(compareStrings)) {
    const prop = props[propName];
    if (!isObject(prop)) continue;
    const here = [...path, propName];
    const fs = (p: readonly string[]): FieldSpec => ({ kind, path: p.join('/') });
    if (extension(prop, 'x-kubernetes-annotation') !== undefined) {
      tc.commonAnnotations = mergeFieldSpec(tc.commonAnnotations, fs(here));
    }
    if (extension(prop, 'x-kubernetes-label-selector') !== undefined) {
      tc.commonLabels = mergeFieldSpec(tc.commonLabels, fs(here));
    }
    if (extension(prop, 'x-kubernetes-identity') !== undefined) {
      tc.namePrefix = mergeFieldSpec(tc.namePrefix, fs(here));
    }
    const version = extension(prop, 'x-kubernetes-object-ref-api-version');
    const refKind = extension(prop, 'x-kubernetes-object-ref-kind');
    if (version !== undefined && refKind !== undefined) {
      const nameKey = extension(prop, 'x-kubernetes-object-ref-name-key') ?? 'name';
      tc.nameReference = mergeNameBackReference(tc.nameReference, {
        kind: refKind,
        version,
        fieldSpecs: [fs([...here, nameKey])],
      });
    }
    const ref = getOwn(prop, '$ref');
    if (typeof ref === 'string' && ref !== '') loadTypeIntoConfig(tc, kind, defs, ref, here, depth + 1);
  }
}
