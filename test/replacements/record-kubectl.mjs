#!/usr/bin/env node
// Records kubectl kustomize (v5.5.0) results for the table-driven replacement and vars tests.
// Usage: node test/replacements/record-kubectl.mjs test/replacements/cases.yaml
//        node test/replacements/record-kubectl.mjs test/vars/cases.yaml
// Reads the YAML case list and writes <same name>.json with `expected` (kubectl's output) or
// `error` (kubectl's error message) per case. Each case has `resources` (YAML documents) and
// `layers`: kustomization bodies applied bottom-up (layer 0 holds the resources, each next layer
// includes the previous one). `errorIncludes`, when given, must occur in kubectl's error.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import YAML from 'yaml';

const src = process.argv[2];
const cases = YAML.parse(fs.readFileSync(src, 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-record-'));
const out = [];
for (const c of cases) {
  const dir = path.join(tmp, c.name);
  const layers = c.layers ?? [c.kustomization ?? ''];
  layers.forEach((body, i) => {
    const d = path.join(dir, `layer${i}`);
    fs.mkdirSync(d, { recursive: true });
    let k = i === 0 ? 'resources: [res.yaml]\n' : `resources: [../layer${i - 1}]\n`;
    k += body;
    fs.writeFileSync(path.join(d, 'kustomization.yaml'), k);
    if (i === 0) fs.writeFileSync(path.join(d, 'res.yaml'), c.resources);
  });
  const root = path.join(dir, `layer${layers.length - 1}`);
  const rec = { ...c };
  try {
    rec.expected = execFileSync('kubectl', ['kustomize', root], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    delete rec.error;
    if (c.errorIncludes) throw new Error(`${c.name}: expected an error, kubectl succeeded`);
  } catch (e) {
    if (e.status === undefined) throw e;
    const stderr = String(e.stderr);
    const m = /err="((?:[^"\\]|\\.)*)"/.exec(stderr) ?? /err=<\n([\s\S]*?)\n >/.exec(stderr);
    rec.error = m ? m[1].replace(/\\"/g, '"').replace(/^\t/gm, '') : stderr.trim();
    delete rec.expected;
    if (!c.errorIncludes) throw new Error(`${c.name}: kubectl failed unexpectedly: ${rec.error}`);
    if (!rec.error.includes(c.errorIncludes)) {
      throw new Error(`${c.name}: kubectl error does not contain ${JSON.stringify(c.errorIncludes)}: ${rec.error}`);
    }
  }
  out.push(rec);
}
const dest = src.replace(/\.yaml$/, '.json');
fs.writeFileSync(dest, JSON.stringify(out, null, 2) + '\n');
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`wrote ${out.length} cases to ${dest}`);
