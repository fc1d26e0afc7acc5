#!/usr/bin/env node
// Records kubectl kustomize (v5.5.0) output for test/gitops/cases.yaml into cases.json.
// Usage: node test/gitops/record-kubectl.mjs
// For each case the tree is (fixtures/gitops/input when `fixture: true`) + `files` +
// `expectedFiles` (hand-written: the kustomization as `kustomize edit` leaves it, or resources
// with variables substituted); `kubectl kustomize <target> <flags>` is stored as `expected`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.resolve(here, '..', '..', 'fixtures', 'gitops', 'input');
const src = path.join(here, 'cases.yaml');
const cases = YAML.parse(fs.readFileSync(src, 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-gitops-'));
const out = [];
for (const c of cases) {
  const dir = path.join(tmp, c.name);
  if (c.fixture) fs.cpSync(fixture, dir, { recursive: true });
  for (const [rel, text] of Object.entries({ ...(c.files ?? {}), ...(c.expectedFiles ?? {}) })) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  const expected = execFileSync('kubectl', ['kustomize', path.join(dir, c.target), ...(c.flags ?? [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  out.push({ ...c, expected });
}
fs.writeFileSync(src.replace(/\.yaml$/, '.json'), JSON.stringify(out, null, 2) + '\n');
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`wrote ${out.length} cases`);
