/**
 * Golden fixtures: every fixtures/<area>/targets.json target is built in-process from a MemoryFs
 * copy of its input tree and compared byte for byte with the output recorded from kubectl kustomize
 * (scripts/record-fixtures.mjs). A target kustomize failed on must fail with a KustomizeError, of
 * the target's `code` when targets.json gives one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../src/build.js';
import { isKustomizeError } from '../src/core/errors.js';
import type { BuildOptions } from '../src/options.js';
import { firstDiff, memoryFsFromDir } from './helpers.js';

const fixturesDir = path.resolve(__dirname, '..', 'fixtures');

function flagsToOptions(flags: string[]): BuildOptions {
  const o: BuildOptions = {};
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!;
    if (f === '--reorder') o.reorder = flags[++i] as 'legacy' | 'none';
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
    /** The KustomizeError code expected where kustomize fails. */
    code?: string;
  }[];
  const mfs = memoryFsFromDir(path.join(dir, 'input'), '/repo');
  describe(`fixtures/${area}`, () => {
    for (const t of targets) {
      const expectedFile = path.join(dir, 'expected', `${t.name}.yaml`);
      const errFile = path.join(dir, 'expected', `${t.name}.err`);
      test(t.name, () => {
        const opts = flagsToOptions(t.flags ?? []);
        if (fs.existsSync(errFile)) {
          let thrown: unknown;
          try {
            build(mfs, `/repo/${t.dir}`, opts);
          } catch (e) {
            thrown = e;
          }
          expect(isKustomizeError(thrown), `expected a KustomizeError, got ${String(thrown)}`).toBe(true);
          if (t.code) expect((thrown as { code: string }).code).toBe(t.code);
          return;
        }
        const want = fs.readFileSync(expectedFile, 'utf8');
        const got = build(mfs, `/repo/${t.dir}`, opts).yaml;
        if (got !== want) expect.fail(`output differs from kustomize at ${firstDiff(want, got)}`);
      });
    }
  });
}
