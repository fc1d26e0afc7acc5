/**
 * The generator stage: configMapGenerator, secretGenerator, then `generators` entries.
 * Helm charts and exec/container plugins are refused with a clear error.
 * @see kustomize api/internal/target/kusttarget.go runGenerators, kusttarget_configplugin.go
 */
import { KustomizeError, withContext } from '../core/errors.js';
import type { Json } from '../core/json.js';
import { generateConfigMap, generateSecret, absorbGenerated, type GeneratorLoader } from '../generators/index.js';
import type { Resource } from '../resource/resource.js';
import type { Accumulator } from './accumulator.js';
import type { BuildContext } from './context.js';
import { type Target, loadPluginConfigs } from './target.js';
import { builtinPluginKind } from './plugins.js';

export function generatorLoader(t: Target): GeneratorLoader {
  return {
    readFile: (p) => t.ldr.readBytes(p),
    isDir: (p) => t.ldr.isDir(p),
    kustomizationFile: t.loaded.file,
  };
}

export function runGenerators(ctx: BuildContext, t: Target, ra: Accumulator): void {
  const ldr = generatorLoader(t);
  const global = (t.k.generatorOptions ?? undefined) as Json | undefined;
  const origin = ctx.buildMetadata.has('originAnnotations')
    ? { configuredIn: originOf(ctx, t.loaded.file) }
    : undefined;
  const absorb = (gen: () => Resource, field: (string | number)[]) => {
    let r: Resource;
    try {
      r = gen();
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field }, 'GENERATOR_FAILED');
    }
    if (origin && !r.origin) {
      r.origin = { ...origin, configuredBy: { apiVersion: 'builtin', kind: r.kind === 'Secret' ? 'SecretGenerator' : 'ConfigMapGenerator' } };
    }
    try {
      absorbGenerated(ra.resmap, [r]);
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field }, 'GENERATOR_FAILED');
    }
  };
  (t.k.configMapGenerator ?? []).forEach((args, i) =>
    absorb(() => generateConfigMap(args as unknown as Json, global, ldr, { field: ['configMapGenerator', i] }), ['configMapGenerator', i]),
  );
  (t.k.secretGenerator ?? []).forEach((args, i) =>
    absorb(() => generateSecret(args as unknown as Json, global, ldr, { field: ['secretGenerator', i] }), ['secretGenerator', i]),
  );
  if ((t.k.helmCharts && t.k.helmCharts.length) || (t.k.helmChartInflationGenerator && t.k.helmChartInflationGenerator.length)) {
    throw new KustomizeError(
      'HELM_NOT_SUPPORTED',
      'helmCharts need the helm binary (kustomize --enable-helm); kustomize-ts does not inflate charts',
      { file: t.loaded.file, field: ['helmCharts'] },
    );
  }
  if (t.k.generators && t.k.generators.length) {
    const configs = loadPluginConfigs(ctx, t, t.k.generators, 'generators');
    configs.forEach(({ obj }, i) => {
      const kind = builtinPluginKind(obj);
      const field = ['generators', i];
      if (kind === 'ConfigMapGenerator') {
        absorb(() => generateConfigMap(pluginArgs(obj), undefined, ldr), field);
      } else if (kind === 'SecretGenerator') {
        absorb(() => generateSecret(pluginArgs(obj), undefined, ldr), field);
      } else {
        throw new KustomizeError(
          'PLUGIN_NOT_SUPPORTED',
          `generator ${String(obj['apiVersion'])}/${String(obj['kind'])} is an exec/container plugin, which kustomize-ts does not run`,
          { file: t.loaded.file, field },
        );
      }
    });
  }
}

/** A builtin generator's config holds the args at top level, with metadata.name/namespace. */
function pluginArgs(obj: Record<string, Json>): Json {
  const md = (obj['metadata'] ?? {}) as Record<string, Json>;
  const out: Record<string, Json> = {};
  for (const k of Object.keys(obj)) if (k !== 'apiVersion' && k !== 'kind' && k !== 'metadata') out[k] = obj[k]!;
  if (md['name'] !== undefined && out['name'] === undefined) out['name'] = md['name']!;
  if (md['namespace'] !== undefined && out['namespace'] === undefined) out['namespace'] = md['namespace']!;
  return out;
}

function originOf(ctx: BuildContext, file: string): string {
  return file.startsWith(ctx.root + '/') ? file.slice(ctx.root.length + 1) : file;
}
