/**
 * diffResources on the seed's environments (built in-process from fixtures/gitops, whose outputs
 * the fixture tests check against kubectl) and on small hand-made lists.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../../src/build.js';
import type { JsonObject } from '../../src/core/json.js';
import { commonAffixes, diffResources, formatResourceDiff, resourceId } from '../../src/gitops/resdiff.js';
import { memoryFsFromDir } from '../helpers.js';

const mfs = memoryFsFromDir(path.resolve(__dirname, '..', '..', 'fixtures', 'gitops', 'input'), '/repo');
const staging = build(mfs, '/repo/envs/staging').resources;
const production = build(mfs, '/repo/envs/production').resources;

const cm = (name: string, data: Record<string, string>, namespace?: string): JsonObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: namespace ? { name, namespace } : { name },
  data,
});

describe('diffResources', () => {
  test('by id: added, removed, changed (with a unified diff), unchanged', () => {
    const d = diffResources([cm('a', { k: '1' }), cm('b', { k: '1' }), cm('c', { k: '1' })], [cm('a', { k: '1' }), cm('b', { k: '2' }), cm('d', {})], {
      labels: ['old', 'new'],
    });
    expect(d.unchanged).toEqual(['ConfigMap.v1.[noGrp]/a.[noNs]']);
    expect(d.removed).toEqual(['ConfigMap.v1.[noGrp]/c.[noNs]']);
    expect(d.added).toEqual(['ConfigMap.v1.[noGrp]/d.[noNs]']);
    expect(d.changed).toEqual([
      {
        id: 'ConfigMap.v1.[noGrp]/b.[noNs]',
        idB: 'ConfigMap.v1.[noGrp]/b.[noNs]',
        diff:
          '--- old ConfigMap.v1.[noGrp]/b.[noNs]\n+++ new ConfigMap.v1.[noGrp]/b.[noNs]\n@@ -1,6 +1,6 @@\n apiVersion: v1\n data:\n-  k: "1"\n+  k: "2"\n kind: ConfigMap\n metadata:\n   name: b\n',
      },
    ]);
  });

  test('ids are kustomize ResId strings', () => {
    expect(resourceId(production.find((r) => r['kind'] === 'Deployment')!)).toBe('Deployment.v1.apps/production-angular-frontend.production');
  });

  test('staging vs production by id: nothing matches (namespace and prefix differ)', () => {
    const d = diffResources(staging, production);
    expect(d.changed).toEqual([]);
    expect(d.added).toHaveLength(production.length);
    expect(d.removed).toHaveLength(staging.length);
  });

  test('staging vs production, loosely: resources paired across namespace, prefix and hash suffix', () => {
    expect(commonAffixes(staging, true)).toEqual({ prefix: 'staging-', suffix: '' });
    const d = diffResources(staging, production, { ignoreNamespace: true, ignoreHashSuffix: true, autoAffixes: true, labels: ['staging', 'production'] });
    expect(d.removed).toEqual(['Namespace.v1.[noGrp]/staging.[noNs]']);
    expect(d.added).toEqual(['Namespace.v1.[noGrp]/production.[noNs]']);
    expect(d.changed.map((c) => c.id)).toContain('Deployment.v1.apps/staging-dotnet-api.staging');
    const api = d.changed.find((c) => c.id === 'Deployment.v1.apps/staging-dotnet-api.staging')!;
    expect(api.idB).toBe('Deployment.v1.apps/production-dotnet-api.production');
    expect(api.diff).toContain('-  replicas: 1\n+  replicas: 5\n');
    expect(api.diff).toContain('\n-        image: registry.example.com/api/dotnet-api:v1.0.0-rc.1\n');
    expect(api.diff).toContain('\n+        image: registry.example.com/api/dotnet-api:v1.0.0\n');
    expect(formatResourceDiff(d, ['staging', 'production']).split('\n')[0]).toBe(
      `${d.changed.length} changed, 1 added, 1 removed, 0 unchanged (staging → production)`,
    );
  });

  test('explicit prefixes do the same as automatic ones', () => {
    const auto = diffResources(staging, production, { ignoreNamespace: true, ignoreHashSuffix: true, autoAffixes: true });
    const given = diffResources(staging, production, { ignoreNamespace: true, ignoreHashSuffix: true, stripPrefixes: ['staging-', 'production-'] });
    expect(given).toEqual(auto);
  });
});
