/**
 * Key/value sources: literals, files, env files, and the objects the generators build from
 * them. Expected values are what kubectl kustomize v5.5.0 printed for the same input.
 */
import { describe, expect, test } from 'vitest';
import { KustomizeError } from '../../src/core/errors.js';
import type { Json } from '../../src/core/json.js';
import { generateConfigMap, generateSecret, hashSuffix, type GeneratorLoader } from '../../src/generators/index.js';
import {
  goPathBase,
  keyValuesFromLines,
  parseFileSource,
  parseLiteralSource,
  removeQuotes,
} from '../../src/generators/kv-sources.js';

const enc = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

/** A loader over an in-memory record; keys ending in '/' are directories. */
function memLoader(files: Record<string, string | Uint8Array>): GeneratorLoader {
  const norm = (p: string) => p.replace(/^\.\//, '').replace(/\/+$/, '');
  return {
    kustomizationFile: 'kustomization.yaml',
    isDir: (p) => norm(p) === '' || Object.keys(files).some((k) => k.startsWith(norm(p) + '/')),
    readFile: (p) => {
      const c = files[norm(p)];
      if (c === undefined) throw new KustomizeError('FILE_NOT_FOUND', `file '${p}' does not exist`, { file: p });
      return typeof c === 'string' ? enc(c) : c;
    },
  };
}

function thrown(f: () => unknown): KustomizeError {
  try {
    f();
  } catch (e) {
    if (e instanceof KustomizeError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('literals', () => {
  test('split at the first =; one pair of matching quotes removed', () => {
    expect(parseLiteralSource('k6=a=b=c')).toEqual(['k6', 'a=b=c']);
    expect(parseLiteralSource('k1="abc\'')).toEqual(['k1', '"abc\'']);
    expect(parseLiteralSource("k2='x'")).toEqual(['k2', 'x']);
    expect(parseLiteralSource('k3="a"b"')).toEqual(['k3', 'a"b']);
    expect(parseLiteralSource('k4=""')).toEqual(['k4', '']);
    expect(parseLiteralSource('k5="')).toEqual(['k5', '"']);
    expect(parseLiteralSource('k7= spaced ')).toEqual(['k7', ' spaced ']);
    expect(parseLiteralSource('we ird/key:x=1')).toEqual(['we ird/key:x', '1']);
    expect(removeQuotes('""x""')).toBe('"x"');
  });

  test('no = or a leading = is an error', () => {
    expect(thrown(() => parseLiteralSource('a')).message).toBe('invalid literal source a, expected key=value');
    expect(thrown(() => parseLiteralSource('=a')).code).toBe('GENERATOR_FAILED');
    expect(thrown(() => parseLiteralSource('')).message).toBe('invalid literal source , expected key=value');
  });
});

describe('file sources', () => {
  test('path or key=path; the key defaults to the base name', () => {
    expect(parseFileSource('sub/f.txt')).toEqual(['f.txt', 'sub/f.txt']);
    expect(parseFileSource('sub/f.txt/')).toEqual(['f.txt', 'sub/f.txt/']);
    expect(parseFileSource('k=sub/f.txt')).toEqual(['k', 'sub/f.txt']);
    expect(parseFileSource('')).toEqual(['.', '']);
    expect(goPathBase('///')).toBe('/');
    expect(goPathBase('./a')).toBe('a');
  });

  test('kustomize messages for bad sources', () => {
    expect(thrown(() => parseFileSource('a=b=c')).message).toBe(`source "a=b=c" key name or file path contains '='`);
    expect(thrown(() => parseFileSource('=path')).message).toBe('missing key name for file path "path" in source "=path"');
    expect(thrown(() => parseFileSource('=')).message).toBe('missing key name for file path "" in source "="');
    expect(thrown(() => parseFileSource('key=')).message).toBe('missing file path for key name "key" in source "key="');
    expect(thrown(() => parseFileSource('=a=b')).message).toBe(`source "=a=b" key name or file path contains '='`);
  });
});

describe('env files', () => {
  test('comments, BOM, blank lines, KEY without =, whitespace, CR', () => {
    // kubectl: A "1", 'B ' ' 2 ', C '"q"', D "\uFEFFx", E "", HOME "", weird-key.x "3"
    const content = Uint8Array.from([
      ...bytes(0xef, 0xbb, 0xbf),
      ...enc('# comment\n\n  HOME\nA=1\n\tB = 2 \n  #c2\nC="q"\nD='),
      ...bytes(0xef, 0xbb, 0xbf),
      ...enc('x\r\nE\r\nweird-key.x=3\n'),
    ]);
    expect(keyValuesFromLines(content)).toEqual([
      { key: 'HOME', value: '' },
      { key: 'A', value: '1' },
      { key: 'B ', value: ' 2 ' },
      { key: 'C', value: '"q"' },
      { key: 'D', value: '\ufeffx' },
      { key: 'E', value: '' },
      { key: 'weird-key.x', value: '3' },
    ]);
  });

  test('Unicode whitespace is trimmed on the left; a BOM after line 1 stays; =x lines are skipped', () => {
    // kubectl: "\uFEFFE" 5, A 1, B "2\r", "C\u2028" 3, D 4, F '#x', G ""
    const text = '\u00a0 A=1\n\u000b\u000cB=2\r\r\nC\u2028=3\n\u2028D=4\n\ufeffE=5\n =\nF=#x\n   \t  \nG';
    expect(keyValuesFromLines(enc(text))).toEqual([
      { key: 'A', value: '1' },
      { key: 'B', value: '2\r' },
      { key: 'C\u2028', value: '3' },
      { key: 'D', value: '4' },
      { key: '\ufeffE', value: '5' },
      { key: 'F', value: '#x' },
      { key: 'G', value: '' },
    ]);
  });

  test('a line over 64 KiB ends the file silently (Go bufio.Scanner)', () => {
    // kubectl: with B=x*65533 (65535 bytes) all of A, B, C; with one more x only A.
    const file = (n: number) => enc(`A=1\nB=${'x'.repeat(n)}\nC=3\n`);
    expect(keyValuesFromLines(file(65533)).map((p) => p.key)).toEqual(['A', 'B', 'C']);
    expect(keyValuesFromLines(file(65534)).map((p) => p.key)).toEqual(['A']);
    expect(keyValuesFromLines(enc(`A=1\nB=${'x'.repeat(65533)}`)).map((p) => p.key)).toEqual(['A', 'B']);
    expect(keyValuesFromLines(enc(`A=1\nB=${'x'.repeat(65534)}`)).map((p) => p.key)).toEqual(['A']);
  });

  test('a line that is not UTF-8 is an error', () => {
    const e = thrown(() => keyValuesFromLines(Uint8Array.from([...enc('A=1\nB'), 0xff, ...enc('=2\n')])));
    expect(e.message).toBe('line [66 255 61 50] has invalid utf8 bytes : B\\xff=2');
  });
});

describe('generateConfigMap', () => {
  const ldr = memLoader({
    'trail.txt': 'line1  \nline2\t\n',
    'bin.dat': bytes(0xff, 0xfe, 0x00, 0x62, 0x69, 0x6e),
    'sub/f.txt': 'x',
    'empty.txt': '',
    'a.env': 'A=1\n',
    'b.env': 'B=2\n',
  });

  test('files: text to data, non-UTF-8 to binaryData, trailing whitespace kept', () => {
    // kubectl: binaryData bin.dat //4AYmlu; data empty.txt "", f.txt x, k x, trail.txt "line1  \nline2\t\n"; a-85kk9gf4bg
    const r = generateConfigMap(
      { name: 'a', files: ['trail.txt', 'bin.dat', 'sub/f.txt', 'k=sub/f.txt', 'empty.txt'] },
      undefined,
      ldr,
    );
    expect(r.obj).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'a' },
      data: { 'empty.txt': '', 'f.txt': 'x', k: 'x', 'trail.txt': 'line1  \nline2\t\n' },
      binaryData: { 'bin.dat': '//4AYmlu' },
    });
    expect(hashSuffix(r.obj)).toBe('85kk9gf4bg');
    expect(r.needsHash).toBe(true);
    expect(r.behavior).toBe('unspecified');
  });

  test('secrets base64 everything', () => {
    // kubectl: data bin.dat //4AYmlu, trail.txt bGluZTEgIApsaW5lMgkK; s-mfkk9c7gdh
    const r = generateSecret({ name: 's', files: ['trail.txt', 'bin.dat'] }, undefined, ldr);
    expect(r.obj).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      type: 'Opaque',
      data: { 'bin.dat': '//4AYmlu', 'trail.txt': 'bGluZTEgIApsaW5lMgkK' },
    });
    expect(hashSuffix(r.obj)).toBe('mfkk9c7gdh');
  });

  test('base64 of 70 characters or more is cut in 70-column lines, each ending in a newline', () => {
    const r = generateSecret({ name: 's', literals: [`a=${'x'.repeat(51)}`, `b=${'x'.repeat(52)}`] }, undefined, ldr);
    const data = r.obj['data'] as Record<string, string>;
    expect(data['a']).toBe('eHh4'.repeat(17)); // 68 characters: one line, no newline
    expect(data['b']).toBe('eHh4'.repeat(17) + 'eA\n==\n'); // 72 characters
  });

  test('the deprecated env field comes after envs', () => {
    const r = generateConfigMap({ name: 'b', env: 'a.env', envs: ['b.env'] }, undefined, ldr);
    expect(r.obj['data']).toEqual({ A: '1', B: '2' });
    expect(hashSuffix(r.obj)).toBe('66h9cbh964');
  });

  test('field names match case-insensitively; an exact spelling wins', () => {
    // kubectl: {Name: b, LITERALS: [x=1]} -> b-hmg6f82fh6; {name: b, Name: c} and {Name: c, name: b} -> b
    expect(generateConfigMap({ Name: 'b', LITERALS: ['x=1'] }, undefined, ldr).name).toBe('b');
    expect(generateConfigMap({ name: 'b', Name: 'c', literals: ['a=1'] }, undefined, ldr).name).toBe('b');
    expect(generateConfigMap({ Name: 'c', name: 'b', literals: ['a=1'] }, undefined, ldr).name).toBe('b');
    expect(generateConfigMap({ NAME: 'c', Name: 'b', literals: ['a=1'] }, undefined, ldr).name).toBe('b');
  });

  test('options and generatorOptions (MergeGlobalOptionsIntoLocal)', () => {
    const global: Json = { labels: { g: '1', both: 'global' }, annotations: { ga: '1' }, immutable: true };
    const c = generateConfigMap(
      { name: 'b', literals: ['x=1'], options: { labels: { both: 'local' }, immutable: false } },
      global,
      ldr,
    );
    expect(c.obj).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'b', labels: { both: 'local', g: '1' }, annotations: { ga: '1' } },
      data: { x: '1' },
      immutable: true,
    });
    const s = generateSecret(
      { name: 's', type: 'kubernetes.io/tls', namespace: 'ns1', literals: ['x=1'], options: { disableNameSuffixHash: false } },
      { ...(global as object), disableNameSuffixHash: true },
      ldr,
    );
    expect(s.obj['metadata']).toEqual({ name: 's', namespace: 'ns1', labels: { both: 'global', g: '1' }, annotations: { ga: '1' } });
    expect(s.obj['immutable']).toBe(true);
    expect(s.obj['type']).toBe('kubernetes.io/tls');
    expect(s.needsHash).toBe(false);
  });

  test('null label values become empty strings; null options are absent', () => {
    const r = generateConfigMap({ name: 'b', literals: ['a=1'], options: { labels: { a: null } } }, null, ldr);
    expect(r.obj['metadata']).toEqual({ name: 'b', labels: { a: '' } });
    expect(generateConfigMap({ name: 'b', literals: ['a=1'], options: null }, null, ldr).needsHash).toBe(true);
  });

  test('behavior words are exact', () => {
    const b = (behavior: string) => generateConfigMap({ name: 'b', behavior, literals: ['a=1'] }, undefined, ldr).behavior;
    expect(b('create')).toBe('create');
    expect(b('merge')).toBe('merge');
    expect(b('replace')).toBe('replace');
    expect(b('Merge')).toBe('unspecified');
    expect(b('bogus')).toBe('unspecified');
  });
});

describe('generator errors', () => {
  const ldr = memLoader({ 'dir/x.txt': 'x', 'k.txt': 'x', 'a.env': 'K=1\n', 'bad.env': bytes(0x41, 0x3d, 0xff, 0x0a) });
  const at = ['configMapGenerator', 3];
  const err = (args: Json, global?: Json) => thrown(() => generateConfigMap(args, global, ldr, { field: at }));

  test.each([
    ['no name', { literals: ['a=1'] }, 'GENERATOR_FAILED', [...at, 'name'], 'a configmap must have a name'],
    ['repeated key', { name: 'a', literals: ['k=1', 'k=2'] }, 'GENERATOR_FAILED', [...at, 'literals', 1], 'configmap a illegally repeats the key `k`'],
    ['literal vs file', { name: 'a', literals: ['k.txt=1'], files: ['k.txt'] }, 'GENERATOR_FAILED', [...at, 'files', 0], 'configmap a illegally repeats the key `k.txt`'],
    ['env vs literal', { name: 'a', envs: ['a.env'], literals: ['K=2'] }, 'GENERATOR_FAILED', [...at, 'literals', 0], 'configmap a illegally repeats the key `K`'],
    ['bad literal', { name: 'a', literals: ['a=1', 'nope'] }, 'GENERATOR_FAILED', [...at, 'literals', 1], 'loading KV pairs: literal sources [a=1 nope]: invalid literal source nope, expected key=value'],
    ['bad file source', { name: 'a', files: ['a=b=c'] }, 'GENERATOR_FAILED', [...at, 'files', 0], `loading KV pairs: file sources: [a=b=c]: source "a=b=c" key name or file path contains '='`],
    ['directory in files', { name: 'a', files: ['dir'] }, 'GENERATOR_FAILED', [...at, 'files', 0], "loading KV pairs: file sources: [dir]: 'dir' must resolve to a file"],
    ['empty file source', { name: 'a', files: [''] }, 'GENERATOR_FAILED', [...at, 'files', 0], "loading KV pairs: file sources: []: '' must resolve to a file"],
    ['directory in envs', { name: 'a', envs: ['dir'] }, 'GENERATOR_FAILED', [...at, 'envs', 0], "loading KV pairs: env source files: [dir]: 'dir' must resolve to a file"],
    ['missing file', { name: 'a', files: ['nope.txt'] }, 'FILE_NOT_FOUND', [...at, 'files', 0], "loading KV pairs: file sources: [nope.txt]: file 'nope.txt' does not exist"],
    ['invalid env line', { name: 'a', env: 'bad.env' }, 'GENERATOR_FAILED', [...at, 'env'], 'loading KV pairs: env source files: [bad.env]: line [65 61 255] has invalid utf8 bytes : A=\\xff'],
    ['DEL in args', { name: 'a', literals: ['a=\u007f'] }, 'GENERATOR_FAILED', [...at, 'literals', 0], 'builtin ConfigMapGenerator marshal: yaml: control characters are not allowed'],
    ['type mismatch', { name: 'a', literals: 'a=1' }, 'INVALID_KUSTOMIZATION', [...at, 'literals'], 'json: cannot unmarshal string into Go struct field ConfigMapArgs.configMapGenerator.literals of type []string'],
    ['label type', { name: 'a', options: { labels: { a: 1 } } }, 'INVALID_KUSTOMIZATION', [...at, 'options', 'labels', 'a'], 'json: cannot unmarshal number into Go struct field GeneratorOptions.configMapGenerator.options.labels of type string'],
  ] as [string, Json, string, (string | number)[], string][])('%s', (_name, args, code, field, message) => {
    expect(err(args)).toMatchObject({ code, field, message });
  });

  test('generatorOptions errors point at generatorOptions', () => {
    expect(err({ name: 'a', literals: ['a=1'] }, { disableNameSuffixHash: 'true' })).toMatchObject({
      code: 'INVALID_KUSTOMIZATION',
      field: ['generatorOptions', 'disableNameSuffixHash'],
    });
    expect(err({ name: 'a', literals: ['a=1'] }, { labels: { l: 'a\u0099' } })).toMatchObject({
      code: 'GENERATOR_FAILED',
      field: ['generatorOptions', 'labels', 'l'],
    });
  });

  test('without a field base, errors leave the field for the caller', () => {
    expect(thrown(() => generateConfigMap({ literals: ['a=1'] }, undefined, ldr)).field).toBeUndefined();
  });

  test('secrets say "configmap" too', () => {
    expect(thrown(() => generateSecret({ namespace: 'x' }, undefined, ldr)).message).toBe('a configmap must have a name');
  });
});
