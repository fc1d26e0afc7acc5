/**
 * kustomize's name hash. Expected suffixes are kubectl kustomize v5.5.0 output (the tree is in
 * each test's comment) or kustomize's own api/hasher/hasher_test.go.
 */
import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../../src/core/json.js';
import { generateConfigMap, generateSecret, hashSuffix, sortArrayAndComputeHash } from '../../src/generators/index.js';
import { encodeHash, hex256 } from '../../src/generators/hash.js';
import { goJsonMarshal, goJsonString } from '../../src/generators/go-json.js';

const noFiles = {
  kustomizationFile: 'kustomization.yaml',
  isDir: () => false,
  readFile: (p: string): Uint8Array => {
    throw new Error(`unexpected read of ${p}`);
  },
};

const cm = (literals: string[], extra: JsonObject = {}) =>
  hashSuffix(generateConfigMap({ name: 'b', literals, ...extra }, undefined, noFiles).obj);

describe('hashSuffix against kubectl kustomize', () => {
  test.each([
    // configMapGenerator: [{name: b, literals: [a=1]}] -> b-h29d89cmmt
    ['one literal', ['a=1'], 'h29d89cmmt'],
    // literals [a=2, c=3]... only data matters: [a=2] -> b-6gtghh96k8 (with labels, which are not hashed)
    ['labels are not hashed', ['a=2'], '6gtghh96k8'],
    // values that YAML 1.1 would read as other types stay strings -> b-b8hchc89m8
    ['YAML-looking values', ['a=y', 'b=7.', 'c=1_000', 'd=0b11', 'e=.5', 'f=1:20'], 'b8hchc89m8'],
    // U+2028 / U+2029 are escaped in the hashed JSON -> b-mkhb9fh489
    ['LS and PS', ['a=x\u2028y', 'b=x\u2029y'], 'mkhb9fh489'],
    // C0 controls: \b \f get short escapes (Go 1.22+), others \u00XX -> b-4hg82782g6
    ['C0 controls', ['a=x\u0001\u001by\ty\rz'], '4hg82782g6'],
    // a BOM inside values is kept -> b-74hdf4kkdf
    ['BOM', ['a=x\ufeffy', 'b=\ufeffy'], '74hdf4kkdf'],
    // NEL in args is folded by kustomize's plugin-config YAML round trip -> b-gg896bkfmh
    ['NEL folding', ['a=x\u0085y', 'b=x\u0085  y', 'c=x\u0085\u0085y', 'd=x\u0085', 'e=\u0085x', 'f=x \u0085 y'], 'gg896bkfmh'],
  ])('%s', (_name, literals, want) => {
    expect(cm(literals)).toBe(want);
  });

  test('the name is not part of the hash (kustomize looks up "metadata/name" as one key)', () => {
    // configMapGenerator: [{name: e}] -> e-6ct58987ht, the hash of {"data":"","kind":"ConfigMap","name":""}
    expect(hashSuffix(generateConfigMap({ name: 'e' }, undefined, noFiles).obj)).toBe('6ct58987ht');
    expect(hashSuffix(generateConfigMap({ name: 'other' }, undefined, noFiles).obj)).toBe('6ct58987ht');
  });

  test('literals with odd keys, quotes and = in values', () => {
    // kubectl: a-h6gbd2tt5h
    const r = generateConfigMap(
      {
        name: 'a',
        literals: ['we ird/key:x=1', '..x=2', '.=3', 'k1="abc\'', "k2='x'", 'k3="a"b"', 'k4=""', 'k5="', 'k6=a=b=c', 'k7= spaced ', 'ü=u'],
      },
      undefined,
      noFiles,
    );
    expect(hashSuffix(r.obj)).toBe('h6gbd2tt5h');
  });

  test('secrets', () => {
    // secretGenerator: [{name: s}] -> s-46f8b28mk5 (data: {} is hashed as a map)
    expect(hashSuffix(generateSecret({ name: 's' }, undefined, noFiles).obj)).toBe('46f8b28mk5');
    // [{name: b, type: "", literals: [a=1]}] -> b-25khgmg44c
    expect(hashSuffix(generateSecret({ name: 'b', type: '', literals: ['a=1'] }, undefined, noFiles).obj)).toBe('25khgmg44c');
    // [{name: s, type: kubernetes.io/tls, namespace: ns1, literals: [x=1]}] -> s-79cg2k2tfk
    const tls = generateSecret({ name: 's', type: 'kubernetes.io/tls', namespace: 'ns1', literals: ['x=1'] }, undefined, noFiles);
    expect(hashSuffix(tls.obj)).toBe('79cg2k2tfk');
  });

  test('binaryData is hashed when present', () => {
    // a merge result: binaryData {bin.dat: //4AYmlu}, data {a: "2", c: "3"} -> b-ch87966tk8
    expect(hashSuffix({ kind: 'ConfigMap', binaryData: { 'bin.dat': '//4AYmlu' }, data: { a: '2', c: '3' } })).toBe('ch87966tk8');
  });
});

describe('hashSuffix against kustomize hasher_test.go', () => {
  test.each([
    [{ apiVersion: 'v1', kind: 'ConfigMap' }, '6ct58987ht'],
    [{ kind: 'ConfigMap', data: { one: '' } }, '9g67k2htb6'],
    [{ kind: 'ConfigMap', data: { two: 2, one: '', three: 3 } }, '7757f9kkct'],
    [{ kind: 'ConfigMap', binaryData: { one: '' } }, '6mtk2m274t'],
    [{ kind: 'ConfigMap', binaryData: { two: 2, one: '', three: 3 } }, '9th7kc28dg'],
    [{ kind: 'ConfigMap', data: { one: '' }, binaryData: { two: '' } }, '698h7c7t9m'],
    [{ kind: 'Secret', type: 'my-type' }, '5gmgkf8578'],
    [{ kind: 'Secret', type: 'my-type', data: { one: '' } }, '74bd68bm66'],
    [{ kind: 'Secret', type: 'my-type', data: { two: 2, one: '', three: 3 } }, '4gf75c7476'],
    [{ kind: 'Secret', type: 'my-type', data: { one: '' }, stringData: { two: 2 } }, 'c4h4264gdb'],
  ] as [JsonObject, string][])('%j', (obj, want) => {
    expect(hashSuffix(obj)).toBe(want);
  });

  test('SortArrayAndComputeHash ignores order', () => {
    expect(sortArrayAndComputeHash(['a', 'b', 'c', 'd'])).toBe(sortArrayAndComputeHash(['c', 'b', 'd', 'a']));
  });

  test('hex256 is SHA-256', () => {
    expect(hex256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('encodeHash maps 0 1 3 a e to g h k m t and keeps 10 characters', () => {
    expect(encodeHash('0123456789abcdef')).toBe('gh2k456789');
    expect(encodeHash('abcdef0123')).toBe('mbcdtfgh2k');
    expect(encodeHash('eeeeeeeeeeee')).toBe('tttttttttt');
  });
});

describe('Go json.Marshal', () => {
  test('HTML-safe escaping, short escapes, U+2028/2029, lone surrogates', () => {
    expect(goJsonString('<a href="x">&</a>')).toBe('"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"');
    expect(goJsonString('\b\f\n\r\t\u0001\u001f\u007f')).toBe('"\\b\\f\\n\\r\\t\\u0001\\u001f\u007f"');
    expect(goJsonString('\u2028\u2029\u0085é😀')).toBe('"\\u2028\\u2029\u0085é😀"');
    expect(goJsonString('a\ud800b\udc00')).toBe('"a\\ufffdb\\ufffd"');
    expect(goJsonString('\\"')).toBe('"\\\\\\""');
  });

  test('maps sorted by byte order, float64 numbers', () => {
    expect(goJsonMarshal({ b: 1, a: [true, null], é: 1e21, z: 1e-7, '😀': -0, '\uffff': 0.5 })).toBe(
      '{"a":[true,null],"b":1,"z":1e-7,"é":1e+21,"\uffff":0.5,"😀":-0}',
    );
  });
});
