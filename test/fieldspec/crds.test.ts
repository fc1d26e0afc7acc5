/**
 * `crds`: the expected output was recorded from `kubectl kustomize` (kustomize v5.5.0) with the
 * same definitions file as `crds: [crd.json]`, `namePrefix: p-`, `commonLabels: {a: b}` and
 * `commonAnnotations: {c: d}` (resources reordered to input order).
 */
import { describe, expect, test } from 'vitest';
import { isKustomizeError } from '../../src/core/errors.js';
import {
  defaultTransformerConfig,
  mergeTransformerConfigs,
  transformerConfigFromCrds,
} from '../../src/fieldspec/index.js';
import { applyAnnotations, applyLabels, applyPrefix, fixNameReferences } from '../../src/transformers/index.js';
import { objectsOf, parseDocs, resmapFromYaml } from '../transformers/helpers.js';

const CRD = JSON.stringify({
  'github.com/example/pkg/apis/jingfang/v1beta1.Bee': {
    Schema: {
      properties: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        metadata: { $ref: 'k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta' },
        spec: { $ref: 'github.com/example/pkg/apis/jingfang/v1beta1.BeeSpec' },
      },
    },
    Dependencies: [],
  },
  'github.com/example/pkg/apis/jingfang/v1beta1.BeeSpec': {
    Schema: {
      properties: {
        secretRef: { 'x-kubernetes-object-ref-api-version': 'v1', 'x-kubernetes-object-ref-kind': 'Secret' },
        cmName: {
          'x-kubernetes-object-ref-api-version': 'v1',
          'x-kubernetes-object-ref-kind': 'ConfigMap',
          'x-kubernetes-object-ref-name-key': 'cmKey',
        },
        sel: { 'x-kubernetes-label-selector': '' },
        notes: { 'x-kubernetes-annotation': '' },
        ident: { 'x-kubernetes-identity': '' },
      },
    },
    Dependencies: [],
  },
});

const INPUT = `apiVersion: v1
kind: Secret
metadata:
  name: s
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
---
apiVersion: jingfang.example.com/v1beta1
kind: Bee
metadata:
  name: bee
spec:
  secretRef:
    name: s
  cmName:
    cmKey: cm
  sel:
    x: y
  notes:
    n: m
  ident: myid
`;

const EXPECTED = `apiVersion: v1
kind: Secret
metadata:
  annotations:
    c: d
  labels:
    a: b
  name: p-s
---
apiVersion: v1
kind: ConfigMap
metadata:
  annotations:
    c: d
  labels:
    a: b
  name: p-cm
---
apiVersion: jingfang.example.com/v1beta1
kind: Bee
metadata:
  annotations:
    c: d
  labels:
    a: b
  name: p-bee
spec:
  cmName:
    cmKey: p-cm
  ident: p-myid
  notes:
    c: d
    "n": m
  secretRef:
    name: p-s
  sel:
    a: b
    x: "y"
`;

describe('crds', () => {
  test('extensions become fieldspecs', () => {
    const crd = transformerConfigFromCrds([{ text: CRD, file: 'crd.json' }]);
    expect(crd.namePrefix).toEqual([{ kind: 'Bee', path: 'spec/ident' }]);
    expect(crd.commonLabels).toEqual([{ kind: 'Bee', path: 'spec/sel' }]);
    expect(crd.commonAnnotations).toEqual([{ kind: 'Bee', path: 'spec/notes' }]);
    expect(crd.nameReference).toEqual([
      { kind: 'ConfigMap', version: 'v1', fieldSpecs: [{ kind: 'Bee', path: 'spec/cmName/cmKey' }] },
      { kind: 'Secret', version: 'v1', fieldSpecs: [{ kind: 'Bee', path: 'spec/secretRef/name' }] },
    ]);
  });

  test('a build with the CRD config matches kubectl', () => {
    const cfg = mergeTransformerConfigs(defaultTransformerConfig(), transformerConfigFromCrds([{ text: CRD, file: 'crd.json' }]));
    const m = resmapFromYaml(INPUT);
    applyPrefix(m, { prefix: 'p-', fieldSpecs: cfg.namePrefix });
    applyLabels(m, { labels: { a: 'b' }, fieldSpecs: cfg.commonLabels });
    applyAnnotations(m, { annotations: { c: 'd' }, fieldSpecs: cfg.commonAnnotations });
    fixNameReferences(m, cfg);
    expect(objectsOf(m)).toEqual(parseDocs(EXPECTED));
  });

  test('YAML definitions are read too; broken files name the file', () => {
    const yaml = 'a.B:\n  Schema:\n    properties:\n      kind: {}\n      apiVersion: {}\n      metadata: {}\n      x:\n        x-kubernetes-identity: ""\n';
    expect(transformerConfigFromCrds([{ text: yaml, file: 'c.yaml' }]).namePrefix).toEqual([{ kind: 'B', path: 'x' }]);
    try {
      transformerConfigFromCrds([{ text: '{"a": ', file: 'bad.json' }]);
      expect.unreachable();
    } catch (e) {
      expect(isKustomizeError(e) && e.message.startsWith("unable to parse open API definition from 'bad.json'")).toBe(true);
    }
  });
});
