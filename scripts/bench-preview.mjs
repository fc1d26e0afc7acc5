#!/usr/bin/env node
// Benchmark of `kustomize-ts preview` and of builds over a commit (issue 16), side by side with
// a kubectl baseline in the same run.
//
// The 1,000-app monorepo of ../shared/bench/gen-tree.mjs is made a git repository with one Argo
// CD Application per app and environment (3,000, in argocd/<env>/<app>.yaml, targetRevision
// main), then two branches: `one-app` changes one app's base, `component` changes the component
// every app uses. Measured:
//   - `kustomize-ts preview --base main --head BRANCH -o json` end to end (a fresh process);
//   - baseline: check out both revisions (`git worktree add`) and run `kubectl kustomize` on
//     every affected application on both sides. For `one-app` all 3 affected apps are run; for
//     `component` a sample of applications is run and the time extrapolated to all 3,000 (said
//     so in the table);
//   - builds over a commit (GitTreeFs) against the same builds over a checkout (NodeFs), CPU
//     time, median of several: one app's overlay and envs/production (1,000 apps), with the
//     repository opened once (warm) and opened per build (cold).
// Writes the tables between the `bench-preview:start` / `bench-preview:end` markers of
// docs/performance.md.
//
// usage: node scripts/bench-preview.mjs [--apps N] [--sample N] [--no-write] [--keep] [--dist DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..');
const args = process.argv.slice(2);
const opt = { apps: 1000, sample: 10, write: true, keep: false, dist: undefined };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--apps') opt.apps = Number(args[++i]);
  else if (a === '--sample') opt.sample = Number(args[++i]);
  else if (a === '--no-write') opt.write = false;
  else if (a === '--keep') opt.keep = true;
  else if (a === '--dist') opt.dist = path.resolve(args[++i]);
  else {
    console.error(`bench-preview: unknown argument ${a}`);
    process.exit(2);
  }
}
const genTree = path.resolve(projectRoot, '..', 'shared', 'bench', 'gen-tree.mjs');
if (!fs.existsSync(genTree)) {
  console.log(`bench-preview: skipped (${genTree} not found)`);
  process.exit(0);
}
let dist = opt.dist;
if (!dist) {
  dist = path.join(projectRoot, 'node_modules', '.cache', 'kustomize-ts-bench-preview', 'dist');
  console.log(`building a private copy of dist/ in ${path.relative(projectRoot, dist)} ...`);
  const r = spawnSync('npx', ['tsup', '--silent', '--out-dir', dist], { cwd: projectRoot, stdio: 'inherit' });
  if (r.status !== 0) process.exit(2);
}
const cli = path.join(dist, 'cli.js');
const hasKubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-bench-preview-'));
const repo = path.join(tmp, 'repo');
const URL = 'https://git.example.com/bench/monorepo.git';
const gitEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
};
const git = (a, cwd = repo) => execFileSync('git', a, { cwd, env: gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
const now = () => performance.now();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);

try {
  // --- the repository
  execFileSync(process.execPath, [genTree, '--out', repo, '--apps', String(opt.apps)], { stdio: 'ignore' });
  const info = JSON.parse(fs.readFileSync(path.join(repo, 'gen-info.json'), 'utf8'));
  for (const env of info.envs) {
    fs.mkdirSync(path.join(repo, 'argocd', env), { recursive: true });
    for (const app of info.appNames) {
      fs.writeFileSync(
        path.join(repo, 'argocd', env, `${app}.yaml`),
        `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${app}-${env}\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: ${URL}\n    targetRevision: main\n    path: apps/${app}/overlays/${env}\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: ${app}-${env}\n`,
      );
    }
  }
  git(['init', '-q', '-b', 'main']);
  git(['config', 'gc.auto', '0']);
  git(['remote', 'add', 'origin', URL]);
  git(['add', '-A']);
  git(['commit', '-qm', 'monorepo']);
  git(['gc', '-q']);
  const app0 = info.appNames[Math.floor(info.appNames.length / 2)];
  git(['checkout', '-q', '-b', 'one-app']);
  const baseK = path.join(repo, 'apps', app0, 'base', 'kustomization.yaml');
  fs.writeFileSync(baseK, fs.readFileSync(baseK, 'utf8').replace(`SERVICE_NAME=${app0}`, `SERVICE_NAME=${app0}-v2`));
  git(['commit', '-qam', `${app0}: change its base`]);
  git(['checkout', '-q', '-b', 'component', 'main']);
  const exp = path.join(repo, 'components', 'observability', 'exporter.yaml');
  fs.writeFileSync(exp, fs.readFileSync(exp, 'utf8').replace('interval: 15s', 'interval: 30s'));
  git(['commit', '-qam', 'observability: scrape every 30s']);
  git(['checkout', '-q', 'main']);
  const files = git(['ls-files']).split('\n').filter(Boolean).length;
  console.log(`repository: ${opt.apps} apps, ${info.envs.length * opt.apps} Applications, ${files} files`);

  // --- preview, end to end
  const runPreview = (head) => {
    const out = path.join(tmp, `preview-${head}.json`);
    const t0 = now();
    const r = spawnSync(process.execPath, [cli, 'preview', '--base', 'main', '--head', head, '-o', 'json'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = now() - t0;
    if (r.status !== 1) throw new Error(`preview ${head}: exit ${r.status}\n${r.stderr}`);
    fs.writeFileSync(out, r.stdout);
    const rep = JSON.parse(r.stdout);
    return { ms, rep };
  };
  const results = {};
  for (const head of ['one-app', 'component']) {
    const runs = [];
    let rep;
    for (let i = 0; i < (head === 'one-app' ? 3 : 1); i++) {
      const r = runPreview(head);
      runs.push(r.ms);
      rep = r.rep;
    }
    const affected = rep.apps.filter((a) => a.status === 'changed').map((a) => a);
    results[head] = { ms: median(runs), runs, summary: rep.summary, stats: rep.stats, affected };
    console.log(`preview main..${head}: ${fmt(median(runs))} (${runs.map(fmt).join(', ')}); ${JSON.stringify(rep.summary)} ${JSON.stringify(rep.stats)}`);
  }

  // --- baseline: checkouts + kubectl per affected application
  const baseline = {};
  if (hasKubectl) {
    for (const head of ['one-app', 'component']) {
      const affected = results[head].affected;
      const t0 = now();
      const wa = path.join(tmp, `wt-base-${head}`);
      const wb = path.join(tmp, `wt-head-${head}`);
      git(['worktree', 'add', '-q', '--detach', wa, 'main']);
      git(['worktree', 'add', '-q', '--detach', wb, head]);
      const checkout = now() - t0;
      const sample = head === 'one-app' ? affected : affected.filter((_, i) => i % Math.ceil(affected.length / opt.sample) === 0).slice(0, opt.sample);
      const times = [];
      let identical = true;
      for (const a of sample) {
        for (const w of [wa, wb]) {
          const t = now();
          const r = spawnSync('kubectl', ['kustomize', a.paths[0]], { cwd: w, encoding: 'utf8', maxBuffer: 1 << 28 });
          times.push(now() - t);
          if (r.status !== 0) identical = false;
        }
      }
      const per = times.reduce((x, y) => x + y, 0) / times.length;
      const total = checkout + per * 2 * affected.length;
      baseline[head] = { checkout, per, total, sampled: sample.length, affected: affected.length, extrapolated: sample.length < affected.length, identical };
      console.log(`baseline main..${head}: checkouts ${fmt(checkout)}, kubectl ${fmt(per)} per build, ${sample.length} of ${affected.length} apps run, total ${fmt(total)}`);
      git(['worktree', 'remove', '--force', wa]);
      git(['worktree', 'remove', '--force', wb]);
    }
  }

  // --- builds over a commit vs over a checkout (CPU time, in one child process)
  const probe = path.join(tmp, 'probe.mjs');
  fs.writeFileSync(
    probe,
    `import { build, NodeFs, GitRepository } from ${JSON.stringify(pathToFileURL(path.join(dist, 'node.js')).href)};
const [dir, target, n] = [process.argv[2], process.argv[3], Number(process.argv[4])];
const cpu = (f) => { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const repo = new GitRepository(dir);
let same = true;
build(new NodeFs(), dir + '/' + target); build(repo.at('HEAD'), dir + '/' + target);
const r = { checkout: [], warm: [], cold: [] };
for (let i = 0; i < n; i++) {
  let a, b;
  r.checkout.push(cpu(() => (a = build(new NodeFs(), dir + '/' + target).yaml)));
  r.warm.push(cpu(() => (b = build(repo.at('HEAD'), dir + '/' + target).yaml)));
  r.cold.push(cpu(() => { const g = new GitRepository(dir); build(g.at('HEAD'), dir + '/' + target); g.close(); }));
  same &&= a === b;
}
console.log(JSON.stringify({ checkout: med(r.checkout), warm: med(r.warm), cold: med(r.cold), same }));`,
  );
  const commit = {};
  for (const [label, target, n] of [
    ['one app overlay', `apps/${app0}/overlays/production`, 21],
    [`envs/production (${opt.apps} apps)`, 'envs/production', 3],
  ]) {
    const r = spawnSync(process.execPath, [probe, repo, target, String(n)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    commit[label] = JSON.parse(r.stdout);
    console.log(`build ${label}: ${r.stdout.trim()}`);
  }

  // --- report
  const lines = [];
  lines.push(`Run on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), load average ${os.loadavg()[0].toFixed(1)} at the end; ${opt.apps} apps, ${info.envs.length * opt.apps} Applications, ${files} files in git.`, '');
  lines.push('| preview | kustomize-ts (end to end) | target | applications changed | builds run | decided without building (same definition / no path changed / same inputs) | baseline: checkouts + `kubectl kustomize` per affected app | speed-up |');
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const [head, target] of [['one-app', 2000], ['component', 20000]]) {
    const r = results[head];
    const b = baseline[head];
    const base = b ? `${fmt(b.total)} (checkouts ${fmt(b.checkout)} + ${r.affected.length * 2} builds × ${fmt(b.per)}${b.extrapolated ? `; ${b.sampled} of ${b.affected} apps run on both sides, extrapolated` : ''})` : 'kubectl not installed';
    lines.push(
      `| ${head === 'one-app' ? "one app's base changed" : 'the shared component changed'} | ${fmt(r.ms)}${r.runs.length > 1 ? ` (median of ${r.runs.length})` : ''} | ≤ ${fmt(target)}: ${r.ms <= target ? 'met' : 'not met'} | ${r.summary.changed} of ${r.affected.length + r.summary.unchanged} | ${r.stats.builds} | ${r.stats.sameDefinition} / ${r.stats.noPathChanged} / ${r.stats.sameInputs} | ${base} | ${b ? `${(b.total / r.ms).toFixed(0)}x` : '—'} |`,
    );
  }
  lines.push('', '| build | over a checkout (NodeFs), CPU | over a commit, repository open (GitTreeFs), CPU | ratio | over a commit, repository opened per build, CPU | ratio | identical output |', '|---|---|---|---|---|---|---|');
  for (const [label, c] of Object.entries(commit)) {
    lines.push(`| ${label} | ${fmt(c.checkout)} | ${fmt(c.warm)} | ${(c.warm / c.checkout).toFixed(2)}x | ${fmt(c.cold)} | ${(c.cold / c.checkout).toFixed(2)}x | ${c.same ? 'yes' : 'NO'} |`);
  }
  const table = lines.join('\n');
  console.log('\n' + table);
  if (opt.write) {
    const doc = path.join(projectRoot, 'docs', 'performance.md');
    let text = fs.readFileSync(doc, 'utf8');
    const block = `<!-- bench-preview:start -->\n${table}\n<!-- bench-preview:end -->`;
    if (text.includes('<!-- bench-preview:start -->')) text = text.replace(/<!-- bench-preview:start -->[\s\S]*?<!-- bench-preview:end -->/, block);
    else text += `\n## Preview and builds over a commit (\`npm run bench:preview\`)\n\n${block}\n`;
    fs.writeFileSync(doc, text);
    console.log(`wrote ${path.relative(projectRoot, doc)}`);
  }
} finally {
  if (opt.keep) console.log(`kept ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}
