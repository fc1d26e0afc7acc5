/**
 * What a build read: every file (with a content hash) and every other question it asked the
 * filesystem (does this path exist, is it a directory, what is in it, where does it really
 * lead), with the answers. A build is a function of these answers, so two filesystems that
 * answer them alike give the same build — which is how `preview` knows an application is
 * unchanged between two revisions without building it twice, and how an embedder knows which
 * files to watch.
 *
 * Recorded by the per-build metadata cache (src/fs/cached.ts), which sees every query anyway;
 * the only extra work is a content hash per file read, taken from the filesystem when it knows
 * one ({@link FileSystem.contentHash}: a git blob id) and otherwise computed (a 64-bit FNV-1a,
 * about 0.2 ms per 100 KB).
 */
import type { FileSystem } from './filesystem.js';
import { withMetadataCache } from './cached.js';

/** The answers a build got for one path (only the questions it asked). */
export interface PathFacts {
  exists?: boolean;
  dir?: boolean;
  /** Its real path (symlinks resolved). */
  real?: string;
  /** Its entry names, sorted and joined with `/` (a listing). */
  entries?: string;
}

export interface BuildInputs {
  /**
   * Files the build read (absolute paths) and their content hashes: the filesystem's own
   * ({@link FileSystem.contentHash}, e.g. a git blob id), else `fnv1a64:` and 16 hex digits of
   * the content. `''` for a read that found nothing.
   */
  readonly files: ReadonlyMap<string, string>;
  /** Every path the build asked about otherwise, with what it learned. */
  readonly paths: ReadonlyMap<string, PathFacts>;
}

/** The hash a build records for contents it read itself. */
export function hashContent(c: string | Uint8Array | undefined): string {
  if (c === undefined) return '';
  // FNV-1a, 64 bits in two 32-bit halves (Math.imul keeps it in integer arithmetic).
  let h0 = 0x2325 | 0;
  let h1 = 0x8422 | 0;
  let h2 = 0x9ce4 | 0;
  let h3 = 0xcbf2 | 0;
  const n = c.length;
  const str = typeof c === 'string';
  for (let i = 0; i < n; i++) {
    const v = str ? (c as string).charCodeAt(i) : (c as Uint8Array)[i]!;
    h0 ^= v;
    // multiply by the 64-bit FNV prime 0x100000001b3, in 16-bit limbs
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    h1 = t1 + (t0 >>> 16);
    h0 = t0 & 0xffff;
    h2 = t2 + (h1 >>> 16);
    h1 &= 0xffff;
    h3 = (t3 + (h2 >>> 16)) & 0xffff;
    h2 &= 0xffff;
  }
  const hex = (x: number) => x.toString(16).padStart(4, '0');
  return `fnv1a64:${hex(h3)}${hex(h2)}${hex(h1)}${hex(h0)}`;
}

/** The hash of the file at `path` as a build over `fs` would record it. */
export function fileHash(fs: FileSystem, path: string): string {
  const h = fs.contentHash?.(path);
  return h !== undefined ? h : hashContent(fs.readFile(path));
}

/**
 * True when `fs` answers every question of `inputs` as the filesystem of the build did: a build
 * of the same path with the same options over `fs` would read the same bytes, hence give the
 * same result. (False is only "maybe not": hashes of different kinds never compare equal.)
 */
export function inputsMatch(inputs: BuildInputs, fs: FileSystem): boolean {
  const c = withMetadataCache(fs);
  for (const [p, f] of inputs.paths) {
    if (f.exists !== undefined && c.exists(p) !== f.exists) return false;
    if (f.dir !== undefined && c.isDir(p) !== f.dir) return false;
    if (f.real !== undefined && (c.realPath ? c.realPath(p) : p) !== f.real) return false;
    if (f.entries !== undefined && listingKey(c.readDir(p)) !== f.entries) return false;
  }
  for (const [p, h] of inputs.files) {
    const other = h.startsWith('fnv1a64:') ? hashContent(fs.readFile(p)) : fs.contentHash?.(p) ?? hashContent(fs.readFile(p));
    if (other !== h) return false;
  }
  return true;
}

/** A directory listing as one comparable string. */
export function listingKey(names: string[]): string {
  return [...names].sort().join('/');
}
