/**
 * A per-build memo of a filesystem's queries. One build asks `exists`, `isDir` and
 * `realPath` about the same paths several times (each resource file is checked by the
 * accumulator, then by the loader's restrictions, which resolve symlinks); on a real disk each
 * answer is one or more system calls (a realpath costs one per path component). The filesystem is
 * assumed not to change during one build, as kustomize assumes.
 *
 * When the filesystem offers `lstat`, a path that is not a symlink is answered from one lstat:
 * it exists, it is a directory or not, and its real path is its parent's real path plus its name.
 * With `readDirKinds` too, a directory is listed once a third entry of it is asked about, and
 * the listing answers for all its entries (a kustomization directory holds the kustomization file
 * and most of its resources). The filesystem's own `exists`, `isDir` and `realPath` are asked
 * only about symlinks (and paths it cannot describe), so the answers are the same.
 */
import type { FileSystem } from './filesystem.js';
import { type BuildInputs, type PathFacts, hashContent, listingKey } from './inputs.js';
import { isClean } from './path.js';

/** A build's view of its filesystem: cached, and able to tell what was asked (src/fs/inputs.ts). */
export interface CachedFs extends FileSystem {
  /** What the build read so far: files with content hashes, and the other answers it got. */
  inputs(): BuildInputs;
}

export function withMetadataCache(fs: FileSystem): CachedFs {
  const exists = new Map<string, boolean>();
  const isDir = new Map<string, boolean>();
  const dirs = new Map<string, string[]>();
  const real = new Map<string, string>();
  const kinds = new Map<string, 'file' | 'dir' | 'symlink' | undefined>();
  const lstat = fs.lstat?.bind(fs);
  const list = fs.readDirKinds?.bind(fs);
  /** Directory listings (entry name to kind), and how many entries of other directories were asked about. */
  const listings = new Map<string, Map<string, 'file' | 'dir' | 'symlink'> | undefined>();
  const asked = new Map<string, number>();
  const kindOf = (p: string): 'file' | 'dir' | 'symlink' | undefined => {
    if (kinds.has(p)) return kinds.get(p);
    let k: 'file' | 'dir' | 'symlink' | undefined;
    const slash = p.lastIndexOf('/');
    const dir = slash === 0 ? '/' : p.slice(0, slash);
    let listing = listings.get(dir);
    if (listing === undefined && list && !listings.has(dir)) {
      // The third entry asked about in a directory, or a kustomization file (whose directory
      // holds most of what the kustomization reads): list it rather than ask more. (A listing
      // costs a few system calls, an lstat one.)
      const n = (asked.get(dir) ?? 0) + 1;
      asked.set(dir, n);
      if (n >= 3 || p.endsWith('/kustomization.yaml')) {
        const entries = list(dir);
        listing = entries ? new Map(entries.map((e) => [e.name, e.kind])) : undefined;
        listings.set(dir, listing);
      }
    }
    if (listing) k = listing.get(p.slice(slash + 1));
    else k = lstat!(p);
    kinds.set(p, k);
    return k;
  };
  // Files read twice (a component or base shared by many kustomizations) are kept after the
  // second read; most files are read once, and are not kept.
  const readOnce = new Set<string>();
  const contents = new Map<string, string | Uint8Array | undefined>();
  /** Content hash of every file read (the inputs of the build). */
  const hashes = new Map<string, string>();
  const contentHash = fs.contentHash?.bind(fs);
  const cached: CachedFs = {
    readFile(p) {
      if (contents.has(p)) {
        const c = contents.get(p);
        return c instanceof Uint8Array ? c.slice() : c;
      }
      const c = fs.readFile(p);
      if (!hashes.has(p)) hashes.set(p, (c !== undefined && contentHash?.(p)) || hashContent(c));
      if (readOnce.has(p)) contents.set(p, c instanceof Uint8Array ? c.slice() : c);
      else readOnce.add(p);
      return c;
    },
    exists(p) {
      let v = exists.get(p);
      if (v === undefined) {
        const k = lstat && isCleanEntry(p) ? kindOf(p) : 'symlink';
        v = k === 'symlink' ? fs.exists(p) : k !== undefined;
        exists.set(p, v);
      }
      return v;
    },
    isDir(p) {
      let v = isDir.get(p);
      if (v === undefined) {
        const k = lstat && isCleanEntry(p) ? kindOf(p) : 'symlink';
        v = k === 'symlink' ? fs.isDir(p) : k === 'dir';
        isDir.set(p, v);
      }
      return v;
    },
    readDir(p) {
      let v = dirs.get(p);
      if (v === undefined) dirs.set(p, (v = fs.readDir(p)));
      return v.slice();
    },
    inputs() {
      const paths = new Map<string, PathFacts>();
      const at = (p: string): PathFacts => {
        let f = paths.get(p);
        if (!f) paths.set(p, (f = {}));
        return f;
      };
      for (const [p, v] of exists) at(p).exists = v;
      for (const [p, v] of isDir) at(p).dir = v;
      for (const [p, v] of real) at(p).real = v;
      for (const [p, v] of dirs) at(p).entries = listingKey(v);
      return { files: new Map(hashes), paths };
    },
  };
  if (fs.realPath) {
    const realPath = fs.realPath.bind(fs);
    const resolve = (p: string): string => {
      let v = real.get(p);
      if (v !== undefined) return v;
      if (p === '/') v = realPath(p);
      else if (lstat && isCleanEntry(p)) {
        const slash = p.lastIndexOf('/');
        const parent = slash === 0 ? '/' : p.slice(0, slash);
        if (!kinds.has(p) && !listings.get(parent) && !real.has(parent)) {
          // Nothing known about the path or its parent (the build's root, typically): one call
          // of the filesystem's realPath (a native realpath on a disk) instead of an lstat per
          // ancestor. No symlink on the way means every ancestor is its own real path.
          v = realPath(p);
          if (v === p) for (let i = slash; i > 0; i = p.lastIndexOf('/', i - 1)) real.set(p.slice(0, i), p.slice(0, i));
        } else {
          // A path that is not a symlink is its parent's real path plus its name.
          const k = kindOf(p);
          if (k === 'file' || k === 'dir') {
            const r = resolve(parent);
            v = (r === '/' ? '' : r) + p.slice(slash);
          } else v = realPath(p);
        }
      } else v = realPath(p);
      real.set(p, v);
      return v;
    };
    cached.realPath = resolve;
  }
  if (fs.resolveRemote) cached.resolveRemote = fs.resolveRemote.bind(fs);
  return cached;
}

/** A normal absolute path other than the root (the paths an lstat or a parent's listing describes). */
function isCleanEntry(p: string): boolean {
  return p !== '/' && isClean(p);
}
