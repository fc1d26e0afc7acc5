/**
 * absorbGenerated: generator behavior create / merge / replace against resources already
 * accumulated. Expected results are what kubectl kustomize v5.5.0 printed for the same trees
 * (given in each test's comment).
 */
import { describe, expect, test } from 'vitest';
import { KustomizeError } from '../../src/core/errors.js';
import type { Json, JsonObject } from '../../src/core/json.js';
import { absorbGenerated, generateConfigMap, generateSecret, hashSuffix } from '../../src/generators/index.js';
import { Resource } from '../../src/resource/resource.js';
import { ResourceMap } from '../../src/resource/resmap.js';

const ldr = {
  kustomizationFile: 'overlay/kustomization.yaml',
  isDir: () => false,
  readFile: (p: string): Uint8Array => {
    throw new Error(`unexpected read of ${p}`);
  },
};
const cm = (args: Json, i = 0) => generateConfigMap(args, undefined, ldr, { field: ['configMapGenerator', i] });
const secret = (args: Json, i = 0) => generateSecret(args, undefined, ldr, { field: ['secretGenerator', i] });

function mapOf(...rs: Resource[]): ResourceMap {
  const m = new ResourceMap();
  absorbGenerated(m, rs);
  return m;
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

/** The printed name: the root appends the hash to resources that need it. */
const finalName = (r: Resource) => (r.needsHash ? `${r.name}-${hashSuffix(r.obj)}` : r.name);

describe('absorbGenerated', () => {
  test('merge: data and labels merged, the new values win; an overlay disableNameSuffixHash drops the hash', () => {
    // [{b, literals [a=1, c=3], options {labels {x: z}, annotations {an: "1"}}},
    //  {b, merge, literals [a=2], options {labels {w: v}, disableNameSuffixHash: true}}]
    // kubectl: data {a: "2", c: "3"}, annotations {an: "1"}, labels {w: v, x: z}, name b
    const m = mapOf(
      cm({ name: 'b', literals: ['a=1', 'c=3'], options: { labels: { x: 'z' }, annotations: { an: '1' } } }),
      cm({ name: 'b', behavior: 'merge', literals: ['a=2'], options: { labels: { w: 'v' }, disableNameSuffixHash: true } }, 1),
    );
    expect(m.size).toBe(1);
    const r = m.resources()[0]!;
    expect(r.obj).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'b', labels: { w: 'v', x: 'z' }, annotations: { an: '1' } },
      data: { a: '2', c: '3' },
    });
    expect(finalName(r)).toBe('b');
  });

  test('replace: the new data only, labels still merged', () => {
    // [{b, literals [a=1, c=3], options {labels {x: z}}}, {b, replace, literals [a=2]}]
    // kubectl: data {a: "2"}, labels {x: z}, name b-6gtghh96k8
    const m = mapOf(
      cm({ name: 'b', literals: ['a=1', 'c=3'], options: { labels: { x: 'z' } } }),
      cm({ name: 'b', behavior: 'replace', literals: ['a=2'] }, 1),
    );
    const r = m.resources()[0]!;
    expect(r.obj).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b', labels: { x: 'z' } }, data: { a: '2' } });
    expect(finalName(r)).toBe('b-6gtghh96k8');
  });

  test('merging twice keeps merging', () => {
    // [{b, [a=1]}, {b, merge, [a=2]}, {b, merge, [z=3]}] -> data {a: "2", z: "3"}, b-44df8t8dfb
    const m = mapOf(
      cm({ name: 'b', literals: ['a=1'] }),
      cm({ name: 'b', behavior: 'merge', literals: ['a=2'] }, 1),
      cm({ name: 'b', behavior: 'merge', literals: ['z=3'] }, 2),
    );
    expect(finalName(m.resources()[0]!)).toBe('b-44df8t8dfb');
  });

  test.each([
    // base disableNameSuffixHash / overlay disableNameSuffixHash -> kubectl name (merge and replace alike)
    [true, true, 'b'],
    [true, false, 'b'],
    [false, true, 'b'],
    [false, false, 'b-6gtghh96k8'],
  ])('the hash stays only when both want it (base disabled: %s, overlay disabled: %s)', (oldOff, newOff, want) => {
    for (const behavior of ['merge', 'replace']) {
      const m = mapOf(
        cm({ name: 'b', literals: ['a=1'], options: { disableNameSuffixHash: oldOff } }),
        cm({ name: 'b', behavior, literals: ['a=2'], options: { disableNameSuffixHash: newOff } }, 1),
      );
      expect(finalName(m.resources()[0]!)).toBe(want);
    }
  });

  test('the namespace comes from the existing resource; "" and default match', () => {
    // {b} + {b, namespace: default, merge} -> no namespace; {b, namespace: default} + {b, merge} -> default
    const a = mapOf(cm({ name: 'b', literals: ['a=1', 'c=3'] }), cm({ name: 'b', namespace: 'default', behavior: 'merge', literals: ['a=2'] }));
    expect(a.resources()[0]!.obj['metadata']).toEqual({ name: 'b' });
    expect(finalName(a.resources()[0]!)).toBe('b-5md248cfhk');
    const b = mapOf(cm({ name: 'b', namespace: 'default', literals: ['a=1', 'c=3'] }), cm({ name: 'b', behavior: 'merge', literals: ['a=2'] }));
    expect(b.resources()[0]!.obj['metadata']).toEqual({ name: 'b', namespace: 'default' });
  });

  test('merge into a plain ConfigMap: only data, binaryData and metadata survive; no hash', () => {
    // base cm.yaml (labels {l: base, num: "1"}, annotations {x: base}, data {a: 1, b: true, m, z: null},
    // binaryData {bb}, immutable, extra) + {b, merge, literals [c=2, a=x], options {labels {l: new}, annotations {an2: new}}}
    const plain = new Resource({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'b', labels: { l: 'base', num: '1' }, annotations: { x: 'base' } },
      data: { a: 1, b: true, m: 'multi\nline\n', z: null },
      binaryData: { bb: 'aGk=' },
      immutable: true,
      extra: 'field',
    } as JsonObject);
    const m = new ResourceMap([plain]);
    absorbGenerated(m, [
      cm({ name: 'b', behavior: 'merge', literals: ['c=2', 'a=x'], options: { labels: { l: 'new' }, annotations: { an2: 'new' } } }),
    ]);
    const r = m.resources()[0]!;
    expect(r.obj).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'b', labels: { l: 'new', num: '1' }, annotations: { an2: 'new', x: 'base' } },
      data: { a: 'x', b: 'true', c: '2', m: 'multi\nline\n', z: '' },
      binaryData: { bb: 'aGk=' },
    });
    expect(finalName(r)).toBe('b');
  });

  test('merge into a plain Secret: the generated type wins, stringData is dropped', () => {
    // base Secret s (type kubernetes.io/tls, stringData {foo: bar}, data {k: dmFs}) + {s, merge, [c=2]}
    // kubectl: data {c: Mg==, k: dmFs}, type Opaque, name s
    const plain = new Resource({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      type: 'kubernetes.io/tls',
      stringData: { foo: 'bar' },
      data: { k: 'dmFs' },
    });
    const m = new ResourceMap([plain]);
    absorbGenerated(m, [secret({ name: 's', behavior: 'merge', literals: ['c=2'] })]);
    expect(m.resources()[0]!.obj).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      type: 'Opaque',
      data: { c: 'Mg==', k: 'dmFs' },
    });
    expect(finalName(m.resources()[0]!)).toBe('s');
  });

  test('secret merge between generators', () => {
    // [{b, type: kubernetes.io/tls, [a=1, c=3]}, {b, merge, [a=2]}] -> data {a: Mg==, c: Mw==}, type Opaque, b-c47cg7m54t
    const m = new ResourceMap();
    absorbGenerated(m, [secret({ name: 'b', type: 'kubernetes.io/tls', literals: ['a=1', 'c=3'] })]);
    absorbGenerated(m, [secret({ name: 'b', behavior: 'merge', literals: ['a=2'] }, 1)]);
    expect(finalName(m.resources()[0]!)).toBe('b-c47cg7m54t');
  });

  test('an empty merge removes the data field; an empty replace keeps the generated data: {}', () => {
    // [{s}, {s, merge}] -> no data, s-8226t8dd99; [{s, [a=1]}, {s, replace}] -> data: {}, s-46f8b28mk5
    const merged = mapOf(secret({ name: 's' }), secret({ name: 's', behavior: 'merge' }, 1)).resources()[0]!;
    expect(merged.obj).toEqual({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type: 'Opaque' });
    expect(finalName(merged)).toBe('s-8226t8dd99');
    const replaced = mapOf(secret({ name: 's', literals: ['a=1'] }), secret({ name: 's', behavior: 'replace' }, 1)).resources()[0]!;
    expect(replaced.obj['data']).toEqual({});
    expect(finalName(replaced)).toBe('s-46f8b28mk5');
  });

  test('a renamed base resource is found by a previous id; its name and bookkeeping stay', () => {
    // base: namePrefix p-, namespace nsb, {b, literals [a=1], labels {l: base}}; overlay merge {b, namespace nsb, [c=2]}
    // kubectl (with overlay namePrefix q-): q-p-b-ch4htfgk6d, labels {l: base}, data {a: "1", c: "2"}
    const base = cm({ name: 'b', literals: ['a=1'], options: { labels: { l: 'base' } } });
    base.storePreviousId();
    base.setNamespace('nsb');
    base.storePreviousId();
    base.setName('p-b');
    base.prefixes = ['p-'];
    base.origin = { configuredIn: '../base/kustomization.yaml', configuredBy: { apiVersion: 'builtin', kind: 'ConfigMapGenerator' } };
    const m = new ResourceMap([base]);
    const merged = cm({ name: 'b', namespace: 'nsb', behavior: 'merge', literals: ['c=2'] });
    merged.origin = { configuredIn: 'kustomization.yaml', configuredBy: { apiVersion: 'builtin', kind: 'ConfigMapGenerator' } };
    absorbGenerated(m, [merged]);
    const r = m.resources()[0]!;
    expect(r).toBe(merged);
    expect(r.name).toBe('p-b');
    expect(r.namespace).toBe('nsb');
    expect(r.prefixes).toEqual(['p-']);
    expect(r.prevIds.map((id) => `${id.name}.${id.namespace}`)).toEqual(['b.default', 'b.nsb']);
    expect(r.obj['data']).toEqual({ a: '1', c: '2' });
    // merge keeps the base's origin; replace takes the new one
    expect(r.origin?.configuredIn).toBe('../base/kustomization.yaml');
    const replacing = cm({ name: 'b', namespace: 'nsb', behavior: 'replace', literals: ['c=2'] }, 1);
    replacing.origin = { configuredIn: 'kustomization.yaml' };
    absorbGenerated(m, [replacing]);
    expect(m.resources()[0]!.origin?.configuredIn).toBe('kustomization.yaml');
    expect(finalName(m.resources()[0]!)).toBe('p-b-t7tt52f482');
  });

  test('created resources are appended; merged ones keep their slot', () => {
    const m = mapOf(cm({ name: 'a', literals: ['a=1'] }), cm({ name: 'b', literals: ['a=1'] }));
    absorbGenerated(m, [cm({ name: 'a', behavior: 'replace', literals: ['x=1'] }), cm({ name: 'c', behavior: 'create', literals: ['a=1'] })]);
    expect(m.resources().map((r) => r.name)).toEqual(['a', 'b', 'c']);
    expect(m.resources()[0]!.obj['data']).toEqual({ x: '1' });
  });

  test('ConfigMaps and Secrets of one name do not collide', () => {
    const m = mapOf(cm({ name: 'x', literals: ['a=1'] }), secret({ name: 'x', literals: ['a=1'] }));
    expect(m.size).toBe(2);
  });
});

describe('absorbGenerated errors', () => {
  test('merge or replace without a target', () => {
    // kubectl: id resid.ResId{...Name:"a", Namespace:""} does not exist; cannot merge or replace
    const e = thrown(() => mapOf(cm({ name: 'a', behavior: 'merge', literals: ['a=1'] }, 2)));
    expect(e).toMatchObject({
      code: 'GENERATOR_FAILED',
      file: 'overlay/kustomization.yaml',
      field: ['configMapGenerator', 2, 'behavior'],
      resource: 'ConfigMap.v1.[noGrp]/a.[noNs]',
      message:
        'id resid.ResId{Gvk:resid.Gvk{Group:"", Version:"v1", Kind:"ConfigMap", isClusterScoped:false}, Name:"a", Namespace:""} does not exist; cannot merge or replace',
    });
    expect(thrown(() => mapOf(secret({ name: 's', behavior: 'replace' })))).toMatchObject({ code: 'GENERATOR_FAILED' });
  });

  test('a different namespace is a different id', () => {
    const e = thrown(() =>
      mapOf(cm({ name: 'a', namespace: 'ns-a', literals: ['a=1'] }), cm({ name: 'a', namespace: 'ns-b', behavior: 'merge', literals: ['b=1'] }, 1)),
    );
    expect(e).toMatchObject({ code: 'GENERATOR_FAILED', field: ['configMapGenerator', 1, 'behavior'] });
  });

  test.each(['', 'create', 'bogus', 'Merge'])('an existing id with behavior %j', (behavior) => {
    // kubectl: id resid.ResId{...} exists; behavior must be merge or replace
    const e = thrown(() => mapOf(cm({ name: 'a', literals: ['a=1'] }), cm({ name: 'a', behavior, literals: ['b=1'] }, 1)));
    expect(e).toMatchObject({
      code: 'ID_CONFLICT',
      field: ['configMapGenerator', 1, 'behavior'],
      message:
        'id resid.ResId{Gvk:resid.Gvk{Group:"", Version:"v1", Kind:"ConfigMap", isClusterScoped:false}, Name:"a", Namespace:""} exists; behavior must be merge or replace',
    });
  });

  test('two resources that could take the merge', () => {
    const one = new Resource({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } });
    const two = new Resource({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'y' } });
    two.prevIds = [{ group: '', version: 'v1', kind: 'ConfigMap', name: 'x', namespace: 'default' }];
    const e = thrown(() => absorbGenerated(new ResourceMap([one, two]), [cm({ name: 'x', behavior: 'merge' })]));
    expect(e.code).toBe('GENERATOR_FAILED');
    expect(e.message).toMatch(/^found multiple objects/);
  });
});
