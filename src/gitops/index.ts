/**
 * The GitOps workflow around the renderer: programmatic overrides, post-build substitution,
 * rendering Argo CD / Flux objects, golden checks and environment diffs. All pure.
 */
export { applyOverridesToText, type KustomizeOverrides, type ImageOverride, type ApplyOverridesOptions } from './overrides.js';
export { applyPostBuild, SUBSTITUTE_ANNOTATION, type PostBuildOptions } from './postbuild.js';
export { envsubst, EnvsubstError, type VarLookup } from './envsubst.js';
export {
  renderGitOps,
  renderOne,
  gitopsKind,
  argoOverrides,
  generatedKustomization,
  type RenderOptions,
  type RenderResult,
  type RenderedObject,
  type RenderedSource,
} from './render.js';
export {
  normalizeRepoUrl,
  sameRepoUrl,
  fluxRefRevision,
  type RepoRevisions,
  type RevisionTree,
  type PickedSource,
  type FluxGitRepository,
} from './sources.js';
export { expandApplicationSet, globRegExp, type AppSetContext } from './appset.js';
export { renderGoTemplate, renderFastTemplate } from './template.js';
export { parseSemVer, compareSemVer, semverRange, pickTag, type SemVer } from './semver.js';
export {
  preview,
  formatRef,
  maskSecretPair,
  type PreviewOptions,
  type PreviewReport,
  type AppChange,
  type AppStatus,
  type ResourceRef,
  type ChangedResource as PreviewChangedResource,
} from './preview.js';
export { formatPreviewText, formatPreviewMarkdown, formatPreviewJson, COMMENT_LIMIT, type TextFormatOptions, type MarkdownFormatOptions } from './preview-format.js';
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
