/**
 * The generator stage: configMapGenerator, secretGenerator, helmCharts, then `generators`
 * entries. Exec/container plugins are refused with a clear error.
 * @see kustomize api/internal/target/kusttarget.go runGenerators, kusttarget_configplugin.go
 */
import { KustomizeError, isKustomizeError, withContext } from '../core/errors.js';
import type { Json } from '../core/json.js';
import { generateConfigMap, generateSecret, absorbGenerated, type GeneratorLoader } from '../generators/index.js';
import type { Origin, Resource } from '../resource/resource.js';
import { joinRelative } from '../fs/path.js';
import type { Accumulator } from './accumulator.js';
import type { BuildContext } from './context.js';
import { type Target, loadPluginConfigs } from './target.js';
import { builtinPluginKind } from './plugins.js';
import { generateIamPolicy } from '../generators/iam-policy.js';
import { chartConfigFrom, configureChart, inflateChart, kustomizationCharts, type HelmFlags } from '../helm/chart.js';
import { schemaFor } from './openapi.js';

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
  const absorb = (gen: () => Resource, field: (string | number)[], origin?: Origin) => {
    let r: Resource;
    try {
      r = gen();
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field });
    }
    if (origin && !r.origin) r.origin = origin;
    try {
      absorbGenerated(ra.resmap, [r]);
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field });
    }
  };
  // kustomize configures every builtin generator (helm's --enable-helm check included) before
  // running any of them.
  const flags = helmFlags(ctx);
  const charts = kustomizationCharts(t.k).map(({ config, field }) => {
    try {
      return { cc: configureChart(config, flags, t.ldr), field };
    } catch (e) {
      throw chartError(e, t, field);
    }
  });
  (t.k.configMapGenerator ?? []).forEach((args, i) =>
    absorb(
      () => generateConfigMap(args as unknown as Json, global, ldr, { field: ['configMapGenerator', i] }),
      ['configMapGenerator', i],
      builtinOrigin(t, 'ConfigMapGenerator'),
    ),
  );
  (t.k.secretGenerator ?? []).forEach((args, i) =>
    absorb(
      () => generateSecret(args as unknown as Json, global, ldr, { field: ['secretGenerator', i] }),
      ['secretGenerator', i],
      builtinOrigin(t, 'SecretGenerator'),
    ),
  );
  for (const { cc, field } of charts) {
    const origin = builtinOrigin(t, 'HelmChartInflationGenerator');
    let resources: Resource[];
    try {
      resources = inflateChart(cc, t.ldr, schemaFor(ctx, t), flags);
    } catch (e) {
      throw chartError(e, t, field);
    }
    for (const r of resources) absorb(() => r, field, origin);
  }
  if (t.k.generators && t.k.generators.length) {
    const configs = loadPluginConfigs(ctx, t, t.k.generators, 'generators');
    configs.forEach(({ obj, res }, i) => {
      const kind = builtinPluginKind(obj);
      const field = ['generators', i];
      const origin = pluginOrigin(res);
      if (kind === 'ConfigMapGenerator') {
        absorb(() => generateConfigMap(pluginArgs(obj), undefined, ldr), field, origin);
      } else if (kind === 'SecretGenerator') {
        absorb(() => generateSecret(pluginArgs(obj), undefined, ldr), field, origin);
      } else if (kind === 'HelmChartInflationGenerator') {
        let resources: Resource[];
        try {
          const cc = configureChart(chartConfigFrom(obj, null), flags, t.ldr);
          resources = inflateChart(cc, t.ldr, schemaFor(ctx, t), flags);
        } catch (e) {
          throw withContext(e, { file: t.loaded.file, field });
        }
        for (const r of resources) absorb(() => r, field, origin);
      } else if (kind === 'IAMPolicyGenerator') {
        const file = res.source?.file ?? t.loaded.file;
        for (const r of generateIamPolicy(obj, file)) absorb(() => r, field, origin);
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

/** Origin of a builtin plugin configured from a kustomization field (kusttarget_configplugin.go). */
export function builtinOrigin(t: Target, kind: string): Origin | undefined {
  if (t.originPath === undefined) return undefined;
  const configuredIn = joinRelative(t.originPath, t.loaded.fileName);
  return { ...t.originRepo, configuredIn, configuredBy: { apiVersion: 'builtin', kind } };
}

/** Origin of a plugin configured by a resource of `generators`/`transformers` (OriginFromCustomPlugin). */
export function pluginOrigin(config: Resource): Origin | undefined {
  if (!config.origin) return undefined;
  return {
    repo: config.origin.repo,
    ref: config.origin.ref,
    configuredIn: config.origin.path,
    configuredBy: { apiVersion: config.apiVersion, kind: config.kind, name: config.name, namespace: config.namespace },
  };
}

/** kustomize's HelmConfig, from the build options. */
function helmFlags(ctx: BuildContext): HelmFlags {
  const o = ctx.options;
  return {
    enableHelm: o.enableHelm,
    helmCommand: o.helmCommand,
    helmApiVersions: o.helmApiVersions,
    helmKubeVersion: o.helmKubeVersion,
    helmDebug: o.helmDebug,
    helmRenderer: o.helmRenderer,
  };
}

/** Context for an error of one chart: its field path inside the kustomization entry. */
function chartError(e: unknown, t: Target, field: (string | number)[]): KustomizeError {
  if (isKustomizeError(e) && e.field !== undefined && e.file === undefined) e.field = [...field, ...e.field];
  return withContext(e, { file: t.loaded.file, field });
}
