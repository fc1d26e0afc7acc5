/**
 * The built-in transformers, in kustomize's fixed order, then `transformers:` entries (builtin
 * plugin configs only; exec/container plugins are refused).
 * @see kustomize api/internal/target/kusttarget_configplugin.go configureBuiltinTransformers
 */
import { KustomizeError, withContext } from '../core/errors.js';
import { type Json, type JsonObject, isObject } from '../core/json.js';
import type { ReplacementEntry } from '../load/types.js';
import { parseKustomizationText } from '../yaml/parse.js';
import {
  applyAnnotations,
  applyImages,
  LegacyImageSites,
  applyLabels,
  applyNamespace,
  applyPrefix,
  applySuffix,
  applyReplicas,
  configureBuiltinTransformer,
  labelEntryFieldSpecs,
} from '../transformers/index.js';
import { normalizeFieldSpecs } from '../fieldspec/index.js';
import { applyReplacements } from '../replacements/index.js';
import type { Accumulator } from './accumulator.js';
import type { BuildContext } from './context.js';
import { applyPatches, applyPatchesJson6902, applyPatchesStrategicMerge } from './patches.js';
import { type Target, loadPluginConfigs } from './target.js';
import { schemaFor } from './openapi.js';
import { builtinPluginKind } from './plugins.js';
import { builtinOrigin, pluginOrigin } from './generators.js';
import { recordTransformation } from '../finalize/provenance.js';

function step(t: Target, field: string, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    throw withContext(e, { file: t.loaded.file, field: [field] });
  }
}

/** After a builtin transformer configured from a kustomization field ran: drop emptied resources, record provenance. */
function ran(t: Target, ra: Accumulator, kind: string): void {
  ra.resmap.dropEmpties();
  recordTransformation(ra.resmap, builtinOrigin(t, kind));
}

export function runTransformers(ctx: BuildContext, t: Target, ra: Accumulator): void {
  const k = t.k;
  const map = ra.resmap;
  const tc = ra.config;
  const schema = schemaFor(ctx, t);
  if (k.patchesStrategicMerge && k.patchesStrategicMerge.length) {
    applyPatchesStrategicMerge(t, map, schema);
    ran(t, ra, 'PatchStrategicMergeTransformer');
  }
  (k.patches ?? []).forEach((p, i) => {
    applyPatches(t, map, schema, [p], 'patches', i);
    ran(t, ra, 'PatchTransformer');
  });
  if (k.namespace) {
    const namespace = k.namespace;
    step(t, 'namespace', () => applyNamespace(map, { namespace, fieldSpecs: tc.namespace }));
    ran(t, ra, 'NamespaceTransformer');
  }
  if (k.namePrefix) {
    const prefix = k.namePrefix;
    step(t, 'namePrefix', () => applyPrefix(map, { prefix, fieldSpecs: tc.namePrefix }));
    ran(t, ra, 'PrefixTransformer');
  }
  if (k.nameSuffix) {
    const suffix = k.nameSuffix;
    step(t, 'nameSuffix', () => applySuffix(map, { suffix, fieldSpecs: tc.namePrefix }));
    ran(t, ra, 'SuffixTransformer');
  }
  (k.labels ?? []).forEach((entry, i) => {
    if (!entry) return;
    try {
      const fieldSpecs = labelEntryFieldSpecs(
        {
          fields: normalizeFieldSpecs(entry.fields ?? []),
          includeSelectors: entry.includeSelectors,
          includeTemplates: entry.includeTemplates,
        },
        tc,
      );
      applyLabels(map, { labels: entry.pairs ?? {}, fieldSpecs });
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field: ['labels', i] });
    }
    ran(t, ra, 'LabelTransformer');
  });
  if (k.commonLabels && Object.keys(k.commonLabels).length) {
    const labels = k.commonLabels;
    step(t, 'commonLabels', () => applyLabels(map, { labels, fieldSpecs: tc.commonLabels }));
    ran(t, ra, 'LabelTransformer');
  }
  if (k.commonAnnotations && Object.keys(k.commonAnnotations).length) {
    const annotations = k.commonAnnotations;
    step(t, 'commonAnnotations', () => applyAnnotations(map, { annotations, fieldSpecs: tc.commonAnnotations }));
    ran(t, ra, 'AnnotationsTransformer');
  }
  (k.patchesJson6902 ?? []).forEach((_p, i) => {
    applyPatchesJson6902(t, map, i);
    ran(t, ra, 'PatchJson6902Transformer');
  });
  (k.replicas ?? []).forEach((r, i) => {
    try {
      applyReplicas(map, { name: r?.name ?? '', count: r?.count ?? 0, fieldSpecs: tc.replicas });
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field: ['replicas', i] });
    }
    ran(t, ra, 'ReplicaCountTransformer');
  });
  // One legacy walk of each resource serves all the images.
  const sites = k.images && k.images.length > 1 ? new LegacyImageSites() : undefined;
  (k.images ?? []).forEach((img, i) => {
    try {
      applyImages(map, { image: { name: '', ...(img ?? {}) }, fieldSpecs: tc.images, sites });
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field: ['images', i] });
    }
    ran(t, ra, 'ImageTagTransformer');
  });
  if (k.replacements && k.replacements.length) {
    const list = loadReplacements(t, k.replacements);
    step(t, 'replacements', () => applyReplacements(map, list, t.loaded.file, t.ldr.budget));
    ran(t, ra, 'ReplacementTransformer');
  }
  if (k.transformers && k.transformers.length) runTransformerConfigs(ctx, t, ra);
}

/** `replacements` entries: inline, or `path:` to a file holding one replacement or a list. */
export function loadReplacements(t: Target, entries: readonly ReplacementEntry[]): Json[] {
  const out: Json[] = [];
  entries.forEach((r, i) => {
    if (!r) return;
    if (r.path) {
      if (r.source || (r.targets && r.targets.length)) {
        throw new KustomizeError('INVALID_KUSTOMIZATION', 'cannot specify both path and inline replacement', {
          file: t.loaded.file,
          field: ['replacements', i],
        });
      }
      const file = t.ldr.abs(r.path);
      const v = parseKustomizationText(t.ldr.readText(r.path), file);
      if (Array.isArray(v)) out.push(...v);
      else if (isObject(v)) out.push(v);
      else {
        throw new KustomizeError(
          'INVALID_KUSTOMIZATION',
          `unsupported replacement type encountered within replacement path: ${v === null ? 'invalid' : typeof v}`,
          { file, field: ['replacements', i, 'path'] },
        );
      }
    } else {
      const { path: _p, ...inline } = r;
      out.push(inline as unknown as Json);
    }
  });
  return out;
}

/** `transformers:` entries: builtin plugin configs, inline or from files, configured then run in order. */
function runTransformerConfigs(ctx: BuildContext, t: Target, ra: Accumulator): void {
  const configs = loadPluginConfigs(ctx, t, t.k.transformers ?? [], 'transformers');
  const schema = schemaFor(ctx, t);
  const steps: (() => void)[] = [];
  configs.forEach(({ obj, res }, i) => {
    const field = ['transformers', i];
    const file = res.source?.file ?? t.loaded.file;
    const kind = builtinPluginKind(obj);
    if (!kind) {
      throw new KustomizeError(
        'PLUGIN_NOT_SUPPORTED',
        `transformer ${String(obj['apiVersion'])}/${String(obj['kind'])} is an exec/container plugin, which kustomize-ts does not run`,
        { file, field },
      );
    }
    const origin = pluginOrigin(res);
    const configured = configureBuiltinTransformer(obj, { file });
    if (configured) {
      steps.push(() => {
        configured(ra.resmap);
        ra.resmap.dropEmpties();
        recordTransformation(ra.resmap, origin);
      });
      return;
    }
    const push = (fn: () => void) =>
      steps.push(() => {
        fn();
        ra.resmap.dropEmpties();
        recordTransformation(ra.resmap, origin);
      });
    switch (kind) {
      case 'PatchTransformer':
        push(() =>
          applyPatches(t, ra.resmap, schema, [
            {
              path: str(obj['path']),
              patch: str(obj['patch']),
              target: (obj['target'] as never) ?? undefined,
              options: (obj['options'] as never) ?? undefined,
            },
          ], 'transformers'),
        );
        return;
      case 'PatchJson6902Transformer':
        push(() =>
          applyPatchesJson6902(
            { ...t, k: { ...t.k, patchesJson6902: [{ target: obj['target'] as never, path: str(obj['path']), patch: str(obj['jsonOp']) }] } },
            ra.resmap,
          ),
        );
        return;
      case 'PatchStrategicMergeTransformer': {
        const paths = Array.isArray(obj['paths']) ? (obj['paths'] as string[]) : [];
        const patches = str(obj['patches']);
        push(() =>
          applyPatchesStrategicMerge({ ...t, k: { ...t.k, patchesStrategicMerge: patches ? [...paths, patches] : paths } }, ra.resmap, schema),
        );
        return;
      }
      case 'ReplacementTransformer': {
        const list = loadReplacements(t, (obj['replacements'] as ReplacementEntry[] | undefined) ?? []);
        push(() => applyReplacements(ra.resmap, list, file, t.ldr.budget));
        return;
      }
      default:
        throw new KustomizeError('PLUGIN_NOT_SUPPORTED', `builtin transformer ${kind} is not supported in 'transformers'`, {
          file,
          field,
        });
    }
  });
  for (const s of steps) s();
}

function str(v: Json | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export type { JsonObject };
