/**
 * The Helm renderer the core calls for each chart of a build. The core prepares everything
 * kustomize's HelmChartInflationGenerator prepares (chart location, the values file it writes,
 * helm's arguments); the renderer only runs `helm template` (or an equivalent) and returns its
 * standard output. The core never spawns processes or touches the disk: `createHelmRenderer()`
 * of `kustomize-ts/node` runs the helm binary exactly as kustomize v5.5.0 does, and a browser
 * host injects its own.
 * @see kustomize plugin/builtin/helmchartinflationgenerator/HelmChartInflationGenerator.go,
 *   api/types/helmchartargs.go (v5.5.0)
 */
import type { FileSystem } from '../fs/filesystem.js';

/** One `helm template` call, as kustomize v5.5.0 prepares it. */
export interface HelmTemplateRequest {
  /** kustomize's `--helm-command` (the helm executable). */
  command: string;
  /** The chart as written in the kustomization. */
  chart: {
    /** `name` */
    name: string;
    /** `version` ('' when unset) */
    version: string;
    /** `repo` ('' when unset) */
    repo: string;
  };
  /**
   * Absolute path, in {@link HelmTemplateRequest.fs}, of the chart directory:
   * `{chartHome}/{name}` (kustomize's chart argument to `helm template`).
   */
  chartDir: string;
  /**
   * Absolute chart home as kustomize computes it: `helmGlobals.chartHome` (default `charts`)
   * under the kustomization directory, plus `{name}-{version}` when the chart has both a version
   * and a repo.
   */
  chartHome: string;
  /** The build's filesystem: renderers that do not run on the disk read the chart through it. */
  fs: FileSystem;
  /** `releaseName` ('' means `--generate-name`). */
  releaseName: string;
  /** `namespace` ('' when unset). */
  namespace: string;
  /** `nameTemplate` ('' when unset). */
  nameTemplate: string;
  /**
   * The values file kustomize writes to `{tmpDir}/{name}-kustomize-values.yaml` and passes with
   * `-f`: the chart's values file copied byte for byte, or (with `valuesInline`) the merged
   * values as kustomize serialises them. `null`: no values file (Argo CD's helm call without
   * `valueFiles`).
   */
  values: string | Uint8Array | null;
  /** `additionalValuesFiles`: absolute paths (kustomize passes them with `-f`) and contents. */
  additionalValuesFiles: { path: string; contents: string | Uint8Array }[];
  /**
   * `--set` (`--set-string` when `forceString`) parameters, after the values files: Argo CD's
   * `helm.parameters`. kustomize passes none. Default: none
   */
  set?: { name: string; value: string; forceString: boolean }[];
  /** Capabilities.APIVersions (`apiVersions`, else `--helm-api-versions`). */
  apiVersions: string[];
  /** Capabilities.KubeVersion (`kubeVersion`, else `--helm-kube-version`; '' for helm's default). */
  kubeVersion: string;
  includeCRDs: boolean;
  skipTests: boolean;
  /** `skipHooks` (helm's `--no-hooks`). */
  skipHooks: boolean;
  /** `debug` or `--helm-debug`. */
  debug: boolean;
  /**
   * `helmGlobals.configHome`: HELM_CONFIG_HOME for helm ('' means `{tmpDir}/helm`, as kustomize
   * does; HELM_CACHE_HOME and HELM_DATA_HOME are `.cache` and `.data` below it).
   */
  configHome: string;
}

/**
 * Renders one chart. Synchronous, like `build`. Returns helm's standard output (the YAML
 * stream); throws on failure (a `KustomizeError` is passed through, anything else becomes
 * HELM_FAILED).
 */
export interface HelmRenderer {
  /**
   * Optional: kustomize's `helm version -c --short` probe (helm v3 required), which it runs for
   * every chart before looking for the chart and its values; throws when helm is unusable.
   */
  checkVersion?(request: { command: string; configHome: string }): void;
  /** `helm template` for one chart: its standard output. */
  template(request: HelmTemplateRequest): string;
}
