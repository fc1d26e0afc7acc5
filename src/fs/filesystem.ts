import { normalize, dirname } from './path.js';

/**
 * The filesystem the core reads through. Paths are absolute and '/'-separated.
 * Implementations: {@link MemoryFs} (in the core) and `NodeFs` (in `kustomize-ts/node`).
 */
export interface FileSystem {
  /** Contents of a file; text or bytes. Throws or returns undefined when absent. */
  readFile(path: string): string | Uint8Array | undefined;
  /** True when `path` exists (file or directory). */
  exists(path: string): boolean;
  /** True when `path` is a directory. */
  isDir(path: string): boolean;
  /** Entry names (not paths) of a directory. Order does not matter: the core sorts them. */
  readDir(path: string): string[];
  /**
   * The path with symlinks resolved, used to enforce load restrictions.
   * Optional: without it, paths are taken as they are (no symlinks).
   */
  realPath?(path: string): string;
  /**
   * What `path` itself is, not following a final symlink (lstat): `'dir'`, `'symlink'`, `'file'`
   * (anything else), or undefined when it does not exist. Optional, for speed: with it, a build
   * answers `exists`, `isDir` and `realPath` for paths without symlinks from one call per path
   * (each is a system call on a real disk), and uses the other methods only around symlinks.
   */
  lstat?(path: string): 'file' | 'dir' | 'symlink' | undefined;
  /**
   * The entries of a directory with what each is, as {@link lstat} would say; undefined when
   * `path` is not a readable directory. Optional, for speed: a build lists a directory instead of
   * asking about its entries one by one once it asks about a few of them.
   */
  readDirKinds?(path: string): { name: string; kind: 'file' | 'dir' | 'symlink' }[] | undefined;
  /**
   * Where a remote entry of a kustomization (a git base URL or an http(s) file URL, as written)
   * was mounted by the async `load` step. Optional: without it, remote entries fail with
   * REMOTE_NOT_SUPPORTED.
   */
  resolveRemote?(url: string): RemoteMount | undefined;
  /**
   * A content hash of the file at `path` that the filesystem knows without reading it (a git
   * blob id, say), or undefined. Optional: without it, a build hashes the contents it reads
   * itself (see {@link BuildInputs}).
   */
  contentHash?(path: string): string | undefined;
}

/** A remote entry mounted into a filesystem by `load` (see src/remote). */
export type RemoteMount =
  | {
      kind: 'repo';
      /** Absolute path of the kustomization directory (the clone plus the URL's path). */
      root: string;
      /** Absolute path of the repository's root; bases found in it must stay below it. */
      repoDir: string;
      /** kustomize's clone spec (recorded as `repo` in origin annotations). */
      repo: string;
      /** The ref of the URL ('' for the remote's HEAD). */
      ref: string;
    }
  | {
      kind: 'file';
      /** Absolute path of the fetched file. */
      path: string;
    };

/**
 * An in-memory filesystem built from a `{ path: contents }` record. Relative keys are
 * taken from `/`. Directories are implied by the files under them; a key ending in `/`
 * makes an empty directory. {@link MemoryFs.symlink} adds symbolic links (for load-restriction tests).
 *
 * @example
 * const fs = new MemoryFs({ 'app/kustomization.yaml': 'resources: [cm.yaml]\n', 'app/cm.yaml': '...' });
 */
export class MemoryFs implements FileSystem {
  private readonly files = new Map<string, string | Uint8Array>();
  private readonly dirs = new Map<string, Set<string>>();
  /** Symbolic links: absolute link path → target as written (relative to the link's directory, or absolute). */
  private readonly links = new Map<string, string>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    this.dirs.set('/', new Set());
    for (const key of Object.keys(files)) {
      if (key.endsWith('/')) this.mkdir(normalize(key));
      else this.write(key, files[key] as string | Uint8Array);
    }
  }

  /** Adds or replaces a file, creating its parent directories. */
  write(path: string, contents: string | Uint8Array): void {
    const p = normalize(path);
    this.mkdir(dirname(p));
    this.files.set(p, contents);
    this.dirs.get(dirname(p))!.add(p.slice(p.lastIndexOf('/') + 1));
  }

  /** Creates a directory and its parents. */
  mkdir(path: string): void {
    let p = normalize(path);
    while (!this.dirs.has(p)) {
      this.dirs.set(p, new Set());
      const parent = dirname(p);
      this.mkdir(parent);
      this.dirs.get(parent)!.add(p.slice(p.lastIndexOf('/') + 1));
      p = parent;
    }
  }

  /**
   * Adds a symbolic link at `path` pointing to `target` (relative to the link's directory, or
   * absolute), creating the parent directories. The target need not exist.
   */
  symlink(target: string, path: string): void {
    const p = normalize(path);
    this.mkdir(dirname(p));
    this.links.set(p, target);
    this.dirs.get(dirname(p))!.add(p.slice(p.lastIndexOf('/') + 1));
  }

  readFile(path: string): string | Uint8Array | undefined {
    return this.files.get(this.realPath(path));
  }
  exists(path: string): boolean {
    const p = this.realPath(path);
    return this.files.has(p) || this.dirs.has(p);
  }
  isDir(path: string): boolean {
    return this.dirs.has(this.realPath(path));
  }
  readDir(path: string): string[] {
    return [...(this.dirs.get(this.realPath(path)) ?? [])];
  }

  /** The path with every symlink resolved (as filepath.EvalSymlinks; a looping link stays unresolved). */
  realPath(path: string): string {
    const p = normalize(path);
    if (this.links.size === 0) return p;
    return this.resolveLinks(p, { hops: 0 }) ?? p;
  }

  private resolveLinks(p: string, budget: { hops: number }): string | undefined {
    let cur = '';
    const segs = p.split('/').filter(Boolean);
    for (let i = 0; i < segs.length; i++) {
      const next = `${cur}/${segs[i]}`;
      const target = this.links.get(next);
      if (target === undefined) {
        cur = next;
        continue;
      }
      if (++budget.hops > 40) return undefined;
      const resolved = this.resolveLinks(normalize(target.startsWith('/') ? target : `${cur || '/'}/${target}`), budget);
      if (resolved === undefined) return undefined;
      cur = resolved === '/' ? '' : resolved;
    }
    return cur || '/';
  }
}
