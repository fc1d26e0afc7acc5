/**
 * Overrides, post-build substitution and Flux rendering against kubectl kustomize: every case of
 * cases.yaml was recorded by record-kubectl.mjs from a hand-written tree (the kustomization as
 * `kustomize edit` leaves it, the resources with variables substituted); the feature under test,
 * run on the original tree, must give the same bytes.
 *
 * Overrides also pass the equivalence check: build-with-override equals build-after-edit (the
 * kustomization edited with the src/edit functions, then built), and the edited kustomization
 * decodes to the same kustomization as the hand-written one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../../src/build.js';
import { deepEqual, type Json } from '../../src/core/json.js';
import { MemoryFs } from '../../src/fs/filesystem.js';
import { applyOverridesToText, type KustomizeOverrides } from '../../src/gitops/overrides.js';
import { renderGitOps } from '../../src/gitops/render.js';
import { decodeKustomization } from '../../src/load/kustomization.js';
import { firstDiff } from '../helpers.js';

interface Case {
  name: string;
  kind: 'overrides' | 'postbuild' | 'render';
  fixture?: boolean;
  target: string;
  files?: Record<string, string>;
  expectedFiles?: Record<string, string>;
  overrides?: KustomizeOverrides;
  substitute?: Record<string, string>;
  gitops?: string;
  expected: string;
}

const cases = JSON.parse(fs.readFileSync(path.join(__dirname, 'cases.json'), 'utf8')) as Case[];

function readTree(dir: string, prefix: string, out: Record<string, Uint8Array> = {}, rel = ''): Record<string, Uint8Array> {
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) readTree(dir, prefix, out, r);
    else out[`${prefix}/${r}`] = new Uint8Array(fs.readFileSync(path.join(dir, r)));
  }
  return out;
}

const fixture = readTree(path.resolve(__dirname, '..', '..', 'fixtures', 'gitops', 'input'), '/repo');

function treeOf(c: Case, extra: Record<string, string> = {}): MemoryFs {
  const files: Record<string, string | Uint8Array> = c.fixture ? { ...fixture } : {};
  for (const [rel, text] of Object.entries({ ...(c.files ?? {}), ...extra })) files[`/repo/${rel}`] = text;
  return new MemoryFs(files);
}

function same(got: string, want: string): void {
  if (got !== want) expect.fail(`output differs from kubectl at ${firstDiff(want, got)}`);
}

describe('overrides (Argo CD spec.source.kustomize)', () => {
  for (const c of cases.filter((x) => x.kind === 'overrides')) {
    test(c.name, () => {
      const root = `/repo/${c.target}`;
      // Build with the overrides: no file is written.
      const mfs = treeOf(c);
      const kfile = `${c.target}/kustomization.yaml`;
      const original = mfs.readFile(`/repo/${kfile}`);
      same(build(mfs, root, { overrides: c.overrides }).yaml, c.expected);
      expect(mfs.readFile(`/repo/${kfile}`)).toEqual(original);

      // The same edits through src/edit, written, then built: identical bytes.
      const text = new TextDecoder().decode(original as Uint8Array);
      const edited = applyOverridesToText(text, c.overrides!, {
        componentExists: (p) => mfs.isDir(path.posix.resolve(root, p)),
      });
      same(build(treeOf(c, { [kfile]: edited }), root).yaml, c.expected);

      // And the edited kustomization is the one `kustomize edit` would leave (hand-written).
      const want = decodeKustomization(c.expectedFiles![kfile]!, kfile).k;
      const got = decodeKustomization(edited, kfile).k;
      expect(deepEqual(got as unknown as Json, want as unknown as Json), `edited:\n${edited}`).toBe(true);
    });
  }
});

describe('post-build substitution', () => {
  for (const c of cases.filter((x) => x.kind === 'postbuild')) {
    test(c.name, () => {
      const r = build(treeOf(c), `/repo/${c.target}`, { postBuild: { substitute: c.substitute! } });
      same(r.yaml, c.expected);
    });
  }
});

describe('render (Flux)', () => {
  for (const c of cases.filter((x) => x.kind === 'render')) {
    test(c.name, () => {
      const r = renderGitOps(treeOf(c), c.gitops!, { repoRoot: '/repo' });
      expect(r.objects).toHaveLength(1);
      same(r.objects[0]!.yaml, c.expected);
    });
  }
});
