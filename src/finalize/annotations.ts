/**
 * The annotations kustomize strips at the end of a build, and how it rewrites the map.
 * @see kustomize api/resource/resource.go BuildAnnotations, api/krusty/kustomizer.go Run
 */
import { type Json, type JsonObject, isObject, getOwn } from '../core/json.js';
import { KustomizeError } from '../core/errors.js';
import type { Resource } from '../resource/resource.js';
import { resIdString } from '../resource/resid.js';
import { resolvePlain } from '../yaml/resolve.js';
import { formatFloatG64 } from '../yaml/go-strconv.js';

export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
export const TRANSFORMATIONS_ANNOTATION = 'alpha.config.kubernetes.io/transformations';
export const LOCAL_CONFIG_ANNOTATION = 'config.kubernetes.io/local-config';

/** Build annotations removed from every resource (even when a user wrote them). */
export const BUILD_ANNOTATIONS: readonly string[] = [
  'internal.config.kubernetes.io/previousKinds',
  'internal.config.kubernetes.io/previousNames',
  'internal.config.kubernetes.io/prefixes',
  'internal.config.kubernetes.io/suffixes',
  'internal.config.kubernetes.io/previousNamespaces',
  'internal.config.kubernetes.io/allowNameChange',
  'internal.config.kubernetes.io/allowKindChange',
  'internal.config.kubernetes.io/refBy',
  'internal.config.kubernetes.io/generatorBehavior',
  'internal.config.kubernetes.io/needsHashSuffix',
  'internal.config.kubernetes.io/path',
  'internal.config.kubernetes.io/index',
  'internal.config.kubernetes.io/seqindent',
  'internal.config.kubernetes.io/id',
  'internal.config.kubernetes.io/annotations-migration-resource-id',
  'config.kubernetes.io/path',
  'config.kubernetes.io/index',
  'config.k8s.io/id',
  'kustomize.config.k8s.io/needs-hash',
  'kustomize.config.k8s.io/behavior',
  'internal.config.kubernetes.io/helm-generated',
];

/**
 * Removes the given annotation keys and rewrites the map as kustomize's RemoveBuildAnnotations
 * does (kyaml GetAnnotations, then SetAnnotations): every value becomes a string, and a map left
 * empty (or one that was empty or null) is removed from metadata.
 *
 * Resource files already hold their annotations as source text (see parseResourceDocuments);
 * values that never went through that parser (JSON 6902 patch values, replacements) are
 * stringified by {@link annotationValueString}.
 *
 * @throws KustomizeError `INVALID_RESOURCE` for a key that YAML reads as a non-string (`"1"`,
 *   `"true"`...): kustomize writes the keys back as plain scalars, and its JSON conversion then
 *   fails on the non-string key.
 */
export function removeAnnotations(r: Resource, keys: readonly string[]): void {
  const md = r.ensureMetadata();
  const a = getOwn(md, 'annotations');
  if (!isObject(a)) {
    delete md['annotations'];
    return;
  }
  for (const k of keys) delete (a as JsonObject)[k];
  const left = Object.keys(a);
  if (left.length === 0) {
    delete md['annotations'];
    return;
  }
  for (const k of left) {
    if (resolvePlain(k, 'v3').tag !== 'str') {
      throw new KustomizeError(
        'INVALID_RESOURCE',
        `json: unsupported type: map[interface {}]interface {} (annotation key ${JSON.stringify(k)} is not a YAML string)`,
        { resource: resIdString(r.curId()) },
      );
    }
    const v = (a as JsonObject)[k] as Json;
    if (typeof v !== 'string') (a as JsonObject)[k] = annotationValueString(v);
  }
}

/**
 * The string kustomize prints for an annotation value that is not a string in our JSON. Such a
 * value came through JSON (a JSON 6902 patch: evanphx/json-patch, then `RNode.UnmarshalJSON`,
 * i.e. json.Unmarshal to float64 and yaml.v3 Marshal): numbers print as Go's
 * `FormatFloat(v, 'g', -1, 64)` (`1000000` → `"1e+06"`, `1.50` → `"1.5"`), booleans as
 * `true`/`false`, null as `"null"`, and a map or list as `""` (a non-scalar node has no value).
 */
export function annotationValueString(v: Json): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatFloatG64(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  return '';
}
