/**
 * Output order: kustomize's legacy sort (the CLI default) or FIFO, with `sortOptions`.
 * @see kustomize api/internal/builtins/SortOrderTransformer.go, kyaml/resid/gvk.go IsLessThan
 */
import { compareStrings } from '../core/json.js';
import type { Resource } from '../resource/resource.js';
import { gvkString, type Gvk } from '../resource/resid.js';

export const DEFAULT_ORDER_FIRST: readonly string[] = [
  'Namespace', 'ResourceQuota', 'StorageClass', 'CustomResourceDefinition', 'ServiceAccount',
  'PodSecurityPolicy', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'ConfigMap', 'Secret',
  'Endpoints', 'Service', 'LimitRange', 'PriorityClass', 'PersistentVolume', 'PersistentVolumeClaim',
  'Deployment', 'StatefulSet', 'CronJob', 'PodDisruptionBudget',
];
export const DEFAULT_ORDER_LAST: readonly string[] = ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'];

function stableSortString(g: Gvk): string {
  return `${g.group || '~G'}_${g.version || '~V'}_${g.kind || '~K'}`;
}

/** Sorts resources in kustomize's legacy order; returns a new array. */
export function legacySort(
  resources: readonly Resource[],
  orderFirst: readonly string[] = DEFAULT_ORDER_FIRST,
  orderLast: readonly string[] = DEFAULT_ORDER_LAST,
): Resource[] {
  const rank = new Map<string, number>();
  orderFirst.forEach((k, i) => rank.set(k, i - orderFirst.length));
  orderLast.forEach((k, i) => rank.set(k, 1 + i));
  const keyed = resources.map((r) => {
    const id = r.curId();
    return {
      r,
      rank: rank.get(id.kind) ?? 0,
      kind: id.kind,
      group: id.group,
      gvkSort: stableSortString(id),
      idSort: `${gvkString(id)}|${id.namespace || '~X'}|${id.name || '~N'}`,
      gvkKey: `${id.group}\u0000${id.version}\u0000${id.kind}`,
    };
  });
  keyed.sort((a, b) => {
    if (a.gvkKey !== b.gvkKey) {
      if (a.rank !== b.rank) return a.rank - b.rank;
      // Namespaces without a group sort in reverse (kustomize's legacy quirk).
      if (a.kind === 'Namespace' && b.kind === 'Namespace' && (a.group === '' || b.group === '')) {
        return compareStrings(b.gvkSort, a.gvkSort);
      }
      return compareStrings(a.gvkSort, b.gvkSort);
    }
    return compareStrings(a.idSort, b.idSort);
  });
  return keyed.map((k) => k.r);
}
