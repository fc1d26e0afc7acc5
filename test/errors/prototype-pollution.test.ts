/**
 * Keys `__proto__`, `constructor` and `prototype` in resources, kustomizations, generators, JSON 6902
 * and strategic-merge patches, replacements, vars, field specs and YAML merges: a build must treat
 * them as plain keys and never touch a prototype. Outputs in pollution-cases.json were recorded
 * with `kubectl kustomize` (kustomize v5.5.0) on the same files.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { isKustomizeError } from '../../src/core/errors.js';
import { MemoryFs } from '../../src/fs/filesystem.js';
import cases from './pollution-cases.json';

interface Case {
  name: string;
  files: Record<string, string>;
  kubectl: { yaml: string } | { error: string } | { any: string };
}

const protos = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
let snapshot: string[][] = [];
const describeProto = (p: object) =>
  Object.getOwnPropertyNames(p)
    .sort()
    .map((k) => `${k}:${typeof Object.getOwnPropertyDescriptor(p, k)?.value}`);

beforeAll(() => {
  snapshot = protos.map(describeProto);
});

afterEach(() => {
  // Nothing reached a prototype: no new property, no replaced one.
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(protos.map(describeProto)).toEqual(snapshot);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

function buildFiles(files: Record<string, string>): { yaml: string } | { error: string } {
  const fs = new MemoryFs(Object.fromEntries(Object.entries(files).map(([k, v]) => [`/app/${k}`, v])));
  try {
    return { yaml: build(fs, '/app').yaml };
  } catch (e) {
    if (!isKustomizeError(e)) throw e;
    return { error: e.code };
  }
}

describe('prototype keys, compared with kubectl', () => {
  for (const c of cases as unknown as Case[]) {
    it(c.name, () => {
      const got = buildFiles(c.files);
      if ('yaml' in c.kubectl) expect(got).toEqual({ yaml: c.kubectl.yaml });
      else if ('error' in c.kubectl) expect(got, c.kubectl.error).toHaveProperty('error');
      // 'any': output or a KustomizeError, without pollution (checked after each test).
    });
  }
});

const DEP = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n';

describe('more prototype keys (no pollution; output or a KustomizeError)', () => {
  const more: [string, Record<string, string>][] = [
    ['a JSON resource', { 'kustomization.yaml': 'resources:\n- r.json\n', 'r.json': '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","__proto__":{"polluted":1}},"__proto__":{"polluted":1},"data":{"constructor":"c"}}\n' }],
    ['a JSON 6902 patch file in JSON', { 'kustomization.yaml': 'resources:\n- d.yaml\npatchesJson6902:\n- target: {group: apps, version: v1, kind: Deployment, name: web}\n  path: p.json\n', 'd.yaml': DEP, 'p.json': '[{"op":"add","path":"/spec/__proto__","value":{"polluted":1}},{"op":"replace","path":"/spec/replicas","value":{"__proto__":{"polluted":1}}}]' }],
    ['JSON 6902 tests and removes of prototype paths', { 'kustomization.yaml': 'resources:\n- d.yaml\npatches:\n- target: {kind: Deployment}\n  patch: |-\n    - op: test\n      path: /__proto__\n      value: {}\n    - op: remove\n      path: /constructor\n', 'd.yaml': DEP }],
    ['a strategic-merge patch deleting a __proto__ key', { 'kustomization.yaml': 'resources:\n- d.yaml\npatches:\n- patch: |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: web\n    spec:\n      __proto__:\n        $patch: delete\n      constructor:\n        $patch: replace\n        polluted: 1\n', 'd.yaml': DEP }],
    ['a strategic-merge list keyed by __proto__', { 'kustomization.yaml': 'resources:\n- d.yaml\npatches:\n- patch: |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: web\n    spec:\n      template:\n        spec:\n          containers:\n          - name: __proto__\n            image: x\n          $setElementOrder/containers:\n          - name: __proto__\n          $retainKeys: [__proto__]\n', 'd.yaml': DEP }],
    ['replacements from a __proto__ source', { 'kustomization.yaml': 'resources:\n- d.yaml\nreplacements:\n- source: {kind: Deployment, fieldPath: spec.__proto__.polluted}\n  targets:\n  - select: {kind: Deployment}\n    fieldPaths: [spec.replicas]\n- source: {kind: Deployment, fieldPath: metadata.name}\n  targets:\n  - select: {kind: Deployment}\n    fieldPaths: ["spec.[__proto__=x].y", "spec.constructor.0.prototype"]\n    options: {create: true}\n', 'd.yaml': DEP }],
    ['labels and annotations fields with prototype paths', { 'kustomization.yaml': 'resources:\n- d.yaml\nlabels:\n- pairs: {a: b}\n  fields:\n  - path: spec/__proto__/polluted\n    create: true\n  - path: constructor/prototype/polluted\n    create: true\n', 'd.yaml': DEP }],
    ['a kustomization with prototype keys in maps', { 'kustomization.yaml': 'resources:\n- d.yaml\ncommonAnnotations:\n  __proto__: "1"\nopenapi:\n  __proto__: x\nsortOptions:\n  order: legacy\n  legacySortOptions:\n    orderFirst: [__proto__]\n', 'd.yaml': DEP }],
    ['a generator with __proto__ file keys and env keys', { 'kustomization.yaml': 'configMapGenerator:\n- name: g\n  files:\n  - __proto__=f.txt\n- name: h\n  envs: [e.env]\n', 'f.txt': 'x\n', 'e.env': 'constructor=1\nprototype=2\n' }],
    ['replicas and images named like prototype keys', { 'kustomization.yaml': 'resources:\n- d.yaml\nreplicas:\n- name: __proto__\n  count: 3\nimages:\n- name: constructor\n  newTag: v1\nnamePrefix: __proto__-\n', 'd.yaml': DEP }],
    ['vars named __proto__', { 'kustomization.yaml': 'resources:\n- d.yaml\nvars:\n- name: __proto__\n  objref: {kind: Deployment, name: web, apiVersion: apps/v1}\n- name: constructor\n  objref: {kind: Deployment, name: web, apiVersion: apps/v1}\n', 'd.yaml': DEP }],
  ];
  for (const [name, files] of more) {
    it(name, () => {
      const a = buildFiles(files);
      const b = buildFiles(files);
      expect(b).toEqual(a);
    });
  }
});
