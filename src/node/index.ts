/**
 * `kustomize-ts/node`: the Node.js filesystem for {@link build}, and a convenience `buildDir`.
 * The only module (with the CLI) that touches the platform.
 */
import { isAscii } from 'node:buffer';
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { build, type BuildResult } from '../build.js';
import { KustomizeError } from '../core/errors.js';
import { DEFAULT_LIMITS } from '../core/limits.js';
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

/** Options of {@link NodeFs}. */
export interface NodeFsOptions {
  /**
   * Largest file read, in bytes; a larger one is refused with LIMIT_EXCEEDED before it is read.
   * Default: DEFAULT_LIMITS.maxFileBytes (256 MiB). `buildDir` passes `limits.maxFileBytes`.
   */
  maxFileBytes?: number;
}

/** What a non-regular file is, for the error message. */
function kindOf(st: nodeFs.Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/**
 * Reads the real filesystem synchronously. Paths are absolute POSIX paths.
 *
 * Only regular files are read (symlinks to them included): a named pipe would block the build
 * forever and `/dev/zero` never ends, so they are refused with FILE_NOT_FOUND saying what they
 * are; files larger than `maxFileBytes` are refused with LIMIT_EXCEEDED before being read.
 */
export class NodeFs implements FileSystem {
  private readonly maxFileBytes: number;

  constructor(options: NodeFsOptions = {}) {
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  }

  readFile(path: string): string | Uint8Array | undefined {
    // open + fstat + read + close into a scratch buffer: system calls dominate the cost of
    // reading the many small files of a kustomization tree. O_NONBLOCK: opening a FIFO must not
    // wait for a writer (it is then refused, being no regular file).
    let fd: number;
    try {
      fd = nodeFs.openSync(path, nodeFs.constants.O_RDONLY | nodeFs.constants.O_NONBLOCK);
    } catch {
      return undefined;
    }
    try {
      let st: nodeFs.Stats;
      try {
        st = nodeFs.fstatSync(fd);
      } catch {
        return undefined;
      }
      if (!st.isFile()) {
        // A directory is not found as a file (the loader says so); anything else is named.
        if (st.isDirectory()) return undefined;
        throw new KustomizeError('FILE_NOT_FOUND', `'${path}' is ${kindOf(st)}: only regular files are read`, { file: path });
      }
      if (st.size > this.maxFileBytes) {
        throw new KustomizeError(
          'LIMIT_EXCEEDED',
          `file '${path}' is ${st.size} bytes, more than the ${this.maxFileBytes} allowed (limits.maxFileBytes)`,
          { file: path },
        );
      }
      try {
        const n = nodeFs.readSync(fd, scratch, 0, scratch.length, null);
        if (n < scratch.length) {
          // ASCII (nearly every manifest) is its own text in any decoding: handed over as a
          // string, it skips a copy of the bytes and the build's UTF-8 decoding.
          const bytes = scratch.subarray(0, n);
          return isAscii(bytes) ? scratch.toString('latin1', 0, n) : new Uint8Array(bytes);
        }
        // The rest, up to the size limit (a file growing while it is read is cut there, and refused).
        const out = new Uint8Array(Math.min(Math.max(st.size, n) + 1, this.maxFileBytes + 1));
        out.set(scratch, 0);
        let total = n;
        for (;;) {
          if (total === out.length) break;
          const k = nodeFs.readSync(fd, out, total, out.length - total, null);
          if (k === 0) break;
          total += k;
        }
        if (total > this.maxFileBytes) {
          throw new KustomizeError('LIMIT_EXCEEDED', `file '${path}' is larger than the ${this.maxFileBytes} bytes allowed (limits.maxFileBytes)`, {
            file: path,
          });
        }
        if (total === out.length) {
          // Grew past its size while read: read the rest the slow way (still bounded).
          const rest = readBounded(fd, this.maxFileBytes - total, path);
          const all = new Uint8Array(total + rest.length);
          all.set(out, 0);
          all.set(rest, total);
          return all;
        }
        return out.subarray(0, total);
      } catch (e) {
        if (e instanceof KustomizeError) throw e;
        return undefined;
      }
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

/** Reads at most `max` more bytes of `fd`; more is LIMIT_EXCEEDED. */
function readBounded(fd: number, max: number, path: string): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const buf = new Uint8Array(64 * 1024);
    const k = nodeFs.readSync(fd, buf, 0, buf.length, null);
    if (k === 0) break;
    total += k;
    if (total > max) throw new KustomizeError('LIMIT_EXCEEDED', `file '${path}' is larger than the bytes allowed (limits.maxFileBytes)`, { file: path });
    parts.push(buf.subarray(0, k));
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
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
  const nodeFsOptions = { maxFileBytes: options.limits?.maxFileBytes };
  if (!readAhead) return build(new NodeFs(nodeFsOptions), root, buildOptions);
  const fs = new ReadAheadFs(new NodeFs(nodeFsOptions), root);
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
  return buildAsync(
    new NodeFs({ maxFileBytes: options.limits?.maxFileBytes }),
    nodePath.resolve(dir),
    withHelm({ ...rest, resolver: resolver ?? createGitResolver(git) }),
  );
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
export { GitRepository, GitTreeFs, type GitRepositoryOptions, type ChangedPath, type GitEntryKind } from './git-fs.js';
export { GitObjectStore } from './git-objects.js';
export { openRepoRevisions, previewRepo, workTreeFs, WORKTREE, type NodeRepoRevisions, type RepoRevisionsOptions, type PreviewRepoOptions } from './revisions.js';
export { createHelmRenderer, type HelmRendererOptions } from './helm.js';
export * from '../index.js';
