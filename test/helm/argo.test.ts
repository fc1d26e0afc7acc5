/**
 * Argo CD Applications with Helm: a Helm source (a chart directory) rendered as Argo CD's
 * `helm template` call renders it, compared with helm run with those arguments (recorded in
 * fixtures/helm by scripts/record-fixtures.mjs, printed through kubectl kustomize); and a
 * kustomization with `helmCharts` built with Argo CD's `kustomize.buildOptions: --enable-helm`,
 * compared with kubectl kustomize --enable-helm.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderGitOps, parseArgoBuildOptions } from '../../src/gitops/render.js';
import { isKustomizeError } from '../../src/core/errors.js';
import { createHelmRenderer } from '../../src/node/helm.js';
import { firstDiff, memoryFsFromDir } from '../helpers.js';
import { helmOrSkip } from './helm-env.js';

const area = path.resolve(__dirname, '..', '..', 'fixtures', 'helm');
const mfs = memoryFsFromDir(path.join(area, 'input'), '/repo');
const helm = helmOrSkip();
const read = (p: string) => fs.readFileSync(path.join(area, p), 'utf8');

describe('Argo CD and Helm', () => {
  const cases: [string, string][] = [
    ['argo-helm-web', 'argo/web-app.yaml'],
    ['argo-helm-discovered', 'argo/discovered-app.yaml'],
  ];
  for (const [name, app] of cases) {
    (helm ? test : test.skip)(`Helm source: ${name} renders as helm template does`, () => {
      const r = renderGitOps(mfs, read(`input/${app}`), {
        repoRoot: '/repo',
        buildOptions: { helmCommand: helm!, helmRenderer: createHelmRenderer() },
      });
      const want = read(`expected/${name}.yaml`);
      if (r.objects[0]!.yaml !== want) expect.fail(`differs from helm template at ${firstDiff(want, r.objects[0]!.yaml)}`);
    });
  }

  (helm ? test : test.skip)('kustomize.buildOptions --enable-helm: the kustomization builds as kubectl kustomize --enable-helm', () => {
    const text = read('input/argo/kustomize-helm-app.yaml');
    const opts = { repoRoot: '/repo', buildOptions: { helmCommand: helm!, helmRenderer: createHelmRenderer() } };
    const r = renderGitOps(mfs, text, { ...opts, argoKustomizeBuildOptions: '--enable-helm --load-restrictor LoadRestrictionsNone' });
    // caps-cli was recorded with --helm-kube-version 1.28.1 and those --helm-api-versions, which
    // Argo CD passes from the source's kustomize.kubeVersion / apiVersions
    expect(r.objects[0]!.yaml).toBe(read('expected/caps-cli.yaml'));
    let code: string | undefined;
    try {
      renderGitOps(mfs, text, { ...opts, argoKustomizeBuildOptions: '--load-restrictor LoadRestrictionsNone' });
    } catch (e) {
      if (isKustomizeError(e)) code = e.code;
    }
    expect(code).toBe('HELM_NOT_ENABLED');
  });

  test('Argo CD kustomize.buildOptions parsing', () => {
    expect(parseArgoBuildOptions(' --enable-helm\t--load-restrictor=LoadRestrictionsNone --helm-api-versions a/v1 --helm-api-versions=b/v1 ')).toEqual({
      enableHelm: true,
      loadRestrictions: 'none',
      helmApiVersions: ['a/v1', 'b/v1'],
    });
    expect(() => parseArgoBuildOptions('--enable-exec')).toThrow(/not supported/);
    expect(() => parseArgoBuildOptions('--nope')).toThrow(/unknown flag/);
  });

  test('a Helm source without a renderer: HELM_FAILED', () => {
    let code: string | undefined;
    try {
      renderGitOps(mfs, read('input/argo/discovered-app.yaml'), { repoRoot: '/repo' });
    } catch (e) {
      if (isKustomizeError(e)) code = e.code;
    }
    expect(code).toBe('HELM_FAILED');
  });
});
