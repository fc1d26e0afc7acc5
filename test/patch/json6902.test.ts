/**
 * Unit tests of the JSON 6902 engine that do not need kubectl: API contract and prototype safety.
 * Behaviour against kustomize itself (evanphx/json-patch semantics and messages) is in
 * recorded.test.ts, group "json6902".
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type Json, type JsonObject, clone } from '../../src/core/json.js';
import { applyJson6902 } from '../../src/patch/json6902.js';

const cm = () => parse('{apiVersion: v1, kind: ConfigMap, metadata: {name: cm}, data: {a: "1"}, list: [1, 2, 3]}') as JsonObject;

describe('applyJson6902', () => {
  test('returns a patched copy and leaves the target alone', () => {
    const target = cm();
    const before = clone(target);
    const out = applyJson6902(target, [{ op: 'add', path: '/data/b', value: { x: [1] } }]);
    expect(target).toEqual(before);
    expect(out['data']).toEqual({ a: '1', b: { x: [1] } });
  });

  test('values are copied in, so later ops do not alias the patch', () => {
    const value = { x: 1 };
    const ops: Json = [
      { op: 'add', path: '/data/b', value },
      { op: 'copy', from: '/data/b', path: '/data/c' },
      { op: 'replace', path: '/data/c/x', value: 2 },
    ];
    const out = applyJson6902(cm(), ops);
    expect(out['data']).toEqual({ a: '1', b: { x: 1 }, c: { x: 2 } });
    expect(value).toEqual({ x: 1 });
  });

  test('errors are PATCH_FAILED and carry the patch file', () => {
    expect(() => applyJson6902(cm(), [{ op: 'remove', path: '/nope' }], 'p.yaml')).toThrow(
      expect.objectContaining({ code: 'PATCH_FAILED', file: 'p.yaml' }),
    );
    expect(() => applyJson6902(cm(), { op: 'add' })).toThrow(expect.objectContaining({ code: 'PATCH_FAILED' }));
    expect(() => applyJson6902(cm(), ['add'])).toThrow(expect.objectContaining({ code: 'PATCH_FAILED' }));
    expect(() => applyJson6902(cm(), [{ op: 'replace', path: '', value: [1] }])).toThrow(
      expect.objectContaining({ code: 'PATCH_FAILED' }),
    );
  });

  test('an empty op list changes nothing', () => {
    expect(applyJson6902(cm(), [])).toEqual(cm());
  });

  test('negative indices count from the end; "-" appends', () => {
    const out = applyJson6902(cm(), [
      { op: 'add', path: '/list/-', value: 4 },
      { op: 'add', path: '/list/-1', value: 5 },
      { op: 'remove', path: '/list/-5' },
      { op: 'replace', path: '/list/-1', value: 9 },
    ]);
    expect(out['list']).toEqual([2, 3, 4, 9]);
  });
});

describe('prototype safety', () => {
  test('/__proto__ paths never reach Object.prototype', () => {
    const probe = {} as Record<string, unknown>;
    expect(() => applyJson6902(cm(), [{ op: 'add', path: '/__proto__/polluted', value: 'yes' }])).toThrow(
      expect.objectContaining({ code: 'PATCH_FAILED' }),
    );
    const out = applyJson6902(cm(), [
      { op: 'add', path: '/data/__proto__', value: { polluted: 'no' } },
      { op: 'add', path: '/data/__proto__/polluted', value: 'yes' },
      { op: 'add', path: '/metadata/constructor', value: { prototype: { polluted: 'yes' } } },
      { op: 'copy', from: '/data/__proto__', path: '/data/copy' },
    ]);
    expect(probe['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const data = out['data'] as JsonObject;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(JSON.stringify(data)).toBe('{"a":"1","__proto__":{"polluted":"yes"},"copy":{"polluted":"yes"}}');
  });

  test('removing and testing __proto__ work on own keys only', () => {
    const target = JSON.parse('{"kind":"X","m":{"__proto__":1}}') as JsonObject;
    expect(applyJson6902(target, [{ op: 'test', path: '/m/__proto__', value: 1 }, { op: 'remove', path: '/m/__proto__' }])['m']).toEqual({});
    expect(() => applyJson6902(cm(), [{ op: 'remove', path: '/data/__proto__' }])).toThrow(
      expect.objectContaining({ code: 'PATCH_FAILED' }),
    );
    expect(() => applyJson6902(cm(), [{ op: 'remove', path: '/data/toString' }])).toThrow(
      expect.objectContaining({ code: 'PATCH_FAILED' }),
    );
  });
});
