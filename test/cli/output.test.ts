/**
 * `-o` and stdout failures, with the CLI as a process (dist/cli.js, built by `npm test`).
 *
 * kubectl's outcome, observed with `kubectl kustomize -o DIR` (kustomize v5.5.0):
 * - a resource named `../../../x`: kubectl writes `x.yaml` three levels above DIR, exit 0;
 * - resources `a` and `b/c`: kubectl writes `v1_configmap_a.yaml`, then fails on `b/c` (no
 *   directory `v1_configmap_b`), exit 1, leaving `a`'s file behind;
 * - `-o missing/x.yaml`: `open missing/x.yaml: no such file or directory`, exit 1.
 * kustomize-ts refuses unsafe names before writing anything, writes a directory's files all or
 * none, and reports write failures as one error line (intended differences: docs/compatibility.md).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${JSON.stringify(name)}\n`;

let dir = '';

function app(name: string, resources: string[]): string {
  const d = path.join(dir, name);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, 'kustomization.yaml'), 'resources:\n- r.yaml\n');
  fs.writeFileSync(path.join(d, 'r.yaml'), resources.map(cm).join('---\n'));
  return d;
}

function run(args: string[], opts: { cwd?: string; stdout?: number | 'pipe' } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: opts.cwd ?? dir,
    encoding: 'utf8',
    stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'],
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-output-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!fs.existsSync(cli))('-o DIR', () => {
  it('a resource named ../../../x is refused and nothing is written anywhere (kubectl writes above DIR)', () => {
    const a = app('dotdot', ['../../../x']);
    const out = path.join(dir, 'deep', 'er', 'out');
    fs.mkdirSync(out, { recursive: true });
    const r = run(['build', a, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Error: refusing to write ConfigMap "\.\.\/\.\.\/\.\.\/x" .*path separator; nothing was written\n$/);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'x.yaml'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'deep', 'x.yaml'))).toBe(false);
  });

  it('a failing name writes no file at all (kubectl leaves the first file behind)', () => {
    const a = app('slash', ['a', 'b/c']);
    const out = path.join(dir, 'out-slash');
    fs.mkdirSync(out);
    const r = run(['build', a, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nothing was written');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('safe names are written with kustomize\'s file names, as kubectl writes them', () => {
    const a = app('ok', ['web', 'Api']);
    const out = path.join(dir, 'out-ok');
    fs.mkdirSync(out);
    expect(run(['build', a, '-o', out]).status).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['v1_configmap_api.yaml', 'v1_configmap_web.yaml']);
  });
});

describe.skipIf(!fs.existsSync(cli))('other output failures', () => {
  it('-o into a missing directory is one error line (kubectl: "open missing/x.yaml: no such file or directory")', () => {
    const a = app('to-missing', ['a']);
    const r = run(['build', a, '-o', 'missing/x.yaml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Error: writing .*missing\/x\.yaml: ENOENT: no such file or directory/);
    expect(r.stderr).not.toContain('internal error');
  });

  it('--output= (empty) is a usage error, not files in the working directory', () => {
    const a = app('empty-output', ['a']);
    const cwd = path.join(dir, 'cwd-empty');
    fs.mkdirSync(cwd);
    const r = run(['build', a, '--output='], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('Error: flag needs a non-empty argument: --output\n');
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it.skipIf(!fs.existsSync('/dev/full'))('a full disk on stdout is one error line, no stack trace', () => {
    const a = app('full', ['a']);
    const fd = fs.openSync('/dev/full', 'w');
    try {
      const r = run(['build', a], { stdout: fd });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('Error: writing the output: ENOSPC: no space left on device, write\n');
    } finally {
      fs.closeSync(fd);
    }
  });
});
