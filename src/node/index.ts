/**
 * `kustomize-ts/node`: the Node.js filesystem for {@link build}, and a convenience `buildDir`.
 * The only module (with the CLI) that touches the platform.
 */
import { isAscii } from 'node:buffer';
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { build, type BuildResult } from '../build.js';
import type { FileSystem } from '../fs/filesystem.js';
import type { BuildOptions } from '../options.js';
import { buildAsync, type LoadOptions } from '../remote/index.js';
import { createGitResolver, type GitResolverOptions } from './git.js';
import { ReadAheadFs } from './read-ahead.js';
import { createHelmRenderer } from './helm.js';

/** With `enableHelm` and no renderer, the Node one (the helm binary, as kustomize runs it). */
function withHelm<T extends BuildOptions>(o: T): T {
  return o.enableHelm && !o.helmRenderer ? { ...o, helmRenderer: createHelmRenderer() } : o;
}

/** Scratch space for {@link NodeFs.readFile} (reads are synchronous, so one buffer serves all). */
const scratch = Buffer.allocUnsafe(256 * 1024);

/** Reads the real filesystem synchronously. Paths are absolute POSIX paths. */
export class NodeFs implements FileSystem {
  readFile(path: string): string | Uint8Array | undefined {
    // open + read + close into a scratch buffer: readFileSync also fstat()s for the size, and
    // system calls dominate the cost of reading the many small files of a kustomization tree.
    let fd: number;
    try {
      fd = nodeFs.openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      const n = nodeFs.readSync(fd, scratch, 0, scratch.length, null);
      if (n < scratch.length) {
        // ASCII (nearly every manifest) is its own text in any decoding: handed over as a
        // string, it skips a copy of the bytes and the build's UTF-8 decoding.
        const bytes = scratch.subarray(0, n);
        return isAscii(bytes) ? scratch.toString('latin1', 0, n) : new Uint8Array(bytes);
      }
      const rest = nodeFs.readFileSync(fd);
      const out = new Uint8Array(n + rest.length);
      out.set(scratch, 0);
      out.set(rest, n);
      return out;
    } catch {
      return undefined;
    } finally {
      nodeFs.closeSync(fd);
    }
  }
  exists(path: string): boolean {
    return nodeFs.existsSync(path);
  }
  isDir(path: string): boolean {
    try {
      return nodeFs.statSync(path).isDirectory();
    } catch {
      return false;
    }
  }
  readDir(path: string): string[] {
    try {
      return nodeFs.readdirSync(path);
    } catch {
      return [];
    }
  }
  lstat(path: string): 'file' | 'dir' | 'symlink' | undefined {
    try {
      const s = nodeFs.lstatSync(path, { throwIfNoEntry: false });
      if (!s) return undefined;
      return s.isSymbolicLink() ? 'symlink' : s.isDirectory() ? 'dir' : 'file';
    } catch {
      return undefined;
    }
  }
  readDirKinds(path: string): { name: string; kind: 'file' | 'dir' | 'symlink' }[] | undefined {
    try {
      return nodeFs.readdirSync(path, { withFileTypes: true }).map((d) => ({
        name: d.name,
        kind: d.isSymbolicLink() ? 'symlink' : d.isDirectory() ? 'dir' : 'file',
      }));
    } catch {
      return undefined;
    }
  }
  realPath(path: string): string {
    // Resolve symlinks of the longest existing prefix, like filepath.EvalSymlinks on a cleaned path.
    let p = path;
    const rest: string[] = [];
    for (;;) {
      try {
        // The native realpath(3) is one system call; the JS one lstat()s every path component.
        const real = nodeFs.realpathSync.native(p);
        return rest.length ? nodePath.posix.join(real, ...rest.reverse()) : real;
      } catch {
        const parent = nodePath.posix.dirname(p);
        if (parent === p) return path;
        rest.push(nodePath.posix.basename(p));
        p = parent;
      }
    }
  }
}

/** Options of {@link buildDir}: the build's, plus how the tree is read. */
export interface BuildDirOptions extends BuildOptions {
  /**
   * Read large trees ahead on a worker thread (default false): once a build has read 150 files,
   * a worker walks the rest of the tree in the order the build reads it and hands it over, so
   * that the build's thread does not wait on system calls. The output is the same either way.
   * Worth it where reading is slow and cores are spare (a network filesystem, a slow volume); on
   * a local disk with two cores it made no measurable difference (docs/performance.md).
   */
  readAhead?: boolean;
}

/**
 * Builds a directory of the real filesystem (relative paths resolve against the working directory).
 * With `enableHelm` and no `helmRenderer`, charts are rendered by {@link createHelmRenderer}.
 */
export function buildDir(dir: string, options: BuildDirOptions = {}): BuildResult {
  const { readAhead = false, ...rest } = options;
  const buildOptions = withHelm(rest);
  const root = nodePath.resolve(dir);
  if (!readAhead) return build(new NodeFs(), root, buildOptions);
  const fs = new ReadAheadFs(new NodeFs(), root);
  try {
    return build(fs, root, buildOptions);
  } finally {
    fs.close();
  }
}

/**
 * Builds a directory of the real filesystem whose kustomizations may name remote bases: they are
 * fetched first (by default with {@link createGitResolver}: the git binary, cached on disk).
 */
export async function buildDirAsync(
  dir: string,
  options: BuildOptions & LoadOptions & { git?: GitResolverOptions } = {},
): Promise<BuildResult> {
  const { git, resolver, ...rest } = options;
  return buildAsync(new NodeFs(), nodePath.resolve(dir), withHelm({ ...rest, resolver: resolver ?? createGitResolver(git) }));
}

export {
  createGitResolver,
  DirFs,
  spawnExec,
  type GitResolver,
  type GitResolverOptions,
  type ExecFn,
} from './git.js';
export { build };
export { checkGoldens } from './gitops.js';
export { createHelmRenderer, type HelmRendererOptions } from './helm.js';
export * from '../index.js';
