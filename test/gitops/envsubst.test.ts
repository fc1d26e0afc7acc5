/**
 * The envsubst port against fluxcd/pkg's own tables (envsubst/eval_test.go: TestExpand,
 * TestExpandStrict), plus the post-build step built on it.
 */
import { describe, expect, test } from 'vitest';
import { envsubst, EnvsubstError } from '../../src/gitops/envsubst.js';
import { applyPostBuild } from '../../src/gitops/postbuild.js';
import { isKustomizeError } from '../../src/core/errors.js';
import type { JsonObject } from '../../src/core/json.js';

const expand: [Record<string, string>, string, string][] = [
  [{}, 'abcdEFGH28ij', 'abcdEFGH28ij'],
  [{ var01: 'abcdEFGH28ij' }, '${#var01}', '12'],
  [{ var01: 'abcdEFGH28ij' }, '${var01^}', 'AbcdEFGH28ij'],
  [{ var01: 'abcdEFGH28ij' }, '${var01^^}', 'ABCDEFGH28IJ'],
  [{ var01: 'ABCDEFGH28IJ' }, '${var01,}', 'aBCDEFGH28IJ'],
  [{ var01: 'ABCDEFGH28IJ' }, '${var01,,}', 'abcdefgh28ij'],
  [{ path_name: '/home/bozo/ideas/thoughts.for.today' }, '${path_name:11}', 'ideas/thoughts.for.today'],
  [{ path_name: '/home/bozo/ideas/thoughts.for.today' }, '${path_name:11:5}', 'ideas'],
  [{ var: 'abc' }, '${var=xyz}', 'abc'],
  [{}, '${var=xyz}', 'xyz'],
  [{ default_var: 'foo' }, 'something ${var=${default_var}}', 'something foo'],
  [{ default_var: 'foo1' }, 'foo: ${var=${default_var}-suffix}', 'foo: foo1-suffix'],
  [{ default_var: 'foo1' }, 'foo: ${var=prefix${default_var}-suffix}', 'foo: prefixfoo1-suffix'],
  [{}, '${var:=xyz}', 'xyz'],
  [{ stringZ: 'abcABC123ABCabc' }, '${stringZ/%abc/XYZ}', 'abcABC123ABCXYZ'],
  [{ stringZ: 'abcABC123ABCabc' }, '${stringZ/#abc/XYZ}', 'XYZABC123ABCabc'],
  [{ stringZ: 'somevalue' }, '${stringZ/#/prefix-}', 'prefix-somevalue'],
  [{ stringZ: 'somevalue' }, '${stringZ/%/-suffix}', 'somevalue-suffix'],
  [{ stringZ: 'abcABC123ABCabc' }, '${stringZ//abc/xyz}', 'xyzABC123ABCxyz'],
  [{ stringZ: 'abcABC123ABCabc' }, '${stringZ/abc/xyz}', 'xyzABC123ABCabc'],
  [{ filename: 'bash.string.txt' }, '${filename#*.}', 'string.txt'],
  [{ filename: 'path/to/file' }, '${filename#*/}', 'to/file'],
  [{ filename: '/path/to/file' }, '${filename#*/}', 'path/to/file'],
  [{ filename: 'bash.string.txt' }, '${filename##*.}', 'txt'],
  [{ filename: 'path/to/file' }, '${filename##*/}', 'file'],
  [{ filename: '/path/to/file' }, '${filename##*/}', 'file'],
  [{ filename: 'bash.string.txt' }, '${filename%.*}', 'bash.string'],
  [{ filename: 'bash.string.txt' }, '${filename%%.*}', 'bash'],
  [{ var01: 'abcdEFGH28ij' }, '${var=${var01^^}}', 'ABCDEFGH28IJ'],
  [{ var01: 'abcdEFGH28ij' }, '$${var01}', '${var01}'],
  [{ var01: 'abcdEFGH28ij' }, 'some text ${var01}$${var$${var01}$var01${var01}', 'some text abcdEFGH28ij${var${var01}$var01abcdEFGH28ij'],
  [{ default_var: 'foo' }, 'something $${var=${default_var}}', 'something ${var=foo}'],
  [{ stringZ: 'foo/bar' }, '${stringZ/\\//-}', 'foo-bar'],
  [{ stringZ: 'foo/bar/baz' }, '${stringZ//\\//-}', 'foo-bar-baz'],
  [{ default_var: 'foo' }, '\\\\something ${var=${default_var}}', '\\\\something foo'],
  [{ stringZ: 'foo.bar' }, '${stringZ/./}', 'foobar'],
];

describe('envsubst (fluxcd/pkg envsubst TestExpand)', () => {
  for (const [params, input, output] of expand) {
    test(input, () => {
      // Non-strict mode: every variable "exists" (unset ones are '').
      expect(envsubst(input, (s) => params[s] ?? '', false)).toBe(output);
    });
  }
});

describe('envsubst strict (TestExpandStrict)', () => {
  const ok: [Record<string, string>, string, string][] = [
    [{}, 'abcdEFGH28ij', 'abcdEFGH28ij'],
    [{ foo: 'bar' }, '${foo}', 'bar'],
    [{ foo: '' }, '${foo}', ''],
    [{ foo: 'bar' }, '${missing:=default}', 'default'],
    [{}, '${missing:-fallback}', 'fallback'],
    [{}, '${missing:=assigned}', 'assigned'],
    [{}, '${missing=assigned}', 'assigned'],
  ];
  for (const [params, input, output] of ok) {
    test(`${input} → ${JSON.stringify(output)}`, () => {
      expect(envsubst(input, (s) => params[s], true)).toBe(output);
    });
  }
  const missing = [
    '${missing}',
    '${#missing}',
    '${missing^}',
    '${missing^^}',
    '${missing,}',
    '${missing,,}',
    '${missing:0}',
    '${missing:0:10}',
    '${missing/pattern/replacement}',
    '${missing//pattern/replacement}',
    '${missing/#pattern/replacement}',
    '${missing/%pattern/replacement}',
    '${missing#pattern}',
    '${missing##pattern}',
    '${missing%pattern}',
    '${missing%%pattern}',
  ];
  for (const input of missing) {
    test(`${input} is an error`, () => {
      expect(() => envsubst(input, () => undefined, true)).toThrow('variable not set (strict mode): "missing"');
    });
  }
  test('bad substitutions are errors', () => {
    expect(() => envsubst('${', () => '')).toThrow(EnvsubstError);
    expect(() => envsubst('${a', () => '')).toThrow('missing closing brace');
    expect(() => envsubst('${-}', () => '')).toThrow('unable to parse variable name');
  });
  test('$VAR without braces is left alone', () => {
    expect(envsubst('$HOME and ${HOME}', () => '/root')).toBe('$HOME and /root');
  });
});

function cm(data: Record<string, string>, md: JsonObject = {}): JsonObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', ...md }, data };
}

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isKustomizeError(e)) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
}

describe('post-build substitution (Flux kustomize_varsub.go)', () => {
  test('substitutes, reads the result back as YAML (types may change)', () => {
    const [out] = applyPostBuild([cm({ a: '${A}', b: '${B:=x}' })], { substitute: { A: '42' } });
    expect(out).toEqual(cm({ a: 42 as unknown as string, b: 'x' }));
  });
  test('resources annotated or labelled substitute: disabled are skipped', () => {
    const a = cm({ a: '${A}' }, { annotations: { 'kustomize.toolkit.fluxcd.io/substitute': 'disabled' } });
    const l = cm({ a: '${A}' }, { labels: { 'kustomize.toolkit.fluxcd.io/substitute': 'disabled' } });
    const out = applyPostBuild([a, l], { substitute: { A: 'x' } });
    expect(out[0]).toBe(a);
    expect(out[1]).toBe(l);
  });
  test('no variables: nothing happens, not even in strict mode', () => {
    const r = [cm({ a: '${A}' })];
    expect(applyPostBuild(r, { substitute: {}, strict: true })).toBe(r);
  });
  test('strict mode fails on an unset variable without a default', () => {
    expect(codeOf(() => applyPostBuild([cm({ a: '${A}', b: '${B}' })], { substitute: { A: '1' }, strict: true }))).toBe(
      'SUBSTITUTION_FAILED: variable substitution failed: variable not set (strict mode): "B"',
    );
    expect(applyPostBuild([cm({ b: '${B}' })], { substitute: { A: '1' } })[0]).toEqual(cm({ b: null as unknown as string }));
  });
  test('variable names are validated', () => {
    expect(codeOf(() => applyPostBuild([cm({})], { substitute: { 'BAD-NAME': 'x' } }))).toBe(
      "SUBSTITUTION_FAILED: 'BAD-NAME' var name is invalid, must match '^[_[:alpha:]][_[:alpha:][:digit:]]*$'",
    );
  });
  test('newlines are removed from values', () => {
    expect(applyPostBuild([cm({ a: 'x${A}y' })], { substitute: { A: 'l1\nl2' } })[0]).toEqual(cm({ a: 'xl1l2y' }));
  });
  test('unchanged resources keep their identity', () => {
    const r = cm({ a: 'plain' });
    expect(applyPostBuild([r], { substitute: { A: '1' } })[0]).toBe(r);
  });
});
