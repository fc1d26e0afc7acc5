/**
 * The GitOps workflow around the renderer: programmatic overrides, post-build substitution,
 * rendering Argo CD / Flux objects, golden checks and environment diffs. All pure.
 */
export { applyOverridesToText, type KustomizeOverrides, type ImageOverride, type ApplyOverridesOptions } from './overrides.js';
export { applyPostBuild, SUBSTITUTE_ANNOTATION, type PostBuildOptions } from './postbuild.js';
export { envsubst, EnvsubstError, type VarLookup } from './envsubst.js';
export {
  renderGitOps,
  argoOverrides,
  generatedKustomization,
  type RenderOptions,
  type RenderResult,
  type RenderedObject,
} from './render.js';
export {
  checkGoldens,
  findTargets,
  goldenName,
  type GoldenCheckOptions,
  type GoldenCheckResult,
  type GoldenTarget,
  type GoldenStatus,
} from './golden.js';
export {
  diffResources,
  formatResourceDiff,
  commonAffixes,
  resourceId,
  type ResourceDiff,
  type ResourceDiffOptions,
  type ChangedResource,
} from './resdiff.js';
export { diffLines, unifiedDiff, splitLines, type DiffOp, type UnifiedDiffOptions } from './diff.js';
