/**
 * The fieldspec walker. Expectations were checked with `kubectl kustomize` (kustomize v5.5.0) by
 * putting each path in a `commonAnnotations` configurations entry (`create: true`, kind Foo) and
 * annotating `k: v` on the object below.
 */
import { describe, expect, test } from 'vitest';
import type { Json, JsonObject } from '../../src/core/json.js';
import { isObject } from '../../src/core/json.js';
import { isKustomizeError } from '../../src/core/errors.js';
import {
  type FieldSpec,
  type WalkOptions,
  NodeKindError,
  applyFieldSpec,
  fieldSpecMatchesObject,
  splitFieldPath,
} from '../../src/fieldspec/index.js';

const foo = (): JsonObject => ({
  apiVersion: 'v1',
  kind: 'Foo',
  metadata: { name: 'f' },
  spec: { list: [{}, { x: 1 }] },
});

/** The annotations setter: adds k=v to a map, leaves null alone, rejects other kinds. */
const annotate: WalkOptions = {
  createKind: 'map',
  setValue(ref) {
    const v = ref.value;
    if (v === null) return;
    if (!isObject(v)) throw new NodeKindError('MappingNode', Array.isArray(v) ? 'SequenceNode' : 'ScalarNode', v);
    v['k'] = 'v';
  },
};

function run(path: string, obj: JsonObject = foo(), opts: WalkOptions = annotate, create = true): JsonObject {
  applyFieldSpec(obj, { path, kind: 'Foo', create }, opts);
  return obj;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isKustomizeError(e) ? e.code : `not a KustomizeError: ${String(e)}`;
  }
  return undefined;
}

describe('splitFieldPath', () => {
  test.each([
    ['a/b/c', ['a', 'b', 'c']],
    ['metadata/annotations/a\\/b', ['metadata', 'annotations', 'a/b']],
    ['a\\/b\\/c/d', ['a/b/c', 'd']],
    ['', ['']],
    ['a//b', ['a', '', 'b']],
  ])('%j', (path, want) => {
    expect(splitFieldPath(path)).toEqual(want);
  });
});

describe('fieldSpecMatchesObject', () => {
  const dep = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' } };
  test.each<[FieldSpec, boolean]>([
    [{ path: 'x' }, true],
    [{ path: 'x', kind: 'Deployment' }, true],
    [{ path: 'x', kind: 'Deployment', group: 'apps', version: 'v1' }, true],
    [{ path: 'x', group: 'extensions' }, false],
    [{ path: 'x', version: 'v2' }, false],
    [{ path: 'x', kind: 'Service' }, false],
  ])('%j', (fs, want) => {
    expect(fieldSpecMatchesObject(fs, dep)).toBe(want);
  });
});

describe('applyFieldSpec', () => {
  test('creates intermediate maps and the leaf', () => {
    expect(run('spec/a/b').spec).toEqual({ list: [{}, { x: 1 }], a: { b: { k: 'v' } } });
  });

  test('an escaped slash is part of the key', () => {
    expect(run('spec/a\\/b').spec).toEqual({ list: [{}, { x: 1 }], 'a/b': { k: 'v' } });
  });

  test('segments are trimmed; a blank segment stays on the current node', () => {
    expect(run('spec/ x /y').spec).toEqual({ list: [{}, { x: 1 }], x: { y: { k: 'v' } } });
    expect(run('spec/ /y').spec).toEqual({ list: [{}, { x: 1 }], y: { k: 'v' } });
  });

  test('sequences are traversed with or without the [] hint', () => {
    const want = { list: [{ y: { k: 'v' } }, { x: 1, y: { k: 'v' } }] };
    expect(run('spec/list/y').spec).toEqual(want);
    expect(run('spec/list[]/y').spec).toEqual(want);
  });

  test('a missing sequence is never created', () => {
    expect(run('spec/newlist[]/y').spec).toEqual({ list: [{}, { x: 1 }] });
  });

  test('a null field marked [] becomes an empty sequence', () => {
    const obj = run('spec/none[]/y', { ...foo(), spec: { none: null } });
    expect(obj.spec).toEqual({ none: [] });
  });

  test('a null field on the way becomes a map when creating, and stays null otherwise', () => {
    expect(run('spec/a/b', { ...foo(), spec: { a: null } }).spec).toEqual({ a: { b: { k: 'v' } } });
    expect(run('spec/a/b', { ...foo(), spec: { a: null } }, annotate, false).spec).toEqual({ a: null });
  });

  test('without create, missing fields are skipped', () => {
    expect(run('spec/a/b', foo(), annotate, false).spec).toEqual({ list: [{}, { x: 1 }] });
  });

  test('without a create kind, nothing is created even with create: true', () => {
    const opts: WalkOptions = { setValue: annotate.setValue };
    expect(run('spec/a/b', foo(), opts).spec).toEqual({ list: [{}, { x: 1 }] });
  });

  test('a null leaf is handed to the setter', () => {
    const seen: Json[] = [];
    run('spec/leaf', { ...foo(), spec: { leaf: null } }, { setValue: (ref) => seen.push(ref.value) }, false);
    expect(seen).toEqual([null]);
  });

  test('a non-matching GVK is skipped', () => {
    const obj = foo();
    applyFieldSpec(obj, { path: 'spec/a', kind: 'Bar', create: true }, annotate);
    expect(obj.spec).toEqual({ list: [{}, { x: 1 }] });
  });

  test.each([
    ['spec//y', "considering field 'spec//y' of object Foo.v1.[noGrp]/f.[noNs]: cannot set or create an empty field name"],
    ['', "considering field '' of object Foo.v1.[noGrp]/f.[noNs]: cannot set or create an empty field name"],
    [
      'spec/[ab]/y',
      "considering field 'spec/[ab]/y' of object Foo.v1.[noGrp]/f.[noNs]: fieldName: [ab]: list path element must contain fieldName=fieldValue for element to match",
    ],
  ])('path %j is an error', (path, message) => {
    expect(() => run(path)).toThrow(message);
    expect(codeOf(() => run(path))).toBe('BAD_FIELD_PATH');
  });

  test.each(['spec/0/y', 'spec/-/y', 'spec/[a=b]/y'])('list selector %j on a map is an error', (path) => {
    expect(codeOf(() => run(path))).toBe('BAD_FIELD_PATH');
  });

  test('a scalar on the way is an error', () => {
    const obj = { ...foo(), spec: 'oops' };
    expect(() => run('spec/a/b', obj)).toThrow(
      "considering field 'spec/a/b' of object Foo.v1.[noGrp]/f.[noNs]: expected sequence or mapping node",
    );
  });

  test('an error inside a sequence names the remaining path', () => {
    const obj = { ...foo(), spec: { list: ['a'] } };
    expect(() => run('spec/list/y', obj)).toThrow('visit traversal on path: [y]: expected sequence or mapping node');
  });

  test('a setter rejecting the node kind becomes BAD_FIELD_PATH', () => {
    const obj = { ...foo(), spec: { leaf: 'scalar' } };
    expect(codeOf(() => run('spec/leaf', obj))).toBe('BAD_FIELD_PATH');
    expect(() => run('spec/leaf', obj)).toThrow('wrong node kind: expected MappingNode but got ScalarNode');
  });

  test('__proto__ keys are created as own data properties', () => {
    const obj = run('spec/__proto__/y');
    expect(Object.prototype.hasOwnProperty.call(obj.spec, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['y']).toBeUndefined();
  });
});
