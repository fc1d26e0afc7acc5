import { describe, expect, it } from 'vitest';
import { lookupPath, pathSplitter, smarterPathSplitter } from '../../src/replacements/path.js';
import { decodeScalar, goFormatFloatV } from '../../src/replacements/scalar.js';

describe('pathSplitter / smarterPathSplitter', () => {
  // kustomize's kyaml/utils/pathsplitter_test.go tables.
  const plain: [string, string[]][] = [
    ['', ['']],
    ['s', ['s']],
    ['a/b/c', ['a', 'b', 'c']],
    ['a/b[]/c', ['a', 'b[]', 'c']],
    ['a/b\\/c/d\\/e/f', ['a', 'b/c', 'd/e', 'f']],
    ['metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret', ['metadata', 'annotations', 'nginx.ingress.kubernetes.io/auth-secret']],
  ];
  for (const [input, want] of plain) it(`pathSplitter ${JSON.stringify(input)}`, () => expect(pathSplitter(input, '/')).toEqual(want));

  const smart: [string, string[]][] = [
    ['spec.replicas', ['spec', 'replicas']],
    ['spec.data.[name=first].key', ['spec', 'data', '[name=first]', 'key']],
    ['spec.data.[.name=.first].key', ['spec', 'data', '[.name=.first]', 'key']],
    ['spec.data.[name.=first.].key', ['spec', 'data', '[name.=first.]', 'key']],
    ['spec.data.[name=f.i.r.s.t.].key', ['spec', 'data', '[name=f.i.r.s.t.]', 'key']],
    ['spec\\.replicas', ['spec.replicas']],
    ['spec.data.[name=f.i.[r.s.t..key', ['spec', 'data', '[name=f.i.[r.s.t..key']],
    ['metadata.annotations.[a.b.c/d.e.f-g.]', ['metadata', 'annotations', 'a.b.c/d.e.f-g.']],
  ];
  for (const [input, want] of smart) {
    it(`smarterPathSplitter ${JSON.stringify(input)}`, () => expect(smarterPathSplitter(input, '.')).toEqual(want));
  }
});

describe('lookupPath (kyaml PathGetter)', () => {
  const obj = { a: { list: [{ name: 'x', v: 1 }, { name: 'y', v: 2 }], prims: ['p', 'q'], n: null } };
  it('reads by index, last element, exact [k=v] and [=v]', () => {
    expect(lookupPath(obj, ['a', 'list', '1', 'v'])).toBe(2);
    expect(lookupPath(obj, ['a', 'list', '-', 'name'])).toBe('y');
    expect(lookupPath(obj, ['a', 'list', '[name=x]', 'v'])).toBe(1);
    expect(lookupPath(obj, ['a', 'list', '[v=2]', 'name'])).toBe('y');
    expect(lookupPath(obj, ['a', 'list', '[name=.*]', 'v'])).toBeUndefined();
    expect(lookupPath(obj, ['a', 'prims', '[=q]'])).toBe('q');
    expect(lookupPath(obj, ['a', 'n', 'deeper'])).toBeUndefined();
    expect(lookupPath(obj, [' a ', '', 'prims', '0'])).toBe('p');
  });
});

describe('goFormatFloatV (Go %v of a float64)', () => {
  // Checked against kubectl: vars embedding float fields in strings.
  const table: [number, string][] = [
    [1.5, '1.5'],
    [1234567.5, '1.2345675e+06'],
    [0.00001, '1e-05'],
    [100000.5, '100000.5'],
    [0.0001, '0.0001'],
    [123456.7, '123456.7'],
    [-2.5e-7, '-2.5e-07'],
    [999999.9, '999999.9'],
    [0.1, '0.1'],
  ];
  for (const [n, want] of table) it(String(n), () => expect(goFormatFloatV(n)).toBe(want));
});

describe('decodeScalar (tagged scalars after a replacement)', () => {
  // The tagged rows mirror kubectl runs in cases.yaml (scalar-targets-keep-their-type, error-*).
  it('keeps the target tag', () => {
    expect(decodeScalar('str', '5')).toBe('5');
    expect(decodeScalar('int', '5')).toBe(5);
    expect(decodeScalar('int', '0x10')).toBe(16);
    expect(decodeScalar('float', '5')).toBe(5);
    expect(decodeScalar('bool', 'true')).toBe(true);
    expect(() => decodeScalar('int', 'hello')).toThrow('cannot decode !!str `hello` as a !!int');
    expect(() => decodeScalar('int', '1.5')).toThrow('cannot decode !!float `1.5` as a !!int');
    expect(() => decodeScalar('null', '5')).toThrow('cannot decode !!int `5` as a !!null');
  });
});
