#!/usr/bin/env node
// In-process conformance: builds every case of ../shared/conformance and ../shared/realworld with
// the built library (dist/), compares bytes with kustomize's recorded output, prints a per-feature
// table and, as its last lines, `conformance: P/T passed (X%)` and `realworld: P/T passed (X%)`.
// Skips cleanly when ../shared is absent.
//
// usage: node scripts/conformance.mjs [--corpus conformance|realworld|all] [--filter SUBSTR]
//          [--features a,b] [--verbose] [--json FILE] [--shared DIR]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..');

const args = process.argv.slice(2);
const opt = { corpus: 'all', verbose: false, shared: path.resolve(projectRoot, '..', 'shared') };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--corpus') opt.corpus = args[++i];
  else if (a === '--filter') opt.filter = args[++i];
  else if (a === '--features') opt.features = new Set(args[++i].split(',').filter(Boolean));
  else if (a === '--verbose' || a === '-v') opt.verbose = true;
  else if (a === '--json') opt.json = args[++i];
  else if (a === '--shared') opt.shared = path.resolve(args[++i]);
  else if (a === '--diff') opt.diff = true;
  else {
    console.error(`unknown argument ${a}`);
    process.exit(2);
  }
}

if (!fs.existsSync(opt.shared)) {
  console.log(`conformance: skipped (${opt.shared} not found)`);
  process.exit(0);
}

const distIndex = path.join(projectRoot, 'dist', 'node.js');
if (!fs.existsSync(distIndex)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const lib = await import(distIndex);

function flagsToOptions(flags) {
  const o = {};
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i];
    const [name, inline] = f.includes('=') ? f.split(/=(.*)/s) : [f, undefined];
    const val = () => inline ?? flags[++i];
    if (name === '--load-restrictor') o.loadRestrictions = val() === 'LoadRestrictionsNone' ? 'none' : 'rootOnly';
    else if (name === '--reorder') o.reorder = val();
    else if (name === '--enable-managedby-label') o.enableManagedByLabel = true;
    else throw new Error(`unsupported flag ${f}`);
  }
  return o;
}

function loadCases(corpus) {
  const base = path.join(opt.shared, corpus);
  const dir = path.join(base, 'cases');
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const id of fs.readdirSync(dir).sort()) {
    const cj = path.join(dir, id, 'case.json');
    if (!fs.existsSync(cj)) continue;
    const c = JSON.parse(fs.readFileSync(cj, 'utf8'));
    if (opt.filter && !c.id.includes(opt.filter)) continue;
    if (opt.features && !(c.features || []).every((f) => opt.features.has(f))) continue;
    c.caseDir = path.join(dir, id);
    c.targetDir =
      corpus === 'conformance'
        ? path.join(c.caseDir, 'input', c.target)
        : path.resolve(base, c.root, c.target);
    if (c.expect === 'output') c.expected = fs.readFileSync(path.join(c.caseDir, 'expected.yaml'), 'utf8');
    out.push(c);
  }
  return out;
}

function firstDiffLine(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) if (la[i] !== lb[i]) return i + 1;
  return 0;
}

function runCorpus(corpus) {
  const cases = loadCases(corpus);
  const results = [];
  const nodeFs = new lib.NodeFs();
  const t0 = Date.now();
  for (const c of cases) {
    let pass = false;
    let reason = '';
    try {
      const r = lib.build(nodeFs, c.targetDir, flagsToOptions(c.flags || []));
      if (c.expect === 'error') reason = 'expected an error, got output';
      else if (r.yaml === c.expected) pass = true;
      else {
        const line = firstDiffLine(c.expected, r.yaml);
        reason = `diff at line ${line}`;
        if (opt.diff) {
          const la = c.expected.split('\n');
          const lb = r.yaml.split('\n');
          reason += `\n    want: ${JSON.stringify(la[line - 1])}\n    got:  ${JSON.stringify(lb[line - 1])}`;
        }
      }
    } catch (e) {
      if (c.expect === 'error' && lib.isKustomizeError(e)) pass = true;
      else if (c.expect === 'error') reason = `non-KustomizeError thrown: ${e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e}`;
      else reason = lib.isKustomizeError(e) ? `error ${e.code}: ${lib.formatError(e).slice(0, 300)}` : `CRASH ${e && e.stack ? e.stack.split('\n').slice(0, 4).join(' | ') : e}`;
    }
    results.push({ id: c.id, expect: c.expect, features: c.features || [], pass, reason });
    if (!pass && opt.verbose) console.log(`FAIL ${c.id}: ${reason}`);
  }
  return { corpus, results, wall: (Date.now() - t0) / 1000 };
}

const pct = (p, t) => (t ? ((100 * p) / t).toFixed(1) : '0.0');

function report({ corpus, results, wall }) {
  const byFeature = new Map();
  const byExpect = { output: [0, 0], error: [0, 0] };
  for (const r of results) {
    byExpect[r.expect][1]++;
    if (r.pass) byExpect[r.expect][0]++;
    for (const f of r.features.length ? r.features : ['(none)']) {
      const e = byFeature.get(f) || [0, 0];
      e[1]++;
      if (r.pass) e[0]++;
      byFeature.set(f, e);
    }
  }
  const rows = [...byFeature.entries()].sort((a, b) => b[1][1] - a[1][1] || (a[0] < b[0] ? -1 : 1));
  const w = Math.max(14, ...rows.map(([f]) => f.length));
  console.log(`\n== ${corpus} ==\n${'feature'.padEnd(w)}  passed/total      %`);
  for (const [f, [p, t]] of rows) console.log(`${f.padEnd(w)}  ${`${p}/${t}`.padStart(12)}  ${pct(p, t).padStart(5)}`);
  console.log(`${'output cases'.padEnd(w)}  ${`${byExpect.output[0]}/${byExpect.output[1]}`.padStart(12)}  ${pct(...byExpect.output).padStart(5)}`);
  console.log(`${'error cases'.padEnd(w)}  ${`${byExpect.error[0]}/${byExpect.error[1]}`.padStart(12)}  ${pct(...byExpect.error).padStart(5)}`);
  console.log(`wall time: ${wall.toFixed(1)}s (in-process)`);
}

const corpora = opt.corpus === 'all' ? ['conformance', 'realworld'] : [opt.corpus];
const runs = corpora.map(runCorpus);
for (const r of runs) report(r);
if (opt.json) fs.writeFileSync(opt.json, JSON.stringify(runs, null, 2) + '\n');
console.log('');
for (const r of runs) {
  const P = r.results.filter((x) => x.pass).length;
  console.log(`${r.corpus}: ${P}/${r.results.length} passed (${pct(P, r.results.length)}%)`);
}
