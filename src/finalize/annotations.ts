/**
 * The annotations kustomize strips at the end of a build, and how it rewrites the map.
 * @see kustomize api/resource/resource.go BuildAnnotations, api/krusty/kustomizer.go Run
 */
import { type JsonObject, isObject, getOwn } from '../core/json.js';
import type { Resource } from '../resource/resource.js';

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
 * Removes the given annotation keys. Like kyaml's SetAnnotations, a map left empty (or one that
 * was empty or null) is removed from metadata.
 */
export function removeAnnotations(r: Resource, keys: readonly string[]): void {
  const md = r.ensureMetadata();
  const a = getOwn(md, 'annotations');
  if (!isObject(a)) {
    delete md['annotations'];
    return;
  }
  for (const k of keys) delete (a as JsonObject)[k];
  if (Object.keys(a).length === 0) delete md['annotations'];
}
