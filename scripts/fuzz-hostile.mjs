#!/usr/bin/env node
// Hostile-input fuzzer: seeded generators of trees an attacker controlling a repository could
// write (YAML bombs, regular-expression bombs, path tricks, patch bombs, size bombs), each
// mutated at random, built in-process with the default limits. Every build must return or throw a
// KustomizeError, within MAX_MS, and the process must stay within the heap it was given (run it
// with --max-old-space-size: a build that outgrows it aborts the process, which fails the run).
// When kubectl is on PATH, a sample of the cases is also built with `kubectl kustomize`: the
// outcome class (output / error) must be the same, and outputs byte-identical; where kubectl
// gives no result within its timeout (a bomb), ours must be LIMIT_EXCEEDED or an output.
//
// Uses dist/ (`npm run fuzz:hostile` builds it first; .ci/run runs that after npm test). Prints one
// JSON summary line on stdout; exit 1 on a failure.
// usage: node --max-old-space-size=2048 scripts/fuzz-hostile.mjs [--seconds 40] [--seed N]
//          [--kubectl-samples 12] [--kubectl-seconds 12]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { build, MemoryFs, isKustomizeError } = await import(path.join(root, 'dist', 'index.js'));

const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const SECONDS = arg('--seconds', 40);
const SEED = arg('--seed', 20261207);
const KUBECTL_SAMPLES = arg('--kubectl-samples', 12);
const KUBECTL_SECONDS = arg('--kubectl-seconds', 12);
/** A build slower than this is a hang. */
const MAX_MS = arg('--max-ms', 8000);

// --- seeded randomness ------------------------------------------------------------------------
let state = SEED >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
/** Log-uniform in [lo, hi]: small values are as likely as large ones. */
const logInt = (lo, hi) => Math.floor(Math.exp(Math.log(lo) + rand() * (Math.log(hi + 1) - Math.log(lo))));

// --- generators -------------------------------------------------------------------------------
const K = 'resources:\n- r.yaml\n';
const cm = (name, extra = '') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${extra}`;
const q = (s) => "'" + s.replaceAll("'", "''") + "'";
const PATCH = '  patch: |\n    - op: add\n      path: /metadata/labels\n      value: {patched: "yes"}\n';
const REGEX_BOMBS = ['(a+)+b', '(a|aa)+c', '(a*)*b', '(.*)*x', '(a|a?)+b', '(\\w+\\s?)+$', '([a-z]+)*[0-9]', '(?:a+){10}b', '\\pL{1,1000}x', 'a{1000}', '(x+x+)+y', '^(a?){25}a{25}$'];
const PATH_TRICKS = ['../x.yaml', '../../../../etc/passwd', '/etc/passwd', '..', '.', 'a/../../x.yaml', '//x.yaml', '%2e%2e/x.yaml', 'r.yaml/', './././r.yaml', 'sub/../r.yaml', 'r.yaml\u0000x', '~/.ssh/id_rsa', 'file:///etc/passwd', 'http://127.0.0.1:1/x.yaml', 'github.com/a/b//c?ref=v1'];
const NAME_TRICKS = ['../../../x', 'b/c', '..', '.', 'a\\b', '%2F', 'x'.repeat(300), '-', ' ', 'é/ü', '__proto__', 'constructor'];

/** Each family: params -> { files, options?, kubectlHangs? (kubectl gives no result in time) }. */
const FAMILIES = {
  aliasFanout() {
    const w = int(2, 12);
    const d = int(1, 9);
    let s = '  l0: &l0 [' + Array(w).fill('"lol"').join(',') + ']\n';
    for (let i = 1; i < d; i++) s += `  l${i}: &l${i} [${Array(w).fill(`*l${i - 1}`).join(',')}]\n`;
    return { files: { 'kustomization.yaml': K, 'r.yaml': cm('x', 'data:\n  a: b\nspec:\n' + s) }, kubectlHangs: w ** d > 1e6 };
  },
  aliasBig() {
    const kb = logInt(1, 1024);
    const n = logInt(1, 260);
    const aliases = Array.from({ length: n }, (_, i) => `  a${i + 1}: *a\n`).join('');
    return { files: { 'kustomization.yaml': K, 'r.yaml': cm('x', `data:\n  a0: &a ${'x'.repeat(kb * 1024)}\n` + aliases) }, kubectlHangs: kb * n > 20000 };
  },
  nesting() {
    const n = logInt(10, 3000);
    const style = pick(['block', 'flow', 'seq', 'blockseq']);
    let body;
    if (style === 'block') body = 'spec:\n' + Array.from({ length: n - 1 }, (_, i) => ' '.repeat(i + 1) + 'a:\n').join('') + ' '.repeat(n) + 'a: 1\n';
    else if (style === 'flow') body = 'spec: ' + '{"a":'.repeat(n) + '1' + '}'.repeat(n) + '\n';
    else if (style === 'seq') body = 'spec: ' + '['.repeat(n) + ']'.repeat(n) + '\n';
    else body = 'spec:\n' + Array.from({ length: n }, (_, i) => '  '.repeat(i + 1) + '- a:\n').join('') + '  '.repeat(n + 1) + '  b: 1\n';
    return { files: { 'kustomization.yaml': K, 'r.yaml': cm('x', body) }, kubectlHangs: n > 2000 };
  },
  mergeKeys() {
    const v = pick([
      'spec:\n  x: &a {<<: *a, b: 1}\n',
      'spec:\n  x: &a\n    <<: [*a, {d: 1}]\n    b: 1\n',
      'spec:\n  base: &b {a: 1}\n' + Array.from({ length: int(1, 50) }, (_, i) => `  m${i}: &m${i} {<<: *${i ? `m${i - 1}` : 'b'}, k${i}: ${i}}\n`).join(''),
      'spec:\n  a: &a {b: 1}\n  c: {<<: [*a, *a, *a], d: 2}\n',
    ]);
    return { files: { 'kustomization.yaml': K, 'r.yaml': cm('x', v) } };
  },
  regexTarget() {
    const pat = pick(REGEX_BOMBS);
    const field = pick(['name', 'kind', 'namespace']);
    const n = logInt(5, 5000);
    const name = 'a'.repeat(n) + pick(['!', 'b', 'c', '0', '']);
    const r = field === 'kind' ? `apiVersion: v1\nkind: ${name}\nmetadata:\n  name: x\n` : field === 'namespace' ? cm('x', `  namespace: ${name}\n`).replace('\n  namespace', '\n  namespace') : cm(name);
    const res = field === 'namespace' ? `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: ${name}\n` : r;
    return { files: { 'kustomization.yaml': K + `patches:\n- target:\n    ${field}: ${q(pat)}\n` + PATCH, 'r.yaml': res }, kubectlHangs: false };
  },
  regexImage() {
    const pat = pick(REGEX_BOMBS.concat(['(a+)+', 'a*a*a*a*a*a*b']));
    const img = 'a'.repeat(logInt(5, 5000)) + pick(['!', ':v1', '@sha256:x', '']);
    return {
      files: {
        'kustomization.yaml': 'resources:\n- pod.yaml\nimages:\n- name: ' + q(pat) + '\n  newTag: v2\n',
        'pod.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: ${img}\n`,
      },
    };
  },
  regexPath() {
    const pat = pick(REGEX_BOMBS);
    const n = logInt(1, 300);
    const containers = Array.from({ length: n }, (_, i) => `      - name: ${'a'.repeat(int(1, 200))}${i}\n        image: i\n`).join('');
    return {
      files: {
        'kustomization.yaml': `resources:\n- r.yaml\n- d.yaml\nreplacements:\n- source:\n    kind: ConfigMap\n    name: x\n    fieldPath: data.a\n  targets:\n  - select:\n      kind: Deployment\n    fieldPaths:\n    - spec.template.spec.containers.[name=${pat}].image\n`,
        'r.yaml': cm('x', 'data:\n  a: b\n'),
        'd.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    spec:\n      containers:\n${containers}`,
      },
    };
  },
  pathTricks() {
    const entry = pick(PATH_TRICKS);
    const field = pick(['resources', 'components', 'patchesStrategicMerge', 'configurations', 'crds']);
    const extra = pick(['', 'configMapGenerator:\n- name: g\n  files:\n  - ' + q(pick(PATH_TRICKS)) + '\n']);
    return { files: { 'kustomization.yaml': `${field}:\n- ${q(entry)}\n` + extra, 'r.yaml': cm('x') }, options: rand() < 0.3 ? { loadRestrictions: 'none' } : {}, kubectlHangs: false, noKubectl: entry.includes('\u0000') || entry.startsWith('http') || entry.startsWith('github') };
  },
  nameTricks() {
    const names = Array.from({ length: int(1, 4) }, () => pick(NAME_TRICKS));
    return { files: { 'kustomization.yaml': K + pick(['', 'namePrefix: ../\n', 'namespace: ../x\n']), 'r.yaml': [...new Set(names)].map((n) => cm(JSON.stringify(n))).join('---\n') } };
  },
  jsonCopy() {
    const k = int(1, 30);
    const ops = Array.from({ length: k }, (_, i) => `- op: copy\n  from: /data\n  path: /data/c${i}\n`).join('');
    return { files: { 'kustomization.yaml': K + 'patches:\n- target: {kind: ConfigMap}\n  path: p.yaml\n', 'r.yaml': cm('x', 'data:\n  a: b\n'), 'p.yaml': ops }, kubectlHangs: k > 18 };
  },
  replDouble() {
    const k = int(1, 30);
    const repl = Array.from({ length: k }, (_, i) => `- source:\n    kind: ConfigMap\n    name: x\n    fieldPath: data\n  targets:\n  - select:\n      kind: ConfigMap\n    fieldPaths:\n    - data.c${i}\n    options:\n      create: true\n`).join('');
    return { files: { 'kustomization.yaml': K + 'replacements:\n' + repl, 'r.yaml': cm('x', 'data:\n  a: b\n') }, kubectlHangs: k > 16 };
  },
  smpMany() {
    const n = logInt(1, 3000);
    const docs = Array.from({ length: n }, (_, i) => cm(`c${i}`, 'data:\n  a: b\n')).join('---\n');
    const keys = Array.from({ length: logInt(1, 2000) }, (_, i) => `    k${i}: v${i}\n`).join('');
    return { files: { 'kustomization.yaml': K + `patches:\n- target: {kind: ConfigMap}\n  patch: |\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: any\n    data:\n${keys.replaceAll('\n    ', '\n      ').replace(/^    /, '      ')}`, 'r.yaml': docs }, kubectlHangs: n > 1000 };
  },
  largeScalar() {
    const mb = logInt(1, 6000) / 1000;
    const n = Math.floor(mb * 2 ** 20);
    const style = pick(['plain', 'dq', 'sq', 'literal', 'folded', 'dqEscapes']);
    let v;
    if (style === 'plain') v = 'x'.repeat(n);
    else if (style === 'dq') v = '"' + 'abcd'.repeat(n / 4) + '"';
    else if (style === 'sq') v = "'" + "ab''".repeat(n / 4) + "'";
    else if (style === 'dqEscapes') v = '"' + 'a\\nb\\t'.repeat(n / 6) + '"';
    else v = (style === 'literal' ? '|\n' : '>\n') + ('    ' + 'y'.repeat(60) + '\n').repeat(Math.max(1, Math.floor(n / 65)));
    return { files: { 'kustomization.yaml': K, 'r.yaml': cm('x', 'data:\n  x: ' + v + '\n') }, kubectlHangs: mb > 2 };
  },
  manyResources() {
    const n = logInt(10, 5000);
    return { files: { 'kustomization.yaml': K + pick(['', 'namePrefix: p-\n', 'commonLabels: {a: b}\n', 'namespace: ns\n']), 'r.yaml': Array.from({ length: n }, (_, i) => cm(`c${i}`)).join('---\n') }, kubectlHangs: n > 2000 };
  },
  longName() {
    const n = logInt(10, 200000);
    return { files: { 'kustomization.yaml': K + 'namePrefix: ' + 'p'.repeat(logInt(1, 1000)) + '-\n', 'r.yaml': cm('n'.repeat(n)) } };
  },
  varsRepeat() {
    const k = logInt(1, 800);
    const kb = logInt(1, 1024);
    return {
      files: {
        'kustomization.yaml': K + 'vars:\n- name: V\n  objref:\n    kind: ConfigMap\n    name: src\n    apiVersion: v1\n  fieldref:\n    fieldpath: data.big\n',
        'r.yaml': cm('src', 'data:\n  big: ' + 'x'.repeat(kb * 1024) + '\n') + '---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: i\n    command:\n    - "' + '$(V)'.repeat(k) + '"\n',
      },
      kubectlHangs: k * kb > 50000,
    };
  },
  diamond() {
    const levels = int(2, 15);
    const files = { 'kustomization.yaml': 'resources:\n- x0\n- y0\n' };
    for (let k = 0; k < levels; k++) {
      for (const s of ['x', 'y']) {
        const last = k === levels - 1;
        files[`${s}${k}/kustomization.yaml`] = last ? `namePrefix: ${s}-\nresources:\n- cm.yaml\n` : `namePrefix: ${s}-\nresources:\n- ../x${k + 1}\n- ../y${k + 1}\n`;
        if (last) files[`${s}${k}/cm.yaml`] = cm('c');
      }
    }
    return { files, kubectlHangs: levels > 11 };
  },
  generatorBomb() {
    const n = logInt(1, 500);
    const kb = logInt(1, 256);
    const entries = Array.from({ length: n }, (_, i) => `  - k${i}=data.txt\n`).join('');
    return { files: { 'kustomization.yaml': 'configMapGenerator:\n- name: g\n  files:\n' + entries, 'data.txt': 'z'.repeat(kb * 1024) }, kubectlHangs: n * kb > 100000 };
  },
};

const SNIPPETS = ['&a ', '*a', '<<: *a\n', '\n---\n', '{', '[', '"', "'", '\t', '\u0000', '!!binary ', '? ', '|\n', '$patch: delete\n', '__proto__: {polluted: 1}\n', '\r', '\u0085', ': ', '- ', '#'];

/** A random text mutation of one file (sometimes none). */
function mutate(files) {
  if (rand() < 0.6) return 'none';
  const names = Object.keys(files);
  const f = pick(names);
  const c = files[f];
  const pos = int(0, c.length);
  const op = pick(['insert', 'cut', 'dup']);
  if (op === 'insert') files[f] = c.slice(0, pos) + pick(SNIPPETS) + c.slice(pos);
  else if (op === 'cut') files[f] = c.slice(0, pos) + c.slice(pos + int(1, 40));
  else {
    const e = c.indexOf('\n', pos);
    const line = c.slice(pos, e < 0 ? c.length : e + 1);
    files[f] = c.slice(0, pos) + line + line + c.slice(pos + line.length);
  }
  return `${op}@${f}:${pos}`;
}

// --- running ----------------------------------------------------------------------------------
function buildCase(c) {
  const mfs = new MemoryFs(Object.fromEntries(Object.entries(c.files).map(([k, v]) => [`/app/${k}`, v])));
  const t0 = performance.now();
  try {
    const r = build(mfs, '/app', c.options ?? {});
    return { outcome: 'output', yaml: r.yaml, ms: performance.now() - t0 };
  } catch (e) {
    const ms = performance.now() - t0;
    if (!isKustomizeError(e)) return { outcome: 'bug', error: e, ms };
    return { outcome: 'error', code: e.code, message: e.message, ms };
  }
}

function kubectlOn(c) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-fuzz-'));
  try {
    for (const [rel, content] of Object.entries(c.files)) {
      const p = path.join(dir, 'app', rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
    }
    const flags = c.options?.loadRestrictions === 'none' ? ['--load-restrictor', 'LoadRestrictionsNone'] : [];
    const t0 = performance.now();
    const r = spawnSync('kubectl', ['kustomize', ...flags, path.join(dir, 'app')], { encoding: 'utf8', timeout: KUBECTL_SECONDS * 1000, maxBuffer: 1 << 30, killSignal: 'SIGKILL' });
    const ms = performance.now() - t0;
    if (r.error || r.status === null) return { outcome: 'no result', ms };
    return { outcome: r.status === 0 ? 'output' : 'error', yaml: r.stdout, ms };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function firstDiff(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return { offset: i, kubectl: a.slice(Math.max(0, i - 40), i + 40), ours: b.slice(Math.max(0, i - 40), i + 40) };
}

const hasKubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
const families = Object.keys(FAMILIES);
const summary = { seed: SEED, seconds: SECONDS, builds: 0, outcomes: {}, byFamily: {}, slowest: null, peakRssMiB: 0, peakHeapMiB: 0, failures: [], kubectl: { available: hasKubectl, samples: 0, sameClass: 0, sameBytes: 0, differentBytes: [], noResult: 0, mismatches: [] } };
const sampled = [];
const t0 = performance.now();
const fail = (c, why) => summary.failures.length < 10 && summary.failures.push({ family: c.family, mutation: c.mutation, why });

while (performance.now() - t0 < SECONDS * 1000) {
  const family = families[summary.builds % families.length];
  const c = FAMILIES[family]();
  c.family = family;
  c.mutation = mutate(c.files);
  const r = buildCase(c);
  summary.builds++;
  const key = r.outcome === 'error' ? r.code : r.outcome;
  summary.outcomes[key] = (summary.outcomes[key] ?? 0) + 1;
  const fam = (summary.byFamily[family] ??= {});
  fam[key] = (fam[key] ?? 0) + 1;
  if (!summary.slowest || r.ms > summary.slowest.ms) summary.slowest = { family, mutation: c.mutation, ms: Math.round(r.ms), outcome: key };
  if (r.outcome === 'bug') fail(c, `not a KustomizeError: ${r.error?.stack ?? r.error}`);
  if (r.ms > MAX_MS) fail(c, `took ${Math.round(r.ms)} ms`);
  if (({}).polluted !== undefined) fail(c, 'Object.prototype polluted');
  const m = process.memoryUsage();
  summary.peakRssMiB = Math.max(summary.peakRssMiB, Math.round(m.rss / 2 ** 20));
  summary.peakHeapMiB = Math.max(summary.peakHeapMiB, Math.round(m.heapUsed / 2 ** 20));
  // Every few cases, one for kubectl (cases with NUL bytes or network URLs are left out, and
  // only one on which kubectl is expected to run out of time, to keep the run short).
  const sample = hasKubectl && !c.noKubectl && sampled.length < KUBECTL_SAMPLES && summary.builds % 7 === 3;
  if (sample && (!c.kubectlHangs || !sampled.some((s) => s.c.kubectlHangs))) sampled.push({ c, r: { outcome: r.outcome, code: r.code, yaml: r.yaml } });
}

for (const { c, r } of sampled) {
  const k = kubectlOn(c);
  summary.kubectl.samples++;
  if (k.outcome === 'no result') {
    summary.kubectl.noResult++;
    // kubectl hangs or runs out of its time: ours must have stopped on a limit, or succeeded.
    if (r.outcome === 'error' && r.code !== 'LIMIT_EXCEEDED') summary.kubectl.mismatches.push({ family: c.family, mutation: c.mutation, ours: r.code, kubectl: 'no result' });
    else summary.kubectl.sameClass++;
    continue;
  }
  if (k.outcome === r.outcome) {
    summary.kubectl.sameClass++;
    if (k.outcome === 'output' && k.yaml === r.yaml) summary.kubectl.sameBytes++;
    else if (k.outcome === 'output') summary.kubectl.differentBytes.push({ family: c.family, mutation: c.mutation, at: firstDiff(k.yaml, r.yaml) });
  } else summary.kubectl.mismatches.push({ family: c.family, mutation: c.mutation, ours: r.outcome === 'error' ? r.code : r.outcome, kubectl: k.outcome });
}
for (const m of summary.kubectl.mismatches) fail(m, `outcome class differs from kubectl: ours ${m.ours}, kubectl ${m.kubectl}`);
for (const m of summary.kubectl.differentBytes) fail(m, `output differs from kubectl's at ${JSON.stringify(m.at)}`);
// The run itself must have meant something: bombs stopped by limits, ordinary trees built.
if (summary.builds < 30) fail({}, `only ${summary.builds} builds`);
if (!summary.outcomes.LIMIT_EXCEEDED) fail({}, 'no build stopped on a limit');
if ((summary.outcomes.output ?? 0) <= summary.builds / 4) fail({}, 'fewer than a quarter of the builds produced output');
summary.elapsedSeconds = Math.round((performance.now() - t0) / 100) / 10;
console.log(JSON.stringify(summary));
process.exit(summary.failures.length ? 1 : 0);
