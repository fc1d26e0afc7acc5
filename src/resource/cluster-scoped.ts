/**
 * Kinds that kustomize's built-in OpenAPI data (Kubernetes v1.21.2) knows to be cluster scoped.
 * Everything else is treated as namespaced, as kustomize does (IsCertainlyClusterScoped): e.g.
 * TokenReview and SubjectAccessReview have no GET path in that data, so kustomize namespaces them.
 * The table is generated (src/openapi/generated/k8s-scope.ts) and equals kyaml's
 * precomputedIsNamespaceScoped. A kustomization's custom `openapi` schema can add cluster-scoped
 * kinds; see Schema.isClusterScoped in src/openapi/schema.ts for that.
 * @see kustomize kyaml/openapi/openapi.go IsCertainlyClusterScoped, precomputedIsNamespaceScoped
 */
import { K8S_NAMESPACED } from '../openapi/generated/k8s-scope.js';

/**
 * The apiVersions in which each kind is cluster scoped. Asked about every resource, often several
 * times: most kinds are not in it, and are answered without building a lookup key.
 */
const CLUSTER_SCOPED_BY_KIND: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  for (const [key, namespaced] of K8S_NAMESPACED) {
    if (namespaced) continue;
    const space = key.indexOf(' ');
    const kind = key.slice(space + 1);
    let gvs = m.get(kind);
    if (!gvs) m.set(kind, (gvs = new Set()));
    gvs.add(key.slice(0, space));
  }
  return m;
})();

/** True when kustomize's built-in schema says group/version/kind is cluster scoped. */
export function isClusterScopedKind(group: string, version: string, kind: string): boolean {
  const gvs = CLUSTER_SCOPED_BY_KIND.get(kind);
  return gvs !== undefined && gvs.has(group ? `${group}/${version}` : version);
}
