/**
 * Golden fixtures: every fixtures/<area>/targets.json target is built in-process from a MemoryFs
 * copy of its input tree and compared byte for byte with the output recorded from kubectl kustomize
 * (scripts/record-fixtures.mjs). A target kustomize failed on (expected/<name>.err) must fail with
 * the KustomizeError its `error` entry declares: the code, the file (relative to the area's
 * input/), the field path when the error is about a kustomization field, and the kustomization
 * that field belongs to when that is another file. The declaration is written by hand after
 * checking that our error names the cause kubectl's recorded message names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { type KustomizeError, isKustomizeError } from '../src/core/errors.js';
import type { BuildOptions } from '../src/options.js';
import { firstDiff, memoryFsFromDir } from './helpers.js';
import { createHelmRenderer } from '../src/node/helm.js';
import { helmOrSkip } from './helm/helm-env.js';

const fixturesDir = path.resolve(__dirname, '..', 'fixtures');
const MOUNT = '/repo';

/** What a failing target must throw; paths are relative to the area's input/ directory. */
interface ErrorExpectation {
  code: string;
  file: string;
  /** Dotted field path, e.g. `patches.0.target`; absent when the error names no field. */
  field?: string;
  /** The kustomization `field` belongs to, when that is not `file`. */
  kustomization?: string;
}

interface FixtureTarget {
  name: string;
  dir: string;
  flags?: string[];
  error?: ErrorExpectation;
  /** An Argo CD Helm source's helm arguments (test/helm/argo.test.ts), not a build. */
  helmTemplate?: string[];
}

/** Build options for a target's kubectl flags; `{HELM}` stands for the helm binary (`helm`). */
function flagsToOptions(flags: string[], helm?: string): BuildOptions {
  const o: BuildOptions = {};
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!;
    if (f === '--reorder') o.reorder = flags[++i] as 'legacy' | 'none';
    else if (f === '--enable-helm') {
      o.enableHelm = true;
      o.helmRenderer = createHelmRenderer();
    } else if (f === '--helm-command') {
      const v = flags[++i]!;
      o.helmCommand = v === '{HELM}' ? helm : v;
    } else if (f === '--helm-api-versions') o.helmApiVersions = [...(o.helmApiVersions ?? []), flags[++i]!];
    else if (f === '--helm-kube-version') o.helmKubeVersion = flags[++i]!;
    else if (f === '--helm-debug') o.helmDebug = true;
    else if (f === '--load-restrictor') o.loadRestrictions = flags[++i] === 'LoadRestrictionsNone' ? 'none' : 'rootOnly';
    else if (f === '--enable-managedby-label') o.enableManagedByLabel = true;
    else throw new Error(`unknown flag ${f}`);
  }
  return o;
}

/** A path under the mount, relative to it (the form targets.json uses); other paths unchanged. */
function relative(p: string | undefined): string | undefined {
  if (p === undefined) return undefined;
  if (p === MOUNT) return '.';
  return p.startsWith(`${MOUNT}/`) ? p.slice(MOUNT.length + 1) : p;
}

/** The error as an expectation, to compare with the declared one. */
function describeError(e: KustomizeError): ErrorExpectation {
  const got: ErrorExpectation = { code: e.code, file: relative(e.file) ?? '(none)' };
  if (e.field && e.field.length) got.field = e.field.join('.');
  if (e.kustomization && e.kustomization.file !== e.file) got.kustomization = relative(e.kustomization.file);
  return got;
}

const areas = fs.readdirSync(fixturesDir).filter((a) => fs.existsSync(path.join(fixturesDir, a, 'targets.json')));

for (const area of areas) {
  const dir = path.join(fixturesDir, area);
  const targets = JSON.parse(fs.readFileSync(path.join(dir, 'targets.json'), 'utf8')) as FixtureTarget[];
  const mfs = memoryFsFromDir(path.join(dir, 'input'), MOUNT);
  describe(`fixtures/${area}`, () => {
    for (const t of targets) {
      if (t.helmTemplate) continue; // an Argo CD Helm source (test/helm/argo.test.ts)
      const expectedFile = path.join(dir, 'expected', `${t.name}.yaml`);
      const errFile = path.join(dir, 'expected', `${t.name}.err`);
      const needsHelm = (t.flags ?? []).includes('{HELM}');
      const helm = needsHelm ? helmOrSkip() : undefined;
      (needsHelm && !helm ? test.skip : test)(t.name, async () => {
        // Helm targets block on helm processes: yield first, so the worker answers vitest's RPC.
        if (needsHelm) await new Promise((r) => setImmediate(r));
        const opts = flagsToOptions(t.flags ?? [], helm);
        if (fs.existsSync(errFile)) {
          if (!t.error) {
            expect.fail(
              `kustomize fails on ${area}/${t.name} (expected/${t.name}.err): declare the error we must throw ` +
                `in targets.json, e.g. "error": {"code": "...", "file": "...", "field": "..."}`,
            );
          }
          let thrown: unknown;
          try {
            build(mfs, `${MOUNT}/${t.dir}`, opts);
          } catch (e) {
            thrown = e;
          }
          if (thrown === undefined) expect.fail(`kustomize fails (${fs.readFileSync(errFile, 'utf8').trim()}), we built it`);
          if (!isKustomizeError(thrown)) throw thrown;
          expect(describeError(thrown), thrown.message).toEqual(t.error);
          return;
        }
        if (t.error) expect.fail(`targets.json declares an error, but kustomize succeeds (expected/${t.name}.yaml)`);
        const want = fs.readFileSync(expectedFile, 'utf8');
        const got = build(mfs, `${MOUNT}/${t.dir}`, opts).yaml;
        if (got !== want) expect.fail(`output differs from kustomize at ${firstDiff(want, got)}`);
      });
    }
  });
}
