/**
 * Shared harness for the replacement and vars tables: builds resources from YAML, emulates the
 * few other transformers a case uses (namePrefix/nameSuffix on metadata.name only), and compares
 * results with kubectl's recorded output independently of output order.
 */
import YAML from 'yaml';
import type { Json, JsonObject } from '../../src/core/json.js';
import { isObject } from '../../src/core/json.js';
import { Resource } from '../../src/resource/resource.js';
import { ResourceMap } from '../../src/resource/resmap.js';

export interface RecordedCase {
  name: string;
  resources: string;
  kustomization?: string;
  layers?: string[];
  errorIncludes?: string;
  expected?: string;
  error?: string;
}

export function parseDocs(text: string): JsonObject[] {
  return YAML.parseAllDocuments(text)
    .map((d) => d.toJS() as Json)
    .filter((d): d is JsonObject => isObject(d));
}

export function makeMap(resources: string): ResourceMap {
  return new ResourceMap(parseDocs(resources).map((o) => new Resource(o)));
}

/** namePrefix / nameSuffix as they affect ids (no name references are involved in the cases). */
export function applyNameAffixes(map: ResourceMap, layer: JsonObject): void {
  const prefix = typeof layer['namePrefix'] === 'string' ? layer['namePrefix'] : '';
  const suffix = typeof layer['nameSuffix'] === 'string' ? layer['nameSuffix'] : '';
  if (!prefix && !suffix) return;
  for (const r of map.resources()) {
    r.storePreviousId();
    r.setName(prefix + r.name + suffix);
  }
}

/**
 * kustomize's last step on every resource with annotations (RemoveBuildAnnotations re-sets them
 * through a map[string]string): annotation values come out as strings.
 */
export function stringifyAnnotations(map: ResourceMap): void {
  for (const r of map.resources()) {
    const a = r.metadata?.['annotations'];
    if (!isObject(a) || Object.keys(a).length === 0) continue;
    for (const k of Object.keys(a)) {
      const v = a[k];
      if (typeof v !== 'string') a[k] = v === null ? '' : typeof v === 'object' ? '' : String(v);
    }
  }
}

function keyOf(o: JsonObject): string {
  const md = isObject(o['metadata']) ? o['metadata'] : {};
  return `${String(o['kind'])}|${String(md['namespace'] ?? '')}|${String(md['name'] ?? '')}`;
}

/** Our resources and kubectl's, keyed by kind/namespace/name, for an order-free comparison. */
export function byKey(objs: readonly JsonObject[]): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const o of objs) out[keyOf(o)] = o;
  return out;
}
