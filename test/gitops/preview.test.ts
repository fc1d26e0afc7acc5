/**
 * preview and revision-aware render on the fixture repository (scripts/make-gitops-repo.mjs,
 * made in a temporary directory): the seed flow's scenarios report the right per-environment
 * changes, every build at every revision is byte-identical to kubectl on a checkout
 * (fixtures/gitops-repo/expected), and the shortcuts agree with full rebuilds.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderGitOps } from '../../src/gitops/render.js';
import type { PreviewReport } from '../../src/gitops/preview.js';
import { COMMENT_LIMIT, formatPreviewJson, formatPreviewMarkdown, formatPreviewText } from '../../src/gitops/preview-format.js';
import { openRepoRevisions, previewRepo } from '../../src/node/revisions.js';
import { runCli } from '../../src/cli/main.js';
import { makeGitopsRepo } from '../../scripts/make-gitops-repo.mjs';

const expectedDir = path.resolve(__dirname, '..', '..', 'fixtures', 'gitops-repo', 'expected');
let tmp: string;
let repoDir: string;
let ids: Record<string, string>;
const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: 'pipe' });

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-preview-'));
  repoDir = path.join(tmp, 'repo');
  ids = makeGitopsRepo(repoDir);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** status of each application, and the resources each changed application changes. */
function outline(r: PreviewReport) {
  const out: Record<string, unknown> = {};
  for (const a of r.apps) {
    out[a.key] =
      a.status === 'unchanged' || a.status === 'skipped'
        ? a.status
        : {
            status: a.status,
            added: a.added.map((x) => `${x.kind} ${x.namespace}/${x.name}`),
            removed: a.removed.map((x) => `${x.kind} ${x.namespace}/${x.name}`),
            changed: a.changed.map((x) => `${x.kind} ${x.namespace}/${x.name}${x.from ? ` (was ${x.from})` : ''}`),
            errors: a.errors.map((e) => `${e.side} ${e.code}`),
          };
  }
  return out;
}

const UNCHANGED_ENVS = (except: string[]) =>
  Object.fromEntries(
    ['api', 'db', 'web']
      .flatMap((a) => ['dev', 'production', 'staging'].map((e) => `Application/argocd/${a}-${e}`))
      .filter((k) => !except.includes(k))
      .map((k) => [k, 'unchanged']),
  );

describe('the seed flow', () => {
  test('a developer change on develop deploys to dev only (and adds a generated tool)', () => {
    const r = previewRepo(repoDir, { base: 'develop', head: 'feature/web-banner' });
    expect(outline(r)).toEqual({
      ...UNCHANGED_ENVS(['Application/argocd/web-dev']),
      'Application/argocd/web-dev': {
        status: 'changed',
        added: [],
        removed: [],
        changed: ['Deployment shop-dev/web', 'ConfigMap shop-dev/web-config-c9hm966ffb (was web-config-ftb776829d)'],
        errors: [],
      },
      'Application/argocd/tool-mailhog': { status: 'added', added: ['Deployment tools-mailhog/mailhog'], removed: [], changed: [], errors: [] },
      'Application/argocd/tool-redis': 'unchanged',
      'Application/argocd/root': 'unchanged',
      'Application/argocd/web-eu-west-staging': 'unchanged',
      'Application/argocd/web-us-east-staging': 'unchanged',
      'Application/argocd/ingress-nginx': 'skipped',
      'Kustomization/flux-system/api-cluster-b': 'unchanged',
    });
    const web = r.apps.find((a) => a.key === 'Application/argocd/web-dev')!;
    expect(web.changed[1]!.diff).toContain("-  BANNER: Welcome to the shop\n+  BANNER: 'Spring sale: 20% off'\n");
    expect(r.summary).toEqual({ changed: 1, added: 1, removed: 0, unchanged: 13, skipped: 1, error: 0 });
  });

  test('promotion by tag: production moves from v1.0.0 to v1.1.0; only the api differs between the tags', () => {
    const r = previewRepo(repoDir, { base: 'main~1', head: 'main', trackedBranches: ['main'] });
    const o = outline(r);
    expect(o['Application/argocd/api-production']).toEqual({
      status: 'changed',
      added: [],
      removed: [],
      changed: ['Deployment shop-production/api', 'ConfigMap shop-production/api-config-554kt2ctth (was api-config-2t659dt87g)'],
      errors: [],
    });
    expect((o['Application/argocd/root'] as { changed: string[] }).changed).toEqual([
      'Application argocd/api-production',
      'Application argocd/db-production',
      'Application argocd/web-production',
    ]);
    for (const k of ['db-production', 'web-production', 'api-staging', 'api-dev']) expect(o[`Application/argocd/${k}`]).toBe('unchanged');
    const api = r.apps.find((a) => a.key === 'Application/argocd/api-production')!;
    expect(api.revisions).toEqual({ base: 'v1.0.0', head: 'v1.1.0' });
    expect(api.changed[0]!.diff).toContain('-        image: registry.example.com/shop/api:1.0.0\n+        image: registry.example.com/shop/api:1.1.0\n');
  });

  test('rollback by revert: production goes back to v1.0.0', () => {
    const r = previewRepo(repoDir, { base: 'main', head: 'rollback' });
    const api = r.apps.find((a) => a.key === 'Application/argocd/api-production')!;
    expect(api.status).toBe('changed');
    expect(api.revisions).toEqual({ base: 'v1.1.0', head: 'v1.0.0' });
    expect(api.changed[0]!.diff).toContain('-        image: registry.example.com/shop/api:1.1.0\n+        image: registry.example.com/shop/api:1.0.0\n');
    expect(r.summary.changed).toBe(2); // the api and the root app that deploys it
  });

  test('nothing to preview: same revision on both sides', () => {
    const r = previewRepo(repoDir, { base: 'main', head: 'main' });
    expect(r.summary.changed + r.summary.added + r.summary.removed + r.summary.error).toBe(0);
    expect(r.stats.builds).toBeLessThanOrEqual(2); // the app-of-apps only, for its children
  });
});

describe('shortcuts agree with full rebuilds', () => {
  for (const [name, base, head, tracked] of [
    ['develop → feature', 'develop', 'feature/web-banner', undefined],
    ['promotion', 'main~1', 'main', ['main']],
    ['rollback', 'main', 'rollback', undefined],
    ['v1.0.0 → develop, no tracked branch', 'v1.0.0', 'develop', []],
  ] as const) {
    test(name, () => {
      const fast = previewRepo(repoDir, { base, head, trackedBranches: tracked as string[] | undefined });
      const full = previewRepo(repoDir, { base, head, trackedBranches: tracked as string[] | undefined, shortcuts: false });
      expect(outline(fast)).toEqual(outline(full));
      const diffs = (r: PreviewReport) => r.apps.flatMap((a) => a.changed.map((c) => c.diff));
      expect(diffs(fast)).toEqual(diffs(full));
      expect(fast.stats.builds).toBeLessThan(full.stats.builds);
    });
  }

  test('inputs: a file the build does not read changes; the base build alone decides (working tree head)', () => {
    const wt = path.join(tmp, 'wt-readme');
    git(repoDir, ['worktree', 'add', '-q', '--detach', wt, 'develop']);
    fs.writeFileSync(path.join(wt, 'apps/api/base/README.md'), 'The API.\n');
    const fast = previewRepo(wt, { base: 'develop' });
    const full = previewRepo(wt, { base: 'develop', shortcuts: false });
    expect(outline(fast)).toEqual(outline(full));
    expect(fast.summary.changed + fast.summary.added).toBe(0);
    const api = fast.apps.find((a) => a.key === 'Application/argocd/api-dev')!;
    expect(api.reason).toBe('every input the base build read is the same');
    expect(fast.stats.sameInputs).toBeGreaterThan(0);
  });
});

describe('working tree, secrets, errors, formats', () => {
  let wt: string;
  beforeAll(() => {
    wt = path.join(tmp, 'wt-secret');
    git(repoDir, ['worktree', 'add', '-q', '--detach', wt, 'develop']);
    const k = path.join(wt, 'apps/api/base/kustomization.yaml');
    fs.writeFileSync(k, fs.readFileSync(k, 'utf8').replace('DB_PASSWORD=s3cr3t-api', 'DB_PASSWORD=n3w-s3cr3t'));
  });

  test('Secret values are masked in every format unless asked', () => {
    const r = previewRepo(wt, { base: 'develop' });
    const api = r.apps.find((a) => a.key === 'Application/argocd/api-dev')!;
    const secret = api.changed.find((c) => c.kind === 'Secret')!;
    expect(secret.diff).toContain('-  DB_PASSWORD: ++++++++\n+  DB_PASSWORD: +++++++++\n');
    for (const text of [formatPreviewText(r), formatPreviewMarkdown(r), formatPreviewJson(r)]) {
      expect(text).not.toContain('czNjcjN0LWFwaQ'); // base64 of the old password
      expect(text).not.toContain('bjN3LXMzY3IzdA'); // and of the new one
    }
    const shown = previewRepo(wt, { base: 'develop', showSecrets: true });
    expect(JSON.stringify(shown)).toContain('bjN3LXMzY3IzdA==');
  });

  test('CLI: exit 1 on changes, 0 on none, 2 on a broken application (the others still reported)', () => {
    const run = (args: string[], cwd: string) => {
      let out = '';
      let err = '';
      const code = runCli(['preview', ...args], { out: (s) => (out += s), err: (s) => (err += s), cwd }) as number;
      return { code, out, err };
    };
    expect(run(['--base', 'develop'], wt).code).toBe(1);
    expect(run(['--base', 'develop', '--head', 'develop'], wt).code).toBe(0);
    const broken = path.join(tmp, 'wt-broken');
    git(repoDir, ['worktree', 'add', '-q', '--detach', broken, 'develop']);
    fs.writeFileSync(path.join(broken, 'apps/db/base/service.yaml'), 'kind: [\n');
    const r = run(['--base', 'develop', '-o', 'json'], broken);
    expect(r.code).toBe(2);
    const rep = JSON.parse(r.out) as PreviewReport;
    expect(rep.apps.find((a) => a.key === 'Application/argocd/db-dev')!.errors.map((e) => `${e.side} ${e.code}`)).toEqual(['head YAML_SYNTAX']);
    expect(rep.apps.find((a) => a.key === 'Application/argocd/api-dev')!.status).toBe('unchanged');
    expect(run(['--base', 'no-such-rev'], wt)).toMatchObject({ code: 2, err: `Error: unknown revision 'no-such-rev' in ${fs.realpathSync(wt)} (GIT_REVISION_NOT_FOUND)\n` });
    const md = run(['--base', 'develop', '-o', 'markdown'], wt).out;
    expect(md).toContain('<details><summary><b>Application argocd/api-dev</b>: changed (0 added, 0 removed, 2 changed)</summary>');
  });

  test('Markdown is capped to the comment limit, saying what was cut', () => {
    const r = previewRepo(wt, { base: 'develop' });
    const big = JSON.parse(JSON.stringify(r)) as PreviewReport;
    const api = big.apps.find((a) => a.key === 'Application/argocd/api-dev')!;
    big.apps = Array.from({ length: 40 }, (_, i) => ({ ...api, key: `Application/argocd/app-${i}`, name: `app-${i}`, changed: [{ ...api.changed[0]!, diff: 'x'.repeat(5000) + '\n' }] }));
    const md = formatPreviewMarkdown(big);
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md).toMatch(/Cut to fit the 65,536-character comment limit:\*\* the diffs of \d+ applications are not shown \(Application argocd\/app-\d+/);
  });

  test('a repository without GitOps objects: every kustomization directory', () => {
    const plain = path.join(tmp, 'plain');
    fs.mkdirSync(path.join(plain, 'a'), { recursive: true });
    fs.writeFileSync(path.join(plain, 'a', 'kustomization.yaml'), 'configMapGenerator:\n- name: x\n  literals: [A=1]\n');
    git(plain, ['init', '-q']);
    git(plain, ['add', '-A']);
    git(plain, ['-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'one']);
    fs.writeFileSync(path.join(plain, 'a', 'kustomization.yaml'), 'configMapGenerator:\n- name: x\n  literals: [A=2]\n');
    const r = previewRepo(plain, { base: 'HEAD' });
    expect(outline(r)).toEqual({ 'Directory//a': { status: 'changed', added: [], removed: [], changed: ['ConfigMap /x-tf28tfk457 (was x-89g4tffbfk)'], errors: [] } });
  });
});

describe('render at revisions', () => {
  test('every source of the app-of-apps tree is built at its revision, byte-identical to kubectl on a checkout', () => {
    const repo = openRepoRevisions(repoDir);
    const revName = new Map<string, string>();
    for (const rev of ['v1.0.0', 'develop', 'feature/web-banner', 'main', 'rollback']) revName.set(repo.git.resolve(rev), rev);
    const text = fs.readFileSync(path.join(repoDir, 'root.yaml'), 'utf8') + '---\n' + fs.readFileSync(path.join(repoDir, 'flux/cluster-b.yaml'), 'utf8');
    const r = renderGitOps(repo.open('main').fs, text, { repoRoot: repoDir, repo, follow: true, destinationNamespace: false });
    const seen: string[] = [];
    for (const o of r.objects) {
      if (o.skipped?.length) {
        expect(o.name).toBe('ingress-nginx');
        continue;
      }
      const s = o.sources[0]!;
      const rev = revName.get(s.tree!.id)!;
      seen.push(`${o.name}@${rev}`);
      const hasOverrides = JSON.stringify(o.object).includes('"kustomize"') || o.kind === 'Kustomization';
      if (!hasOverrides) {
        expect(o.yaml, `${o.name} at ${rev}`).toBe(fs.readFileSync(path.join(expectedDir, rev.replace(/\//g, '__'), `${s.path.replace(/\//g, '__')}.yaml`), 'utf8'));
      }
    }
    expect(seen.sort()).toEqual(
      [
        'root@main',
        'api-dev@develop', 'db-dev@develop', 'web-dev@develop',
        'api-staging@main', 'db-staging@main', 'web-staging@main',
        'api-production@main', 'db-production@main', 'web-production@main',
        'tool-redis@develop',
        'web-eu-west-staging@main', 'web-us-east-staging@main',
        'api-cluster-b@develop',
      ].map((x) => x.replace(/-production@main/, '-production@develop')).sort(),
    );
    // the goTemplate ApplicationSet: a prefix and labels per region file, a default for the missing tier
    const eu = r.objects.find((o) => o.name === 'web-eu-west-staging')!;
    const us = r.objects.find((o) => o.name === 'web-us-east-staging')!;
    expect(eu.resources.map((x) => (x['metadata'] as { name: string }).name)).toContain('eu-west-web');
    expect(JSON.stringify(eu.resources)).toContain('"tier":"gold"');
    expect(JSON.stringify(us.resources)).toContain('"tier":"standard"');
    expect((eu.object['metadata'] as { labels: Record<string, string> }).labels).toEqual({ region: 'eu-west', dir: 'regions' });
    expect((us.object['spec'] as { destination: { namespace: string } }).destination.namespace).toBe('web-us-east');
    repo.close();
  });
});
