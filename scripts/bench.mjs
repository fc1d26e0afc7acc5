#!/usr/bin/env node
// Side-by-side benchmark of kustomize-ts against `kubectl kustomize` (issue 8).
//
// Generates the monorepo of ../shared/bench/gen-tree.mjs at several sizes and builds
// `envs/production` with: our in-process API (dist/node.js, in a fresh node child per
// measurement), our CLI (dist/cli.js) and `kubectl kustomize`, all in the same run. Checks that
// our output is byte-identical to kubectl's, prints a table per size (wall, CPU, peak memory,
// output size, ratios to kubectl), plus in-process builds/second of a single-app production
// overlay, the CLI and kubectl on that overlay, and a cold CLI start. From 100 apps on, each
// kubectl run is followed by in-process builds (the median of 3), and the ratio per pair is reported (the
// 300-app target is judged on the median of its 5 pairs). Writes the results between
// the `bench:start` / `bench:end` markers of docs/performance.md (the rest of the file is prose).
//
// usage: node scripts/bench.mjs [--apps 1,10,100,300,1000] [--kubectl-max 300] [--runs N]
//          [--dist DIR] [--no-build] [--no-write] [--out FILE] [--shared DIR] [--keep]
//          [--reference N=FILE]...
//   --apps         sizes to measure (default 1,10,100,300,1000)
//   --kubectl-max  largest size kubectl is run at (default 300: 1000 apps take kubectl minutes)
//   --runs         timed runs per measurement (default: 7 up to 10 apps, 5 up to 100, 3 at 300,
//                  5 at 1,000)
//   --dist         use this build instead of building one (default: a private tsup build in
//                  node_modules/.cache/kustomize-ts-bench, so concurrent rebuilds of dist/
//                  cannot disturb the run)
//   --no-build     with the default dist location: reuse the previous private build
//   --no-write     print only; do not update docs/performance.md
//   --keep         keep the generated trees (printed at the end)
//   --helm-only    only the Helm section (charts of fixtures/helm with helm v3 from .tools/helm:
//                  in-process, CLI and `kubectl kustomize --enable-helm`), written between the
//                  `helm-bench:start` / `helm-bench:end` markers; every full run measures it too
//   --reference    N=FILE: `kubectl kustomize` output recorded earlier for N apps of the same
//                  generated tree (the generator is deterministic), to check the bytes at sizes
//                  where kubectl is not run (1,000 apps take it half an hour here)
//
// Memory is the peak resident set size (max RSS) of the measuring process: for the in-process
// API a fresh node child that imports dist and builds once; for the CLI and kubectl the process
// itself, read through /usr/bin/time when installed, else by polling /proc/<pid>/status (VmHWM).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..');

if (process.argv[2] === '--worker') {
  await worker(JSON.parse(process.argv[3]));
  process.exit(0);
}

// ---------------------------------------------------------------- options

const args = process.argv.slice(2);
const opt = {
  apps: [1, 10, 100, 300, 1000],
  kubectlMax: 300,
  runs: undefined,
  dist: undefined,
  build: true,
  write: true,
  out: path.join(projectRoot, 'docs', 'performance.md'),
  shared: path.resolve(projectRoot, '..', 'shared'),
  keep: false,
  /** N -> kubectl output recorded earlier for that size. */
  reference: new Map(),
};
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const val = () => {
    if (i + 1 >= args.length) die(`missing value for ${a}`);
    return args[++i];
  };
  if (a === '--apps') opt.apps = val().split(',').map(Number);
  else if (a === '--kubectl-max') opt.kubectlMax = Number(val());
  else if (a === '--runs') opt.runs = Number(val());
  else if (a === '--dist') opt.dist = path.resolve(val());
  else if (a === '--no-build') opt.build = false;
  else if (a === '--no-write') opt.write = false;
  else if (a === '--out') opt.out = path.resolve(val());
  else if (a === '--shared') opt.shared = path.resolve(val());
  else if (a === '--keep') opt.keep = true;
  else if (a === '--helm-only') opt.helmOnly = true;
  else if (a === '--reference') {
    const [n, file] = val().split('=');
    if (!file || !fs.existsSync(file)) die(`--reference ${n}=${file}: no such file`);
    opt.reference.set(Number(n), path.resolve(file));
  }
  else if (a === '-h' || a === '--help') {
    const src = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
    console.log(src.filter((l, i) => i < 30 && l.startsWith('//')).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    process.exit(0);
  } else die(`unknown argument ${a}`);
}
if (opt.apps.some((n) => !Number.isInteger(n) || n < 1)) die('--apps takes positive integers');

function die(msg) {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

const genTree = path.join(opt.shared, 'bench', 'gen-tree.mjs');
if (!opt.helmOnly && !fs.existsSync(genTree)) {
  console.log(`bench: skipped (${genTree} not found)`);
  process.exit(0);
}

// ---------------------------------------------------------------- the build under test

let dist = opt.dist;
if (!dist) {
  dist = path.join(projectRoot, 'node_modules', '.cache', 'kustomize-ts-bench', 'dist');
  if (opt.build || !fs.existsSync(path.join(dist, 'node.js'))) {
    console.log(`building a private copy of dist/ in ${path.relative(projectRoot, dist)} ...`);
    const r = spawnSync('npx', ['tsup', '--silent', '--out-dir', dist], { cwd: projectRoot, stdio: 'inherit' });
    if (r.status !== 0) die('tsup failed');
  }
}
const nodeEntry = path.join(dist, 'node.js');
const cliEntry = path.join(dist, 'cli.js');
for (const f of [nodeEntry, cliEntry]) if (!fs.existsSync(f)) die(`${f} is missing (run \`npm run build\`)`);

// ---------------------------------------------------------------- tools

const hasTime = fs.existsSync('/usr/bin/time');
const kubectl = findKubectl();

function findKubectl() {
  const r = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  const kz = /Kustomize Version:\s*(\S+)/.exec(r.stdout);
  const cl = /Client Version:\s*(\S+)/.exec(r.stdout);
  return { kustomize: kz ? kz[1] : 'unknown', client: cl ? cl[1] : 'unknown' };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs a command to completion, stdout to `outFile` (or discarded), and measures it: wall time
 * (from here), user+system CPU and peak RSS (from /usr/bin/time, else /proc polling).
 */
async function measureProcess(cmd, argv, outFile) {
  const out = outFile ? fs.openSync(outFile, 'w') : 'ignore';
  const statsFile = hasTime ? path.join(os.tmpdir(), `kustomize-ts-bench-time-${process.pid}`) : undefined;
  const full = hasTime ? ['/usr/bin/time', ['-f', '%U %S %M', '-o', statsFile, cmd, ...argv]] : [cmd, argv];
  const t0 = process.hrtime.bigint();
  const child = spawn(full[0], full[1], { stdio: ['ignore', out, 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let polled = { cpu: 0, rss: 0 };
  let timer;
  if (!hasTime) {
    timer = setInterval(() => {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const hwm = /VmHWM:\s*(\d+)/.exec(status);
        const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        // utime and stime, in clock ticks (100 per second on Linux).
        polled = { rss: hwm ? Number(hwm[1]) * 1024 : polled.rss, cpu: (Number(stat[11]) + Number(stat[12])) / 100 };
      } catch {
        /* exited */
      }
    }, 5);
  }
  const code = await new Promise((resolve) => child.on('close', resolve));
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (timer) clearInterval(timer);
  if (typeof out === 'number') fs.closeSync(out);
  let cpu = polled.cpu * 1000;
  let rss = polled.rss;
  if (statsFile) {
    const fields = fs.readFileSync(statsFile, 'utf8').trim().split('\n').pop().split(' ');
    fs.rmSync(statsFile, { force: true });
    cpu = (Number(fields[0]) + Number(fields[1])) * 1000;
    rss = Number(fields[2]) * 1024;
  }
  if (code !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited with ${code}: ${stderr.slice(0, 500)}`);
  return { wall, cpu, rss };
}

/** Runs a measuring child of this script (see {@link worker}); returns its JSON report. */
function runWorker(job) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--worker', JSON.stringify(job)], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`worker failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/**
 * The measuring child. `mode: 'memory'`: import, build once, report max RSS (the first build
 * includes the module's lazy initialisation, as a real first use does). `mode: 'time'`: warm up,
 * then time `runs` builds (wall and CPU each) and write the last output to `out`.
 * `mode: 'rate'`: builds per second over about `seconds`.
 */
async function worker(job) {
  const lib = await import(pathToFileURL(job.entry).href);
  const helmOpts = job.helm ? { ...job.helm, helmRenderer: lib.createHelmRenderer() } : {};
  const build = () => lib.buildDir(job.dir, helmOpts).yaml;
  if (job.mode === 'memory') {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const yaml = build();
    const c = process.cpuUsage(c0);
    const wall = performance.now() - t0;
    const { heapUsed } = process.memoryUsage();
    console.log(JSON.stringify({ wall, cpu: (c.user + c.system) / 1000, rss: process.resourceUsage().maxRSS * 1024, heapUsed, bytes: Buffer.byteLength(yaml) }));
    return;
  }
  if (job.mode === 'time') {
    for (let i = 0; i < job.warmup; i++) build();
    const runs = [];
    let yaml = '';
    for (let i = 0; i < job.runs; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      yaml = build();
      const c = process.cpuUsage(c0);
      runs.push({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 });
    }
    if (job.out) fs.writeFileSync(job.out, yaml);
    console.log(JSON.stringify({ runs, rss: process.resourceUsage().maxRSS * 1024 }));
    return;
  }
  if (job.mode === 'rate') {
    // Windows of half a second: the median window is reported, and the best one beside it, as
    // other work on a shared machine slows some windows down.
    for (let i = 0; i < 20; i++) build();
    const windows = [];
    const end = performance.now() + job.seconds * 1000;
    while (performance.now() < end) {
      let n = 0;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      while (performance.now() - t0 < 500) {
        build();
        n++;
      }
      const c = process.cpuUsage(c0);
      windows.push({ builds: n, wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 });
    }
    const perSec = (w) => w.builds / (w.wall / 1000);
    windows.sort((a, b) => perSec(a) - perSec(b));
    const med = windows[windows.length >> 1];
    console.log(JSON.stringify({ ...med, best: perSec(windows[windows.length - 1]), windows: windows.length }));
  }
}

// ---------------------------------------------------------------- formatting

const fmtMs = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const fmtMiB = (b) => `${(b / 1048576).toFixed(0)} MiB`;
const fmtBytes = (b) => (b >= 1048576 ? `${(b / 1048576).toFixed(1)} MiB` : `${(b / 1024).toFixed(1)} KiB`);
const ratio = (k, x) => (k && x ? `${(k / x).toFixed(k / x >= 10 ? 0 : 1)}x` : '—');

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((h, i) => (i === 0 ? ':---' : '---:')).join('|')}|`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n');
}

// ---------------------------------------------------------------- Helm

/**
 * Chart builds next to kubectl's: fixtures/helm targets built by `kubectl kustomize --enable-helm
 * --helm-command <helm>`, our CLI with the same flags, and in-process (buildDir with the Node
 * renderer). helm's own run dominates all three. Returns the markdown lines.
 */
async function benchHelm() {
  const helmTools = await import(pathToFileURL(path.join(here, 'lib', 'helm-tools.mjs')).href);
  const helm = helmTools.findHelm();
  const lines = [];
  if (!helm) {
    lines.push('Helm: skipped (no helm v3: run `node scripts/get-helm.mjs`).');
    return lines;
  }
  const helmVersion = spawnSync(helm, ['version', '--short'], { encoding: 'utf8' }).stdout.trim();
  const fixtures = path.join(projectRoot, 'fixtures', 'helm');
  const cases = [
    ['one chart (web: subchart, CRDs, hooks), overlay with patches, namespace, prefix, labels, images, replacements', 'overlay/prod', ['--load-restrictor', 'LoadRestrictionsNone']],
    ['two releases of a small chart, a resource and a ConfigMap generator', 'local', []],
  ];
  const runs = opt.runs ?? 7;
  const rows = [];
  for (const [what, dir, extra] of cases) {
    process.stdout.write(`helm ${dir}: in-process`);
    const target = path.join(fixtures, 'input', dir);
    const flags = ['--enable-helm', '--helm-command', helm, ...extra];
    const helmJob = { enableHelm: true, helmCommand: helm, ...(extra.length ? { loadRestrictions: 'none' } : {}) };
    const ourFile = path.join(work, `helm-ours-${dir.replace(/\W/g, '_')}.yaml`);
    const timed = runWorker({ mode: 'time', entry: nodeEntry, dir: target, helm: helmJob, warmup: 2, runs, out: ourFile });
    process.stdout.write(', CLI');
    const cliFile = path.join(work, 'helm-cli.yaml');
    const cliRuns = [];
    for (let i = 0; i < runs; i++) cliRuns.push(await measureProcess(process.execPath, [cliEntry, 'build', target, ...flags], cliFile));
    let k;
    let same;
    if (kubectl) {
      process.stdout.write(', kubectl');
      const kFile = path.join(work, 'helm-kubectl.yaml');
      const kRuns = [];
      for (let i = 0; i < runs; i++) kRuns.push(await measureProcess('kubectl', ['kustomize', ...flags, target], kFile));
      k = { wall: median(kRuns.map((r) => r.wall)), cpu: median(kRuns.map((r) => r.cpu)), rss: Math.max(...kRuns.map((r) => r.rss)) };
      const kb = fs.readFileSync(kFile);
      same = kb.equals(fs.readFileSync(ourFile)) && kb.equals(fs.readFileSync(cliFile));
    }
    console.log(' done');
    const api = median(timed.runs.map((r) => r.wall));
    const cli = { wall: median(cliRuns.map((r) => r.wall)), cpu: median(cliRuns.map((r) => r.cpu)), rss: Math.max(...cliRuns.map((r) => r.rss)) };
    rows.push([
      `\`${dir}\`: ${what}`,
      k ? fmtMs(k.wall) : 'not run',
      fmtMs(cli.wall),
      fmtMs(api),
      k ? ratio(k.wall, cli.wall) : '—',
      k ? (same ? 'yes' : 'NO') : '—',
    ]);
  }
  lines.push(`### Helm charts (fixtures/helm, ${helmVersion})`);
  lines.push('');
  lines.push(table(['build', '`kubectl kustomize --enable-helm`', 'our CLI', 'in-process', 'CLI vs kubectl', 'identical bytes'], rows));
  lines.push('');
  lines.push(
    `Median of ${runs} runs each (in-process: builds in one process after 2 warm-up builds). Every build runs helm ` +
      'twice per chart (`helm version`, then `helm template`), as kustomize does. ' +
      `${new Date().toISOString().slice(0, 10)}; 1-minute load average ${os.loadavg()[0].toFixed(2)} at the end.`,
  );
  return lines;
}

function writeBlock(begin, end, lines) {
  if (!opt.write) return;
  const block = `${begin}\n${lines.join('\n').trim()}\n${end}`;
  let doc = fs.existsSync(opt.out) ? fs.readFileSync(opt.out, 'utf8') : '# Performance\n\n';
  const tag = begin.slice(0, begin.indexOf(' ('));
  const a = doc.indexOf(tag);
  const b = doc.indexOf(end);
  doc = a >= 0 && b > a ? doc.slice(0, a) + block + doc.slice(b + end.length) : doc.trimEnd() + '\n\n' + block + '\n';
  fs.writeFileSync(opt.out, doc);
  console.log(`wrote ${path.relative(projectRoot, opt.out)} (${tag.slice(5)})`);
}
const HELM_BEGIN = '<!-- helm-bench:start (generated by `npm run bench`; edit outside these markers) -->';
const HELM_END = '<!-- helm-bench:end -->';

// ---------------------------------------------------------------- the run

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kustomize-ts-bench-'));
const md = [];
const say = (s = '') => {
  console.log(s);
  md.push(s);
};

const cpuModel = (() => {
  try {
    const m = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    return m ? m[1].trim() : os.cpus()[0]?.model ?? 'unknown';
  } catch {
    return os.cpus()[0]?.model ?? 'unknown';
  }
})();
const started = new Date();
const loadStart = os.loadavg()[0];

if (opt.helmOnly) {
  const lines = await benchHelm();
  console.log('\n' + lines.join('\n'));
  writeBlock(HELM_BEGIN, HELM_END, lines);
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

console.log(`trees in ${work}`);
const results = [];
for (const n of opt.apps) {
  const treeDir = path.join(work, `apps-${n}`);
  const g = spawnSync(process.execPath, [genTree, '--out', treeDir, '--apps', String(n)], { encoding: 'utf8' });
  if (g.status !== 0) die(`gen-tree failed: ${g.stderr}`);
  const target = path.join(treeDir, 'envs', 'production');
  const runs = opt.runs ?? (n <= 10 ? 7 : n <= 100 || n >= 1000 ? 5 : 3);
  const res = { n, runs, warmup: n <= 10 ? 20 : n <= 100 ? 5 : 3 };
  process.stdout.write(`N=${n}: in-process`);
  res.mem = runWorker({ mode: 'memory', entry: nodeEntry, dir: target });
  const ourFile = path.join(work, `ours-${n}.yaml`);
  const timed = runWorker({ mode: 'time', entry: nodeEntry, dir: target, warmup: res.warmup, runs, out: ourFile });
  res.api = { wall: median(timed.runs.map((r) => r.wall)), cpu: median(timed.runs.map((r) => r.cpu)), rss: res.mem.rss, first: res.mem.wall };
  process.stdout.write(', CLI');
  const cliFile = path.join(work, `cli-${n}.yaml`);
  const cliRuns = [];
  for (let i = 0; i < runs; i++) cliRuns.push(await measureProcess(process.execPath, [cliEntry, 'build', target], cliFile));
  res.cli = { wall: median(cliRuns.map((r) => r.wall)), cpu: median(cliRuns.map((r) => r.cpu)), rss: Math.max(...cliRuns.map((r) => r.rss)) };
  const ours = fs.readFileSync(ourFile);
  res.bytes = ours.length;
  res.docs = (ours.toString('utf8').match(/^---$/gm) || []).length + 1;
  res.cliSame = fs.readFileSync(cliFile).equals(ours);
  if (kubectl && n <= opt.kubectlMax) {
    process.stdout.write(', kubectl');
    const kFile = path.join(work, `kubectl-${n}.yaml`);
    const kRuns = [];
    // 5 kubectl runs at 300 apps (≈ 2 minutes), whose pairs judge the 30x target; 3 at 100 and 1,000.
    const kn = n <= 10 || n === 300 ? 5 : 3;
    // From 100 apps on, each kubectl run is followed by timed in-process builds (in a fresh
    // child, after the same warm-up): the machine's load drifts over a run, and a pair sees the
    // same conditions, so the ratio of each pair is steadier than the ratio of the medians.
    const pairs = [];
    for (let i = 0; i < kn; i++) {
      const k = await measureProcess('kubectl', ['kustomize', target], kFile);
      kRuns.push(k);
      if (n >= 100) {
        // The median of 3 builds: one sub-second build is at the mercy of a moment's load,
        // where kubectl's run of half a minute averages over it.
        const t = runWorker({ mode: 'time', entry: nodeEntry, dir: target, warmup: res.warmup, runs: 3 });
        pairs.push(k.wall / median(t.runs.map((r) => r.wall)));
      }
    }
    res.kubectl = { wall: median(kRuns.map((r) => r.wall)), cpu: median(kRuns.map((r) => r.cpu)), rss: Math.max(...kRuns.map((r) => r.rss)), runs: kn };
    if (pairs.length) res.paired = { median: median(pairs), min: Math.min(...pairs), max: Math.max(...pairs), n: pairs.length };
    const k = fs.readFileSync(kFile);
    res.kBytes = k.length;
    res.identical = k.equals(ours) && res.cliSame;
  } else if (opt.reference.has(n)) {
    res.reference = opt.reference.get(n);
    res.identical = fs.readFileSync(res.reference).equals(ours) && res.cliSame;
  }
  console.log(' done');
  results.push(res);
}

// Single-app production overlay (patches, generators, a component).
const one = path.join(work, 'apps-1');
if (!fs.existsSync(one)) spawnSync(process.execPath, [genTree, '--out', one, '--apps', '1']);
const appName = fs.readdirSync(path.join(one, 'apps'))[0];
const single = path.join(one, 'apps', appName, 'overlays', 'production');
process.stdout.write('single-app overlay: rate');
const rate = runWorker({ mode: 'rate', entry: nodeEntry, dir: single, seconds: 3 });
process.stdout.write(', CLI');
const sRuns = 15;
const sCli = [];
for (let i = 0; i < sRuns; i++) sCli.push(await measureProcess(process.execPath, [cliEntry, 'build', single], path.join(work, 'single-cli.yaml')));
let sKube;
if (kubectl) {
  process.stdout.write(', kubectl');
  sKube = [];
  for (let i = 0; i < sRuns; i++) sKube.push(await measureProcess('kubectl', ['kustomize', single], path.join(work, 'single-kubectl.yaml')));
}
const singleSame = sKube ? fs.readFileSync(path.join(work, 'single-cli.yaml')).equals(fs.readFileSync(path.join(work, 'single-kubectl.yaml'))) : undefined;
process.stdout.write(', cold start');
const cold = [];
for (let i = 0; i < 15; i++) cold.push(await measureProcess(process.execPath, [cliEntry, 'version']));
const bare = [];
for (let i = 0; i < 15; i++) bare.push(await measureProcess(process.execPath, ['-e', '0']));
console.log(' done\n');

// ---------------------------------------------------------------- report

const sum = (xs) => ({ wall: median(xs.map((r) => r.wall)), cpu: median(xs.map((r) => r.cpu)), rss: Math.max(...xs.map((r) => r.rss)) });
const sc = sum(sCli);
const sk = sKube ? sum(sKube) : undefined;
const cs = sum(cold);
const bs = sum(bare);

say(`Machine: ${cpuModel}, ${os.cpus().length} CPUs, ${fmtMiB(os.totalmem())} RAM; node ${process.version}; ` +
  `kubectl ${kubectl ? `${kubectl.client} (kustomize ${kubectl.kustomize})` : 'not found'}; ${started.toISOString().slice(0, 10)}; ` +
  `1-minute load average ${loadStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end (other work on the machine skews wall times).`);
say(`Peak memory via ${hasTime ? '/usr/bin/time (max RSS)' : '/proc/<pid>/status VmHWM polling'}; the in-process peak is the max RSS of a fresh node child that imports dist/node.js and builds once.`);
say();
say('### Summary: `envs/production` of the generated monorepo');
say();
say(
  table(
    ['apps', 'documents', 'output', 'kubectl', 'our CLI', 'in-process (median)', 'speed-up (in-process)', 'speed-up (CLI)', 'identical bytes'],
    results.map((r) => [
      String(r.n),
      String(r.docs),
      fmtBytes(r.bytes),
      r.kubectl ? fmtMs(r.kubectl.wall) : 'not run',
      fmtMs(r.cli.wall),
      fmtMs(r.api.wall),
      r.kubectl ? ratio(r.kubectl.wall, r.api.wall) : '—',
      r.kubectl ? ratio(r.kubectl.wall, r.cli.wall) : '—',
      r.kubectl ? (r.identical ? 'yes' : 'NO') : r.reference ? (r.identical ? 'yes (recorded kubectl output)' : 'NO (recorded kubectl output)') : r.cliSame ? 'kubectl not run (CLI = API)' : 'NO (CLI ≠ API)',
    ]),
  ),
);
say();
for (const r of results) {
  say(`### ${r.n} app${r.n === 1 ? '' : 's'} (${r.docs} documents, ${fmtBytes(r.bytes)})`);
  say();
  const rows = [
    ['in-process API', fmtMs(r.api.wall), fmtMs(r.api.cpu), fmtMiB(r.api.rss), fmtBytes(r.bytes), r.kubectl ? ratio(r.kubectl.wall, r.api.wall) : '—', r.kubectl ? ratio(r.kubectl.rss, r.api.rss) : '—'],
    ['CLI (`node dist/cli.js build`)', fmtMs(r.cli.wall), fmtMs(r.cli.cpu), fmtMiB(r.cli.rss), fmtBytes(r.bytes), r.kubectl ? ratio(r.kubectl.wall, r.cli.wall) : '—', r.kubectl ? ratio(r.kubectl.rss, r.cli.rss) : '—'],
  ];
  if (r.kubectl) rows.push(['`kubectl kustomize`', fmtMs(r.kubectl.wall), fmtMs(r.kubectl.cpu), fmtMiB(r.kubectl.rss), fmtBytes(r.kBytes), '1x', '1x']);
  say(table(['', 'wall', 'CPU', 'peak RSS', 'output', 'faster than kubectl', 'less memory than kubectl'], rows));
  say();
  say(
    `In-process: median of ${r.runs} builds after ${r.warmup} warm-up builds (first build in a fresh process: ${fmtMs(r.api.first)}); CLI: median of ${r.runs} runs` +
      (r.kubectl
        ? `; kubectl: median of ${r.kubectl.runs} run${r.kubectl.runs === 1 ? '' : 's'}.` +
          (r.paired ? ` Paired (each kubectl run followed by the median of 3 in-process builds in a fresh child): in-process ${r.paired.median.toFixed(0)}x faster in the median pair (${r.paired.min.toFixed(0)}–${r.paired.max.toFixed(0)}x over ${r.paired.n} pairs).` : '') +
          ` Output ${r.identical ? 'byte-identical to kubectl' : '**differs from kubectl**'}.`
        : `; kubectl not run (above --kubectl-max ${opt.kubectlMax})` +
          (r.reference ? `; output ${r.identical ? 'byte-identical to' : '**differs from**'} a \`kubectl kustomize\` output of the same tree recorded earlier (${path.basename(r.reference)}).` : '.')),
  );
  say();
}
say('### Single-app production overlay, and start-up');
say();
say(
  table(
    ['', 'wall', 'CPU', 'peak RSS'],
    [
      [`in-process builds: ${(rate.builds / (rate.wall / 1000)).toFixed(0)} builds/s (median of ${rate.windows} half-second windows; best ${rate.best.toFixed(0)}/s)`, fmtMs(rate.wall / rate.builds), fmtMs(rate.cpu / rate.builds), '—'],
      ['CLI `build` (median of 15)', fmtMs(sc.wall), fmtMs(sc.cpu), fmtMiB(sc.rss)],
      ...(sk ? [['`kubectl kustomize` (median of 15)', fmtMs(sk.wall), fmtMs(sk.cpu), fmtMiB(sk.rss)]] : []),
      ['cold CLI start (`node dist/cli.js version`)', fmtMs(cs.wall), fmtMs(cs.cpu), fmtMiB(cs.rss)],
      ['bare `node -e 0`, for reference', fmtMs(bs.wall), fmtMs(bs.cpu), fmtMiB(bs.rss)],
    ],
  ),
);
say();
if (sk) say(`Single-app overlay output ${singleSame ? 'byte-identical to kubectl' : '**differs from kubectl**'}.`);
say();

// Targets of issue 8.
const byN = new Map(results.map((r) => [r.n, r]));
const targets = [];
const r1000 = byN.get(1000);
if (r1000) {
  targets.push([
    '1,000 apps in ≤ 3 s and ≤ 300 MiB, identical bytes',
    `in-process ${fmtMs(r1000.api.wall)} (first build ${fmtMs(r1000.api.first)}), CLI ${fmtMs(r1000.cli.wall)}; ${fmtMiB(r1000.api.rss)} in-process, ${fmtMiB(r1000.cli.rss)} CLI; ${r1000.identical === undefined ? 'bytes not checked (no kubectl run or recorded output)' : r1000.identical ? 'identical bytes' : 'DIFFERENT bytes'}`,
    ((api, cli) => (api && cli ? 'met (in-process and CLI)' : api ? 'met in-process; not met by the CLI' : 'not met'))(
      r1000.api.wall <= 3000 && r1000.api.rss <= 300 * 1048576 && r1000.identical === true,
      r1000.cli.wall <= 3000 && r1000.cli.rss <= 300 * 1048576 && r1000.identical === true,
    ),
  ]);
}
const r100 = byN.get(100);
if (r100 && r1000) {
  const e = Math.log(r1000.api.wall / r100.api.wall) / Math.log(10);
  const ec = Math.log(r1000.api.cpu / r100.api.cpu) / Math.log(10);
  targets.push(['growth 100 → 1,000 apps ≤ N^1.1', `wall N^${e.toFixed(2)}, CPU N^${ec.toFixed(2)} (in-process)`, e <= 1.1 ? 'met' : 'not met']);
}
const r300 = byN.get(300);
if (r300 && r300.kubectl) {
  const s = r300.kubectl.wall / r300.api.wall;
  const sc300 = r300.kubectl.wall / r300.cli.wall;
  const p = r300.paired;
  targets.push([
    '300 apps ≥ 30x faster than kubectl',
    `in-process ${p ? `${p.median.toFixed(0)}x in the median of ${p.n} paired runs (${p.min.toFixed(0)}–${p.max.toFixed(0)}x); ` : ''}${s.toFixed(0)}x median against median; CLI ${sc300.toFixed(0)}x`,
    (p ? p.median : s) >= 30 ? 'met' : 'not met',
  ]);
}
const bps = rate.builds / (rate.wall / 1000);
targets.push(['≥ 300 in-process builds/s of a single-app production overlay', `${bps.toFixed(0)} builds/s (best window ${rate.best.toFixed(0)}/s)`, bps >= 300 ? 'met' : 'not met']);
if (sk) {
  targets.push([
    'CLI on a single-app overlay no slower than kubectl, no more memory',
    `CLI ${fmtMs(sc.wall)} / ${fmtMiB(sc.rss)} vs kubectl ${fmtMs(sk.wall)} / ${fmtMiB(sk.rss)}`,
    sc.wall <= sk.wall && sc.rss <= sk.rss ? 'met' : 'not met',
  ]);
}
say('### Targets (issue 8)');
say();
say(table(['target', 'measured', ''], targets));

if (opt.write) {
  const begin = '<!-- bench:start (generated by `npm run bench`; edit outside these markers) -->';
  const end = '<!-- bench:end -->';
  const block = `${begin}\n${md.join('\n').trim()}\n${end}`;
  let doc = fs.existsSync(opt.out) ? fs.readFileSync(opt.out, 'utf8') : '# Performance\n\n';
  const a = doc.indexOf('<!-- bench:start');
  const b = doc.indexOf(end);
  doc = a >= 0 && b > a ? doc.slice(0, a) + block + doc.slice(b + end.length) : doc.trimEnd() + '\n\n' + block + '\n';
  fs.writeFileSync(opt.out, doc);
  console.log(`\nwrote ${path.relative(projectRoot, opt.out)}`);
}
{
  const lines = await benchHelm();
  console.log('\n' + lines.join('\n'));
  writeBlock(HELM_BEGIN, HELM_END, lines);
}
if (opt.keep) console.log(`trees kept in ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
