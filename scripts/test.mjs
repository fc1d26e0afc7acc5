#!/usr/bin/env node
// `npm test`: build (tsup), type-check (tsc), run vitest, then print one plain closing line
// `tests: N passed, M failed` so any CI reader can count. Exits non-zero when any step fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = (name) => path.join('node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

if (run(bin('tsup'), ['--silent']) !== 0) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}
if (run(bin('tsc'), ['--noEmit', '-p', '.']) !== 0) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}
const out = path.join(os.tmpdir(), `kustomize-ts-vitest-${process.pid}.json`);
const status = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...process.argv.slice(2)]);
let passed = 0;
let failed = status === 0 ? 0 : 1;
try {
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (status !== 0 && r.numFailedTests === 0 ? 1 : 0);
  fs.rmSync(out, { force: true });
} catch {
  /* vitest crashed before writing its report */
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(status);
