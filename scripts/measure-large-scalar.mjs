#!/usr/bin/env node
// Peak memory per input byte of a build whose resource holds one large scalar, for the figures
// of docs/performance.md. Writes the inputs to a temp directory, runs `CLI build DIR > /dev/null`
// under /usr/bin/time (peak RSS) for each, and prints a Markdown table.
// usage: node scripts/measure-large-scalar.mjs [CLI=dist/cli.js] [--mib 32] [--styles plain,dq,sq,literal]
//          [--timeout 300]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const cli = path.resolve(args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? 'dist/cli.js');
const mib = Number(opt('--mib', '32'));
const styles = opt('--styles', 'plain,dq,sq,literal').split(',');
const timeout = Number(opt('--timeout', '300'));

const n = Math.floor(mib * 2 ** 20);
const body = {
  plain: () => 'x'.repeat(n),
  dq: () => '"' + 'ab\\nc'.repeat(Math.floor(n / 5)) + '"',
  sq: () => "'" + 'abcd'.repeat(Math.floor(n / 4)) + "'",
  literal: () => '|\n' + ('    ' + 'y'.repeat(75) + '\n').repeat(Math.floor(n / 80)),
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-scalar-'));
console.log(`| input (${mib} MiB scalar) | file bytes | wall s | peak RSS MiB | RSS / input byte |`);
console.log('|---|---|---|---|---|');
for (const s of styles) {
  const app = path.join(dir, s);
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'kustomization.yaml'), 'resources:\n- r.yaml\n');
  fs.writeFileSync(path.join(app, 'r.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  x: ' + body[s]() + '\n');
  const size = fs.statSync(path.join(app, 'r.yaml')).size;
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', 'timeout', String(timeout), process.execPath, '--max-old-space-size=8192', cli, 'build', app], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const [wall, kb] = r.stderr.trim().split('\n').pop().split(' ');
  const status = r.status === 0 ? '' : ` (exit ${r.status})`;
  console.log(`| ${s}${status} | ${size} | ${wall} | ${(Number(kb) / 1024).toFixed(0)} | ${((Number(kb) * 1024) / size).toFixed(1)} |`);
  fs.rmSync(app, { recursive: true, force: true });
}
fs.rmSync(dir, { recursive: true, force: true });
