/**
 * The generator stage: configMapGenerator, secretGenerator, helmCharts, then `generators`
 * entries. Exec/container plugins are refused with a clear error.
 * @see kustomize api/internal/target/kusttarget.go runGenerators, kusttarget_configplugin.go
 */
import { KustomizeError, isKustomizeError, withContext } from '../core/errors.js';
import { type Json, getOwn } from '../core/json.js';
import { generateConfigMap, generateSecret, absorbGenerated, type GeneratorLoader } from '../generators/index.js';
import type { Origin, Resource } from '../resource/resource.js';
import { joinRelative } from '../fs/path.js';
import type { Accumulator } from './accumulator.js';
import type { BuildContext } from './context.js';
import { type Target, loadPluginConfigs } from './target.js';
import { type PluginConfig, configurePluginConfig, isBuiltinPluginConfig, pluginError } from './plugins.js';
import { configIdString } from '../transformers/builtin-plugins.js';
import { loadSchema, schemaFor } from './openapi.js';
import {
  type ConfiguredChart,
  type HelmFlags,
  chartConfigFrom,
  configureChart,
  inflateChart,
  kustomizationCharts,
} from '../helm/chart.js';

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
  const absorb = (gen: () => Resource[], field: (string | number)[], origin?: Origin) => {
    let rs: Resource[];
    try {
      rs = gen();
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field });
    }
    for (const r of rs) {
      if (origin && !r.origin) r.origin = origin;
      loadSchema(ctx);
      try {
        absorbGenerated(ra.resmap, [r]);
      } catch (e) {
        throw withContext(e, { file: t.loaded.file, field });
      }
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
  // kustomize configures every generator (the kustomization's own, then the `generators`
  // entries) before it runs any.
  const plugins = t.k.generators && t.k.generators.length ? configureGeneratorConfigs(ctx, t) : [];
  (t.k.configMapGenerator ?? []).forEach((args, i) =>
    absorb(
      () => [generateConfigMap(args as unknown as Json, global, ldr, { field: ['configMapGenerator', i] })],
      ['configMapGenerator', i],
      builtinOrigin(t, 'ConfigMapGenerator'),
    ),
  );
  (t.k.secretGenerator ?? []).forEach((args, i) =>
    absorb(
      () => [generateSecret(args as unknown as Json, global, ldr, { field: ['secretGenerator', i] })],
      ['secretGenerator', i],
      builtinOrigin(t, 'SecretGenerator'),
    ),
  );
  for (const { cc, field } of charts) {
    absorb(
      () => {
        try {
          return inflateChart(cc, t.ldr, schemaFor(ctx, t), flags);
        } catch (e) {
          throw chartError(e, t, field);
        }
      },
      field,
      builtinOrigin(t, 'HelmChartInflationGenerator'),
    );
  }
  for (const { cfg, generate } of plugins) {
    const field = ['generators', cfg.entry];
    const owner = cfg.inline ? t.loaded.file : (cfg.res.source?.file ?? t.loaded.file);
    absorb(
      () => {
        try {
          return generate();
        } catch (e) {
          throw pluginError(e, t, cfg, field, owner);
        }
      },
      field,
      pluginOrigin(cfg.res),
    );
  }
}

/** The `generators` entries, configured. */
function configureGeneratorConfigs(ctx: BuildContext, t: Target): { cfg: PluginConfig; generate: () => Resource[] }[] {
  const schema = schemaFor(ctx, t);
  return loadPluginConfigs(ctx, t, t.k.generators ?? [], 'generators').map((cfg) => {
    if (isBuiltinPluginConfig(cfg.obj) && getOwn(cfg.obj, 'kind') === 'HelmChartInflationGenerator') {
      // A chart configured by a plugin config: its fields sit at the top level (no helmGlobals).
      const flags = helmFlags(ctx);
      const owner = cfg.inline ? t.loaded.file : (cfg.res.source?.file ?? t.loaded.file);
      let cc: ConfiguredChart;
      try {
        cc = configureChart(chartConfigFrom(cfg.obj, null), flags, t.ldr, configIdString(cfg.obj));
      } catch (e) {
        throw pluginError(e, t, cfg, ['generators', cfg.entry], owner);
      }
      return { cfg, generate: () => inflateChart(cc, t.ldr, schemaFor(ctx, t), flags) };
    }
    const p = configurePluginConfig(t, cfg, 'generators', schema);
    if (p.role !== 'generator') throw new Error('internal: not a generator');
    return { cfg, generate: p.generate };
  });
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
