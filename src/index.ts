/**
 * kustomize-ts: render Kustomize trees exactly as `kustomize build` (v5.5.0) does, in-process.
 * The core is pure: the filesystem is injected. Node's filesystem lives in `kustomize-ts/node`.
 */
export { build, type BuildResult } from './build.js';
export { type BuildOptions, DEFAULT_OPTIONS } from './options.js';
export { type BuildLimits, DEFAULT_LIMITS } from './core/limits.js';
export { type FileSystem, type RemoteMount, MemoryFs } from './fs/filesystem.js';
export { type BuildInputs, type PathFacts, inputsMatch, hashContent, fileHash } from './fs/inputs.js';
export {
  KustomizeError,
  isKustomizeError,
  formatError,
  type ErrorCode,
  type ErrorContext,
  type KustomizeWarning,
} from './core/errors.js';
export type { Json, JsonObject } from './core/json.js';
export type { HelmRenderer, HelmTemplateRequest } from './helm/types.js';
export { helmTemplateArgs, helmPullArgs } from './helm/chart.js';
export type { Kustomization } from './load/types.js';
export type { LoadRestrictions } from './load/loader.js';
export { emitDocument, emitStream } from './yaml/emit.js';
export * from './edit/index.js';
export * from './gitops/index.js';
export {
  load,
  buildAsync,
  parseRepoSpec,
  tryParseRepoSpec,
  RepoSpecError,
  OverlayFs,
  type LoadOptions,
  type LoadResult,
  type RemoteEntry,
  type RemoteResolver,
  type RepoContents,
  type FetchContext,
  type HelmChartRef,
  type RepoSpec,
} from './remote/index.js';
