/**
 * Unit tests of the strategic-merge engine that do not need kubectl: API contract (mutation,
 * deletion, resource identity), prototype safety, and equivalence of the indexed list path with
 * the direct port of kyaml's scans. Behaviour against kustomize itself is in recorded.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type Json, type JsonObject, clone } from '../../src/core/json.js';
import { createSchema } from '../../src/openapi/schema.js';
import { applySmPatchToResource, applyStrategicMerge } from '../../src/patch/strategic-merge.js';
import { Resource } from '../../src/resource/resource.js';

const schema = createSchema();
const y = (text: string) => parse(text) as JsonObject;

const deployment = () =>
  y(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: ns}
spec:
  replicas: 1
  template:
    spec:
      containers:
      - {name: a, image: a}
      - {name: b, image: b}
`);

describe('applyStrategicMerge contract', () => {
  test('mutates and returns the target, never the patch', () => {
    const target = deployment();
    const patch = y(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers:
      - {name: c, image: c, $patch: merge}
`);
    const before = clone(patch);
    const out = applyStrategicMerge(target, patch, schema);
    expect(out).toBe(target);
    expect(patch).toEqual(before);
    expect((target['spec'] as any).template.spec.containers.map((c: any) => c.name)).toEqual(['c', 'a', 'b']);
  });

  test('inserted patch content is a copy (applying one patch twice is safe)', () => {
    const patch = y(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec: {template: {metadata: {labels: {x: "1"}}}}
`);
    const t1 = applyStrategicMerge(deployment(), patch, schema)!;
    const t2 = applyStrategicMerge(deployment(), patch, schema)!;
    (t1['spec'] as any).template.metadata.labels.x = 'changed';
    expect((t2['spec'] as any).template.metadata.labels.x).toBe('1');
    expect((patch['spec'] as any).template.metadata.labels.x).toBe('1');
  });

  test('a top-level $patch: delete deletes the resource', () => {
    expect(applyStrategicMerge(deployment(), y('{apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, $patch: delete}'), schema)).toBeNull();
  });

  test('a top-level $patch: replace changes nothing (kustomize keeps its own node)', () => {
    const out = applyStrategicMerge(deployment(), y('{apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, $patch: replace, spec: {replicas: 9}}'), schema);
    expect(out).toEqual(deployment());
  });

  test('kind mismatches and unknown directives are PATCH_FAILED errors', () => {
    expect(() => applyStrategicMerge(deployment(), y('{kind: Deployment, spec: {replicas: {a: 1}}}'), schema)).toThrow(
      expect.objectContaining({ code: 'PATCH_FAILED' }),
    );
    expect(() => applyStrategicMerge(deployment(), y('{kind: Deployment, spec: {template: {$patch: sideways}}}'), schema)).toThrow(
      expect.objectContaining({ code: 'PATCH_FAILED' }),
    );
  });
});

describe('prototype safety', () => {
  test('__proto__ keys in a patch become own keys and pollute nothing', () => {
    const patch = JSON.parse(
      '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cm","annotations":{"__proto__":{"polluted":"yes"}}},"data":{"__proto__":"x","constructor":"y"}}',
    ) as JsonObject;
    const target = y('{apiVersion: v1, kind: ConfigMap, metadata: {name: cm}, data: {a: "1"}}');
    const out = applyStrategicMerge(target, patch, schema)!;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(out['data'], '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(out['data'])).toBe(Object.prototype);
    expect(Object.keys(out['data'] as object).sort()).toEqual(['__proto__', 'a', 'constructor']);
    const ann = (out['metadata'] as JsonObject)['annotations'] as JsonObject;
    expect(Object.prototype.hasOwnProperty.call(ann, '__proto__')).toBe(true);
  });

  test('a list merge key named __proto__ is an ordinary key', () => {
    const custom = createSchema(
      y(`
definitions:
  x.Thing:
    x-kubernetes-group-version-kind: [{group: x.io, kind: Thing, version: v1}]
    properties:
      items: {type: array, x-kubernetes-patch-strategy: merge, x-kubernetes-patch-merge-key: __proto__, items: {type: object}}
`),
    );
    const t = JSON.parse('{"apiVersion":"x.io/v1","kind":"Thing","items":[{"__proto__":"a","v":1}]}') as JsonObject;
    const p = JSON.parse('{"apiVersion":"x.io/v1","kind":"Thing","items":[{"__proto__":"b"},{"__proto__":"a","v":2}]}') as JsonObject;
    const out = applyStrategicMerge(t, p, custom)!;
    expect(JSON.stringify(out['items'])).toBe('[{"__proto__":"b"},{"__proto__":"a","v":2}]');
  });
});

describe('applySmPatchToResource', () => {
  test('restores kind, name and namespace; takes the target apiVersion', () => {
    const res = new Resource(deployment());
    const patch = new Resource(y('{apiVersion: extensions/v1beta1, kind: Other, metadata: {name: other, namespace: x}, spec: {replicas: 3}}'));
    applySmPatchToResource(res, patch, schema);
    expect(res.obj['apiVersion']).toBe('apps/v1');
    expect(res.kind).toBe('Deployment');
    expect(res.name).toBe('web');
    expect(res.namespace).toBe('ns');
    expect((res.obj['spec'] as JsonObject)['replicas']).toBe(3);
    expect(res.prevIds).toEqual([]);
  });

  test('allowNameChange keeps the new name and records the previous id', () => {
    const res = new Resource(deployment());
    const patch = new Resource(y('{apiVersion: apps/v1, kind: Deployment, metadata: {name: web2}}'));
    patch.allowNameChange = true;
    applySmPatchToResource(res, patch, schema);
    expect(res.name).toBe('web2');
    expect(res.prevIds).toEqual([{ group: 'apps', version: 'v1', kind: 'Deployment', name: 'web', namespace: 'ns' }]);
  });

  test('a deleted resource is left empty', () => {
    const res = new Resource(deployment());
    applySmPatchToResource(res, new Resource(y('{apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, $patch: delete}')), schema);
    expect(res.isEmpty()).toBe(true);
  });
});

// ---- indexed list path == kyaml's scans ------------------------------------------------------------

const names = fc.constantFrom('a', 'b', 'c', 'd');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const envItem = fc.record(
  {
    name: names,
    value: maybe(fc.constantFrom('1', '2', null)),
    $patch: maybe(fc.constantFrom('delete', 'replace', 'merge')),
  },
  { requiredKeys: ['name'] },
);
const portItem = fc.record(
  {
    containerPort: fc.constantFrom(80, 81, 82),
    protocol: maybe(fc.constantFrom('TCP', 'UDP')),
    name: maybe(fc.constantFrom('http', 'x')),
    $patch: maybe(fc.constantFrom('delete', 'replace')),
  },
  { requiredKeys: ['containerPort'] },
);
const container = fc.record(
  {
    name: names,
    image: maybe(fc.constantFrom('i1', 'i2', null)),
    env: maybe(fc.array(envItem, { maxLength: 4 })),
    ports: maybe(fc.array(portItem, { maxLength: 4 })),
    $patch: maybe(fc.constantFrom('delete', 'replace')),
  },
  { requiredKeys: ['name'] },
);
/** Lists that are clean (unique keys) most of the time, with occasional key-less items. */
const containers = fc.oneof(
  fc.uniqueArray(container, { selector: (c) => c.name, maxLength: 4 }),
  fc.array(fc.oneof(container, fc.constant({ image: 'nameless' })), { maxLength: 4 }),
);
const pod = (cs: fc.Arbitrary<unknown[]>) =>
  cs.map((list) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: list } }) as unknown as JsonObject);

function outcome(target: JsonObject, patch: JsonObject, indexLists: boolean): Json | string {
  try {
    return applyStrategicMerge(clone(target), patch, schema, { indexLists });
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

describe('indexed list merge', () => {
  test('gives the same result as the direct kyaml port', () => {
    fc.assert(
      fc.property(pod(containers), pod(containers), (target, patch) => {
        // targets carry no directives
        const t = JSON.parse(JSON.stringify(target).replace(/"\$patch":"[a-z]+",?/g, '').replace(/,}/g, '}')) as JsonObject;
        expect(outcome(t, patch, true)).toEqual(outcome(t, patch, false));
      }),
      { numRuns: 3000, seed: 42 },
    );
  });

  // Correctness on long lists (the indexed path); speed itself is measured by `npm run bench`, not here.
  test('merges long keyed lists through the index', () => {
    const env = (n: number, off: number) => Array.from({ length: n }, (_, i) => ({ name: `E${i + off}`, value: String(i) }));
    const target = y('{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: a}]}}');
    ((target['spec'] as any).containers[0] as JsonObject)['env'] = env(5000, 0);
    const patch = y('{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: a}]}}');
    ((patch['spec'] as any).containers[0] as JsonObject)['env'] = env(2500, 2500 + 1250);
    const out = applyStrategicMerge(target, patch, schema)!;
    const merged = (out['spec'] as any).containers[0].env as JsonObject[];
    expect(merged.length).toBe(5000 + 1250);
    expect(merged[0]!['name']).toBe('E3750');
  });
});
