/**
 * Builtin plugin configs in `generators:` / `transformers:` entries: recognised as kustomize's
 * plugin loader does, decoded into each plugin's Go struct the way its Config() reads them
 * (sigs.k8s.io/yaml into the struct: unknown fields ignored, case-insensitive field names,
 * numbers and booleans read as strings where a field of the plugin's own types expects one, wrong
 * types rejected; src/fieldspec/go-json.ts), checked as Config() checks them, then run.
 *
 * As in kustomize, every entry of a field is configured before any runs, a config error is
 * `plugin <id> fails configuration: ...`, and a builtin of the wrong role (a generator among
 * transformers) is refused after it was configured.
 * @see kustomize api/internal/plugins/loader/loader.go, api/internal/builtins/*.go
 */
import { KustomizeError, isKustomizeError, withContext } from '../core/errors.js';
import { type Json, type JsonObject, getOwn, isObject } from '../core/json.js';
import { type GoSchema, type GoStruct, decodeGo } from '../fieldspec/go-json.js';
import {
  CONFIG_MAP_ARGS_SCHEMA,
  GO_STRING,
  OBJECT_META_SCHEMA,
  REPLACEMENT_FIELD_SCHEMA,
  SECRET_ARGS_SCHEMA,
  SELECTOR_SCHEMA,
  goSlice,
  goStruct,
} from '../fieldspec/go-types.js';
import type { PatchEntry, ReplacementEntry, Selector } from '../load/types.js';
import type { Resource } from '../resource/resource.js';
import type { ResourceMap } from '../resource/resmap.js';
import { parseKustomizationText } from '../yaml/parse.js';
import { applyReplacements } from '../replacements/index.js';
import { loadReplacements } from './replacements.js';
import { appendHashSuffixes, generateConfigMap, generateSecret } from '../generators/index.js';
import { generateIamPolicy } from '../generators/iam-policy.js';
import {
  configIdString,
  configureFieldSpecTransformer,
  isFieldSpecTransformerKind,
} from '../transformers/builtin-plugins.js';
import type { Schema } from '../patch/schema-types.js';
import type { Target } from './target.js';
import {
  applyPreparedJson6902,
  applyPreparedPatch,
  applySmPatchesById,
  loadSmPatches,
  prepareJson6902,
  preparePatch,
} from './patches.js';

/** The builtin plugins of kustomize v5.5.0 (api/internal/plugins/builtinhelpers), by role. */
const BUILTIN_GENERATORS = new Set(['ConfigMapGenerator', 'IAMPolicyGenerator', 'SecretGenerator', 'HelmChartInflationGenerator']);
const BUILTIN_TRANSFORMERS = new Set([
  'AnnotationsTransformer',
  'HashTransformer',
  'ImageTagTransformer',
  'LabelTransformer',
  'NamespaceTransformer',
  'PatchJson6902Transformer',
  'PatchStrategicMergeTransformer',
  'PatchTransformer',
  'PrefixSuffixTransformer',
  'PrefixTransformer',
  'SuffixTransformer',
  'ReplacementTransformer',
  'ReplicaCountTransformer',
  'ValueAddTransformer',
]);

export type PluginRole = 'generator' | 'transformer';

/** One plugin config of a `generators`/`transformers` field, and the entry it came from. */
export interface PluginConfig {
  obj: JsonObject;
  res: Resource;
  /** Index of the field's entry that holds the config (inline) or names its file or directory. */
  entry: number;
  /** True when the entry holds the config itself (it is then text in the kustomization). */
  inline: boolean;
}

/** A configured builtin plugin. */
export type ConfiguredPlugin =
  | { role: 'transformer'; transform: (map: ResourceMap) => void }
  | { role: 'generator'; generate: () => Resource[] };

/**
 * True for a builtin plugin config: the group is empty and the version is `builtin` (kustomize's
 * isBuiltinPlugin; `builtin/v1` is an external plugin's group).
 */
export function isBuiltinPluginConfig(obj: JsonObject): boolean {
  const apiVersion = getOwn(obj, 'apiVersion');
  const av = typeof apiVersion === 'string' ? apiVersion : '';
  const i = av.indexOf('/');
  return (i < 0 ? '' : av.slice(0, i)) === '' && (i < 0 ? av : av.slice(i + 1)) === 'builtin';
}

/**
 * Configures one plugin config of `field` ('generators' or 'transformers'). Errors carry the file
 * the config is in (the kustomization for an inline one), and `field` as
 * `[field, entry, ...path inside the config]`.
 */
export function configurePluginConfig(
  t: Target,
  cfg: PluginConfig,
  field: 'generators' | 'transformers',
  schema: Schema,
): ConfiguredPlugin {
  const role: PluginRole = field === 'generators' ? 'generator' : 'transformer';
  const base = [field, cfg.entry];
  const owner = cfg.inline ? t.loaded.file : cfg.res.source?.file ?? t.loaded.file;
  const id = configIdString(cfg.obj);
  const prefix = role === 'generator' ? 'loading generator plugins: failed to load generator: ' : '';
  try {
    if (!isBuiltinPluginConfig(cfg.obj)) {
      throw new KustomizeError(
        'PLUGIN_NOT_SUPPORTED',
        `${prefix}external plugins disabled; unable to load external plugin '${str(getOwn(cfg.obj, 'kind'))}' ` +
          '(exec and container plugins are not run by kustomize-ts)',
      );
    }
    const kind = str(getOwn(cfg.obj, 'kind'));
    const isGenerator = BUILTIN_GENERATORS.has(kind);
    if (!isGenerator && !BUILTIN_TRANSFORMERS.has(kind)) {
      const resId = `${kind || '[noKind]'}.builtin.[noGrp]`;
      throw new KustomizeError('PLUGIN_NOT_SUPPORTED', `${prefix}unable to load builtin ${resId}`);
    }
    let configured: ConfiguredPlugin;
    try {
      configured = configure(t, cfg, kind, owner, schema);
    } catch (e) {
      if (isKustomizeError(e)) e.message = `${prefix}plugin ${id} fails configuration: ${e.message}`;
      throw e;
    }
    if (configured.role !== role) {
      throw new KustomizeError('PLUGIN_NOT_SUPPORTED', `${prefix}plugin ${id} not a ${role}`);
    }
    return configured;
  } catch (e) {
    throw pluginError(e, t, cfg, base, owner);
  }
}

/** Adds where a plugin's error is: its config file (and document line) and the entry's field path. */
export function pluginError(e: unknown, t: Target, cfg: PluginConfig, base: (string | number)[], owner: string): unknown {
  if (!isKustomizeError(e)) return e;
  // Paths inside the config are relative to the entry.
  if (e.field && e.field[0] !== base[0]) e.field = [...base, ...e.field];
  if (!cfg.inline) withContext(e, { file: owner, line: cfg.res.source?.line });
  withContext(e, { file: t.loaded.file, field: base });
  // The entry the field path starts with is in the kustomization.
  if (e.file !== t.loaded.file && !e.kustomization) e.kustomization = { file: t.loaded.file };
  return e;
}

function str(v: Json | undefined): string {
  return typeof v === 'string' ? v : '';
}

/** Decodes a config into a plugin struct as its Config() does (yaml.Unmarshal). */
function decode(obj: JsonObject, s: GoSchema): Record<string, Json> {
  return (decodeGo(obj, s, { strict: false }) ?? {}) as Record<string, Json>;
}

function plugin(name: string, fields: Record<string, GoSchema>, embeds?: GoStruct[]): GoStruct {
  return goStruct(name, `builtins.${name}`, fields, embeds);
}

const PATCH_SCHEMA = plugin('PatchTransformerPlugin', {
  path: GO_STRING,
  patch: GO_STRING,
  target: SELECTOR_SCHEMA,
  options: { t: 'map', goType: 'map[string]bool', elem: { t: 'bool' } },
});
const PATCH_JSON6902_SCHEMA = plugin('PatchJson6902TransformerPlugin', {
  target: SELECTOR_SCHEMA,
  path: GO_STRING,
  jsonOp: GO_STRING,
});
const PATCH_SM_SCHEMA = plugin('PatchStrategicMergeTransformerPlugin', {
  paths: goSlice(GO_STRING, '[]types.PatchStrategicMerge'),
  patches: GO_STRING,
});
const REPLACEMENT_PLUGIN_SCHEMA = plugin('ReplacementTransformerPlugin', {
  replacements: goSlice(REPLACEMENT_FIELD_SCHEMA, '[]types.ReplacementField'),
});
const VALUE_ADD_TARGETS: GoSchema = goSlice(
  goStruct('Target', 'builtins.Target', { selector: SELECTOR_SCHEMA, fieldPath: GO_STRING, filePathPosition: { t: 'int' } }),
  '[]builtins.Target',
);
const VALUE_ADD_SCHEMA = plugin('ValueAddTransformerPlugin', {
  value: GO_STRING,
  targets: VALUE_ADD_TARGETS,
  targetFilePath: GO_STRING,
});
const CONFIG_MAP_GENERATOR_SCHEMA = plugin('ConfigMapGeneratorPlugin', { metadata: OBJECT_META_SCHEMA }, [
  CONFIG_MAP_ARGS_SCHEMA as GoStruct,
]);
const SECRET_GENERATOR_SCHEMA = plugin('SecretGeneratorPlugin', { metadata: OBJECT_META_SCHEMA }, [SECRET_ARGS_SCHEMA as GoStruct]);
const IAM_POLICY_ARGS_SCHEMA = goStruct('IAMPolicyGeneratorArgs', 'types.IAMPolicyGeneratorArgs', {
  cloud: GO_STRING,
  kubernetesService: goStruct('KubernetesService', 'types.KubernetesService', { namespace: GO_STRING, name: GO_STRING }),
  serviceAccount: goStruct('ServiceAccount', 'types.ServiceAccount', { name: GO_STRING, projectId: GO_STRING }),
});
const IAM_POLICY_SCHEMA = plugin('IAMPolicyGeneratorPlugin', {}, [IAM_POLICY_ARGS_SCHEMA]);

function configure(t: Target, cfg: PluginConfig, kind: string, owner: string, schema: Schema): ConfiguredPlugin {
  const obj = cfg.obj;
  if (isFieldSpecTransformerKind(kind)) {
    const run = configureFieldSpecTransformer(kind, obj, {});
    return { role: 'transformer', transform: run };
  }
  switch (kind) {
    case 'PatchTransformer': {
      const d = decode(obj, PATCH_SCHEMA);
      const entry: PatchEntry = {
        path: str(d['path']),
        patch: str(d['patch']),
        target: (d['target'] as Selector | undefined) ?? null,
        options: (d['options'] as Record<string, boolean> | undefined) ?? null,
      };
      const prepared = preparePatch(t, entry, owner);
      return { role: 'transformer', transform: (m) => applyPreparedPatch(m, schema, prepared) };
    }
    case 'PatchJson6902Transformer': {
      const d = decode(obj, PATCH_JSON6902_SCHEMA);
      const prepared = prepareJson6902(t, {
        target: (d['target'] as Selector | undefined) ?? null,
        path: str(d['path']),
        patch: str(d['jsonOp']),
      }, owner);
      return { role: 'transformer', transform: (m) => applyPreparedJson6902(m, prepared) };
    }
    case 'PatchStrategicMergeTransformer': {
      const d = decode(obj, PATCH_SM_SCHEMA);
      const paths = (d['paths'] as string[] | undefined) ?? [];
      const loaded = loadSmPatches(t, paths, str(d['patches']), ['paths'], ['patches'], owner);
      return { role: 'transformer', transform: (m) => applySmPatchesById(m, schema, loaded, owner) };
    }
    case 'ReplacementTransformer': {
      const d = decode(obj, REPLACEMENT_PLUGIN_SCHEMA);
      const entries = (d['replacements'] as ReplacementEntry[] | undefined) ?? [];
      const list = loadReplacements(t, entries, ['replacements'], owner, 'INVALID_TRANSFORMER_CONFIG');
      return { role: 'transformer', transform: (m) => applyReplacements(m, list, owner) };
    }
    case 'HashTransformer':
      return { role: 'transformer', transform: appendHashSuffixes };
    case 'ValueAddTransformer':
      configureValueAdd(t, obj);
      throw new KustomizeError('PLUGIN_NOT_SUPPORTED', 'ValueAddTransformer is not supported by kustomize-ts');
    case 'HelmChartInflationGenerator':
      throw new KustomizeError(
        'PLUGIN_NOT_SUPPORTED',
        'must specify --enable-helm (kustomize-ts does not inflate charts: it needs the helm binary)',
      );
    case 'ConfigMapGenerator':
    case 'SecretGenerator': {
      const d = decode(obj, kind === 'ConfigMapGenerator' ? CONFIG_MAP_GENERATOR_SCHEMA : SECRET_GENERATOR_SCHEMA);
      const args = generatorArgs(d);
      const ldr = {
        readFile: (p: string) => t.ldr.readBytes(p),
        isDir: (p: string) => t.ldr.isDir(p),
        kustomizationFile: t.loaded.file,
      };
      const opts = { field: ['generators', cfg.entry] };
      return {
        role: 'generator',
        generate: () => [kind === 'ConfigMapGenerator' ? generateConfigMap(args, undefined, ldr, opts) : generateSecret(args, undefined, ldr, opts)],
      };
    }
    case 'IAMPolicyGenerator': {
      const d = decode(obj, IAM_POLICY_SCHEMA);
      return { role: 'generator', generate: () => generateIamPolicy(d, owner) };
    }
  }
  throw new KustomizeError('PLUGIN_NOT_SUPPORTED', `unable to load builtin ${kind}.builtin.[noGrp]`);
}

/**
 * A generator config holds its args at the top level; an empty name or namespace is taken from
 * `metadata` (ConfigMapGenerator / SecretGenerator Config()).
 */
function generatorArgs(d: Record<string, Json>): Json {
  const { metadata, ...args } = d;
  const md = isObject(metadata) ? metadata : {};
  if (!str(args['name']) && md['name'] !== undefined) args['name'] = md['name']!;
  if (!str(args['namespace']) && md['namespace'] !== undefined) args['namespace'] = md['namespace']!;
  return args;
}

/** ValueAddTransformer's Config() checks (the transformer itself is not implemented). */
function configureValueAdd(t: Target, obj: JsonObject): void {
  const d = decode(obj, VALUE_ADD_SCHEMA);
  const targets = [...((d['targets'] as JsonObject[] | undefined) ?? [])];
  const file = str(d['targetFilePath']);
  if (file !== '') {
    const text = t.ldr.readText(file);
    let more: Record<string, Json>;
    try {
      more = (decodeGo(parseKustomizationText(text, t.ldr.abs(file)), plugin('', { targets: VALUE_ADD_TARGETS }), {
        strict: false,
        file: t.ldr.abs(file),
      }) ?? {}) as Record<string, Json>;
    } catch (e) {
      throw withContext(e, { file: t.ldr.abs(file) });
    }
    targets.push(...((more['targets'] as JsonObject[] | undefined) ?? []));
  }
  if (targets.length === 0) throw new KustomizeError('INVALID_TRANSFORMER_CONFIG', 'must specify at least one target', { field: ['targets'] });
  targets.forEach((tg, i) => {
    if (str(tg['fieldPath']) === '') {
      throw new KustomizeError('INVALID_TRANSFORMER_CONFIG', 'fieldPath cannot be empty', { field: ['targets', i, 'fieldPath'] });
    }
    const pos = tg['filePathPosition'];
    if (typeof pos === 'number' && pos < 0) {
      throw new KustomizeError('INVALID_TRANSFORMER_CONFIG', `value of FilePathPosition (${pos}) cannot be negative`, {
        field: ['targets', i, 'filePathPosition'],
      });
    }
  });
}
