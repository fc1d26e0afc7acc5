/**
 * Transformer configs. Messages and conflicts were checked with `kubectl kustomize` (kustomize
 * v5.5.0) using `configurations:` files with the same content.
 */
import { describe, expect, test } from 'vitest';
import type { Json } from '../../src/core/json.js';
import { isKustomizeError } from '../../src/core/errors.js';
import {
  type TransformerConfig,
  defaultTransformerConfig,
  emptyTransformerConfig,
  makeTransformerConfig,
  mergeFieldSpecs,
  mergeTransformerConfigs,
  parseTransformerConfig,
} from '../../src/fieldspec/index.js';

function failure(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isKustomizeError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an error');
}

const gvkPath = (t: TransformerConfig, k: 'replicas' | 'namePrefix' | 'images') =>
  t[k].map((f) => `${f.kind ?? ''}:${f.path}`);

describe('defaultTransformerConfig', () => {
  test('returns a fresh copy every time', () => {
    const a = defaultTransformerConfig();
    a.commonLabels.length = 0;
    a.nameReference[0]!.fieldSpecs.push({ path: 'x' });
    const b = defaultTransformerConfig();
    expect(b.commonLabels.length).toBe(32);
    expect(b.nameReference[0]!.fieldSpecs.some((f) => f.path === 'x')).toBe(false);
  });

  test('holds kustomize v5.5.0 defaults', () => {
    const t = defaultTransformerConfig();
    expect(gvkPath(t, 'namePrefix')).toEqual([':metadata/name']);
    expect(t.nameSuffix).toEqual([{ path: 'metadata/name' }]);
    expect(t.namespace.map((f) => f.kind)).toEqual(['Namespace', 'CustomResourceDefinition', 'APIService']);
    expect(t.templateLabels.length).toBe(10);
    expect(t.commonAnnotations.length).toBe(9);
    expect(t.varReference.length).toBe(72);
    expect(t.nameReference.length).toBe(16);
    expect(t.labels).toEqual([]);
    // No volumes[].image.reference spec in v5.5.0.
    expect(t.images.map((f) => f.path)).toEqual([
      'spec/containers[]/image',
      'spec/initContainers[]/image',
      'spec/template/spec/containers[]/image',
      'spec/template/spec/initContainers[]/image',
    ]);
  });

  test('lists are sorted by GVK as kustomize sorts them (as its replicas error shows)', () => {
    expect(gvkPath(defaultTransformerConfig(), 'replicas')).toEqual([
      'Deployment:spec/replicas',
      'StatefulSet:spec/replicas',
      'ReplicaSet:spec/replicas',
      'ReplicationController:spec/replicas',
    ]);
  });
});

describe('parseTransformerConfig', () => {
  test('reads fieldspecs and back-references; field names match case-insensitively', () => {
    const t = parseTransformerConfig({
      commonLabels: [{ path: 'spec/sel', Kind: 'Foo', create: true }],
      nameReference: [{ kind: 'ConfigMap', version: 'v1', fieldSpecs: [{ path: 'spec/ref', kind: 'Foo' }] }],
    });
    expect(t.commonLabels).toEqual([{ path: 'spec/sel', kind: 'Foo', create: true }]);
    expect(t.nameReference).toEqual([{ kind: 'ConfigMap', version: 'v1', fieldSpecs: [{ path: 'spec/ref', kind: 'Foo' }] }]);
  });

  // Checked with kubectl kustomize v5.5.0: sigs.k8s.io/yaml converts for a field of FieldSpec
  // itself, not for group/version/kind, which FieldSpec has from its embedded resid.Gvk.
  test('numbers and booleans are read as strings for path, not for the embedded Gvk fields', () => {
    expect(parseTransformerConfig({ images: [{ path: 1, kind: 'Deployment' }] }).images).toEqual([
      { path: '1', kind: 'Deployment' },
    ]);
    expect(() => parseTransformerConfig({ images: [{ path: 'a', kind: 1 }] })).toThrow(
      'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go struct field FieldSpec.images.kind of type string',
    );
    expect(() => parseTransformerConfig({ images: [{ path: 'a', kind: 'Deployment', version: true }] })).toThrow(
      'json: cannot unmarshal bool into Go struct field FieldSpec.images.version of type string',
    );
  });

  test('of two keys naming one field, the later in byte order wins (KIND before kind)', () => {
    expect(parseTransformerConfig({ images: [{ path: 'a', kind: 'ConfigMap', KIND: 'Deployment' }] }).images).toEqual([
      { path: 'a', kind: 'ConfigMap' },
    ]);
  });

  test('file text is read as YAML 1.1, like kustomize (create: yes is true)', () => {
    const t = parseTransformerConfig('commonLabels:\n- path: spec/sel\n  create: yes\n  kind: Foo\n', 'c.yaml');
    expect(t.commonLabels).toEqual([{ path: 'spec/sel', create: true, kind: 'Foo' }]);
    expect(parseTransformerConfig('', 'empty.yaml')).toEqual(emptyTransformerConfig());
  });

  test('an empty document is an empty config', () => {
    expect(parseTransformerConfig(null)).toEqual(emptyTransformerConfig());
  });

  test.each<[string, Json, string, string]>([
    [
      'unknown top-level field',
      { commonLabels: [], bogus: 1 },
      'UNKNOWN_FIELD',
      'error unmarshaling JSON: while decoding JSON: json: unknown field "bogus"',
    ],
    [
      'unknown fieldspec field',
      { commonLabels: [{ path: 'a', bogus: 2 }] },
      'UNKNOWN_FIELD',
      'error unmarshaling JSON: while decoding JSON: json: unknown field "bogus"',
    ],
    [
      'string create',
      { commonLabels: [{ path: 'a', create: 'true' }] },
      'INVALID_TRANSFORMER_CONFIG',
      'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field FieldSpec.commonLabels.create of type bool',
    ],
    [
      'object instead of a list',
      { commonLabels: { path: 'a' } },
      'INVALID_TRANSFORMER_CONFIG',
      'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go struct field TransformerConfig.commonLabels of type types.FsSlice',
    ],
    [
      'a list document',
      ['a'],
      'INVALID_TRANSFORMER_CONFIG',
      'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type builtinconfig.TransformerConfig',
    ],
  ])('%s is an error', (_name, doc, code, message) => {
    expect(failure(() => parseTransformerConfig(doc))).toEqual({ code, message });
  });
});

describe('merging', () => {
  test('a spec without GVK conflicts with a specific spec of the same path and another create', () => {
    const user = parseTransformerConfig({ commonLabels: [{ path: 'spec/selector' }] });
    expect(failure(() => makeTransformerConfig([user]))).toEqual({
      code: 'FIELDSPEC_CONFLICT',
      message: 'failed to merge CommonLabels fieldSpec: conflicting fieldspecs',
    });
  });

  test('a specific spec is added beside a general one, but re-merging the sorted result conflicts', () => {
    // kustomize merges each kustomization's config into its (initially empty) accumulator config:
    // there the specific spec comes first and the general one then conflicts with it.
    const user = parseTransformerConfig({ commonLabels: [{ path: 'metadata/labels', kind: 'Foo' }] });
    const t = makeTransformerConfig([user]);
    expect(t.commonLabels.filter((f) => f.path === 'metadata/labels')).toEqual([
      { path: 'metadata/labels', kind: 'Foo' },
      { path: 'metadata/labels', create: true },
    ]);
    expect(failure(() => mergeTransformerConfigs(emptyTransformerConfig(), t)).code).toBe('FIELDSPEC_CONFLICT');
  });

  test('configurations files conflict with each other', () => {
    const a = parseTransformerConfig({ commonLabels: [{ path: 'spec/a', kind: 'Foo', create: true }] });
    const b = parseTransformerConfig({ commonLabels: [{ path: 'spec/a' }] });
    expect(failure(() => makeTransformerConfig([a, b])).message).toBe(
      'failed to merge CommonLabels fieldSpec: conflicting fieldspecs',
    );
  });

  test('back-references merge by target GVK', () => {
    const user = parseTransformerConfig({
      nameReference: [
        { kind: 'ConfigMap', version: 'v1', fieldSpecs: [{ path: 'spec/ref', kind: 'Foo' }] },
        { kind: 'Foo', fieldSpecs: [{ path: 'spec/fooRef', kind: 'Bar' }] },
      ],
    });
    const t = makeTransformerConfig([user]);
    const cm = t.nameReference.find((b) => b.kind === 'ConfigMap')!;
    expect(cm.fieldSpecs.at(-1)).toEqual({ path: 'spec/ref', kind: 'Foo' });
    expect(t.nameReference.find((b) => b.kind === 'Foo')).toEqual({
      kind: 'Foo',
      fieldSpecs: [{ path: 'spec/fooRef', kind: 'Bar' }],
    });
    const conflict = parseTransformerConfig({
      nameReference: [{ kind: 'ConfigMap', version: 'v1', fieldSpecs: [{ path: 'spec/volumes/configMap/name', kind: 'Pod', create: true }] }],
    });
    expect(failure(() => makeTransformerConfig([conflict])).message).toBe(
      'failed to merge NameReference fieldSpec: conflicting fieldspecs',
    );
  });

  test('mergeFieldSpecs keeps existing specs and does not mutate its inputs', () => {
    const base = [{ path: 'a', kind: 'X' }];
    const out = mergeFieldSpecs(base, [{ path: 'a', kind: 'X' }, { path: 'b' }]);
    expect(out).toEqual([{ path: 'a', kind: 'X' }, { path: 'b' }]);
    expect(base).toEqual([{ path: 'a', kind: 'X' }]);
  });
});
