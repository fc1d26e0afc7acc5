/**
 * A synchronous reader of a git object database (`.git/objects`): loose objects and pack files
 * (index v2, OFS_DELTA and REF_DELTA chains), inflated with zlib in this thread. No checkout, no
 * temporary files, no process per object: a build over a commit reads its trees and blobs the
 * way a build over a checkout reads files (docs/gitops.md, "Reading a commit", has the numbers
 * that chose this over a `git cat-file --batch` process).
 *
 * Every object is checked against its id (SHA-1 of `<type> <size>\0<data>`), so a corrupt object
 * is an error ({@link KustomizeError} `GIT_OBJECT_CORRUPT`), never wrong bytes.
 */
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { inflateSync } from 'node:zlib';
import { KustomizeError } from '../core/errors.js';

export type GitObjectType = 'commit' | 'tree' | 'blob' | 'tag';

export interface GitObject {
  type: GitObjectType;
  data: Buffer;
}

const TYPES: (GitObjectType | undefined)[] = [undefined, 'commit', 'tree', 'blob', 'tag'];

interface Pack {
  /** The pack file. */
  path: string;
  fd: number | undefined;
  /** Windows of the pack read so far, by index (offset / WINDOW). */
  windows: Map<number, Buffer>;
  /** The .idx file, read whole (oids, offsets). */
  idx: Buffer;
  count: number;
  /** Byte offset of the oid table, offsets table and large-offsets table in `idx`. */
  oids: number;
  offsets: number;
  large: number;
  size: number;
}

/** Packs are read in windows of this size (objects are small and stored near each other). */
const WINDOW = 64 << 10;
/** Windows kept per pack (16 MiB). */
const MAX_WINDOWS = 256;

function corrupt(message: string, cause?: unknown): KustomizeError {
  return new KustomizeError('GIT_OBJECT_CORRUPT', message, cause === undefined ? {} : { cause });
}

/** Bytes a zlib stream of `n` inflated bytes can take at most (stored blocks, header, checksum). */
function maxDeflated(n: number): number {
  return n + 5 * Math.ceil(n / 16383 + 1) + 64;
}

export class GitObjectStore {
  private readonly dirs: string[];
  private packs: Pack[] | undefined;
  /** Resolved pack objects by `pack index:offset` (delta bases are read again and again). */
  private readonly byOffset = new Map<string, GitObject>();
  private cachedBytes = 0;
  /** Objects read lately, by id (trees are asked for by several paths). */
  private readonly byId = new Map<string, GitObject>();

  /** @param objectsDir the repository's `objects` directory (alternates are followed). */
  constructor(objectsDir: string) {
    this.dirs = [objectsDir];
    for (let i = 0; i < this.dirs.length && i < 16; i++) {
      let text = '';
      try {
        text = nodeFs.readFileSync(nodePath.join(this.dirs[i]!, 'info', 'alternates'), 'utf8');
      } catch {
        continue;
      }
      for (const line of text.split('\n')) {
        const l = line.trim();
        if (!l || l.startsWith('#')) continue;
        this.dirs.push(nodePath.resolve(this.dirs[i]!, l));
      }
    }
  }

  /** Closes the pack files. The store can be used again (they are reopened). */
  close(): void {
    for (const p of this.packs ?? []) {
      if (p.fd !== undefined) nodeFs.closeSync(p.fd);
      p.fd = undefined;
      p.windows.clear();
    }
    this.packs = undefined;
    this.byOffset.clear();
    this.byId.clear();
    this.cachedBytes = 0;
  }

  /** The object, or undefined when no loose object or pack holds it. Throws GIT_OBJECT_CORRUPT. */
  read(oid: string): GitObject | undefined {
    const hit = this.byId.get(oid);
    if (hit) return hit;
    const o = this.readPacked(oid) ?? this.readLoose(oid);
    if (!o) return undefined;
    this.verify(oid, o);
    if (o.type !== 'blob') this.remember(this.byId, oid, o);
    return o;
  }

  private verify(oid: string, o: GitObject): void {
    const h = createHash('sha1');
    h.update(`${o.type} ${o.data.length}\0`);
    h.update(o.data);
    const got = h.digest('hex');
    if (got !== oid) throw corrupt(`git object ${oid} is corrupt (its content hashes to ${got})`);
  }

  private remember(map: Map<string, GitObject>, key: string, o: GitObject): void {
    if (o.data.length > 1 << 20) return;
    if (this.cachedBytes > 64 << 20) {
      this.byOffset.clear();
      this.byId.clear();
      this.cachedBytes = 0;
    }
    map.set(key, o);
    this.cachedBytes += o.data.length;
  }

  private readLoose(oid: string): GitObject | undefined {
    for (const dir of this.dirs) {
      let raw: Buffer;
      try {
        raw = nodeFs.readFileSync(nodePath.join(dir, oid.slice(0, 2), oid.slice(2)));
      } catch {
        continue;
      }
      let buf: Buffer;
      try {
        buf = inflateSync(raw);
      } catch (e) {
        throw corrupt(`git object ${oid} is corrupt (${(e as Error).message})`, e);
      }
      const nul = buf.indexOf(0);
      const m = nul > 0 ? /^(commit|tree|blob|tag) (\d+)$/.exec(buf.toString('latin1', 0, nul)) : null;
      if (!m || Number(m[2]) !== buf.length - nul - 1) throw corrupt(`git object ${oid} is corrupt (bad header)`);
      return { type: m[1] as GitObjectType, data: buf.subarray(nul + 1) };
    }
    return undefined;
  }

  private loadPacks(): Pack[] {
    const packs: Pack[] = [];
    for (const dir of this.dirs) {
      let names: string[];
      try {
        names = nodeFs.readdirSync(nodePath.join(dir, 'pack'));
      } catch {
        continue;
      }
      for (const n of names.sort()) {
        if (!n.endsWith('.idx')) continue;
        const path = nodePath.join(dir, 'pack', n.slice(0, -4) + '.pack');
        if (!nodeFs.existsSync(path)) continue;
        const idx = nodeFs.readFileSync(nodePath.join(dir, 'pack', n));
        if (idx.length < 8 + 256 * 4 || idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) {
          throw corrupt(`${n}: not a version 2 pack index`);
        }
        const count = idx.readUInt32BE(8 + 255 * 4);
        const oids = 8 + 256 * 4;
        const offsets = oids + count * 20 + count * 4;
        const large = offsets + count * 4;
        if (idx.length < large + 40) throw corrupt(`${n}: truncated pack index`);
        packs.push({ path, fd: undefined, windows: new Map(), idx, count, oids, offsets, large, size: nodeFs.statSync(path).size });
      }
    }
    return packs;
  }

  private readPacked(oid: string): GitObject | undefined {
    this.packs ??= this.loadPacks();
    if (!/^[0-9a-f]{40}$/.test(oid)) return undefined;
    const want = Buffer.from(oid, 'hex');
    for (let p = 0; p < this.packs.length; p++) {
      const pack = this.packs[p]!;
      const off = this.findOffset(pack, want);
      if (off !== undefined) return this.readAt(p, off, 0);
    }
    return undefined;
  }

  private findOffset(pack: Pack, want: Buffer): number | undefined {
    const { idx } = pack;
    const first = want[0]!;
    let lo = first === 0 ? 0 : idx.readUInt32BE(8 + (first - 1) * 4);
    let hi = idx.readUInt32BE(8 + first * 4);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = idx.compare(want, 0, 20, pack.oids + mid * 20, pack.oids + mid * 20 + 20);
      if (c === 0) {
        const o = idx.readUInt32BE(pack.offsets + mid * 4);
        if (!(o & 0x80000000)) return o;
        const k = pack.large + (o & 0x7fffffff) * 8;
        return idx.readUInt32BE(k) * 2 ** 32 + idx.readUInt32BE(k + 4);
      }
      if (c > 0) hi = mid;
      else lo = mid + 1;
    }
    return undefined;
  }

  private fd(pack: Pack): number {
    pack.fd ??= nodeFs.openSync(pack.path, 'r');
    return pack.fd;
  }

  private pread(pack: Pack, offset: number, length: number): Buffer {
    const w = Math.floor(offset / WINDOW);
    if (Math.floor((offset + length - 1) / WINDOW) === w || offset + length > pack.size) {
      let win = pack.windows.get(w);
      if (!win) {
        if (pack.windows.size >= MAX_WINDOWS) pack.windows.clear();
        win = this.preadRaw(pack, w * WINDOW, WINDOW);
        pack.windows.set(w, win);
      }
      const start = offset - w * WINDOW;
      if (start + length <= win.length || w * WINDOW + win.length >= pack.size) return win.subarray(start, start + length);
    }
    return this.preadRaw(pack, offset, length);
  }

  private preadRaw(pack: Pack, offset: number, length: number): Buffer {
    const n = Math.max(0, Math.min(length, pack.size - offset));
    const buf = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const r = nodeFs.readSync(this.fd(pack), buf, got, n - got, offset + got);
      if (r === 0) break;
      got += r;
    }
    return buf.subarray(0, got);
  }

  private readAt(p: number, offset: number, depth: number): GitObject {
    const key = `${p}:${offset}`;
    const hit = this.byOffset.get(key);
    if (hit) return hit;
    const pack = this.packs![p]!;
    if (depth > 10_000) throw corrupt(`${pack.path}: delta chain too deep at offset ${offset}`);
    if (offset < 12 || offset >= pack.size) throw corrupt(`${pack.path}: object offset ${offset} outside the pack`);
    const head = this.pread(pack, offset, 32);
    let i = 0;
    let c = head[i++]!;
    const type = (c >> 4) & 7;
    let size = c & 15;
    let shift = 4;
    while (c & 0x80) {
      if (i >= head.length) throw corrupt(`${pack.path}: bad object header at offset ${offset}`);
      c = head[i++]!;
      size += (c & 0x7f) * 2 ** shift;
      shift += 7;
    }
    let base: GitObject | undefined;
    if (type === 6) {
      c = head[i++]!;
      let rel = c & 0x7f;
      while (c & 0x80) {
        if (i >= head.length) throw corrupt(`${pack.path}: bad delta offset at offset ${offset}`);
        c = head[i++]!;
        rel = (rel + 1) * 128 + (c & 0x7f);
      }
      base = this.readAt(p, offset - rel, depth + 1);
    } else if (type === 7) {
      const baseId = head.toString('hex', i, i + 20);
      i += 20;
      base = this.read(baseId);
      if (!base) throw corrupt(`${pack.path}: delta base ${baseId} is missing`);
    } else if (!TYPES[type]) throw corrupt(`${pack.path}: unknown object type ${type} at offset ${offset}`);
    const zipped = this.pread(pack, offset + i, maxDeflated(size));
    let data: Buffer;
    try {
      data = inflateSync(zipped);
    } catch (e) {
      throw corrupt(`${pack.path}: object at offset ${offset} does not inflate (${(e as Error).message})`, e);
    }
    if (data.length !== size) throw corrupt(`${pack.path}: object at offset ${offset} has ${data.length} bytes, not ${size}`);
    const o: GitObject = base ? { type: base.type, data: applyDelta(base.data, data, pack.path) } : { type: TYPES[type]!, data };
    this.remember(this.byOffset, key, o);
    return o;
  }
}

/** Applies a git delta (copy/insert instructions) to `base`. */
export function applyDelta(base: Buffer, delta: Buffer, where = 'delta'): Buffer {
  let i = 0;
  const varint = (): number => {
    let n = 0;
    let shift = 0;
    let c: number;
    do {
      if (i >= delta.length) throw corrupt(`${where}: truncated delta`);
      c = delta[i++]!;
      n += (c & 0x7f) * 2 ** shift;
      shift += 7;
    } while (c & 0x80);
    return n;
  };
  const srcSize = varint();
  if (srcSize !== base.length) throw corrupt(`${where}: delta base has ${base.length} bytes, the delta expects ${srcSize}`);
  const out = Buffer.allocUnsafe(varint());
  let o = 0;
  while (i < delta.length) {
    const op = delta[i++]!;
    if (op & 0x80) {
      let off = 0;
      let len = 0;
      for (let b = 0; b < 4; b++) if (op & (1 << b)) off += delta[i++]! * 2 ** (8 * b);
      for (let b = 0; b < 3; b++) if (op & (0x10 << b)) len += delta[i++]! * 2 ** (8 * b);
      if (len === 0) len = 0x10000;
      if (off + len > base.length || o + len > out.length) throw corrupt(`${where}: delta copies outside its base`);
      base.copy(out, o, off, off + len);
      o += len;
    } else if (op) {
      if (i + op > delta.length || o + op > out.length) throw corrupt(`${where}: truncated delta`);
      delta.copy(out, o, i, i + op);
      i += op;
      o += op;
    } else throw corrupt(`${where}: delta opcode 0`);
  }
  if (o !== out.length) throw corrupt(`${where}: delta result has ${o} bytes, not ${out.length}`);
  return out;
}
