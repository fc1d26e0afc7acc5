/** ApplicationSet template engines, generators and Flux semver ranges (documented Argo CD / Masterminds behaviour). */
import { describe, expect, test } from 'vitest';
import { isKustomizeError } from '../../src/core/errors.js';
import { MemoryFs } from '../../src/fs/filesystem.js';
import { expandApplicationSet, globRegExp } from '../../src/gitops/appset.js';
import { pickTag } from '../../src/gitops/semver.js';
import { renderFastTemplate, renderGoTemplate } from '../../src/gitops/template.js';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (isKustomizeError(e)) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
};

describe('templates', () => {
  test('fasttemplate: trimmed keys, unknown kept', () => {
    expect(renderFastTemplate('{{path.basename}}-{{ cluster }}-{{nope}}', { 'path.basename': 'api', cluster: 'eu' })).toBe('api-eu-{{nope}}');
  });
  test('Go templates: fields, index, default, printf, pipelines, trim markers', () => {
    const data = { path: { basename: 'api', segments: ['apps', 'api'] }, env: 'prod', n: 3, empty: '' };
    expect(renderGoTemplate('{{ .path.basename }}/{{ index .path.segments 1 }}', data)).toBe('api/api');
    expect(renderGoTemplate('{{ default "std" .tier }} {{ .empty | default "x" }}', data)).toBe('std x');
    expect(renderGoTemplate('{{ printf "%s-%03d" .env .n }}', data)).toBe('prod-003');
    expect(renderGoTemplate('{{ .env | upper }} {{ lower "A" }} {{ replace "-" "_" "a-b" }} {{ trimPrefix "ap" .path.basename }}', data)).toBe('PROD a a_b i');
    expect(renderGoTemplate('a  {{- .env -}}  b', data)).toBe('aprodb');
    expect(renderGoTemplate('{{ .missing }}', data)).toBe('<no value>');
    expect(codeOf(() => renderGoTemplate('{{ .missing }}', data, { missingKeyError: true }))).toBe(
      'INVALID_GITOPS_OBJECT: template: {{.missing}}: map has no entry for key "missing"',
    );
    expect(codeOf(() => renderGoTemplate('{{ if .env }}x{{ end }}', data))).toContain("'if' is not supported");
    expect(codeOf(() => renderGoTemplate('{{ sha256sum .env }}', data))).toContain('function "sha256sum" not defined');
  });
});

describe('generators', () => {
  const fs = new MemoryFs({
    '/r/apps/a/kustomization.yaml': '',
    '/r/apps/b/kustomization.yaml': '',
    '/r/apps/skip/kustomization.yaml': '',
    '/r/cfg/x.yaml': '- name: one\n  size: 1\n- name: two\n',
  });
  const set = (generators: unknown, template: unknown, goTemplate = false) =>
    expandApplicationSet({ apiVersion: 'argoproj.io/v1alpha1', kind: 'ApplicationSet', metadata: { name: 's', namespace: 'argocd' }, spec: { goTemplate, generators, template } } as never, { fs, repoRoot: '/r' });
  test('git directories with exclusions; path parameters', () => {
    const apps = set([{ git: { repoURL: 'x', revision: 'HEAD', directories: [{ path: 'apps/*' }, { path: 'apps/skip', exclude: true }] } }], {
      metadata: { name: '{{path.basename}}' },
      spec: { source: { path: '{{path}}' }, destination: { namespace: '{{path[0]}}-{{path.basenameNormalized}}' } },
    });
    expect(apps.map((a) => [(a['metadata'] as { name: string }).name, JSON.stringify(a['spec'])])).toEqual([
      ['a', '{"source":{"path":"apps/a"},"destination":{"namespace":"apps-a"}}'],
      ['b', '{"source":{"path":"apps/b"},"destination":{"namespace":"apps-b"}}'],
    ]);
    expect((apps[0]!['metadata'] as { namespace: string }).namespace).toBe('argocd');
  });
  test('git files (a list gives one set per element), goTemplate', () => {
    const apps = set([{ git: { repoURL: 'x', revision: 'HEAD', files: [{ path: 'cfg/*.yaml' }] } }], { metadata: { name: '{{ .name }}-{{ default 0 .size }}-{{ .path.filename }}' }, spec: {} }, true);
    expect(apps.map((a) => (a['metadata'] as { name: string }).name)).toEqual(['one-1-x.yaml', 'two-0-x.yaml']);
  });
  test('cluster-asking generators are refused', () => {
    expect(codeOf(() => set([{ clusters: {} }], { metadata: {}, spec: {} }))).toContain('the clusters generator asks a cluster or an API');
  });
  test('globs', () => {
    expect(globRegExp('apps/**/overlays/*').test('apps/x/y/overlays/dev')).toBe(true);
    expect(globRegExp('apps/*').test('apps/x/y')).toBe(false);
  });
});

describe('Flux semver ranges', () => {
  const tags = ['v0.9.0', 'v1.0.0', 'v1.1.0', 'v1.2.0-rc.1', 'v2.0.0', 'not-a-version'];
  test.each([
    ['>=1.0.0 <2.0.0', 'v1.1.0'],
    ['>=1.0.0, <2.0.0', 'v1.1.0'],
    ['~1.0', 'v1.0.0'],
    ['^1', 'v1.1.0'],
    ['1.x', 'v1.1.0'],
    ['*', 'v2.0.0'],
    ['>=1.2.0-rc.0 <2.0.0', 'v1.2.0-rc.1'],
    ['<1.0.0 || >=2.0.0', 'v2.0.0'],
    ['1.0 - 1.1', 'v1.1.0'],
    ['>3', undefined],
  ])('%s → %s', (range, tag) => expect(pickTag(tags, range)).toBe(tag));
});
