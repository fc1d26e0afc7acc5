/**
 * The built-in transformers, in kustomize's fixed order, then `transformers:` entries.
 * @see kustomize api/internal/target/kusttarget_configplugin.go configureBuiltinTransformers
 */
import { KustomizeError } from '../core/errors.js';
import type { Accumulator } from './accumulator.js';
import type { BuildContext } from './context.js';
import { applyPatches, applyPatchesJson6902, applyPatchesStrategicMerge } from './patches.js';
import type { Target } from './target.js';
import { schemaFor } from './openapi.js';

export function runTransformers(ctx: BuildContext, t: Target, ra: Accumulator): void {
  const k = t.k;
  const map = ra.resmap;
  const schema = schemaFor(ctx, t);
  applyPatchesStrategicMerge(t, map, schema);
  applyPatches(t, map, schema, k.patches ?? []);
  const unsupported = (['namespace', 'namePrefix', 'nameSuffix', 'commonLabels', 'labels', 'commonAnnotations', 'replicas', 'images', 'replacements', 'transformers'] as const).filter(
    (f) => {
      const v = k[f];
      return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
    },
  );
  if (unsupported.length) {
    throw new KustomizeError('UNSUPPORTED_FIELD', `field '${unsupported[0]}' is not supported yet`, {
      file: t.loaded.file,
      field: [unsupported[0]!],
    });
  }
  applyPatchesJson6902(t, map);
}
