/**
 * Options of {@link build}, named after kustomize's CLI flags.
 */
import type { LoadRestrictions } from './load/loader.js';
import type { KustomizeOverrides } from './gitops/overrides.js';
import type { PostBuildOptions } from './gitops/postbuild.js';
import type { BuildLimits } from './core/limits.js';
import type { HelmRenderer } from './helm/types.js';

export interface BuildOptions {
  /**
   * kustomize's `--load-restrictor`: `rootOnly` (LoadRestrictionsRootOnly) keeps every file a
   * kustomization reads under its own directory; `none` (LoadRestrictionsNone) lifts that.
   * Default: 'rootOnly'
   */
  loadRestrictions?: LoadRestrictions;
  /**
   * kustomize's `--reorder`: `legacy` sorts by kind then name (the CLI's default), `none` keeps
   * the depth-first input order. A kustomization's `sortOptions` takes precedence, as in kustomize.
   * Default: 'legacy'
   */
  reorder?: 'legacy' | 'none';
  /**
   * kustomize's `--enable-managedby-label`: adds `app.kubernetes.io/managed-by`.
   * Default: false
   */
  enableManagedByLabel?: boolean;
  /**
   * The version string written into the managed-by label.
   * Default: 'kustomize-(devel)' (what kubectl's embedded kustomize v5.5.0 writes; a standalone
   * kustomize binary writes its own version, e.g. 'kustomize-v5.5.0')
   */
  managedByVersion?: string;
  /**
   * Edits applied to the root kustomization before the build, without writing files, in the
   * shape of Argo CD's `spec.source.kustomize` (namePrefix, nameSuffix, namespace, images,
   * replicas, commonLabels, commonAnnotations, patches, components). The result is the build of
   * the kustomization edited with `kustomize edit`.
   * Default: null (none)
   */
  overrides?: KustomizeOverrides | null;
  /**
   * Flux-style post-build variable substitution (`${VAR}`, `${VAR:=default}`...) on the built
   * resources. Default: null (none)
   */
  postBuild?: PostBuildOptions | null;
  /**
   * Work and memory budgets of the build (file size, alias expansion, nodes copied, output size,
   * estimated memory, kustomizations opened); exceeding one ends the build with `LIMIT_EXCEEDED`.
   * Each field overrides one default; see docs/errors.md. Default: null (the defaults)
   */
  limits?: BuildLimits | null;
  /**
   * kustomize's `--enable-helm`: inflate `helmCharts` (and HelmChartInflationGenerator configs)
   * through {@link BuildOptions.helmRenderer}. Without it such a kustomization fails with
   * HELM_NOT_ENABLED, as kustomize does. Default: false
   */
  enableHelm?: boolean;
  /**
   * kustomize's `--helm-command`: the helm executable, handed to the renderer (the Node
   * renderer runs it). Default: 'helm'
   */
  helmCommand?: string;
  /**
   * kustomize's `--helm-api-versions` (repeatable): Capabilities.APIVersions for charts that set
   * no `apiVersions` of their own. Default: [] (none)
   */
  helmApiVersions?: string[];
  /**
   * kustomize's `--helm-kube-version`: Capabilities.KubeVersion for charts that set no
   * `kubeVersion` of their own. Default: '' (helm's own default)
   */
  helmKubeVersion?: string;
  /** kustomize's `--helm-debug`: passes `--debug` to `helm template`. Default: false */
  helmDebug?: boolean;
  /**
   * Runs `helm template` for a chart (see docs/helm.md). The core never runs processes:
   * `createHelmRenderer()` of `kustomize-ts/node` runs the helm binary as kustomize does, and a
   * browser host injects its own. Default: null (`buildDir` and the CLI default to the Node one)
   */
  helmRenderer?: HelmRenderer | null;
}

export const DEFAULT_OPTIONS: Required<BuildOptions> = {
  loadRestrictions: 'rootOnly',
  reorder: 'legacy',
  enableManagedByLabel: false,
  managedByVersion: 'kustomize-(devel)',
  overrides: null,
  postBuild: null,
  limits: null,
  enableHelm: false,
  helmCommand: 'helm',
  helmApiVersions: [],
  helmKubeVersion: '',
  helmDebug: false,
  helmRenderer: null,
};
