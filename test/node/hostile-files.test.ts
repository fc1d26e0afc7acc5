/**
 * Files that are not regular files, and files too large, on the real filesystem (NodeFs).
 *
 * kubectl's outcome, observed with `kubectl kustomize` (kustomize v5.5.0) on the same layouts:
 * - a named pipe (FIFO) as a resource, the kustomization, a generator file or a patch: kubectl
 *   blocks forever in open(2) waiting for a writer (killed by `timeout` after 5 s);
 * - `resources: [/dev/zero]` with `--load-restrictor LoadRestrictionsNone`: kubectl reads without
 *   bound until memory runs out.
 * kustomize-ts refuses them at once with FILE_NOT_FOUND naming what the file is (an intended
 * difference: docs/compatibility.md), and a file larger than limits.maxFileBytes with
 * LIMIT_EXCEEDED before reading it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKustomizeError } from '../../src/core/errors.js';
import { buildDir, NodeFs } from '../../src/node/index.js';

const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';

let dir = '';
const canFifo = (() => {
  try {
    execFileSync('mkfifo', ['--help'], { stdio: 'ignore' });
    return process.platform !== 'win32';
  } catch {
    return false;
  }
})();

function tree(name: string, files: Record<string, string | 'FIFO'>): string {
  const root = path.join(dir, name);
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    if (content === 'FIFO') execFileSync('mkfifo', [p]);
    else fs.writeFileSync(p, content);
  }
  return root;
}

function outcome(root: string, options: Parameters<typeof buildDir>[1] = {}): { code: string; message: string; ms: number } | { yaml: string; ms: number } {
  const t0 = performance.now();
  try {
    const { yaml } = buildDir(root, options);
    return { yaml, ms: performance.now() - t0 };
  } catch (e) {
    if (!isKustomizeError(e)) throw e;
    return { code: e.code, message: e.message, ms: performance.now() - t0 };
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-hostile-files-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!canFifo)('named pipes are refused at once (kubectl blocks forever)', () => {
  const cases: [string, Record<string, string | 'FIFO'>][] = [
    ['a resource', { 'kustomization.yaml': 'resources:\n- r.yaml\n', 'r.yaml': 'FIFO' }],
    ['the kustomization', { 'kustomization.yaml': 'FIFO' }],
    ['a generator file', { 'kustomization.yaml': 'configMapGenerator:\n- name: g\n  files:\n  - data.txt\n', 'data.txt': 'FIFO' }],
    ['a generator env file', { 'kustomization.yaml': 'configMapGenerator:\n- name: g\n  envs:\n  - a.env\n', 'a.env': 'FIFO' }],
    ['a patch', { 'kustomization.yaml': 'resources:\n- r.yaml\npatches:\n- path: p.yaml\n', 'r.yaml': CM, 'p.yaml': 'FIFO' }],
    ['a strategic-merge patch', { 'kustomization.yaml': 'resources:\n- r.yaml\npatchesStrategicMerge:\n- p.yaml\n', 'r.yaml': CM, 'p.yaml': 'FIFO' }],
  ];
  for (const [what, files] of cases) {
    it(what, () => {
      const root = tree(what.replaceAll(' ', '-'), files);
      const r = outcome(root);
      expect(r.ms).toBeLessThan(2000);
      expect('code' in r && r.code, JSON.stringify(r)).toBe('FILE_NOT_FOUND');
      expect('message' in r && r.message).toMatch(/is a named pipe \(FIFO\): only regular files are read/);
    });
  }
});

describe('devices and sizes', () => {
  it.skipIf(!fs.existsSync('/dev/zero'))('/dev/zero with LoadRestrictionsNone is refused (kubectl reads it until memory runs out)', () => {
    const root = tree('zero', { 'kustomization.yaml': 'resources:\n- /dev/zero\n' });
    const r = outcome(root, { loadRestrictions: 'none' });
    expect('code' in r && r.code).toBe('FILE_NOT_FOUND');
    expect('message' in r && r.message).toMatch(/is a character device: only regular files are read/);
  });

  it('a file over limits.maxFileBytes is refused before it is read; at the limit it builds', () => {
    const root = tree('size', { 'kustomization.yaml': 'resources:\n- r.yaml\n', 'r.yaml': CM + 'data:\n  k: ' + 'v'.repeat(4000) + '\n' });
    const size = fs.statSync(path.join(root, 'r.yaml')).size;
    const over = outcome(root, { limits: { maxFileBytes: size - 1 } });
    expect('code' in over && over.code).toBe('LIMIT_EXCEEDED');
    expect('message' in over && over.message).toMatch(/limits\.maxFileBytes/);
    expect('yaml' in outcome(root, { limits: { maxFileBytes: size } })).toBe(true);
  });

  it('NodeFs alone: a FIFO throws, a directory and a missing file are undefined, large files read whole', () => {
    const root = tree('direct', { 'big.bin': 'x'.repeat(700 * 1024) + 'é', 'sub/a': 'a' });
    const nfs = new NodeFs();
    const big = nfs.readFile(path.join(root, 'big.bin'));
    expect(big).toBeInstanceOf(Uint8Array);
    expect((big as Uint8Array).length).toBe(700 * 1024 + 2);
    expect(nfs.readFile(path.join(root, 'sub'))).toBeUndefined();
    expect(nfs.readFile(path.join(root, 'missing'))).toBeUndefined();
    expect(() => new NodeFs({ maxFileBytes: 1000 }).readFile(path.join(root, 'big.bin'))).toThrow(/limits\.maxFileBytes/);
    if (canFifo) {
      execFileSync('mkfifo', [path.join(root, 'pipe')]);
      expect(() => nfs.readFile(path.join(root, 'pipe'))).toThrow(/named pipe/);
    }
  });
});
