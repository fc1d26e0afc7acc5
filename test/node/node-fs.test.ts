/**
 * NodeFs.readFile: ASCII files come back as strings (their text in any decoding), anything else
 * as bytes for the build to decode (UTF-8 with libyaml's errors, UTF-16 with a byte-order mark),
 * and the build sees the same text either way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDir, NodeFs } from '../../src/node/index.js';
import { isKustomizeError } from '../../src/core/errors.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-nodefs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

describe('NodeFs.readFile', () => {
  const nfs = new NodeFs();

  it('returns ASCII files as strings and other files as their bytes', () => {
    expect(nfs.readFile(write('a.yaml', 'kind: ConfigMap\n'))).toBe('kind: ConfigMap\n');
    const utf8 = nfs.readFile(write('u.yaml', 'name: café\n'));
    expect(utf8).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(utf8 as Uint8Array)).toBe('name: café\n');
    const latin1Byte = nfs.readFile(write('l.bin', new Uint8Array([0x61, 0xe9, 0x0a])));
    expect(latin1Byte).toEqual(new Uint8Array([0x61, 0xe9, 0x0a]));
    // Larger than the scratch buffer: bytes, whole.
    const big = 'x'.repeat(300 * 1024);
    expect(new TextDecoder().decode(nfs.readFile(write('big.txt', big)) as Uint8Array)).toBe(big);
    expect(nfs.readFile(path.join(dir, 'missing'))).toBeUndefined();
  });

  it('builds ASCII, UTF-8 and UTF-16 files alike', () => {
    // Keys in the emitter's order, so the input is also the expected output.
    const cm = (v: string) => `apiVersion: v1\ndata:\n  k: ${v}\nkind: ConfigMap\nmetadata:\n  name: cm\n`;
    write('t/kustomization.yaml', 'resources:\n  - ascii.yaml\n  - utf16.yaml\n');
    write('t/ascii.yaml', cm('plain'));
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...cm('wide').replace('name: cm', 'name: cm2')].flatMap((ch) => [ch.charCodeAt(0), 0])]);
    write('t/utf16.yaml', utf16);
    const out = buildDir(path.join(dir, 't')).yaml;
    expect(out).toBe(cm('plain') + '---\n' + cm('wide').replace('name: cm', 'name: cm2'));
  });

  it('still reports invalid UTF-8 at its line', () => {
    write('bad/kustomization.yaml', 'resources:\n  - r.yaml\n');
    write('bad/r.yaml', new Uint8Array([...new TextEncoder().encode('kind: A\nname: '), 0xff, 0x0a]));
    let err: unknown;
    try {
      buildDir(path.join(dir, 'bad'));
    } catch (e) {
      err = e;
    }
    expect(isKustomizeError(err)).toBe(true);
    expect(err).toMatchObject({ code: 'YAML_SYNTAX', line: 2 });
  });
});
