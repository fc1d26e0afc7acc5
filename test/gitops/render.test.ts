/**
 * renderGitOps: Argo CD Applications and Flux Kustomizations read from YAML and rendered from a
 * checkout. Expected outputs are the kubectl-recorded ones of cases.json where the object maps
 * onto a recorded case; the rest checks the documented Argo CD / Flux rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import YAML from 'yaml';
import { isKustomizeError } from '../../src/core/errors.js';
import { MemoryFs } from '../../src/fs/filesystem.js';
import { renderGitOps } from '../../src/gitops/render.js';
import { build } from '../../src/build.js';

interface Case {
  name: string;
  target: string;
  files?: Record<string, string>;
  overrides?: Record<string, unknown>;
  expected: string;
}
const cases = JSON.parse(fs.readFileSync(path.join(__dirname, 'cases.json'), 'utf8')) as Case[];
const byName = (n: string) => cases.find((c) => c.name === n)!;

function seed(extra: Record<string, string> = {}): MemoryFs {
  const files: Record<string, string | Uint8Array> = {};
  const root = path.resolve(__dirname, '..', '..', 'fixtures', 'gitops', 'input');
  const walk = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else files[`/repo/${r}`] = new Uint8Array(fs.readFileSync(path.join(d, e.name)));
    }
  };
  walk(root, '');
  for (const [k, v] of Object.entries(extra)) files[`/repo/${k}`] = v;
  return new MemoryFs(files);
}

const app = (name: string, source: unknown, destNs = 'ignored-because-the-overlay-sets-one') =>
  YAML.stringify({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, namespace: 'argocd' },
    spec: { project: 'default', source, destination: { server: 'https://kubernetes.default.svc', namespace: destNs } },
  });

function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isKustomizeError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an error');
}

describe('Argo CD Application', () => {
  test('spec.source.kustomize overrides, repoURL/targetRevision ignored (kubectl-recorded case all-together)', () => {
    const c = byName('all-together');
    const text = app('api-prod', { repoURL: 'https://example.com/shop.git', targetRevision: 'v9', path: c.target, kustomize: c.overrides });
    const r = renderGitOps(seed(c.files), text, { repoRoot: '/repo' });
    expect(r.objects).toHaveLength(1);
    expect(r.objects[0]!.yaml).toBe(c.expected);
    expect(r.objects[0]!.paths).toEqual([c.target]);
    expect(r.yaml).toBe(`# Source: Application argocd/api-prod (path: ${c.target})\n${c.expected}`);
  });

  test('destination.namespace fills namespaced resources that have none, and only those', () => {
    const mfs = seed({
      'rbac/kustomization.yaml': 'resources: [rbac.yaml]\n',
      'rbac/rbac.yaml':
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\n---\n' +
        'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: bot\n---\n' +
        'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: other\n  namespace: elsewhere\n',
    });
    const r = renderGitOps(mfs, app('rbac', { path: 'rbac' }, 'team-a'), { repoRoot: '/repo' });
    const md = r.objects[0]!.resources.map((o) => o['metadata'] as { name: string }).sort((a, b) => a.name.localeCompare(b.name));
    expect(md).toEqual([{ name: 'bot', namespace: 'team-a' }, { name: 'other', namespace: 'elsewhere' }, { name: 'reader' }]);
    const off = renderGitOps(mfs, app('rbac', { path: 'rbac' }, 'team-a'), { repoRoot: '/repo', destinationNamespace: false });
    expect(off.objects[0]!.yaml).toBe(build(mfs, '/repo/rbac').yaml);
  });

  test('multi-source: every source with a path is rendered, ref-only sources skipped', () => {
    const doc = YAML.stringify({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'two' },
      spec: {
        sources: [{ path: 'infrastructure/redis/overlays/dev' }, { repoURL: 'x', ref: 'values' }, { path: 'infrastructure/postgres/overlays/dev' }],
        destination: { namespace: 'dev' },
      },
    });
    const mfs = seed();
    const r = renderGitOps(mfs, doc, { repoRoot: '/repo' });
    expect(r.objects[0]!.paths).toEqual(['infrastructure/redis/overlays/dev', 'infrastructure/postgres/overlays/dev']);
    const want = [...build(mfs, '/repo/infrastructure/redis/overlays/dev').resources, ...build(mfs, '/repo/infrastructure/postgres/overlays/dev').resources];
    expect(r.objects[0]!.resources).toEqual(want);
  });

  test('unsupported sources and missing kustomizations are errors naming the object', () => {
    expect(errorOf(() => renderGitOps(seed(), app('h', { chart: 'redis', repoURL: 'https://charts' }), { repoRoot: '/repo' }))).toEqual({
      code: 'INVALID_GITOPS_OBJECT',
      message: 'Application argocd/h: Helm chart sources from a chart repository are not supported (kustomize-ts renders the checkout)',
    });
    expect(errorOf(() => renderGitOps(seed(), app('p', { path: 'apps' }), { repoRoot: '/repo' })).code).toBe('INVALID_GITOPS_OBJECT');
    expect(
      errorOf(() => renderGitOps(seed(), app('c', { path: 'envs/dev', kustomize: { components: ['../nope'] } }), { repoRoot: '/repo' })).code,
    ).toBe('FILE_NOT_FOUND');
    const skipped = renderGitOps(seed(), app('c', { path: 'envs/dev', kustomize: { components: ['../nope'], ignoreMissingComponents: true } }), {
      repoRoot: '/repo',
    });
    expect(skipped.objects[0]!.yaml).toBe(build(seed(), '/repo/envs/dev').yaml);
  });
});

describe('Flux Kustomization and multi-document files', () => {
  const flux = (name: string, spec: Record<string, unknown>) =>
    YAML.stringify({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name, namespace: 'flux-system' }, spec });

  test('objects render in order, separated by ---; other documents are skipped with a warning', () => {
    const text = [
      app('a', { path: 'apps/dotnet-api/overlays/staging' }),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: not-gitops\n',
      flux('b', { path: './infrastructure/redis/overlays/staging' }),
    ].join('---\n');
    const mfs = seed();
    const r = renderGitOps(mfs, text, { repoRoot: '/repo' });
    expect(r.objects.map((o) => `${o.kind}/${o.name}`)).toEqual(['Application/a', 'Kustomization/b']);
    expect(r.skipped).toEqual([{ index: 1, kind: 'ConfigMap', name: 'not-gitops' }]);
    expect(r.warnings.map((w) => w.message)).toContain('skipping ConfigMap not-gitops (not an Argo CD Application or Flux Kustomization)');
    const a = build(mfs, '/repo/apps/dotnet-api/overlays/staging').yaml;
    const b = build(mfs, '/repo/infrastructure/redis/overlays/staging', { loadRestrictions: 'none' }).yaml;
    expect(r.yaml).toBe(
      `# Source: Application argocd/a (path: apps/dotnet-api/overlays/staging)\n${a}---\n` +
        `# Source: Kustomization flux-system/b (path: infrastructure/redis/overlays/staging)\n${b}`,
    );
  });

  test('postBuild: spec.postBuild.substitute wins over supplied values; substituteFrom is reported', () => {
    const mfs = new MemoryFs({
      '/repo/app/kustomization.yaml': 'resources: [cm.yaml]\n',
      '/repo/app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: ${A}\n  b: ${B}\n',
    });
    const text = flux('v', {
      path: './app',
      postBuild: { substitute: { A: 'from-spec' }, substituteFrom: [{ kind: 'ConfigMap', name: 'vars' }] },
    });
    const r = renderGitOps(mfs, text, { repoRoot: '/repo', substitute: { A: 'from-cli', B: 'from-cli' } });
    expect(r.objects[0]!.resources[0]!['data']).toEqual({ a: 'from-spec', b: 'from-cli' });
    expect(r.warnings.map((w) => w.message)).toContain(
      'postBuild.substituteFrom (ConfigMap/vars) is read from the cluster by Flux; supply those values with --substitute',
    );
    expect(
      errorOf(() => renderGitOps(mfs, flux('v', { path: './app', postBuild: { substitute: { A: 'x' } } }), { repoRoot: '/repo', substituteStrict: true })),
    ).toEqual({ code: 'SUBSTITUTION_FAILED', message: 'Kustomization flux-system/v: variable substitution failed: variable not set (strict mode): "B"' });
  });

  test('without postBuild, no substitution happens', () => {
    const mfs = new MemoryFs({
      '/repo/app/kustomization.yaml': 'resources: [cm.yaml]\n',
      '/repo/app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: ${A}\n',
    });
    const r = renderGitOps(mfs, flux('v', { path: './app' }), { repoRoot: '/repo', substitute: { A: 'x' } });
    expect(r.objects[0]!.resources[0]!['data']).toEqual({ a: '${A}' });
  });
});
