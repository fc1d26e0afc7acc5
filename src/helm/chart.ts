/**
 * kustomize's HelmChartInflationGenerator (v5.5.0), minus the process: the charts of a
 * kustomization (`helmCharts` with `helmGlobals`, the legacy `helmChartInflationGenerator`, and
 * `HelmChartInflationGenerator` configs under `generators:`) are configured and validated as
 * kustomize does, their values file is prepared byte for byte as kustomize writes it, and an
 * injected {@link HelmRenderer} runs `helm template`; its output becomes resources.
 * @see kustomize plugin/builtin/helmchartinflationgenerator/HelmChartInflationGenerator.go,
 *   api/types/helmchartargs.go (AsHelmArgs, SplitHelmParameters),
 *   api/internal/target/kusttarget_configplugin.go, api/types/kustomization.go FixKustomization
 */
import { KustomizeError, isKustomizeError } from '../core/errors.js';
import { type Json, type JsonObject, clone, isObject } from '../core/json.js';
import { forgetScalarTexts } from '../core/scalar-text.js';
import { normalize } from '../fs/path.js';
import type { Loader } from '../load/loader.js';
import { applyStrategicMerge } from '../patch/strategic-merge.js';
import type { Schema } from '../patch/schema-types.js';
import { resourcesFromText } from '../resource/factory.js';
import type { Resource } from '../resource/resource.js';
import { parseResourceDocuments } from '../yaml/parse.js';
import { emitDocument } from '../yaml/emit.js';
import type { HelmRenderer, HelmTemplateRequest } from './types.js';

/** kustomize's types.HelmDefaultHome. */
export const HELM_DEFAULT_HOME = 'charts';

const LEGAL_MERGE_OPTIONS = ['merge', 'override', 'replace'] as const;

/** The flags of kustomize's HelmConfig (`--enable-helm`, `--helm-command`, ...). */
export interface HelmFlags {
  enableHelm: boolean;
  helmCommand: string;
  helmApiVersions: readonly string[];
  helmKubeVersion: string;
  helmDebug: boolean;
  helmRenderer: HelmRenderer | null;
}

/** One chart's plugin config: kustomize's HelmGlobals and HelmChart fields, as written. */
export interface HelmChartConfig {
  chartHome: string;
  configHome: string;
  name: string;
  version: string;
  repo: string;
  releaseName: string;
  namespace: string;
  additionalValuesFiles: string[];
  valuesFile: string;
  valuesInline: JsonObject | null;
  valuesMerge: string;
  includeCRDs: boolean;
  skipHooks: boolean;
  apiVersions: string[];
  kubeVersion: string;
  nameTemplate: string;
  skipTests: boolean;
  debug: boolean;
}

/** A configured chart (after kustomize's Config/validateArgs), ready to render. */
export interface ConfiguredChart {
  config: HelmChartConfig;
  /** Absolute chart home ({@link absChartHome}). */
  chartHome: string;
  /** Absolute `{chartHome}/{name}`. */
  chartDir: string;
  /** The values file: relative to the kustomization root, or absolute (the chart's values.yaml). */
  valuesFile: string;
  additionalValuesFiles: { path: string; contents: Uint8Array }[];
  valuesMerge: 'merge' | 'override' | 'replace';
}

const str = (v: Json | undefined): string => (typeof v === 'string' ? v : '');
const bool = (v: Json | undefined): boolean => v === true;
const strs = (v: Json | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * A chart config from a plugin config object (`helmCharts` entry plus `helmGlobals`, or a
 * HelmChartInflationGenerator resource, whose fields sit at the top level).
 */
export function chartConfigFrom(chart: JsonObject, globals: JsonObject | null | undefined): HelmChartConfig {
  const g = globals ?? {};
  // The chart's own chartHome/configHome win over helmGlobals (both are fields of one struct
  // in kustomize; a HelmChartInflationGenerator config may set them at its top level).
  return {
    chartHome: str(chart['chartHome']) || str(g['chartHome']),
    configHome: str(chart['configHome']) || str(g['configHome']),
    name: str(chart['name']),
    version: str(chart['version']),
    repo: str(chart['repo']),
    releaseName: str(chart['releaseName']),
    namespace: str(chart['namespace']),
    additionalValuesFiles: strs(chart['additionalValuesFiles']),
    valuesFile: str(chart['valuesFile']),
    valuesInline: isObject(chart['valuesInline']) ? chart['valuesInline'] : null,
    valuesMerge: str(chart['valuesMerge']),
    includeCRDs: bool(chart['includeCRDs']),
    skipHooks: bool(chart['skipHooks']),
    apiVersions: strs(chart['apiVersions']),
    kubeVersion: str(chart['kubeVersion']),
    nameTemplate: str(chart['nameTemplate']),
    skipTests: bool(chart['skipTests']),
    debug: bool(chart['debug']),
  };
}

/**
 * The charts of a kustomization, in kustomize's order: `helmCharts`, then the legacy
 * `helmChartInflationGenerator` entries (FixKustomization's SplitHelmParameters, which keeps
 * only chartName, chartVersion, chartRepoUrl, values, valuesLocal, valuesMerge and releaseName;
 * their last non-empty chartHome/helmHome become the globals when `helmGlobals` is unset).
 */
export function kustomizationCharts(k: {
  helmGlobals?: JsonObject | null;
  helmCharts?: JsonObject[] | null;
  helmChartInflationGenerator?: JsonObject[] | null;
}): { config: HelmChartConfig; field: (string | number)[] }[] {
  const legacy = k.helmChartInflationGenerator ?? [];
  let globals: JsonObject | null = k.helmGlobals ?? null;
  if (!globals && legacy.length) {
    const g: JsonObject = {};
    for (const old of legacy) {
      if (!old) continue;
      if (str(old['helmHome'])) g['configHome'] = str(old['helmHome']);
      if (str(old['chartHome'])) g['chartHome'] = str(old['chartHome']);
    }
    if (Object.keys(g).length) globals = g;
  }
  const out: { config: HelmChartConfig; field: (string | number)[] }[] = [];
  (k.helmCharts ?? []).forEach((c, i) => {
    const chart = c ?? {};
    out.push({ config: chartConfigFrom(withoutGlobals(chart), globals), field: ['helmCharts', i] });
  });
  legacy.forEach((o, i) => {
    const old = o ?? {};
    const chart: JsonObject = {
      name: str(old['chartName']),
      version: str(old['chartVersion']),
      repo: str(old['chartRepoUrl']),
      valuesFile: str(old['values']),
      valuesInline: isObject(old['valuesLocal']) ? old['valuesLocal'] : null,
      valuesMerge: str(old['valuesMerge']),
      releaseName: str(old['releaseName']),
    };
    out.push({ config: chartConfigFrom(chart, globals), field: ['helmChartInflationGenerator', i] });
  });
  return out;
}

/** A `helmCharts` entry has no chartHome/configHome of its own (those are helmGlobals' fields). */
function withoutGlobals(chart: JsonObject): JsonObject {
  if (!('chartHome' in chart) && !('configHome' in chart)) return chart;
  const c = { ...chart };
  delete c['chartHome'];
  delete c['configHome'];
  return c;
}

/** The YAML kustomize shows for a plugin config in "trouble configuring" errors. */
function configYaml(c: HelmChartConfig): string {
  const o: JsonObject = {};
  const put = (k: string, v: Json | undefined) => {
    if (v === undefined || v === '' || v === false || v === null) return;
    if (Array.isArray(v) && v.length === 0) return;
    if (isObject(v) && Object.keys(v).length === 0) return;
    o[k] = v;
  };
  put('chartHome', c.chartHome);
  put('configHome', c.configHome);
  put('name', c.name);
  put('version', c.version);
  put('repo', c.repo);
  put('releaseName', c.releaseName);
  put('namespace', c.namespace);
  put('additionalValuesFiles', c.additionalValuesFiles);
  put('valuesFile', c.valuesFile);
  put('valuesInline', c.valuesInline ? stripTexts(c.valuesInline) : null);
  put('valuesMerge', c.valuesMerge);
  put('includeCRDs', c.includeCRDs);
  put('skipHooks', c.skipHooks);
  put('apiVersions', c.apiVersions);
  put('kubeVersion', c.kubeVersion);
  put('nameTemplate', c.nameTemplate);
  put('skipTests', c.skipTests);
  put('debug', c.debug);
  try {
    return emitDocument(o);
  } catch {
    return '';
  }
}

function troubleConfiguringField(c: HelmChartConfig, msg: string): string {
  return `trouble configuring builtin HelmChartInflationGenerator with config: \`\n${configYaml(c)}\`: ${msg}`;
}

/** absChartHome(): chartHome under the kustomization root, plus `{name}-{version}` for a versioned remote chart. */
export function absChartHome(c: HelmChartConfig, root: string): string {
  const home = c.chartHome || HELM_DEFAULT_HOME;
  // filepath.Join(root, chartHome) for a relative chartHome
  const base = home.startsWith('/') ? normalize(home) : normalize(root + '/' + home);
  if (c.version !== '' && c.repo !== '') return normalize(`${base}/${c.name}-${c.version}`);
  return base;
}

/**
 * kustomize's Config + validateArgs: the `--enable-helm` check, the command-line defaults
 * (`--helm-kube-version` and `--helm-api-versions` apply to charts that set none; `--helm-debug`
 * turns debug on), then the chart's own checks. Throws what kustomize reports.
 */
export function configureChart(
  raw: HelmChartConfig,
  flags: HelmFlags,
  ldr: Loader,
  /**
   * For a HelmChartInflationGenerator config under `generators:`: kustomize's id of that config
   * (`HelmChartInflationGenerator.builtin.[noGrp]/name.[noNs]`), which its messages name instead
   * of the config's YAML.
   */
  pluginId?: string,
): ConfiguredChart {
  const troubleConfiguring = (c: HelmChartConfig, msg: string): string =>
    pluginId === undefined
      ? troubleConfiguringField(c, msg)
      : `loading generator plugins: failed to load generator: plugin ${pluginId} fails configuration: ${msg}`;
  if (!flags.enableHelm) throw new KustomizeError('HELM_NOT_ENABLED', troubleConfiguring(raw, 'must specify --enable-helm'));
  if (!flags.helmCommand) throw new KustomizeError('HELM_NOT_ENABLED', troubleConfiguring(raw, 'must specify --helm-command'));
  const c: HelmChartConfig = { ...raw };
  if (c.kubeVersion === '') c.kubeVersion = flags.helmKubeVersion;
  if (c.apiVersions.length === 0) c.apiVersions = [...flags.helmApiVersions];
  if (flags.helmDebug) c.debug = true;
  const fail = (msg: string, field?: string): KustomizeError =>
    new KustomizeError('INVALID_KUSTOMIZATION', troubleConfiguring(raw, msg), field ? { field: [field] } : {});
  if (c.name === '') throw fail('chart name cannot be empty', 'name');
  const chartHome = absChartHome(c, ldr.root);
  const valuesFile = c.valuesFile !== '' ? c.valuesFile : normalize(`${chartHome}/${c.name}/values.yaml`);
  const additionalValuesFiles = c.additionalValuesFiles.map((file, i) => {
    let contents: Uint8Array;
    try {
      contents = ldr.readBytes(file);
    } catch (e) {
      if (!isKustomizeError(e)) throw e;
      throw new KustomizeError(e.code, troubleConfiguring(raw, `could not load additionalValuesFile: ${e.message}`), {
        field: ['additionalValuesFiles', i],
        cause: e,
      });
    }
    // filepath.Join(root, file): an absolute file is joined under the root too
    return { path: normalize(`${ldr.root}/${file}`), contents };
  });
  const merge = c.valuesMerge === '' ? 'override' : c.valuesMerge;
  if (!(LEGAL_MERGE_OPTIONS as readonly string[]).includes(merge)) {
    throw fail(`valuesMerge must be one of [${LEGAL_MERGE_OPTIONS.join(' ')}]`, 'valuesMerge');
  }
  return {
    config: c,
    chartHome,
    chartDir: normalize(`${chartHome}/${c.name}`),
    valuesFile,
    additionalValuesFiles,
    valuesMerge: merge as ConfiguredChart['valuesMerge'],
  };
}

/** A copy of `v` without YAML spellings (values re-serialised from Go maps have none). */
function stripTexts<T extends Json>(v: T): T {
  const c = clone(v);
  forgetScalarTexts(c);
  return c as T;
}

/**
 * The values file kustomize writes for the chart ({tmpDir}/{name}-kustomize-values.yaml):
 * - without `valuesInline`: the values file, byte for byte;
 * - `valuesMerge: replace`: `valuesInline` alone, as sigs.k8s.io/yaml marshals it;
 * - `override` / `merge`: the values file and `valuesInline` merged with kyaml's merge2 (the
 *   inline values win with override, the file's with merge; a null clears a key), read back
 *   into a Go map and marshalled the same way.
 */
export function valuesFileContents(cc: ConfiguredChart, ldr: Loader, schema: Schema): string | Uint8Array {
  const inline = cc.config.valuesInline;
  if (!inline || Object.keys(inline).length === 0) return ldr.readBytes(cc.valuesFile);
  let values: Json = stripTexts(inline);
  if (cc.valuesMerge !== 'replace') {
    const text = ldr.readText(cc.valuesFile);
    const file = ldr.abs(cc.valuesFile);
    const docs = parseResourceDocuments(text, file);
    const first = docs[0];
    // kyaml.Parse reads the first document; a file without one (empty, comments only) is io.EOF
    if (!first && /^(\s*(#[^\n]*)?\n)*\s*(#[^\n]*)?$/.test(text)) {
      throw new KustomizeError('HELM_FAILED', 'could not parse values file into rnode: EOF', { file });
    }
    const fileValues: Json = first ? first.value : {};
    if (!isObject(fileValues)) {
      throw new KustomizeError('HELM_FAILED', 'could not merge values: the values file is not a map', { file });
    }
    const inlineCopy = stripTexts(inline);
    let merged: JsonObject | null;
    try {
      merged =
        cc.valuesMerge === 'override'
          ? applyStrategicMerge(fileValues, inlineCopy, schema) // merge2.Merge(inline, file)
          : applyStrategicMerge(inlineCopy, fileValues, schema); // merge2.Merge(file, inline)
    } catch (e) {
      if (!isKustomizeError(e)) throw e;
      throw new KustomizeError('HELM_FAILED', `could not merge values: ${e.message}`, { file, cause: e });
    }
    values = stripTexts(merged ?? {});
  }
  try {
    return emitDocument(values);
  } catch (e) {
    if (!isKustomizeError(e)) throw e;
    throw new KustomizeError('HELM_FAILED', `writing the values file: ${e.message}`, { cause: e });
  }
}

/**
 * `helm template` arguments as kustomize v5.5.0 passes them (HelmChart.AsHelmArgs), with the
 * values file it wrote at `valuesFile`.
 */
export function helmTemplateArgs(req: HelmTemplateRequest, valuesFile: string | null): string[] {
  const args = ['template'];
  if (req.releaseName !== '') args.push(req.releaseName);
  else args.push('--generate-name');
  if (req.chart.name !== '') args.push(normalize(`${req.chartHome}/${req.chart.name}`));
  if (req.namespace !== '') args.push('--namespace', req.namespace);
  if (req.nameTemplate !== '') args.push('--name-template', req.nameTemplate);
  if (valuesFile !== null && valuesFile !== '') args.push('-f', valuesFile);
  for (const f of req.additionalValuesFiles) args.push('-f', f.path);
  for (const p of req.set ?? []) args.push(p.forceString ? '--set-string' : '--set', `${p.name}=${p.value}`);
  for (const v of req.apiVersions) args.push('--api-versions', v);
  if (req.kubeVersion !== '') args.push('--kube-version', req.kubeVersion);
  if (req.includeCRDs) args.push('--include-crds');
  if (req.skipTests) args.push('--skip-tests');
  if (req.skipHooks) args.push('--no-hooks');
  if (req.debug) args.push('--debug');
  return args;
}

/** `helm pull` arguments as kustomize v5.5.0 passes them (pullCommand), into `untarDir`. */
export function helmPullArgs(chart: { name: string; version: string; repo: string }, untarDir: string): string[] {
  const args = ['pull', '--untar', '--untardir', untarDir];
  if (chart.repo.startsWith('oci://')) args.push(chart.repo.replace(/\/$/, '') + '/' + chart.name);
  else {
    if (chart.repo !== '') args.push('--repo', chart.repo);
    args.push(chart.name);
  }
  if (chart.version !== '') args.push('--version', chart.version);
  return args;
}

/** Runs the renderer for a configured chart and turns helm's output into resources. */
export function inflateChart(
  cc: ConfiguredChart,
  ldr: Loader,
  schema: Schema,
  flags: HelmFlags,
): Resource[] {
  const c = cc.config;
  const renderer = flags.helmRenderer;
  if (!renderer) {
    throw new KustomizeError(
      'HELM_FAILED',
      'no Helm renderer: pass `helmRenderer` in the build options (createHelmRenderer() of kustomize-ts/node runs the helm binary)',
    );
  }
  // Generate(): the version probe, then the chart, then the values
  guardRenderer(() => renderer.checkVersion?.({ command: flags.helmCommand, configHome: c.configHome }));
  if (!ldr.fs.isDir(cc.chartDir)) {
    if (c.repo === '') {
      throw new KustomizeError('HELM_CHART_NOT_FOUND', `no repo specified for pull, no chart found at '${cc.chartDir}'`, {
        field: ['name'],
      });
    }
    throw new KustomizeError(
      'REMOTE_NOT_SUPPORTED',
      `chart '${c.name}'${c.version ? ` version ${c.version}` : ''} from repository '${c.repo}' is not in '${cc.chartHome}' ` +
        `and must be pulled: load the tree with a resolver that fetches charts first (buildAsync/load, ` +
        `buildDirAsync, or the CLI)`,
      { field: ['repo'] },
    );
  }
  const values = valuesFileContents(cc, ldr, schema);
  const req: HelmTemplateRequest = {
    command: flags.helmCommand,
    chart: { name: c.name, version: c.version, repo: c.repo },
    chartDir: cc.chartDir,
    chartHome: cc.chartHome,
    fs: ldr.fs,
    releaseName: c.releaseName,
    namespace: c.namespace,
    nameTemplate: c.nameTemplate,
    values,
    additionalValuesFiles: cc.additionalValuesFiles,
    apiVersions: c.apiVersions,
    kubeVersion: c.kubeVersion,
    includeCRDs: c.includeCRDs,
    skipTests: c.skipTests,
    skipHooks: c.skipHooks,
    debug: c.debug,
    configHome: c.configHome,
  };
  const stdout = guardRenderer(() => renderer.template(req));
  if (typeof stdout !== 'string') {
    throw new KustomizeError('HELM_FAILED', `the Helm renderer returned ${typeof stdout}, not the YAML text`);
  }
  try {
    return resourcesFromText(stdout, `${cc.chartDir} (helm template)`);
  } catch (e) {
    if (!isKustomizeError(e)) throw e;
    throw new KustomizeError('HELM_FAILED', `error reading helm output: ${e.message}`, { cause: e });
  }
}

/** Runs renderer code: a KustomizeError passes through, anything else becomes HELM_FAILED. */
function guardRenderer<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isKustomizeError(e)) throw e;
    throw new KustomizeError('HELM_FAILED', e instanceof Error ? e.message : String(e), { cause: e });
  }
}
