/**
 * Golden fixtures: every fixtures/<area>/targets.json target is built in-process from a MemoryFs
 * copy of its input tree and compared byte for byte with the output recorded from kubectl kustomize
 * (scripts/record-fixtures.mjs). A target kustomize failed on must fail with a KustomizeError.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { isKustomizeError } from '../src/core/errors.js';
import type { BuildOptions } from '../src/options.js';
import { firstDiff, memoryFsFromDir } from './helpers.js';
import { createHelmRenderer } from '../src/node/helm.js';
import { helmOrSkip } from './helm/helm-env.js';

const fixturesDir = path.resolve(__dirname, '..', 'fixtures');

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

const areas = fs.readdirSync(fixturesDir).filter((a) => fs.existsSync(path.join(fixturesDir, a, 'targets.json')));

for (const area of areas) {
  const dir = path.join(fixturesDir, area);
  const targets = JSON.parse(fs.readFileSync(path.join(dir, 'targets.json'), 'utf8')) as {
    name: string;
    dir: string;
    flags?: string[];
    helmTemplate?: string[];
  }[];
  const mfs = memoryFsFromDir(path.join(dir, 'input'), '/repo');
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
          let thrown: unknown;
          try {
            build(mfs, `/repo/${t.dir}`, opts);
          } catch (e) {
            thrown = e;
          }
          expect(isKustomizeError(thrown), `expected a KustomizeError, got ${String(thrown)}`).toBe(true);
          return;
        }
        const want = fs.readFileSync(expectedFile, 'utf8');
        const got = build(mfs, `/repo/${t.dir}`, opts).yaml;
        if (got !== want) expect.fail(`output differs from kustomize at ${firstDiff(want, got)}`);
      });
    }
  });
}
