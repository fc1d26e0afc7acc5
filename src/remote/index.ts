/**
 * Remote bases for the pure core: parse kustomize's remote URLs, fetch them through an injected
 * async resolver into an overlay filesystem ({@link load}), then build synchronously.
 */
import { build, type BuildResult } from '../build.js';
import type { FileSystem } from '../fs/filesystem.js';
import type { BuildOptions } from '../options.js';
import { load, type LoadOptions } from './load.js';

export {
  load,
  type LoadOptions,
  type LoadResult,
  type RemoteEntry,
  type RemoteResolver,
  type RepoContents,
  type FetchContext,
  type HelmChartRef,
} from './load.js';
export { OverlayFs, DEFAULT_MOUNT_PREFIX } from './overlay.js';
export {
  parseRepoSpec,
  tryParseRepoSpec,
  RepoSpecError,
  DEFAULT_GIT_TIMEOUT_MS,
  type RepoSpec,
} from './repospec.js';

/**
 * {@link load} then `build`: fetches the remote bases of the tree at `path`, then builds it.
 *
 * @example
 * const { yaml } = await buildAsync(new MemoryFs(files), 'app', { resolver });
 */
export async function buildAsync(
  fs: FileSystem,
  path: string,
  options: BuildOptions & LoadOptions = {},
): Promise<BuildResult> {
  const { resolver, signal, maxFetches, mountPrefix, ...buildOptions } = options;
  const loaded = await load(fs, path, {
    resolver,
    signal,
    maxFetches,
    mountPrefix,
    enableHelm: buildOptions.enableHelm,
    helmCommand: buildOptions.helmCommand,
  });
  return build(loaded.fs, loaded.path, buildOptions);
}
