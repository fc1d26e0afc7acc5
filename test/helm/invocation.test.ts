/**
 * The helm calls themselves: for every fixtures/helm target, kustomize's calls were recorded
 * through a logging wrapper (expected/<name>.helm.txt: arguments, HELM_* variables, the values
 * files it wrote). A build of the same tree on the disk through the Node renderer must make the
 * same calls, byte for byte (temporary directories and machine paths normalised). Targets where
 * kustomize pulls a chart are left out: kustomize-ts pulls through the load step's resolver.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDir } from '../../src/node/index.js';
import { createHelmRenderer } from '../../src/node/helm.js';
import { isKustomizeError } from '../../src/core/errors.js';
import type { BuildOptions } from '../../src/options.js';
import { helmOrSkip } from './helm-env.js';
// @ts-expect-error: a JavaScript module shared with the scripts
import { makeHelmWrapper, normalizeHelmText } from '../../scripts/lib/helm-tools.mjs';
import { firstDiff } from '../helpers.js';

const area = path.resolve(__dirname, '..', '..', 'fixtures', 'helm');
const targets = JSON.parse(fs.readFileSync(path.join(area, 'targets.json'), 'utf8')) as {
  name: string;
  dir: string;
  flags: string[];
}[];
const helm = helmOrSkip();
const wrapper = helm ? makeHelmWrapper(helm) : undefined;
afterAll(() => wrapper?.dispose());

function options(flags: string[], command: string): BuildOptions {
  const o: BuildOptions = { helmRenderer: createHelmRenderer() };
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!;
    if (f === '--enable-helm') o.enableHelm = true;
    else if (f === '--helm-command') o.helmCommand = (i++, command);
    else if (f === '--helm-api-versions') o.helmApiVersions = [...(o.helmApiVersions ?? []), flags[++i]!];
    else if (f === '--helm-kube-version') o.helmKubeVersion = flags[++i]!;
    else if (f === '--helm-debug') o.helmDebug = true;
    else if (f === '--load-restrictor') o.loadRestrictions = flags[++i] === 'LoadRestrictionsNone' ? 'none' : 'rootOnly';
    else if (f === '--reorder') o.reorder = flags[++i] as 'legacy' | 'none';
    else throw new Error(`unknown flag ${f}`);
  }
  return o;
}

describe('helm calls match kustomize', () => {
  for (const t of targets) {
    const logFile = path.join(area, 'expected', `${t.name}.helm.txt`);
    if (!fs.existsSync(logFile)) continue;
    const want = fs.readFileSync(logFile, 'utf8');
    if (want.includes('\nhelm pull ') || want.startsWith('helm pull ')) continue;
    (wrapper ? test : test.skip)(t.name, async () => {
      await new Promise((r) => setImmediate(r)); // helm blocks this worker: let it answer vitest first
      wrapper!.read();
      try {
        buildDir(path.join(area, 'input', t.dir), options(t.flags, wrapper!.command));
      } catch (e) {
        if (!isKustomizeError(e)) throw e;
      }
      const got = normalizeHelmText(wrapper!.read(), { fixtureDir: path.join(area, 'input'), helm: wrapper!.command });
      if (got !== want) expect.fail(`helm calls differ from kustomize's at ${firstDiff(want, got)}`);
    });
  }
});
