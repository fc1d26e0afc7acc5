/**
 * `load` + `build` with remote bases through an in-memory resolver. Expected bytes and error
 * kinds were recorded with `kubectl kustomize` (kustomize v5.5.0) on the same trees, served from a
 * local git repository (file:///tmp/rt2/repo) and a local http server (127.0.0.1:18765).
 */
import { describe, expect, test } from 'vitest';
import { build, buildAsync, load, MemoryFs, type RemoteResolver, type RepoSpec } from '../../src/index.js';

const REPO = 'file:///tmp/rt2/repo';
const HTTP = 'http://127.0.0.1:18765';

/** The repository at tag v1 (main has `v: two`). */
function repoFiles(version: 'one' | 'two'): Record<string, string> {
  return {
    'base/kustomization.yaml': 'resources:\n- cm.yaml\n- ../other\nconfigMapGenerator:\n- name: gen\n  literals: [a=b]\ncommonLabels:\n  team: base\n',
    'base/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: base-cm\ndata:\n  v: ${version}\n`,
    'other/kustomization.yaml': 'resources:\n- svc.yaml\nnamePrefix: o-\n',
    'other/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  ports:\n  - port: 80\n',
    'escape2/kustomization.yaml': 'resources:\n- ../../../localbase\n',
    'leak/kustomization.yaml': 'resources:\n- ../other/svc.yaml\n',
    'comp/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nnameSuffix: -c\n',
    'cycle/kustomization.yaml': `resources:\n- ${REPO}//cycle\n`,
  };
}

const HTTP_FILES: Record<string, string> = {
  [`${HTTP}/x.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n',
  [`${HTTP}/patch.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  patched: "yes"\n',
  [`${HTTP}/app.env`]: 'k=v\n',
  [`${HTTP}/greeting.txt`]: 'hello\n',
};

function fakeResolver(): RemoteResolver & { repoCalls: RepoSpec[]; fileCalls: string[] } {
  const repoCalls: RepoSpec[] = [];
  const fileCalls: string[] = [];
  return {
    repoCalls,
    fileCalls,
    async fetchRepo(spec) {
      repoCalls.push(spec);
      if (spec.cloneSpec.replace(/\.git$/, '') !== REPO) throw new Error(`repository not found: ${spec.cloneSpec}`);
      return repoFiles(spec.ref === 'v1' ? 'one' : 'two');
    },
    async fetchFile(url) {
      fileCalls.push(url);
      const body = HTTP_FILES[url];
      if (body === undefined) throw new Error('HTTP Error: status code 404 (Not Found)');
      return body;
    },
  };
}

const EXPECTED_OVERLAY = `apiVersion: v1
data:
  v: one
kind: ConfigMap
metadata:
  annotations:
    alpha.config.kubernetes.io/transformations: |
      - repo: file:///tmp/rt2/repo
        ref: v1
        configuredIn: base/kustomization.yaml
        configuredBy:
          apiVersion: builtin
          kind: LabelTransformer
      - repo: file:///tmp/rt2/repo
        configuredIn: comp/kustomization.yaml
        configuredBy:
          apiVersion: builtin
          kind: SuffixTransformer
      - configuredIn: kustomization.yaml
        configuredBy:
          apiVersion: builtin
          kind: PrefixTransformer
    config.kubernetes.io/origin: |
      path: base/cm.yaml
      repo: file:///tmp/rt2/repo
      ref: v1
  labels:
    team: base
  name: p-base-cm-c
---
apiVersion: v1
data:
  a: b
kind: ConfigMap
metadata:
  annotations:
    alpha.config.kubernetes.io/transformations: |
      - repo: file:///tmp/rt2/repo
        ref: v1
        configuredIn: base/kustomization.yaml
        configuredBy:
          apiVersion: builtin
          kind: LabelTransformer
      - repo: file:///tmp/rt2/repo
        configuredIn: comp/kustomization.yaml
        configuredBy:
          apiVersion: builtin
          kind: SuffixTransformer
      - configuredIn: kustomization.yaml
        configuredBy:
          apiVersion: builtin
          kind: PrefixTransformer
    config.kubernetes.io/origin: |
      repo: file:///tmp/rt2/repo
      ref: v1
      configuredIn: base/kustomization.yaml
      configuredBy:
        apiVersion: builtin
        kind: ConfigMapGenerator
  labels:
    team: base
  name: p-gen-c-4h2mbtbbt6
---
apiVersion: v1
kind: Service
metadata:
  annotations:
    alpha.config.kubernetes.io/transformations: |
      - repo: file:///tmp/rt2/repo
        ref: v1
        configuredIn: other/kustomization.yaml
        configuredBy:
          apiVersion: builtin
          kind: PrefixTransformer
      - repo: file:///tmp/rt2/repo
        ref: v1
        configuredIn: base/kustomization.yaml
        configuredBy:
          apiVersion: builtin
          kind: LabelTransformer
      - repo: file:///tmp/rt2/repo
        configuredIn: comp/kustomization.yaml
        configuredBy:
          apiVersion: builtin
          kind: SuffixTransformer
      - configuredIn: kustomization.yaml
        configuredBy:
          apiVersion: builtin
          kind: PrefixTransformer
    config.kubernetes.io/origin: |
      path: other/svc.yaml
      repo: file:///tmp/rt2/repo
      ref: v1
  labels:
    team: base
  name: p-o-svc-c
spec:
  ports:
  - port: 80
  selector:
    team: base
`;

function overlay(kustomization: string, extra: Record<string, string> = {}): MemoryFs {
  return new MemoryFs({ 'ov/kustomization.yaml': kustomization, ...extra });
}

describe('remote git bases', () => {
  test('a remote base at a tag and a remote component, with provenance annotations', async () => {
    const fs = overlay(
      `resources:\n- ${REPO}//base?ref=v1\ncomponents:\n- ${REPO}//comp\nnamePrefix: p-\n` +
        'buildMetadata: [originAnnotations, transformerAnnotations]\n',
    );
    const resolver = fakeResolver();
    const loaded = await load(fs, 'ov', { resolver });
    expect(loaded.path).toBe('/ov');
    expect(loaded.remotes.map((r) => r.url)).toEqual([`${REPO}//base?ref=v1`, `${REPO}//comp`]); // sorted by URL
    expect(build(loaded.fs, loaded.path).yaml).toBe(EXPECTED_OVERLAY);
    // v1 and HEAD are different fetches.
    expect(resolver.repoCalls.map((s) => s.ref).sort()).toEqual(['', 'v1']);
  });

  test('the same repository and ref is fetched once, whatever the path inside it', async () => {
    const resolver = fakeResolver();
    const fs = overlay(`resources:\n- ${REPO}//base?ref=v1\n- ${REPO}.git/other?ref=v1\n- ${REPO}//other?ref=v1\n`);
    const loaded = await load(fs, 'ov', { resolver });
    expect(resolver.repoCalls.map((s) => s.cloneSpec).sort()).toEqual([REPO, `${REPO}.git`]);
    const mount = (url: string): string => {
      const m = loaded.remotes.find((r) => r.url === url)?.mount;
      return m?.kind === 'repo' ? m.repoDir : '';
    };
    const mounts = [`${REPO}//base?ref=v1`, `${REPO}.git/other?ref=v1`, `${REPO}//other?ref=v1`].map(mount);
    expect(mounts[0]).toBe(mounts[2]);
    expect(mounts[0]).not.toBe(mounts[1]);
    expect(mounts[0]).toMatch(/^\/\.kustomize-remote\/repo@v1-[0-9a-f]{12}$/);
  });

  test('mounts are deterministic', async () => {
    const fs = overlay(`resources:\n- ${REPO}//base?ref=v1\n`);
    const a = await load(fs, 'ov', { resolver: fakeResolver() });
    const b = await load(fs, 'ov', { resolver: fakeResolver() });
    expect(a.remotes).toEqual(b.remotes);
    expect(build(a.fs, a.path).yaml).toBe(build(b.fs, b.path).yaml);
  });

  test('buildAsync loads then builds', async () => {
    const fs = overlay(`resources:\n- ${REPO}//base\n`);
    const { yaml } = await buildAsync(fs, 'ov', { resolver: fakeResolver(), reorder: 'none' });
    expect(yaml).toContain('  v: two\n');
  });

  test('a base in a remote repository may not leave it (kubectl: security; bases ... must be within the repo)', async () => {
    const fs = overlay(`resources:\n- ${REPO}//escape2\n`, { 'localbase/kustomization.yaml': 'resources: []\n' });
    const loaded = await load(fs, 'ov', { resolver: fakeResolver() });
    expect(() => build(loaded.fs, loaded.path)).toThrow(
      expect.objectContaining({ code: 'OUTSIDE_ROOT', message: expect.stringContaining('must be within the repo') }),
    );
  });

  test('files of a remote base stay under its root even with --load-restrictor none', async () => {
    const fs = overlay(`resources:\n- ${REPO}//leak\n`);
    const loaded = await load(fs, 'ov', { resolver: fakeResolver() });
    for (const loadRestrictions of ['rootOnly', 'none'] as const) {
      expect(() => build(loaded.fs, loaded.path, { loadRestrictions })).toThrow(
        expect.objectContaining({ code: 'OUTSIDE_ROOT', message: expect.stringContaining('is not in or below') }),
      );
    }
  });

  test('a remote base that names itself is a cycle', async () => {
    const fs = overlay(`resources:\n- ${REPO}//cycle\n`);
    const loaded = await load(fs, 'ov', { resolver: fakeResolver() });
    expect(() => build(loaded.fs, loaded.path)).toThrow(
      expect.objectContaining({
        code: 'CYCLE',
        message: `cycle detected: URI '${REPO}//cycle' referenced by previous URI '${REPO}//cycle'`,
      }),
    );
  });

  test('fetch failures carry the kustomization and field', async () => {
    const fs = overlay(`resources:\n- ./local.yaml\n- https://github.com/nobody/nothing//x?ref=v9\n`, {
      'ov/local.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: l\n',
    });
    await expect(load(fs, 'ov', { resolver: fakeResolver() })).rejects.toMatchObject({
      code: 'REMOTE_FETCH_FAILED',
      file: '/ov/kustomization.yaml',
      field: ['resources', 1],
    });
  });

  test('without a resolver, remote entries are refused', async () => {
    const fs = overlay(`resources:\n- ${REPO}//base\n`);
    await expect(load(fs, 'ov')).rejects.toMatchObject({ code: 'REMOTE_NOT_SUPPORTED' });
    expect(() => build(fs, 'ov')).toThrow(expect.objectContaining({ code: 'REMOTE_NOT_SUPPORTED' }));
  });

  test('maxFetches bounds the walk', async () => {
    const fs = overlay(`resources:\n- ${REPO}//base\n- ${REPO}//other?ref=v1\n`);
    await expect(load(fs, 'ov', { resolver: fakeResolver(), maxFetches: 1 })).rejects.toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
  });

  test('an aborted load stops', async () => {
    const fs = overlay(`resources:\n- ${REPO}//base\n`);
    const ac = new AbortController();
    ac.abort();
    await expect(load(fs, 'ov', { resolver: fakeResolver(), signal: ac.signal })).rejects.toMatchObject({
      code: 'REMOTE_FETCH_FAILED',
    });
  });

  test('a tree without remote entries is left as it is', async () => {
    const fs = overlay('resources:\n- cm.yaml\n', { 'ov/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' });
    const loaded = await load(fs, '/ov');
    expect(loaded.remotes).toEqual([]);
    expect(build(loaded.fs, loaded.path).yaml).toBe(build(fs, 'ov').yaml);
  });
});

describe('remote http(s) files', () => {
  test('a resource URL, with its origin as kustomize writes it', async () => {
    const fs = overlay(`resources:\n- ${HTTP}/x.yaml\nbuildMetadata: [originAnnotations]\n`);
    const { yaml } = await buildAsync(fs, 'ov', { resolver: fakeResolver() });
    expect(yaml).toBe(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  annotations:\n    config.kubernetes.io/origin: |\n' +
        '      path: http:/127.0.0.1:18765/x.yaml\n  name: web\n',
    );
  });

  test('patch and generator sources by URL', async () => {
    const fs = overlay(
      `resources:\n- ${HTTP}/x.yaml\npatches:\n- path: ${HTTP}/patch.yaml\nconfigMapGenerator:\n- name: g\n  envs:\n` +
        `  - ${HTTP}/app.env\n  files:\n  - ${HTTP}/greeting.txt\n  - named=${HTTP}/greeting.txt\n`,
    );
    const resolver = fakeResolver();
    const { yaml } = await buildAsync(fs, 'ov', { resolver });
    expect(yaml).toBe(`apiVersion: v1
data:
  greeting.txt: |
    hello
  k: v
  named: |
    hello
kind: ConfigMap
metadata:
  name: g-gbkktfkf5c
---
apiVersion: v1
data:
  patched: "yes"
kind: ConfigMap
metadata:
  name: web
`);
    expect([...new Set(resolver.fileCalls)].length).toBe(resolver.fileCalls.length);
  });

  test('a missing file that is not a git URL fails (kubectl: HTTP Error: status code 404)', async () => {
    const fs = overlay(`resources:\n- ${HTTP}/missing.yaml\n`);
    await expect(load(fs, 'ov', { resolver: fakeResolver() })).rejects.toMatchObject({
      code: 'REMOTE_FETCH_FAILED',
      message: expect.stringContaining('404'),
      field: ['resources', 0],
    });
  });

  test('an https git URL that is not a file is cloned', async () => {
    const resolver: RemoteResolver = {
      async fetchRepo(spec) {
        expect(spec.cloneSpec).toBe('https://git.example.com/org/repo');
        return repoFiles('one');
      },
      async fetchFile() {
        throw new Error('HTTP Error: status code 404 (Not Found)');
      },
    };
    const fs = overlay('resources:\n- https://git.example.com/org/repo//other?ref=v1\n');
    const { yaml } = await buildAsync(fs, 'ov', { resolver });
    expect(yaml).toBe('apiVersion: v1\nkind: Service\nmetadata:\n  name: o-svc\nspec:\n  ports:\n  - port: 80\n');
  });
});
