/**
 * checkGoldens on a MemoryFs copy of the seed tree: discovery (components and the golden
 * directory skipped), globs, ok / changed / missing / orphan / error, and `update`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MemoryFs } from '../../src/fs/filesystem.js';
import { checkGoldens, findTargets, goldenName } from '../../src/gitops/golden.js';
import { setImage } from '../../src/edit/index.js';

const fixtureDir = path.resolve(__dirname, '..', '..', 'fixtures', 'gitops');

function seedTree(): MemoryFs {
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else files[`/repo/${r}`] = new Uint8Array(fs.readFileSync(path.join(d, e.name)));
    }
  };
  walk(path.join(fixtureDir, 'input'), '');
  return new MemoryFs(files);
}

const expected = (name: string) => fs.readFileSync(path.join(fixtureDir, 'expected', `${name}.yaml`), 'utf8');

describe('checkGoldens', () => {
  test('golden names', () => {
    expect(goldenName('apps/api/overlays/prod')).toBe('apps__api__overlays__prod.yaml');
    expect(goldenName('.')).toBe('_root.yaml');
  });

  test('first run: every target is missing; update writes kubectl-identical goldens; then all ok', () => {
    const mfs = seedTree();
    const first = checkGoldens({ fs: mfs, root: '/repo' });
    expect(first.ok).toBe(false);
    expect(first.targets).toHaveLength(27);
    expect(new Set(first.targets.map((t) => t.status))).toEqual(new Set(['missing']));

    const upd = checkGoldens({ fs: mfs, root: '/repo', update: true });
    expect(upd.ok).toBe(true);
    expect(upd.targets.every((t) => t.status === 'updated')).toBe(true);
    // The goldens are the rendered outputs, i.e. what kubectl kustomize prints (recorded fixtures).
    expect(mfs.readFile('/repo/goldens/envs__production.yaml')).toBe(expected('env-production'));

    const again = checkGoldens({ fs: mfs, root: '/repo' });
    expect(again.ok).toBe(true);
    expect(again.targets.every((t) => t.status === 'ok')).toBe(true);
  });

  test('an image bump shows as drift in the overlay and in the environment, with a readable diff', () => {
    const mfs = seedTree();
    checkGoldens({ fs: mfs, root: '/repo', update: true });
    const kfile = '/repo/apps/dotnet-api/overlays/production/kustomization.yaml';
    const text = new TextDecoder().decode(mfs.readFile(kfile) as Uint8Array);
    mfs.write(kfile, setImage(text, ['registry.example.com/api/dotnet-api:v1.1.0']));
    const r = checkGoldens({ fs: mfs, root: '/repo' });
    expect(r.ok).toBe(false);
    const changed = r.targets.filter((t) => t.status === 'changed');
    expect(changed.map((t) => t.target)).toEqual(['apps/dotnet-api/overlays/production', 'envs/production']);
    const d = changed[0]!.diff!;
    expect(d.split('\n').slice(0, 2)).toEqual([
      '--- goldens/apps__dotnet-api__overlays__production.yaml',
      '+++ apps/dotnet-api/overlays/production (rendered)',
    ]);
    expect(d).toContain('\n-        image: registry.example.com/api/dotnet-api:v1.0.0\n+        image: registry.example.com/api/dotnet-api:v1.1.0\n');
  });

  test('globs select targets (minimatch on the directory path)', () => {
    const mfs = seedTree();
    const r = checkGoldens({ fs: mfs, root: '/repo', globs: ['envs/*', 'apps/*/overlays/production'] });
    expect(r.targets.map((t) => t.target)).toEqual([
      'apps/angular-frontend/overlays/production',
      'apps/dotnet-api/overlays/production',
      'apps/nodejs-service/overlays/production',
      'envs/dev',
      'envs/production',
      'envs/staging',
    ]);
  });

  test('components and the golden directory are not targets; build errors and orphans fail', () => {
    const mfs = new MemoryFs({
      '/r/app/kustomization.yaml': 'resources: [cm.yaml]\n',
      '/r/app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
      '/r/comp/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
      '/r/broken/kustomization.yaml': 'resources: [missing.yaml]\n',
      '/r/node_modules/x/kustomization.yaml': 'resources: []\n',
      '/r/goldens/old__gone.yaml': 'stale\n',
      '/r/goldens/kustomization.yaml': 'resources: []\n',
    });
    expect(findTargets(mfs, '/r', (rel) => rel === 'goldens')).toEqual(['app', 'broken']);
    const r = checkGoldens({ fs: mfs, root: '/r' });
    expect(r.targets.map((t) => [t.target, t.status])).toEqual([
      ['app', 'missing'],
      ['broken', 'error'],
      ['old/gone', 'orphan'],
    ]);
    expect(r.targets[1]!.error!.code).toBe('FILE_NOT_FOUND');
    const removed: string[] = [];
    const u = checkGoldens({ fs: mfs, root: '/r', update: true, remove: (p) => removed.push(p) });
    expect(u.ok).toBe(false); // the broken build still fails
    expect(removed).toEqual(['/r/goldens/old__gone.yaml']);
    expect(mfs.readFile('/r/goldens/app.yaml')).toBe('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n');
  });
});
