/**
 * The end-of-build rewrite of annotations (kustomize RemoveBuildAnnotations: GetAnnotations then
 * SetAnnotations). Expected outputs are what `kubectl kustomize` (v5.5.0) printed for the same trees.
 */
import { describe, expect, test } from 'vitest';
import { build } from '../../src/build.js';
import { MemoryFs } from '../../src/fs/filesystem.js';

const enc = (s: string) => new TextEncoder().encode(s);
function run(files: Record<string, string>): string {
  const fs = new MemoryFs(Object.fromEntries(Object.entries(files).map(([k, v]) => ['/app/' + k, enc(v)])));
  return build(fs, '/app').yaml;
}

describe('annotations at the end of the build', () => {
  test('values added by a JSON 6902 patch print as yaml.v3 writes float64 values', () => {
    const out = run({
      'kustomization.yaml': "resources:\n- r.yaml\npatches:\n- path: p.yaml\n  target:\n    kind: ConfigMap\n",
      'r.yaml': "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    z: x\ndata:\n  k: v\n",
      'p.yaml': "- op: add\n  path: /metadata/annotations/a\n  value: 1000000\n- op: add\n  path: /metadata/annotations/b\n  value: 1.50\n- op: add\n  path: /metadata/annotations/c\n  value: 1e21\n- op: add\n  path: /metadata/annotations/d\n  value: 0.0000001\n- op: add\n  path: /metadata/annotations/e\n  value: true\n- op: add\n  path: /metadata/annotations/f\n  value: null\n- op: add\n  path: /metadata/annotations/g\n  value: {a: 1}\n- op: add\n  path: /metadata/annotations/h\n  value: [1]\n- op: add\n  path: /metadata/annotations/i\n  value: 123456789\n- op: add\n  path: /metadata/annotations/j\n  value: 0x10\n- op: add\n  path: /metadata/annotations/k\n  value: 12345678901234567890\n- op: add\n  path: /metadata/annotations/l\n  value: 100\n- op: add\n  path: /metadata/annotations/m\n  value: -0.5\n- op: add\n  path: /metadata/annotations/n\n  value: 1e6\n- op: add\n  path: /metadata/annotations/o\n  value: 2001-12-14\n- op: add\n  path: /metadata/annotations/p\n  value: 3.0\n",
    });
    expect(out).toBe("apiVersion: v1\ndata:\n  k: v\nkind: ConfigMap\nmetadata:\n  annotations:\n    a: \"1e+06\"\n    b: \"1.5\"\n    c: \"1e+21\"\n    d: \"1e-07\"\n    e: \"true\"\n    f: \"null\"\n    g: \"\"\n    h: \"\"\n    i: \"1.23456789e+08\"\n    j: \"16\"\n    k: \"1.2345678901234567e+19\"\n    l: \"100\"\n    m: \"-0.5\"\n    \"n\": \"1e+06\"\n    o: \"2001-12-14\"\n    p: \"3\"\n    z: x\n  name: a\n");
  });

  test('a strategic-merge patch: null values delete, others keep their source text', () => {
    const out = run({
      'kustomization.yaml': 'resources:\n- r.yaml\npatches:\n- path: p.yaml\n',
      'r.yaml': "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    a: x\n    b: x\n    c: x\n    d: x\ndata:\n  k: v\n",
      'p.yaml': "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    a: ~\n    b: null\n    c:\n    d: 0x10\n    e: ~\n    f: 1.50\n    g: \"\"\n    h: !!null\n",
    });
    expect(out).toBe("apiVersion: v1\ndata:\n  k: v\nkind: ConfigMap\nmetadata:\n  annotations:\n    d: \"0x10\"\n    f: \"1.50\"\n    g: \"\"\n  name: a\n");
  });

  test('a key YAML reads as a non-string fails (kustomize writes keys back as plain scalars)', () => {
    // kubectl: json: unsupported type: map[interface {}]interface {}
    expect(() =>
      run({
        'kustomization.yaml': 'resources:\n- r.yaml\ncommonAnnotations:\n  "1": x\n',
        'r.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_RESOURCE' }));
  });
});
