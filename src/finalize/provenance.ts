/**
 * buildMetadata originAnnotations / transformerAnnotations: the `config.kubernetes.io/origin`
 * and `alpha.config.kubernetes.io/transformations` annotations, written as kustomize writes them
 * (kyaml.Marshal of the Origin struct: fields in struct order, empty ones omitted).
 * @see kustomize api/resource/origin.go, api/resmap/reswrangler.go AddTransformerAnnotation
 */
import { type JsonObject, isObject, getOwn } from '../core/json.js';
import type { Origin, Resource } from '../resource/resource.js';
import type { ResourceMap } from '../resource/resmap.js';
import { emitDocument } from '../yaml/emit.js';
import { ORIGIN_ANNOTATION, TRANSFORMATIONS_ANNOTATION } from './annotations.js';

function scalar(s: string): string {
  return emitDocument(s).replace(/\n$/, '');
}

/** The Origin struct's YAML lines, in kustomize's field order. */
function originLines(o: Origin): string[] {
  const lines: string[] = [];
  if (o.path) lines.push(`path: ${scalar(o.path)}`);
  if (o.repo) lines.push(`repo: ${scalar(o.repo)}`);
  if (o.ref) lines.push(`ref: ${scalar(o.ref)}`);
  if (o.configuredIn) lines.push(`configuredIn: ${scalar(o.configuredIn)}`);
  const by = o.configuredBy;
  if (by && (by.apiVersion || by.kind || by.name || by.namespace)) {
    lines.push('configuredBy:');
    if (by.apiVersion) lines.push(`  apiVersion: ${scalar(by.apiVersion)}`);
    if (by.kind) lines.push(`  kind: ${scalar(by.kind)}`);
    if (by.name) lines.push(`  name: ${scalar(by.name)}`);
    if (by.namespace) lines.push(`  namespace: ${scalar(by.namespace)}`);
  }
  return lines;
}

export function originString(o: Origin): string {
  const lines = originLines(o);
  return lines.length ? lines.join('\n') + '\n' : '{}\n';
}

export function transformationsString(list: readonly Origin[]): string {
  let out = '';
  for (const o of list) {
    const lines = originLines(o);
    if (!lines.length) {
      out += '- {}\n';
      continue;
    }
    out += `- ${lines[0]}\n`;
    for (const l of lines.slice(1)) out += `  ${l}\n`;
  }
  return out || '[]\n';
}

/**
 * Records that a transformer ran, on every resource of the map (kustomize's
 * AddTransformerAnnotation): a resource without an origin takes the transformer's as its origin.
 */
export function recordTransformation(map: ResourceMap, origin: Origin | undefined): void {
  if (!origin) return;
  for (const r of map.resources()) {
    if (!r.origin) r.origin = origin;
    else (r.transformations ??= []).push(origin);
  }
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
    for (const r of list) if (r.origin) setAnnotation(r, ORIGIN_ANNOTATION, originString(r.origin));
  }
  if (meta.has('transformerAnnotations')) {
    for (const r of list) {
      if (r.transformations && r.transformations.length) {
        setAnnotation(r, TRANSFORMATIONS_ANNOTATION, transformationsString(r.transformations));
      }
    }
  }
}
