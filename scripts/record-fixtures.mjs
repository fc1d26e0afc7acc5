#!/usr/bin/env node
// Records the expected output of golden fixtures from the real kustomize (`kubectl kustomize`).
// Run by hand after adding or changing a fixture; never by the tests, never from our own output.
//
// A fixture area is a folder fixtures/<area>/ with `input/` (a kustomization tree) and
// `targets.json`: [{ "name": "...", "dir": "path/under/input", "flags": [], "error": {...} }].
// For each target this writes fixtures/<area>/expected/<name>.yaml (stdout) or, when kustomize
// fails, expected/<name>.err (its message). It rewrites expected/ only. A failing target needs an
// `error` entry in targets.json, written by hand once our error is checked to name the cause that
// kubectl's message names: {"code": "PATCH_FAILED", "file": "overlay/patch.yaml", "field":
// "patches.0", "kustomization": "overlay/kustomization.yaml"} (paths relative to input/; `field`
// when the error is about a kustomization field, `kustomization` when that field is in another
// file than `file`). test/fixtures.test.ts fails on an .err golden without one.
//
// usage: node scripts/record-fixtures.mjs [AREA...]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const version = execFileSync('kubectl', ['version', '--client'], { encoding: 'utf8' })
  .split('\n')
  .find((l) => l.startsWith('Kustomize Version'))
  ?.trim();
const areas = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs.readdirSync(root).filter((a) => fs.existsSync(path.join(root, a, 'targets.json')));

for (const area of areas) {
  const dir = path.join(root, area);
  const targets = JSON.parse(fs.readFileSync(path.join(dir, 'targets.json'), 'utf8'));
  const out = path.join(dir, 'expected');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  for (const t of targets) {
    const r = spawnSync('kubectl', ['kustomize', ...(t.flags ?? []), path.join(dir, 'input', t.dir)], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (r.status === 0) fs.writeFileSync(path.join(out, `${t.name}.yaml`), r.stdout);
    else {
      // Without klog's time/pid prefix and Go pointers, so re-recording gives the same bytes.
      const err = r.stderr
        .replaceAll(dir, '{FIXTURE}')
        .replace(/^E\d{4} [\d:.]+\s+\d+ \S+\] /gm, '')
        .replace(/0xc[0-9a-f]+/g, '0xc000000000');
      fs.writeFileSync(path.join(out, `${t.name}.err`), err);
    }
    const note = r.status !== 0 && !t.error ? ' (declare its "error" in targets.json)' : '';
    console.log(`${area}/${t.name}: ${r.status === 0 ? 'output' : 'error'}${note}`);
  }
  fs.writeFileSync(path.join(out, 'RECORDED_WITH'), `kubectl kustomize (${version})\n`);
}
