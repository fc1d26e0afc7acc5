/**
 * A per-build memo of a filesystem's metadata queries. One build asks `exists`, `isDir` and
 * `realPath` about the same paths several times (each resource file is checked by the
 * accumulator, then by the loader's restrictions); on a real disk each answer is a system call.
 * The filesystem is assumed not to change during one build, as kustomize assumes.
 */
import type { FileSystem } from './filesystem.js';

export function withMetadataCache(fs: FileSystem): FileSystem {
  const exists = new Map<string, boolean>();
  const isDir = new Map<string, boolean>();
  const dirs = new Map<string, string[]>();
  const real = new Map<string, string>();
  const cached: FileSystem = {
    readFile: (p) => fs.readFile(p),
    exists(p) {
      let v = exists.get(p);
      if (v === undefined) exists.set(p, (v = fs.exists(p)));
      return v;
    },
    isDir(p) {
      let v = isDir.get(p);
      if (v === undefined) isDir.set(p, (v = fs.isDir(p)));
      return v;
    },
    readDir(p) {
      let v = dirs.get(p);
      if (v === undefined) dirs.set(p, (v = fs.readDir(p)));
      return v.slice();
    },
  };
  if (fs.realPath) {
    const realPath = fs.realPath.bind(fs);
    cached.realPath = (p) => {
      let v = real.get(p);
      if (v === undefined) real.set(p, (v = realPath(p)));
      return v;
    };
  }
  if (fs.resolveRemote) cached.resolveRemote = fs.resolveRemote.bind(fs);
  return cached;
}
