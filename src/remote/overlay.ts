/**
 * The filesystem `load` returns: the caller's filesystem with fetched remote content mounted
 * under a reserved directory, plus the table from each remote URL (as written) to its mount,
 * which the core consults through `FileSystem.resolveRemote`.
 */
import type { FileSystem, RemoteMount } from '../fs/filesystem.js';
import { compareStrings } from '../core/json.js';
import { isWithin, normalize } from '../fs/path.js';

/** Where `load` mounts remote content unless told otherwise. */
export const DEFAULT_MOUNT_PREFIX = '/.kustomize-remote';

/** A filesystem with other filesystems mounted at directories (read-only; mounts shadow the base). */
export class OverlayFs implements FileSystem {
  private readonly mounts = new Map<string, FileSystem>();
  private readonly remotes = new Map<string, RemoteMount>();

  constructor(private readonly base: FileSystem) {}

  /** Mounts `fs` (whose `/` becomes `dir`). */
  mount(dir: string, fs: FileSystem): void {
    this.mounts.set(normalize(dir), fs);
  }

  /** Records where the remote entry `url` (as written in a kustomization) was mounted. */
  setRemote(url: string, mount: RemoteMount): void {
    this.remotes.set(url, mount);
  }

  /** The remote entries and their mounts, sorted by URL. */
  remoteEntries(): { url: string; mount: RemoteMount }[] {
    return [...this.remotes]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([url, mount]) => ({ url, mount }));
  }

  resolveRemote(url: string): RemoteMount | undefined {
    return this.remotes.get(url);
  }

  private route(path: string): { fs: FileSystem; inner: string; dir?: string } {
    const p = normalize(path);
    for (const [dir, fs] of this.mounts) {
      if (isWithin(dir, p)) return { fs, inner: normalize(p.slice(dir.length)), dir };
    }
    return { fs: this.base, inner: p };
  }

  readFile(path: string): string | Uint8Array | undefined {
    const { fs, inner } = this.route(path);
    try {
      return fs.readFile(inner);
    } catch {
      return undefined;
    }
  }
  exists(path: string): boolean {
    const { fs, inner } = this.route(path);
    return fs.exists(inner);
  }
  isDir(path: string): boolean {
    const { fs, inner } = this.route(path);
    return fs.isDir(inner);
  }
  readDir(path: string): string[] {
    const { fs, inner } = this.route(path);
    return fs.readDir(inner);
  }
  realPath(path: string): string {
    const { fs, inner, dir } = this.route(path);
    const real = fs.realPath ? normalize(fs.realPath(inner)) : inner;
    if (dir === undefined) return real;
    return real === '/' ? dir : dir + real;
  }
}
