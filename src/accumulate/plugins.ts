/**
 * Recognising configs of kustomize's builtin plugins in `generators` / `transformers` entries.
 * kustomize treats `apiVersion: builtin` and the `builtin` group as builtins; other kinds are
 * exec or container KRM functions.
 * @see kustomize api/internal/plugins/loader/loader.go
 */
import type { JsonObject } from '../core/json.js';

export const BUILTIN_PLUGIN_KINDS = new Set([
  'AnnotationsTransformer', 'ConfigMapGenerator', 'IAMPolicyGenerator', 'HashTransformer', 'ImageTagTransformer',
  'LabelTransformer', 'NamespaceTransformer', 'PatchJson6902Transformer', 'PatchStrategicMergeTransformer',
  'PatchTransformer', 'PrefixSuffixTransformer', 'PrefixTransformer', 'SuffixTransformer', 'ReplicaCountTransformer',
  'SecretGenerator', 'ValueAddTransformer', 'HelmChartInflationGenerator', 'ReplacementTransformer',
  'SortOrderTransformer',
]);

/** The builtin kind named by a plugin config, or undefined for an external plugin. */
export function builtinPluginKind(obj: JsonObject): string | undefined {
  const apiVersion = typeof obj['apiVersion'] === 'string' ? obj['apiVersion'] : '';
  const kind = typeof obj['kind'] === 'string' ? obj['kind'] : '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : apiVersion;
  if ((group === 'builtin' || apiVersion === 'builtin') && BUILTIN_PLUGIN_KINDS.has(kind)) return kind;
  return undefined;
}
