/**
 * buildMetadata originAnnotations / transformerAnnotations: the `config.kubernetes.io/origin`
 * and `alpha.config.kubernetes.io/transformations` annotations, written as kustomize writes them
 * (YAML through the same emitter, keys sorted).
 * @see kustomize api/resource/origin.go
 */
import { type Json, type JsonObject, isObject, getOwn } from '../core/json.js';
import type { Origin, Resource } from '../resource/resource.js';
import { emitDocument } from '../yaml/emit.js';
import { ORIGIN_ANNOTATION, TRANSFORMATIONS_ANNOTATION } from './annotations.js';

function originJson(o: Origin): JsonObject {
  const out: JsonObject = {};
  if (o.path) out['path'] = o.path;
  if (o.repo) out['repo'] = o.repo;
  if (o.ref) out['ref'] = o.ref;
  if (o.configuredIn) out['configuredIn'] = o.configuredIn;
  if (o.configuredBy) {
    const by: JsonObject = { apiVersion: o.configuredBy.apiVersion, kind: o.configuredBy.kind };
    if (o.configuredBy.name) by['name'] = o.configuredBy.name;
    out['configuredBy'] = by;
  }
  return out;
}

function setAnnotation(r: Resource, key: string, value: string): void {
  const md = r.ensureMetadata();
  let a = getOwn(md, 'annotations');
  if (!isObject(a)) {
    a = {};
    md['annotations'] = a;
  }
  (a as JsonObject)[key] = value;
}

export function writeProvenance(list: readonly Resource[], meta: ReadonlySet<string>): void {
  if (meta.has('originAnnotations')) {
    for (const r of list) if (r.origin) setAnnotation(r, ORIGIN_ANNOTATION, emitDocument(originJson(r.origin)));
  }
  if (meta.has('transformerAnnotations')) {
    for (const r of list) {
      if (r.transformations && r.transformations.length) {
        setAnnotation(r, TRANSFORMATIONS_ANNOTATION, emitDocument(r.transformations.map(originJson) as Json));
      }
    }
  }
}
