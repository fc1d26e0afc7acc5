/**
 * The built-in transformers, in kustomize's fixed order, then `transformers:` entries (builtin
 * plugin configs only; exec/container plugins are refused). As in kustomize, every transformer is
 * configured (patch files read and parsed, replacement files read, plugin configs decoded and
 * checked) before any runs, so a configuration error comes before any run-time error.
 * @see kustomize api/internal/target/kusttarget.go runTransformers, kusttarget_configplugin.go configureBuiltinTransformers
 */
import { withContext } from '../core/errors.js';
import {
  applyAnnotations,
  applyImages,
  LegacyImageSites,
  applyLabels,
  applyNamespace,
  applyPrefix,
  applySuffix,
  applyReplicas,
  labelEntryFieldSpecs,
} from '../transformers/index.js';
import { normalizeFieldSpecs } from '../fieldspec/index.js';
import { applyReplacements } from '../replacements/index.js';
import type { Accumulator } from './accumulator.js';
import type { BuildContext } from './context.js';
import {
  applyPreparedJson6902,
  applyPreparedPatch,
  applySmPatchesById,
  loadSmPatches,
  prepareJson6902,
  preparePatch,
} from './patches.js';
import { type Target, loadPluginConfigs } from './target.js';
import { schemaFor } from './openapi.js';
import { configurePluginConfig, pluginError } from './plugins.js';
import { loadReplacements } from './replacements.js';
import { builtinOrigin, pluginOrigin } from './generators.js';
import { recordTransformation } from '../finalize/provenance.js';
import type { Origin } from '../resource/resource.js';

export { loadReplacements } from './replacements.js';

export function runTransformers(ctx: BuildContext, t: Target, ra: Accumulator): void {
  const k = t.k;
  const tc = ra.config;
  const file = t.loaded.file;
  const schema = schemaFor(ctx, t);
  const steps: (() => void)[] = [];
  /** Errors of a kustomization field point at it. */
  const at = <T>(field: (string | number)[], fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      throw withContext(e, { file, field });
    }
  };
  /** A transformer configured from a kustomization field: runs, drops emptied resources, records provenance. */
  const builtin = (kind: string, field: (string | number)[], run: () => void) =>
    steps.push(() => {
      at(field, run);
      ra.resmap.dropEmpties();
      recordTransformation(ra.resmap, builtinOrigin(t, kind));
    });

  if (k.patchesStrategicMerge && k.patchesStrategicMerge.length) {
    const field = ['patchesStrategicMerge'];
    const patches = at(field, () => loadSmPatches(t, k.patchesStrategicMerge ?? [], '', field, field, file));
    builtin('PatchStrategicMergeTransformer', field, () => applySmPatchesById(ra.resmap, schema, patches, file));
  }
  (k.patches ?? []).forEach((p, i) => {
    const field = ['patches', i];
    const prepared = at(field, () => preparePatch(t, p ?? {}));
    builtin('PatchTransformer', field, () => applyPreparedPatch(ra.resmap, schema, prepared));
  });
  if (k.namespace) {
    const namespace = k.namespace;
    builtin('NamespaceTransformer', ['namespace'], () => applyNamespace(ra.resmap, { namespace, fieldSpecs: tc.namespace }));
  }
  if (k.namePrefix) {
    const prefix = k.namePrefix;
    builtin('PrefixTransformer', ['namePrefix'], () => applyPrefix(ra.resmap, { prefix, fieldSpecs: tc.namePrefix }));
  }
  if (k.nameSuffix) {
    const suffix = k.nameSuffix;
    builtin('SuffixTransformer', ['nameSuffix'], () => applySuffix(ra.resmap, { suffix, fieldSpecs: tc.namePrefix }));
  }
  (k.labels ?? []).forEach((entry, i) => {
    if (!entry) return;
    builtin('LabelTransformer', ['labels', i], () => {
      const fieldSpecs = labelEntryFieldSpecs(
        {
          fields: normalizeFieldSpecs(entry.fields ?? []),
          includeSelectors: entry.includeSelectors,
          includeTemplates: entry.includeTemplates,
        },
        tc,
      );
      applyLabels(ra.resmap, { labels: entry.pairs ?? {}, fieldSpecs });
    });
  });
  if (k.commonLabels && Object.keys(k.commonLabels).length) {
    const labels = k.commonLabels;
    builtin('LabelTransformer', ['commonLabels'], () => applyLabels(ra.resmap, { labels, fieldSpecs: tc.commonLabels }));
  }
  if (k.commonAnnotations && Object.keys(k.commonAnnotations).length) {
    const annotations = k.commonAnnotations;
    builtin('AnnotationsTransformer', ['commonAnnotations'], () =>
      applyAnnotations(ra.resmap, { annotations, fieldSpecs: tc.commonAnnotations }),
    );
  }
  (k.patchesJson6902 ?? []).forEach((p, i) => {
    const field = ['patchesJson6902', i];
    const prepared = at(field, () => prepareJson6902(t, p ?? {}));
    builtin('PatchJson6902Transformer', field, () => applyPreparedJson6902(ra.resmap, prepared));
  });
  (k.replicas ?? []).forEach((r, i) => {
    builtin('ReplicaCountTransformer', ['replicas', i], () =>
      applyReplicas(ra.resmap, { name: r?.name ?? '', count: r?.count ?? 0, fieldSpecs: tc.replicas }),
    );
  });
  // One legacy walk of each resource serves all the images.
  const sites = k.images && k.images.length > 1 ? new LegacyImageSites() : undefined;
  (k.images ?? []).forEach((img, i) => {
    builtin('ImageTagTransformer', ['images', i], () =>
      applyImages(ra.resmap, { image: { name: '', ...(img ?? {}) }, fieldSpecs: tc.images, sites }),
    );
  });
  if (k.replacements && k.replacements.length) {
    const list = loadReplacements(t, k.replacements);
    builtin('ReplacementTransformer', ['replacements'], () => applyReplacements(ra.resmap, list, file));
  }
  if (k.transformers && k.transformers.length) {
    for (const cfg of loadPluginConfigs(ctx, t, k.transformers, 'transformers')) {
      const p = configurePluginConfig(t, cfg, 'transformers', schema);
      if (p.role !== 'transformer') throw new Error('internal: not a transformer');
      const origin: Origin | undefined = pluginOrigin(cfg.res);
      const owner = cfg.inline ? file : (cfg.res.source?.file ?? file);
      steps.push(() => {
        try {
          p.transform(ra.resmap);
        } catch (e) {
          throw pluginError(e, t, cfg, ['transformers', cfg.entry], owner);
        }
        ra.resmap.dropEmpties();
        recordTransformation(ra.resmap, origin);
      });
    }
  }
  for (const s of steps) s();
}
