#!/usr/bin/env node
// Records the expected output of golden fixtures from the real kustomize (`kubectl kustomize`).
// Run by hand after adding or changing a fixture; never by the tests, never from our own output.
//
// A fixture area is a folder fixtures/<area>/ with `input/` (a kustomization tree) and
// `targets.json`: [{ "name": "...", "dir": "path/under/input", "flags": [], "code": "..." }] ("code",
// optional: the KustomizeError code test/fixtures.test.ts expects where kustomize fails).
// For each target this writes fixtures/<area>/expected/<name>.yaml (stdout) or, when kustomize
// fails, expected/<name>.err (its message; the test then only requires that we fail too).
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
    else fs.writeFileSync(path.join(out, `${t.name}.err`), r.stderr.replaceAll(dir, '{FIXTURE}'));
    console.log(`${area}/${t.name}: ${r.status === 0 ? 'output' : 'error'}`);
  }
  fs.writeFileSync(path.join(out, 'RECORDED_WITH'), `kubectl kustomize (${version})\n`);
}
