#!/usr/bin/env node
// Records the patch-engine fixtures from the real kustomize: writes every case of cases.mjs and
// the seeded fuzz batches of fuzz.mjs to fixtures/patch/input/<name>/, runs `kubectl kustomize`
// on each, and stores stdout in fixtures/patch/expected/<name>.yaml (or the error message in
// <name>.err). Expected files come only from kubectl, never from our code.
//
// Usage (from the repository root): node test/patch/record-fixtures.mjs [path/to/kubectl]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { smpCases, jsonCases } from './cases.mjs';
import { fuzzBatch } from './fuzz.mjs';

const kubectl = process.argv[2] ?? 'kubectl';
const version = /Kustomize Version: (\S+)/.exec(execFileSync(kubectl, ['version', '--client'], { encoding: 'utf8' }))?.[1];
if (version !== 'v5.5.0') throw new Error(`kubectl embeds kustomize ${version}, expected v5.5.0`);

const root = path.join('fixtures', 'patch');
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(path.join(root, 'input'), { recursive: true });
fs.mkdirSync(path.join(root, 'expected'), { recursive: true });

const indent = (text, n) =>
  text
    .split('\n')
    .map((l) => (l === '' ? l : ' '.repeat(n) + l))
    .join('\n');

function kustomization(c) {
  const lines = ['resources:', '- resources.yaml'];
  if (c.openapi) lines.push('openapi:', '  path: schema.yaml');
  const type = c.type ?? 'smp';
  if (type === 'psm') lines.push('patchesStrategicMerge:', '- patch.yaml');
  else {
    lines.push('patches:', '- path: patch.yaml');
    if (c.target) {
      lines.push('  target:');
      for (const [k, v] of Object.entries(c.target)) lines.push(`    ${k}: ${v}`);
    }
    if (c.options) {
      lines.push('  options:');
      for (const [k, v] of Object.entries(c.options)) lines.push(`    ${k}: ${v}`);
    }
  }
  return lines.join('\n') + '\n';
}

const targets = [];
function record(c) {
  const dir = path.join(root, 'input', c.name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'kustomization.yaml'), kustomization(c));
  fs.writeFileSync(path.join(dir, 'resources.yaml'), c.resources);
  fs.writeFileSync(path.join(dir, 'patch.yaml'), c.patch);
  if (c.openapi) fs.writeFileSync(path.join(dir, 'schema.yaml'), c.openapi);
  if (c.note) fs.writeFileSync(path.join(dir, 'NOTE'), c.note + '\n');
  const res = spawnSync(kubectl, ['kustomize', dir], { encoding: 'utf8' });
  if (res.status === 0) {
    fs.writeFileSync(path.join(root, 'expected', `${c.name}.yaml`), res.stdout);
  } else {
    // kubectl prints: E... run.go:72] "command failed" err="<message>"
    const m = /err=(".*")\s*$/s.exec(res.stderr.trim()) ?? /err=<\n([\s\S]*)\n\s*>\s*$/.exec(res.stderr.trim());
    let msg = res.stderr.trim();
    if (m) msg = m[1].startsWith('"') ? JSON.parse(m[1]) : m[1].replace(/^\t/gm, '');
    fs.writeFileSync(path.join(root, 'expected', `${c.name}.err`), msg + '\n');
  }
  targets.push({ name: c.name, dir: c.name, group: c.group });
  process.stdout.write(res.status === 0 ? '.' : 'E');
}

for (const c of smpCases) record(c);
for (const c of jsonCases) record(c);
for (let b = 0; b < 8; b++) record({ group: 'fuzz (seeded random cases)', name: `fuzz-clean-${b}`, note: 'seeded random SMP cases (fuzz.mjs)', ...fuzzBatch(1000 + b, 60, false) });
for (let b = 0; b < 40; b++) record({ group: 'fuzz (seeded random cases)', name: `fuzz-quirky-${b}`, note: 'seeded random SMP cases with kyaml corner cases (fuzz.mjs)', ...fuzzBatch(2000 + b, 12, true) });

fs.writeFileSync(path.join(root, 'targets.json'), JSON.stringify(targets, null, 2) + '\n');
process.stdout.write(`\nrecorded ${targets.length} cases in ${root} with kustomize ${version}\n`);
