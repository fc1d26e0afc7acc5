/**
 * The annotations kustomize strips at the end of a build, and how it rewrites the map.
 * @see kustomize api/resource/resource.go BuildAnnotations, api/krusty/kustomizer.go Run
 */
import { type Json, type JsonObject, isObject, getOwn } from '../core/json.js';
import { KustomizeError } from '../core/errors.js';
import type { Resource } from '../resource/resource.js';
import { resIdString } from '../resource/resid.js';
import { resolvePlain } from '../yaml/resolve.js';
import { textOf } from '../core/scalar-text.js';

export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
export const TRANSFORMATIONS_ANNOTATION = 'alpha.config.kubernetes.io/transformations';
export const LOCAL_CONFIG_ANNOTATION = 'config.kubernetes.io/local-config';

/**
 * Build annotations removed from every resource (even when a user wrote them): kustomize's
 * resource.BuildAnnotations plus the ids kio adds. The generator-plugin annotations
 * (`kustomize.config.k8s.io/needs-hash`, `.../behavior`) are only read and removed for the output
 * of exec/function generators (UpdateResourceOptions), so on a resource file they stay.
 */
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
];

/**
 * Removes the given annotation keys and rewrites the map as kustomize's RemoveBuildAnnotations
 * does (kyaml GetAnnotations, then SetAnnotations): every value becomes a string, and a map left
 * empty (or one that was empty or null) is removed from metadata.
 *
 * A value that is not a string prints as its YAML text (core/scalar-text.ts): as written in the
 * file (`~`, `0x10`, `1.50`, nothing at all), or, after a JSON 6902 patch, as kyaml writes the
 * float64 it read back (`1e+06`, `null`); a map or list prints as `""` (a non-scalar node has no
 * value).
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
    if (typeof v !== 'string') (a as JsonObject)[k] = v !== null && typeof v === 'object' ? '' : textOf(a as JsonObject, k);
  }
}
