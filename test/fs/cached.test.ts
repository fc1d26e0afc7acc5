import { afterAll, describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFs } from '../../src/node/index.js';
import { MemoryFs } from '../../src/fs/filesystem.js';
import { withMetadataCache } from '../../src/fs/cached.js';

// The per-build cache must answer exactly as the filesystem does, symlinks included.
const tmp = nodeFs.realpathSync(nodeFs.mkdtempSync(path.join(os.tmpdir(), 'kts-cached-')));
afterAll(() => nodeFs.rmSync(tmp, { recursive: true, force: true }));

function tree(): string {
  const root = path.join(tmp, 'root');
  nodeFs.mkdirSync(path.join(root, 'base', 'sub'), { recursive: true });
  nodeFs.mkdirSync(path.join(tmp, 'outside'), { recursive: true });
  nodeFs.writeFileSync(path.join(root, 'base', 'a.yaml'), 'a: 1\n');
  nodeFs.writeFileSync(path.join(root, 'base', 'sub', 'b.yaml'), 'b: 1\n');
  nodeFs.writeFileSync(path.join(tmp, 'outside', 'c.yaml'), 'c: 1\n');
  nodeFs.symlinkSync(path.join(tmp, 'outside'), path.join(root, 'dirlink'));
  nodeFs.symlinkSync(path.join(tmp, 'outside', 'c.yaml'), path.join(root, 'base', 'filelink.yaml'));
  nodeFs.symlinkSync('..', path.join(root, 'base', 'sub', 'up'));
  nodeFs.symlinkSync(path.join(tmp, 'nowhere'), path.join(root, 'dangling'));
  return root;
}

describe('withMetadataCache', () => {
  const root = tree();
  const paths = [
    '/',
    tmp,
    root,
    `${root}/base`,
    `${root}/base/a.yaml`,
    `${root}/base/sub/b.yaml`,
    `${root}/base/filelink.yaml`,
    `${root}/dirlink`,
    `${root}/dirlink/c.yaml`,
    `${root}/dirlink/missing.yaml`,
    `${root}/base/sub/up/a.yaml`,
    `${root}/base/sub/up/sub/up/sub/b.yaml`,
    `${root}/dangling`,
    `${root}/dangling/x`,
    `${root}/missing/deeper/file.yaml`,
    `${root}/base/a.yaml/not-a-dir`,
  ];

  it('answers exists, isDir and realPath as NodeFs does', () => {
    const raw = new NodeFs();
    const cached = withMetadataCache(new NodeFs());
    for (let round = 0; round < 2; round++) {
      for (const p of paths) {
        expect([p, cached.exists(p), cached.isDir(p), cached.realPath!(p)]).toEqual([
          p,
          raw.exists(p),
          raw.isDir(p),
          raw.realPath(p),
        ]);
      }
    }
  });

  it('asks the filesystem about each path once', () => {
    const calls: string[] = [];
    const counting = new NodeFs();
    for (const m of ['exists', 'isDir', 'realPath', 'lstat', 'readDirKinds'] as const) {
      const orig = counting[m].bind(counting) as (p: string) => unknown;
      (counting as unknown as Record<string, unknown>)[m] = (p: string) => {
        calls.push(`${m} ${p}`);
        return orig(p);
      };
    }
    const cached = withMetadataCache(counting);
    const f = `${root}/base/sub/b.yaml`;
    for (let i = 0; i < 3; i++) {
      expect(cached.exists(f) && !cached.isDir(f)).toBe(true);
      expect(cached.realPath!(f)).toBe(f);
    }
    // Paths without symlinks: one lstat (or one listing of the parent) each; the real path of the
    // first directory nothing is known about comes from one realPath (not an lstat per ancestor).
    expect(calls.filter((c) => !c.startsWith('lstat ') && !c.startsWith('readDirKinds '))).toEqual([`realPath ${root}/base/sub`]);
    expect(calls).toContain(`lstat ${f}`);
    expect(new Set(calls).size).toBe(calls.length);
    // More entries of the same directory: it is listed once (at the third), then answers alone.
    const before = calls.length;
    expect(cached.exists(`${root}/base/sub/up`)).toBe(true);
    expect(calls.slice(before)).toEqual([`lstat ${root}/base/sub/up`, `exists ${root}/base/sub/up`]);
    expect(cached.isDir(`${root}/base/sub/nothing`)).toBe(false);
    expect(cached.exists(`${root}/base/sub/other`)).toBe(false);
    expect(calls.slice(before + 2)).toEqual([`readDirKinds ${root}/base/sub`]);
  });

  it('works with filesystems without lstat or realPath', () => {
    const mem = new MemoryFs({ '/app/kustomization.yaml': 'resources: []\n' });
    const cached = withMetadataCache(mem);
    expect(cached.exists('/app/kustomization.yaml')).toBe(true);
    expect(cached.isDir('/app')).toBe(true);
    expect(cached.exists('/app/nope')).toBe(false);
    expect(cached.realPath === undefined).toBe(mem.realPath === undefined);
  });
});

describe('withMetadataCache readFile', () => {
  it('reads a file once more only, then serves copies', () => {
    let reads = 0;
    const mem = new MemoryFs({ '/a/f.txt': 'hello' });
    const base = { ...mem, readFile: (p: string) => (reads++, mem.readFile(p)) } as typeof mem;
    const cached = withMetadataCache(base);
    const texts = [0, 1, 2, 3].map(() => cached.readFile('/a/f.txt'));
    expect(reads).toBe(2);
    expect(texts.map((t) => (typeof t === 'string' ? t : new TextDecoder().decode(t)))).toEqual(['hello', 'hello', 'hello', 'hello']);
    expect(cached.readFile('/a/missing')).toBeUndefined();
  });
});
