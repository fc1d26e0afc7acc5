/** Test helpers: load a directory of the real filesystem into a MemoryFs, so tests exercise the pure core. */
import fs from 'node:fs';
import path from 'node:path';
import { MemoryFs } from '../src/fs/filesystem.js';

export function memoryFsFromDir(dir: string, mountAt = '/'): MemoryFs {
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p, r);
      else files[path.posix.join(mountAt, r)] = new Uint8Array(fs.readFileSync(p));
    }
  };
  walk(dir, '');
  return new MemoryFs(files);
}

/** First differing line of two texts, for readable failures. */
export function firstDiff(want: string, got: string): string {
  const a = want.split('\n');
  const b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  want: ${JSON.stringify(a[i])}\n  got:  ${JSON.stringify(b[i])}`;
  }
  return 'identical';
}
