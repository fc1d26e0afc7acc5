/**
 * The Go decoder of transformer configurations and builtin plugin configs. Each behaviour here was
 * checked with kubectl kustomize v5.5.0 (fixtures/plugins records the builds end to end).
 */
import { describe, expect, test } from 'vitest';
import type { Json } from '../../src/core/json.js';
import { decodeGo, goYamlNumberString } from '../../src/fieldspec/go-json.js';
import { FIELD_SPECS_SCHEMA, FS_SLICE_SCHEMA, GO_STRING, OBJECT_META_SCHEMA, SELECTOR_SCHEMA, goStruct } from '../../src/fieldspec/go-types.js';

const PLUGIN = goStruct('PatchTransformerPlugin', 'builtins.PatchTransformerPlugin', {
  path: GO_STRING,
  target: SELECTOR_SCHEMA,
  options: { t: 'map', goType: 'map[string]bool', elem: { t: 'bool' } },
  fieldSpecs: FIELD_SPECS_SCHEMA,
});
const ARGS = goStruct('Args', 'types.Args', { name: GO_STRING, literals: { t: 'slice', goType: '[]string', elem: GO_STRING } });
const GENERATOR = goStruct('GeneratorPlugin', 'builtins.GeneratorPlugin', { metadata: OBJECT_META_SCHEMA }, [ARGS]);

const json = (v: Json, s = PLUGIN) => decodeGo(v, s, { strict: false });
const err = (v: Json, s = PLUGIN, mode?: 'yaml') => {
  try {
    decodeGo(v, s, { strict: false, mode });
  } catch (e) {
    return e as { code: string; message: string; field?: (string | number)[] };
  }
  throw new Error('no error');
};

describe('decodeGo (sigs.k8s.io/yaml + encoding/json)', () => {
  test('numbers and booleans become strings for fields of the struct itself', () => {
    expect(json({ path: 5, target: { labelSelector: 7, annotationSelector: true } })).toEqual({
      path: '5',
      target: { labelSelector: '7', annotationSelector: 'true' },
    });
  });

  test('but not for fields promoted from an embedded struct, nor anything under one', () => {
    expect(err({ target: { kind: 5 } })).toMatchObject({
      code: 'INVALID_TRANSFORMER_CONFIG',
      message: 'error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go struct field Selector.target.kind of type string',
      field: ['target', 'kind'],
    });
    expect(err({ name: 5 }, GENERATOR).message).toContain('Go struct field GeneratorPlugin.name of type string');
    expect(err({ literals: [1] }, GENERATOR)).toMatchObject({ field: ['literals', 0] });
    expect(json({ metadata: { name: 5 } }, GENERATOR)).toEqual({ metadata: { name: '5' } });
  });

  test('names match case-insensitively; of two keys for one field the later in byte order wins', () => {
    expect(json({ TARGET: { KIND: 'ConfigMap' }, PATH: 'p' })).toEqual({ target: { kind: 'ConfigMap' }, path: 'p' });
    expect(json({ target: { kind: 'ConfigMap', Kind: 'Deployment' } })).toEqual({ target: { kind: 'ConfigMap' } });
  });

  test('a struct set twice merges', () => {
    expect(json({ Target: { kind: 'Deployment' }, target: { name: 'cm' } })).toEqual({ target: { kind: 'Deployment', name: 'cm' } });
  });

  test('unknown fields are ignored; null leaves the zero value', () => {
    expect(json({ bogus: 1, target: null, options: { a: null } })).toEqual({ options: { a: false } });
  });

  test('map values: the error names the map field, `field` the key', () => {
    expect(err({ options: { allowNameChange: 'yes' } })).toMatchObject({
      message: expect.stringContaining('Go struct field PatchTransformerPlugin.options of type bool'),
      field: ['options', 'allowNameChange'],
    });
  });

  test('wrong kinds of values', () => {
    expect(err({ target: 'foo' }).message).toContain('cannot unmarshal string into Go struct field PatchTransformerPlugin.target of type types.Selector');
    expect(err({ fieldSpecs: { path: 'x' } }).message).toContain('cannot unmarshal object into Go struct field PatchTransformerPlugin.fieldSpecs of type []types.FieldSpec');
    expect(err({ fieldSpecs: [{ path: 'a' }, { create: 'true' }] })).toMatchObject({
      message: expect.stringContaining('Go struct field FieldSpec.fieldSpecs.create of type bool'),
      field: ['fieldSpecs', 1, 'create'],
    });
  });

  test('numbers are written as sigs.k8s.io/yaml writes them for a string', () => {
    expect([1, 1.5, 1000000.5, 0.1, 0.00001, Math.PI, 1e21].map(goYamlNumberString)).toEqual([
      '1',
      '1.5',
      '1.0000005e+06',
      '0.1',
      '1e-05',
      '3.1415927',
      '1e+21',
    ]);
  });
});

describe("decodeGo in 'yaml' mode (go-yaml v3)", () => {
  const PREFIX = goStruct('PrefixTransformerPlugin', 'builtins.PrefixTransformerPlugin', {
    prefix: GO_STRING,
    fieldSpecs: FS_SLICE_SCHEMA,
  });
  const yaml = (v: Json) => decodeGo(v, PREFIX, { strict: false, mode: 'yaml' });

  test('exact names only; any scalar fills a string, also in promoted fields', () => {
    expect(yaml({ PREFIX: 'p', prefix: 1, fieldSpecs: [{ kind: 5, create: 'yes' }] })).toEqual({
      prefix: '1',
      fieldSpecs: [{ kind: '5', create: true }],
    });
  });

  test('type errors', () => {
    expect(err({ prefix: ['p'] }, PREFIX, 'yaml')).toMatchObject({
      message: 'yaml: unmarshal errors:\n  cannot unmarshal !!seq into string',
      field: ['prefix'],
    });
    expect(err({ fieldSpecs: 'x' }, PREFIX, 'yaml').message).toContain('cannot unmarshal !!str `x` into types.FsSlice');
    expect(err({ fieldSpecs: [{ create: 'true' }] }, PREFIX, 'yaml').message).toContain('cannot unmarshal !!str `true` into bool');
  });
});
