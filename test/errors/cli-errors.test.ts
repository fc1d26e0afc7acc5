/**
 * How the CLI reports a failed build: one `Error: file:line:col: message (CODE)` line on stderr,
 * exit code 1, nothing on stdout, no stack trace, and `-o` leaves no file behind. Unexpected
 * (internal) errors are one line too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guard } from '../../src/cli/args.js';
import { runCli } from '../../src/cli/main.js';

let tmp = '';
beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kts-cli-errors-')));
  const w = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp, rel), text);
  };
  w('bad-field/kustomization.yaml', 'resources:\n- cm.yaml\nnamePrefix:\n  nested: map\n');
  w('bad-field/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n');
  w('bad-yaml/kustomization.yaml', 'resources:\n- cm.yaml\n');
  w('bad-yaml/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: [unclosed\n');
  w('good/kustomization.yaml', 'resources:\n- cm.yaml\n');
  w('good/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n');
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (s) => (out += s), err: (s) => (err += s), cwd: tmp });
  // Local trees build synchronously; only remote bases make the CLI asynchronous.
  if (typeof code !== 'number') throw new Error('unexpected asynchronous build');
  return { code, out, err };
}

describe('build errors on the command line', () => {
  it('a kustomization field error: file:line:col, message, code', () => {
    const r = run(['build', 'bad-field']);
    expect(r).toEqual({
      code: 1,
      out: '',
      err: `Error: ${tmp}/bad-field/kustomization.yaml:3:1: invalid Kustomization: json: cannot unmarshal object into Go struct field Kustomization.namePrefix of type string (INVALID_KUSTOMIZATION)\n`,
    });
  });
  it('a malformed resource: its file and line, and the kustomization entry that named it', () => {
    const r = run(['build', 'bad-yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      new RegExp(`^Error: ${tmp}/bad-yaml/cm\\.yaml:7:\\d+: yaml: .* \\(from ${tmp}/bad-yaml/kustomization\\.yaml:2:3, field resources\\[0\\]\\) \\(YAML_SYNTAX\\)\\n$`),
    );
    expect(r.err).not.toMatch(/\n\s+at /);
  });
  it('-o writes nothing when the build fails, and the file when it succeeds', () => {
    const out = path.join(tmp, 'out.yaml');
    expect(run(['build', 'bad-yaml', '-o', out]).code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    const dir = path.join(tmp, 'outdir');
    fs.mkdirSync(dir);
    expect(run(['build', 'bad-field', '-o', dir]).code).toBe(1);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(run(['build', 'good', '-o', out])).toEqual({ code: 0, out: '', err: '' });
    expect(fs.readFileSync(out, 'utf8')).toBe('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n');
  });
  it('an unexpected error is one line, without a stack trace', () => {
    let err = '';
    const code = guard({ out: () => {}, err: (s) => (err += s) }, () => {
      throw new TypeError('boom');
    });
    expect(code).toBe(1);
    expect(err).toBe('Error: internal error: boom\n');
  });
});
