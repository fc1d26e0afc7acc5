/**
 * Work bounds: a tree of shared bases that doubles at every level (no cycle, so kustomize walks it
 * all: exponential time) stops at MAX_KUSTOMIZATION_LOADS with LIMIT_EXCEEDED; a small one builds
 * exactly as kubectl builds it.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { isKustomizeError } from '../../src/core/errors.js';
import { MemoryFs } from '../../src/fs/filesystem.js';
import { MAX_KUSTOMIZATION_LOADS } from '../../src/load/loader.js';

/** Levels 0..L-1 of directories x<k> and y<k>, each including both x<k+1> and y<k+1>. */
function diamond(levels: number): MemoryFs {
  const files: Record<string, string> = { '/t/root/kustomization.yaml': 'resources:\n- ../x0\n- ../y0\n' };
  for (let k = 0; k < levels; k++) {
    for (const s of ['x', 'y']) {
      const last = k === levels - 1;
      files[`/t/${s}${k}/kustomization.yaml`] = last
        ? `namePrefix: ${s}-\nresources:\n- cm.yaml\n`
        : `namePrefix: ${s}-\nresources:\n- ../x${k + 1}\n- ../y${k + 1}\n`;
      if (last) files[`/t/${s}${k}/cm.yaml`] = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n';
    }
  }
  return new MemoryFs(files);
}

describe('shared bases included many times over', () => {
  it('five levels build all 32 combinations (as kubectl does)', () => {
    const { resources } = build(diamond(5), '/t/root');
    expect(resources).toHaveLength(32);
    // kubectl's order: legacy sort by name, x-x-x-x-x-c first.
    expect((resources[0]!['metadata'] as { name: string }).name).toBe('x-x-x-x-x-c');
    expect((resources[31]!['metadata'] as { name: string }).name).toBe('y-y-y-y-y-c');
  });
  it(`twenty levels (2^21 kustomization loads) stop after ${MAX_KUSTOMIZATION_LOADS} loads`, () => {
    const t0 = performance.now();
    let err: unknown;
    try {
      build(diamond(20), '/t/root');
    } catch (e) {
      err = e;
    }
    expect(isKustomizeError(err) && err.code).toBe('LIMIT_EXCEEDED');
    expect(performance.now() - t0).toBeLessThan(30_000);
  });
});

/**
 * Budgets (BuildOptions.limits, src/core/limits.ts): input that would make the process run out of
 * memory (V8 aborts the whole process, which no embedder can catch) ends with LIMIT_EXCEEDED
 * instead. kubectl's outcome on the same input is noted for each (kubectl kustomize, v5.5.0).
 */
describe('budgets', () => {
  const K = 'resources:\n- r.yaml\n';
  const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';
  type Outcome = { yaml: string; ms: number } | { code: string; message: string; ms: number };
  const outcome = (files: Record<string, string>, options: Parameters<typeof build>[2] = {}): Outcome => {
    const t0 = performance.now();
    try {
      const r = build(new MemoryFs(Object.fromEntries(Object.entries(files).map(([k, v]) => [`/app/${k}`, v]))), '/app', options);
      return { yaml: r.yaml, ms: performance.now() - t0 };
    } catch (e) {
      if (!isKustomizeError(e)) throw e;
      return { code: e.code, message: e.message, ms: performance.now() - t0 };
    }
  };

  it('a 1 MiB anchored scalar referenced by 200 aliases builds (kubectl: 21 s, 1.5 GB, 210,765,532 bytes)', () => {
    const big = 'x'.repeat(2 ** 20);
    const aliases = Array.from({ length: 200 }, (_, i) => `  a${i + 1}: *a\n`).join('');
    const r = outcome({ 'kustomization.yaml': K, 'r.yaml': CM + `data:\n  a0: &a ${big}\n` + aliases });
    expect('yaml' in r && r.yaml.length).toBe(210_765_532);
    // Over a lower budget, the same input stops with LIMIT_EXCEEDED.
    const limited = outcome({ 'kustomization.yaml': K, 'r.yaml': CM + `data:\n  a0: &a ${big}\n` + aliases }, { limits: { maxAliasExpansionBytes: 64 * 2 ** 20 } });
    expect('code' in limited && limited.code).toBe('LIMIT_EXCEEDED');
    expect('message' in limited && limited.message).toMatch(/limits\.maxAliasExpansionBytes/);
  }, 60_000);

  it('26 JSON 6902 copy operations doubling a map stop quickly (kubectl: no result after 120 s, 12.5 GB)', () => {
    const ops = Array.from({ length: 26 }, (_, i) => `- op: copy\n  from: /data\n  path: /data/c${i}\n`).join('');
    const r = outcome({
      'kustomization.yaml': K + 'patchesJson6902:\n- target: {version: v1, kind: ConfigMap, name: x}\n  path: p.yaml\n',
      'r.yaml': CM + 'data:\n  a: b\n',
      'p.yaml': ops,
    });
    expect('code' in r && r.code).toBe('LIMIT_EXCEEDED');
    expect('message' in r && r.message).toMatch(/limits\.maxNodes/);
    expect(r.ms).toBeLessThan(15_000);
  }, 30_000);

  it('30 replacements copying a map into itself stop quickly (kubectl: no result after 30 s; before: a fatal out-of-memory abort)', () => {
    const repl = Array.from(
      { length: 30 },
      (_, i) => `- source:\n    kind: ConfigMap\n    name: x\n    fieldPath: data\n  targets:\n  - select:\n      kind: ConfigMap\n    fieldPaths:\n    - data.c${i}\n    options:\n      create: true\n`,
    ).join('');
    const r = outcome({ 'kustomization.yaml': K + 'replacements:\n' + repl, 'r.yaml': CM + 'data:\n  a: b\n' });
    expect('code' in r && r.code).toBe('LIMIT_EXCEEDED');
    expect(r.ms).toBeLessThan(20_000);
  }, 30_000);

  it('a var referenced 600 times in one string is LIMIT_EXCEEDED, not "RangeError: Invalid string length" (kubectl: no result after 300 s, 6.5 GB)', () => {
    const r = outcome({
      'kustomization.yaml': K + 'vars:\n- name: V\n  objref:\n    kind: ConfigMap\n    name: src\n    apiVersion: v1\n  fieldref:\n    fieldpath: data.big\n',
      'r.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: src\ndata:\n  big: ' + 'x'.repeat(2 ** 20) + '\n---\n' +
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: i\n    command:\n    - "' + '$(V)'.repeat(600) + '"\n',
    });
    expect('code' in r && r.code).toBe('LIMIT_EXCEEDED');
  }, 30_000);

  it('the output limit: exactly at it builds, one byte less fails', () => {
    const files = { 'kustomization.yaml': K, 'r.yaml': CM + 'data:\n  k: ' + 'v'.repeat(5000) + '\n' };
    const full = outcome(files);
    const n = 'yaml' in full ? full.yaml.length : 0;
    expect(n).toBeGreaterThan(5000);
    expect('yaml' in outcome(files, { limits: { maxOutputBytes: n } })).toBe(true);
    const over = outcome(files, { limits: { maxOutputBytes: n - 1 } });
    expect('code' in over && over.code).toBe('LIMIT_EXCEEDED');
    expect('message' in over && over.message).toMatch(/limits\.maxOutputBytes/);
  });

  it('indentation multiplying deep input is caught by the output limit while printing', () => {
    // 400 levels of flow maps around 20,000 list items: each item prints 800 spaces deep.
    const deep = '{"a":'.repeat(400) + '[' + Array(20000).fill('1').join(',') + ']' + '}'.repeat(400);
    const r = outcome({ 'kustomization.yaml': K, 'r.yaml': CM + 'spec: ' + deep + '\n' }, { limits: { maxOutputBytes: 4 * 2 ** 20 } });
    expect('code' in r && r.code).toBe('LIMIT_EXCEEDED');
  }, 30_000);

  it('the memory, file, node and kustomization budgets are the host\'s to set', () => {
    const files = { 'kustomization.yaml': K, 'r.yaml': CM + 'data:\n  k: ' + 'v'.repeat(5000) + '\n' };
    expect(outcome(files, { limits: { maxMemoryBytes: 1000 } })).toMatchObject({ code: 'LIMIT_EXCEEDED', message: expect.stringMatching(/limits\.maxMemoryBytes/) });
    expect(outcome(files, { limits: { maxFileBytes: 1000 } })).toMatchObject({ code: 'LIMIT_EXCEEDED', message: expect.stringMatching(/limits\.maxFileBytes/) });
    expect(outcome(files, { limits: { maxNodes: 0 } })).toHaveProperty('yaml'); // nothing copied
    const patched = { ...files, 'kustomization.yaml': K + 'patches:\n- target: {kind: ConfigMap}\n  patch: |\n    - op: add\n      path: /data/x\n      value: {a: [1, 2, 3]}\n' };
    expect(outcome(patched, { limits: { maxNodes: 3 } })).toMatchObject({ code: 'LIMIT_EXCEEDED', message: expect.stringMatching(/limits\.maxNodes/) });
    expect(outcome(patched, { limits: { maxNodes: 6 } })).toHaveProperty('yaml');
    let err: unknown;
    try {
      build(diamond(5), '/t/root', { limits: { maxKustomizations: 10 } });
    } catch (e) {
      err = e;
    }
    expect(isKustomizeError(err) && err.message).toMatch(/more than 10 kustomizations.*limits\.maxKustomizations/);
    expect(outcome(files, { limits: { maxOutputBytes: -1 } })).toMatchObject({ code: 'LIMIT_EXCEEDED', message: expect.stringMatching(/invalid build limit maxOutputBytes/) });
  });
});

describe('errors that used to escape as other types', () => {
  it('a JSON syntax error in a patchesJson6902 file is PATCH_FAILED (was SyntaxError; kubectl: "unexpected end of JSON input")', () => {
    let err: unknown;
    try {
      build(
        new MemoryFs({
          '/app/kustomization.yaml': 'resources:\n- r.yaml\npatchesJson6902:\n- target: {version: v1, kind: ConfigMap, name: x}\n  path: p.json\n',
          '/app/r.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n',
          '/app/p.json': '[{"op": "add", "path": "/data", "value": {}',
        }),
        '/app',
      );
    } catch (e) {
      err = e;
    }
    expect(isKustomizeError(err) && [err.code, err.file]).toEqual(['PATCH_FAILED', '/app/p.json']);
    expect((err as Error).message).toMatch(/^decoding \[\{"op"/);
  });
});
