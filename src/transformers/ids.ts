/**
 * Resource ids as kustomize's transformers see them.
 * @see kustomize api/resource/resource.go PrevIds, OrgId
 */
import type { ResId } from '../resource/resid.js';
import type { Resource } from '../resource/resource.js';

/**
 * kustomize's PrevIds: the stored previous names, namespaces and kinds, with the resource's
 * *current* group and version (kustomize does not record previous apiVersions).
 */
export function prevIdsOf(r: Resource): ResId[] {
  const { group, version } = r.gvk();
  return r.prevIds.map((p) => ({ group, version, kind: p.kind, name: p.name, namespace: p.namespace }));
}

/** kustomize's OrgId: the first previous id, else the current id. */
export function orgIdOf(r: Resource): ResId {
  if (r.prevIds.length === 0) return r.curId();
  const { group, version } = r.curId();
  const p = r.prevIds[0]!;
  return { group, version, kind: p.kind, name: p.name, namespace: p.namespace };
}
