/**
 * File access for one kustomization root, with kustomize's load restrictions and cycle checks.
 * @see kustomize api/internal/loader/fileloader.go, loadrestrictions.go
 */
import { KustomizeError } from '../core/errors.js';
import type { FileSystem, RemoteMount } from '../fs/filesystem.js';
import { normalize, resolve, isWithin, dirname, basename } from '../fs/path.js';
import { decodeYamlBytes } from './text.js';
import { Budget } from '../core/limits.js';

/** kustomize's --load-restrictor: files must lie under the kustomization root, or anywhere. */
export type LoadRestrictions = 'rootOnly' | 'none';

/** Kustomization directories one build may open by default (counting each inclusion of a shared base): limits.maxKustomizations. */
export const MAX_KUSTOMIZATION_LOADS = 20_000;

/** True for `http://` and `https://` URLs (kustomize's IsRemoteFile). */
export function isRemoteFileUrl(p: string): boolean {
  return /^https?:\/\//i.test(p);
}

/** True for `http(s)://` file URLs and git-style remote bases (`github.com/org/repo`, `git::`, `ssh://`...). */
export function isRemotePath(p: string): boolean {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(p)) return true;
  if (p.startsWith('git::') || p.startsWith('git@') || p.startsWith('gh:')) return true;
  if (/^(github\.com|gitlab\.com|bitbucket\.org)[/:]/.test(p)) return true;
  return /\.git(\/\/|\?|$)/.test(p) || /\?ref=|\?version=/.test(p);
}

/** The remote repository a loader's files come from (set for mounted remote bases). */
export interface LoaderRepo {
  /** The URL as written (kustomize compares these to detect repository cycles). */
  raw: string;
  /** Absolute path of the repository's mount. */
  dir: string;
  /** Clone spec and ref, for origin annotations. */
  repo: string;
  ref: string;
}

export class Loader {
  /** Absolute root directory (symlinks resolved when the filesystem can). */
  readonly root: string;
  /** Resolved symlinks, shared by the loaders of one build (the filesystem does not change during a build). */
  private readonly realCache: Map<string, string>;
  /** Kustomization roots opened so far in this build (shared by its loaders). */
  private readonly opened: { count: number };
  /** The build's budgets (shared by its loaders). */
  readonly budget: Budget;

  constructor(
    readonly fs: FileSystem,
    root: string,
    readonly restrictions: LoadRestrictions,
    readonly referrer?: Loader,
    /** Set when this loader is rooted in a remote base mounted by `load` (kustomize's repoSpec). */
    readonly repo?: LoaderRepo,
    /** The build's budgets (a root loader without one gets the defaults; children share their referrer's). */
    budget?: Budget,
  ) {
    this.root = normalize(root);
    this.realCache = referrer ? referrer.realCache : new Map();
    this.opened = referrer ? referrer.opened : { count: 0 };
    this.budget = referrer ? referrer.budget : budget ?? new Budget();
    // Bases may be shared and nested without forming a cycle, so a hostile tree can make the
    // work grow exponentially (each level including the next twice): bound it.
    const max = this.budget.limits.maxKustomizations;
    if (++this.opened.count > max) {
      throw new KustomizeError(
        'LIMIT_EXCEEDED',
        `more than ${max} kustomizations loaded in one build (bases included many times over?); raise limits.maxKustomizations if the input is trusted`,
        { file: this.root },
      );
    }
  }

  /** The remote repository this loader or one of its referrers was loaded from (kustomize's containingRepo). */
  containingRepo(): LoaderRepo | undefined {
    for (let l: Loader | undefined = this; l; l = l.referrer) if (l.repo) return l.repo;
    return undefined;
  }

  /** Absolute path of a file `path` names: the mounted copy of an http(s) URL, else {@link resolveFile}. */
  locateFile(path: string): string {
    if (isRemoteFileUrl(path)) {
      const m = this.fs.resolveRemote?.(path);
      if (m?.kind === 'file') return m.path;
      throw new KustomizeError('REMOTE_NOT_SUPPORTED', `remote resources are not supported: '${path}'`, {});
    }
    return this.resolveFile(path);
  }

  private real(p: string): string {
    if (!this.fs.realPath) return p;
    let r = this.realCache.get(p);
    if (r === undefined) {
      r = normalize(this.fs.realPath(p));
      this.realCache.set(p, r);
    }
    return r;
  }

  /** Absolute path of `path` relative to this root. */
  abs(path: string): string {
    return resolve(this.root, path);
  }

  /**
   * Resolves a file path, enforcing the load restrictor; returns the absolute path.
   * Throws FILE_NOT_FOUND or OUTSIDE_ROOT.
   */
  resolveFile(path: string): string {
    const abs = this.abs(path);
    if (!this.fs.exists(abs)) {
      throw new KustomizeError('FILE_NOT_FOUND', `file '${abs}' does not exist`, { file: abs });
    }
    if (this.fs.isDir(abs)) {
      throw new KustomizeError('FILE_NOT_FOUND', `'${abs}' must resolve to a file`, { file: abs });
    }
    if (this.restrictions === 'rootOnly') {
      // kustomize's RestrictionRootOnly: the whole path is de-linked (a symlinked file counts
      // where it points), and the directory holding the target must lie under the root.
      const real = this.real(abs);
      const realRoot = this.real(this.root);
      if (!isWithin(realRoot, dirname(real))) {
        throw new KustomizeError('OUTSIDE_ROOT', `security; file '${abs}' is not in or below '${this.root}'`, {
          file: abs,
        });
      }
      return real;
    }
    return abs;
  }

  /** Bytes of a file (restrictions applied). */
  readBytes(path: string): Uint8Array {
    const abs = this.locateFile(path);
    const c = this.read(abs);
    return typeof c === 'string' ? new TextEncoder().encode(c) : c;
  }

  /** Text of a YAML (or JSON) file, restrictions applied; invalid UTF-8 is a YAML_SYNTAX error. */
  readText(path: string): string {
    const abs = this.locateFile(path);
    const c = this.read(abs);
    return typeof c === 'string' ? c : decodeYamlBytes(c, abs);
  }

  /** A file's contents, within the build's file size and memory budgets. */
  private read(abs: string): string | Uint8Array {
    const c = this.fs.readFile(abs);
    if (c === undefined) throw new KustomizeError('FILE_NOT_FOUND', `file '${abs}' does not exist`, { file: abs });
    this.budget.checkFileSize(c.length, abs);
    // Held as text (one byte per character for ASCII) and parsed into values of about its size.
    this.budget.chargeMemory(2 * c.length, `file '${abs}'`);
    return c;
  }

  /** True when `path` (relative to the root) is a directory. */
  isDir(path: string): boolean {
    return this.fs.isDir(this.abs(path));
  }

  /**
   * A loader for a base or component directory. Rejects absolute paths, non-directories and
   * roots at or above any root in the chain (kustomize's cycle check).
   */
  child(path: string): Loader {
    if (path === '') throw new KustomizeError('INVALID_KUSTOMIZATION', 'new root cannot be empty');
    const mount = this.fs.resolveRemote?.(path);
    if (mount?.kind === 'repo') return this.remoteChild(path, mount);
    if (isRemotePath(path)) {
      throw new KustomizeError(
        'REMOTE_NOT_SUPPORTED',
        `remote resources are not supported: '${path}' (fetch it into the filesystem first)`,
      );
    }
    if (path.startsWith('/')) {
      throw new KustomizeError('INVALID_KUSTOMIZATION', `new root '${path}' cannot be absolute`);
    }
    const abs = this.abs(path);
    if (!this.fs.isDir(abs)) {
      throw new KustomizeError(
        'FILE_NOT_FOUND',
        `must build at directory: not a valid directory: '${abs}' does not exist`,
        { file: abs },
      );
    }
    const root = this.real(abs);
    const repo = this.containingRepo();
    if (repo && !isWithin(repo.dir, root)) {
      throw new KustomizeError(
        'OUTSIDE_ROOT',
        `security; bases in kustomizations found in cloned git repos must be within the repo, but base '${root}' is outside '${repo.dir}'`,
        { file: abs },
      );
    }
    for (let l: Loader | undefined = this; l; l = l.referrer) {
      const visited = this.real(l.root);
      if (isWithin(root, visited)) {
        throw new KustomizeError('CYCLE', `cycle detected: candidate root '${root}' contains visited root '${visited}'`, {
          file: abs,
        });
      }
    }
    return new Loader(this.fs, root, this.restrictions, this);
  }

  /** A loader at a remote base mounted by `load` (kustomize's newLoaderAtGitClone: always rootOnly). */
  private remoteChild(path: string, mount: Extract<RemoteMount, { kind: 'repo' }>): Loader {
    for (let l: Loader | undefined = this; l; l = l.referrer) {
      if (l.repo && l.repo.raw.startsWith(path)) {
        throw new KustomizeError('CYCLE', `cycle detected: URI '${path}' referenced by previous URI '${l.repo.raw}'`);
      }
    }
    const dir = normalize(mount.repoDir);
    const abs = normalize(mount.root);
    if (!this.fs.isDir(abs)) {
      throw new KustomizeError(
        'FILE_NOT_FOUND',
        this.fs.exists(abs)
          ? `'${abs}' refers to file '${basename(abs)}'; expecting directory`
          : `must build at directory: not a valid directory: '${abs}' does not exist`,
        { file: abs },
      );
    }
    const root = this.real(abs);
    if (!isWithin(this.real(dir), root)) {
      throw new KustomizeError('OUTSIDE_ROOT', `"${abs}" refers to directory outside of repo "${dir}"`, { file: abs });
    }
    return new Loader(this.fs, root, 'rootOnly', this, { raw: path, dir: this.real(dir), repo: mount.repo, ref: mount.ref });
  }

  /** Directories from the build root to this one. */
  trail(): string[] {
    const t: string[] = [];
    for (let l: Loader | undefined = this; l; l = l.referrer) t.unshift(l.root);
    return t;
  }
}
