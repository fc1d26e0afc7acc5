/**
 * The CLI in-process, on a temporary copy of the seed tree: `build` unchanged (output = the
 * kubectl-recorded fixtures), and the seed's GitOps flow — `edit set image` in CI, `check`
 * showing the golden drift, `diff` comparing staging and production — plus `render`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { helmOrSkip } from '../helm/helm-env.js';

const fixtures = path.resolve(__dirname, '..', '..', 'fixtures', 'gitops');
let tmp: string;
let repo: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-cli-'));
  repo = path.join(tmp, 'repo');
  fs.cpSync(path.join(fixtures, 'input'), repo, { recursive: true });
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], cwd = repo): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (s) => (out += s), err: (s) => (err += s), cwd });
  // Local trees build synchronously; only remote bases make the CLI asynchronous.
  if (typeof code !== 'number') throw new Error('unexpected asynchronous build');
  return { code, out, err };
}

const expected = (name: string) => fs.readFileSync(path.join(fixtures, 'expected', `${name}.yaml`), 'utf8');
const read = (rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');

describe('top level', () => {
  test('help, version, unknown command', () => {
    expect(run([]).code).toBe(1);
    expect(run(['--help'])).toMatchObject({ code: 0 });
    expect(run(['--help']).out).toContain('kustomize-ts diff A B');
    expect(run(['version']).out).toBe('kustomize-ts 0.1.0 (compatible with kustomize v5.5.0)\n');
    expect(run(['frobnicate'])).toEqual({
      code: 1,
      out: '',
      err: 'Error: unknown command "frobnicate" for "kustomize-ts"\nRun \'kustomize-ts --help\' for usage.\n',
    });
  });
});

describe('build (unchanged)', () => {
  test('prints what kubectl kustomize prints', () => {
    expect(run(['build', 'envs/production'])).toEqual({ code: 0, out: expected('env-production'), err: '' });
    expect(run(['build'], path.join(repo, 'envs', 'staging')).out).toBe(expected('env-staging'));
  });
  test('-o to a file; usage errors', () => {
    expect(run(['build', 'envs/dev', '-o', path.join(tmp, 'dev.yaml')]).code).toBe(0);
    expect(fs.readFileSync(path.join(tmp, 'dev.yaml'), 'utf8')).toBe(expected('env-dev'));
    expect(run(['build', 'a', 'b'])).toEqual({ code: 1, out: '', err: 'Error: specify one path to a kustomization directory\n' });
    expect(run(['build', '--nope']).err).toBe('Error: unknown flag: --nope\n');
    expect(run(['build', '--enable-exec']).err).toBe('Error: --enable-exec is not supported: kustomize-ts runs no plugins or exec functions\n');
    expect(run(['build', '--enable-helm=maybe']).err).toBe(
      'Error: invalid argument "maybe" for "--enable-helm" flag: strconv.ParseBool: parsing "maybe": invalid syntax\n',
    );
    const missing = run(['build', 'does-not-exist']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^Error: .*does-not-exist.* \(KUSTOMIZATION_NOT_FOUND\)\n$/);
  });
  test('--substitute (opt-in post-build substitution)', () => {
    const dir = path.join(tmp, 'subst');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources: [cm.yaml]\n');
    fs.writeFileSync(path.join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  env: ${ENV:=dev}\n  region: ${REGION}\n');
    expect(run(['build', dir]).out).toContain('env: ${ENV:=dev}');
    expect(run(['build', dir, '--substitute', 'REGION=eu']).out).toBe(
      'apiVersion: v1\ndata:\n  env: dev\n  region: eu\nkind: ConfigMap\nmetadata:\n  name: c\n',
    );
    const strict = run(['build', dir, '--substitute', 'ENV=prod', '--substitute-strict']);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('variable not set (strict mode): "REGION"');
  });
});

describe('the seed flow: edit in CI, check goldens, diff environments', () => {
  const overlay = 'apps/dotnet-api/overlays/production';

  test('check --update records goldens; check passes', () => {
    const u = run(['check', '--update']);
    expect(u.code).toBe(0);
    expect(u.out.endsWith('check: 27 target(s): 27 updated\n')).toBe(true);
    expect(read('goldens/envs__production.yaml')).toBe(expected('env-production'));
    expect(run(['check'])).toEqual({ code: 0, out: 'check: 27 target(s): 27 ok\n', err: '' });
  });

  test('edit set image changes one line of the overlay', () => {
    const before = read(`${overlay}/kustomization.yaml`);
    const r = run(['edit', 'set', 'image', 'registry.example.com/api/dotnet-api:v1.1.0'], path.join(repo, overlay));
    expect(r).toEqual({ code: 0, out: '', err: '' });
    expect(read(`${overlay}/kustomization.yaml`)).toBe(before.replace('newTag: v1.0.0', 'newTag: v1.1.0'));
  });

  test('check shows the drift as a unified diff and exits 1', () => {
    const r = run(['check']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'CHANGED apps/dotnet-api/overlays/production (goldens/apps__dotnet-api__overlays__production.yaml)\n' +
        '--- goldens/apps__dotnet-api__overlays__production.yaml\n' +
        '+++ apps/dotnet-api/overlays/production (rendered)\n',
    );
    expect(r.out).toContain('-        image: registry.example.com/api/dotnet-api:v1.0.0\n+        image: registry.example.com/api/dotnet-api:v1.1.0\n');
    expect(r.out).toContain('CHANGED envs/production (goldens/envs__production.yaml)\n');
    expect(r.out).toContain('check: 27 target(s): 25 ok, 2 changed\n');
    // Globs narrow the check.
    expect(run(['check', 'envs/staging', 'apps/*/overlays/staging']).code).toBe(0);
  });

  test('diff staging vs production', () => {
    const r = run(['diff', 'envs/staging', 'envs/production', '--loose']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('15 changed, 1 added, 1 removed, 0 unchanged (envs/staging → envs/production)');
    expect(r.out).toContain('~ changed  Deployment.v1.apps/staging-dotnet-api.staging → Deployment.v1.apps/production-dotnet-api.production\n');
    expect(r.out).toContain('+        image: registry.example.com/api/dotnet-api:v1.1.0\n');
    const j = JSON.parse(run(['diff', 'envs/staging', 'envs/production', '--loose', '-o', 'json']).out);
    expect(j.added).toEqual(['Namespace.v1.[noGrp]/production.[noNs]']);
    expect(j.changed).toHaveLength(15);
    expect(run(['diff', 'envs/staging', 'envs/production', '--exit-code']).code).toBe(1);
    expect(run(['diff', 'envs/dev', 'envs/dev', '--exit-code'])).toMatchObject({ code: 0 });
    expect(run(['diff', 'envs/dev']).err).toBe('Error: specify two kustomization directories: kustomize-ts diff A B\n');
  });

  test('check --update accepts the change', () => {
    expect(run(['check', '--update']).out).toBe(
      'updated goldens/apps__dotnet-api__overlays__production.yaml\nupdated goldens/envs__production.yaml\ncheck: 27 target(s): 25 ok, 2 updated\n',
    );
    expect(run(['check']).code).toBe(0);
  });
});

describe('edit', () => {
  let dir: string;
  beforeAll(() => {
    dir = path.join(tmp, 'edit');
    fs.mkdirSync(path.join(dir, 'manifests'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), '# app\nresources:\n- a.yaml # first\n');
    for (const f of ['a.yaml', 'b.yaml', 'manifests/x.yaml', 'manifests/y.yaml']) fs.writeFileSync(path.join(dir, f), '');
  });
  const k = () => fs.readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8');

  test('add resource with globs; duplicates and no-match are reported', () => {
    const r = run(['edit', 'add', 'resource', 'manifests/*.yaml', 'a.yaml', 'nope-*.yaml'], dir);
    expect(r).toEqual({ code: 0, out: '', err: 'nope-*.yaml has no match\nresource a.yaml already in kustomization file\n' });
    expect(k()).toBe('# app\nresources:\n- a.yaml # first\n- manifests/x.yaml\n- manifests/y.yaml\n');
  });
  test('remove resource by pattern', () => {
    expect(run(['edit', 'remove', 'resource', 'manifests/*'], dir).code).toBe(0);
    expect(k()).toBe('# app\nresources:\n- a.yaml # first\n');
  });
  test('set namespace, nameprefix (-- for values starting with -), replicas, labels, annotations, patch, component', () => {
    expect(run(['edit', 'set', 'namespace', 'prod'], dir).code).toBe(0);
    expect(run(['edit', 'set', 'nameprefix', '--', '-x'], dir).code).toBe(0);
    expect(run(['edit', 'set', 'replicas', 'web=3'], dir).code).toBe(0);
    expect(run(['edit', 'add', 'label', 'team:a', '--without-selector'], dir).code).toBe(0);
    expect(run(['edit', 'add', 'annotation', 'owner:b'], dir).code).toBe(0);
    expect(run(['edit', 'add', 'patch', '--path', 'b.yaml', '--kind', 'Deployment'], dir).code).toBe(0);
    fs.mkdirSync(path.join(tmp, 'comp'));
    // Paths are relative to the kustomization's directory.
    expect(run(['edit', 'add', 'component', '../comp', '--kustomization', dir], tmp)).toEqual({ code: 0, out: '', err: '' });
    expect(k()).toBe(
      '# app\nresources:\n- a.yaml # first\nnamespace: prod\nnamePrefix: -x\nreplicas:\n- count: 3\n  name: web\nlabels:\n- pairs:\n    team: a\n' +
        'commonAnnotations:\n  owner: b\npatches:\n- path: b.yaml\n  target:\n    kind: Deployment\ncomponents:\n- ../comp\n',
    );
  });
  test('errors: messages of kustomize edit, file untouched', () => {
    const before = k();
    expect(run(['edit', 'add', 'annotation', 'owner:c'], dir)).toEqual({
      code: 1,
      out: '',
      err: `Error: ${path.join(dir, 'kustomization.yaml')}: annotation owner already in kustomization file (INVALID_EDIT)\n`,
    });
    expect(run(['edit', 'set', 'namespace', 'a', 'b'], dir).err).toContain('must specify exactly one namespace value');
    expect(run(['edit', 'set', 'image', 'bad'], dir).err).toContain('invalid format of image');
    expect(run(['edit', 'frob', 'x'], dir).err).toBe("Error: unknown edit command \"frob x\"; run 'kustomize-ts edit --help'\n");
    expect(run(['edit', 'set', 'namespace', 'x'], tmp).err).toContain("Missing kustomization file 'kustomization.yaml'.");
    expect(k()).toBe(before);
    expect(run(['edit', 'set', 'namespace', 'other', '--kustomization', dir], tmp).code).toBe(0);
    expect(k()).toContain('namespace: other\n');
  });
});

describe('render', () => {
  test('Argo CD and Flux objects from one file', () => {
    const appFile = path.join(tmp, 'apps.yaml');
    fs.writeFileSync(
      appFile,
      [
        'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: api\n  namespace: argocd\nspec:\n  source:\n    path: apps/dotnet-api/base\n    kustomize:\n      namePrefix: blue-\n  destination:\n    namespace: team-a\n',
        'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: redis\n  namespace: flux-system\nspec:\n  path: ./infrastructure/redis/overlays/dev\n',
      ].join('---\n'),
    );
    const r = run(['render', appFile, '--repo-root', repo]);
    expect(r.code).toBe(0);
    const docs = r.out.split('---\n');
    expect(docs[0]!.startsWith('# Source: Application argocd/api (path: apps/dotnet-api/base)\napiVersion: v1\n')).toBe(true);
    expect(r.out).toContain('  name: blue-dotnet-api\n  namespace: team-a\n');
    expect(r.out).toContain('# Source: Kustomization flux-system/redis (path: infrastructure/redis/overlays/dev)\n');
    expect(r.out.endsWith(expected('redis-dev'))).toBe(true);
    const noDest = run(['render', appFile, '--repo-root', repo, '--no-destination-namespace']);
    expect(noDest.out).not.toContain('namespace: team-a');
    expect(run(['render', appFile, '--repo-root', repo, '-o', path.join(tmp, 'out.yaml')]).out).toBe('');
    expect(fs.readFileSync(path.join(tmp, 'out.yaml'), 'utf8')).toBe(r.out);
    expect(run(['render']).err).toBe('Error: specify a file with Argo CD Applications or Flux Kustomizations\n');
  });
});

describe('build --enable-helm', () => {
  const helmFixtures = path.resolve(__dirname, '..', '..', 'fixtures', 'helm');
  const helm = helmOrSkip();
  (helm ? test : test.skip)('prints what kubectl kustomize --enable-helm --helm-command prints', () => {
    const want = fs.readFileSync(path.join(helmFixtures, 'expected', 'caps-cli.yaml'), 'utf8');
    const r = run(
      [
        'build', path.join(helmFixtures, 'input', 'caps-cli'), '--enable-helm', '--helm-command', helm!,
        '--load-restrictor', 'LoadRestrictionsNone', '--helm-kube-version=1.28.1',
        '--helm-api-versions', 'stable.example.com/v1', '--helm-api-versions', 'a.example.com/v1,b.example.com/v1',
      ],
      helmFixtures,
    );
    expect(r).toEqual({ code: 0, out: want, err: '' });
  });
  test('without --enable-helm: kustomize\'s error', () => {
    const r = run(['build', path.join(helmFixtures, 'input', 'errors', 'not-enabled')], helmFixtures);
    expect(r.code).toBe(1);
    expect(r.err).toContain('`: must specify --enable-helm (field helmCharts[0]) (HELM_NOT_ENABLED)\n');
  });
});
