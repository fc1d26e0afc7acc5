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

/** True when kustomize's built-in schema says group/version/kind is cluster scoped. */
export function isClusterScopedKind(group: string, version: string, kind: string): boolean {
  const gv = group ? `${group}/${version}` : version;
  return K8S_NAMESPACED.get(`${gv} ${kind}`) === false;
}
