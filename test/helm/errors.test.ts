/**
 * The fixtures/helm targets kustomize fails on fail here with the matching error code (the
 * fixture test only requires a KustomizeError), and a stub renderer covers the core without helm.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../../src/build.js';
import { isKustomizeError, type KustomizeError } from '../../src/core/errors.js';
import { MemoryFs } from '../../src/fs/filesystem.js';
import { createHelmRenderer } from '../../src/node/helm.js';
import type { HelmRenderer, HelmTemplateRequest } from '../../src/helm/types.js';
import { helmTemplateArgs } from '../../src/helm/chart.js';
import { memoryFsFromDir } from '../helpers.js';
import { helmOrSkip } from './helm-env.js';

const area = path.resolve(__dirname, '..', '..', 'fixtures', 'helm');
const mfs = memoryFsFromDir(path.join(area, 'input'), '/repo');

function thrown(f: () => unknown): KustomizeError {
  try {
    f();
  } catch (e) {
    if (isKustomizeError(e)) return e;
    throw e;
  }
  throw new Error('expected a KustomizeError');
}

const codes: [string, string, string, string[]][] = [
  ['basic-root-only', 'basic', 'OUTSIDE_ROOT', []],
  ['error-no-name', 'errors/no-name', 'INVALID_KUSTOMIZATION', []],
  ['error-bad-merge', 'errors/bad-merge', 'INVALID_KUSTOMIZATION', ['none']],
  ['error-missing-chart', 'errors/missing-chart', 'HELM_CHART_NOT_FOUND', []],
  ['error-missing-additional', 'errors/missing-additional', 'FILE_NOT_FOUND', ['none']],
  ['error-bare-chart', 'errors/bare-chart', 'FILE_NOT_FOUND', []],
  ['error-template-fails', 'errors/template-fails', 'HELM_FAILED', []],
  ['error-duplicate', 'errors/duplicate', 'ID_CONFLICT', ['none']],
  ['error-name-template-conflict', 'errors/name-template-conflict', 'HELM_FAILED', ['none']],
  ['error-pull-offline', 'errors/pull-offline', 'REMOTE_NOT_SUPPORTED', []],
];

describe('fixtures/helm errors: codes', () => {
  const helm = helmOrSkip();
  for (const [name, dir, code, flags] of codes) {
    expect(fs.existsSync(path.join(area, 'expected', `${name}.err`)), `${name} fails in kustomize`).toBe(true);
    (helm ? test : test.skip)(name, async () => {
      await new Promise((r) => setImmediate(r)); // helm blocks this worker: let it answer vitest first
      const e = thrown(() =>
        build(mfs, `/repo/${dir}`, {
          enableHelm: true,
          helmCommand: helm,
          helmRenderer: createHelmRenderer(),
          loadRestrictions: flags.includes('none') ? 'none' : 'rootOnly',
        }),
      );
      expect(e.code).toBe(code);
      expect(e.file).toBeDefined();
    });
  }
});

/** A renderer that records requests and returns canned output (no helm needed). */
function stub(output: string): HelmRenderer & { calls: HelmTemplateRequest[]; probes: number } {
  const r = {
    calls: [] as HelmTemplateRequest[],
    probes: 0,
    checkVersion() {
      r.probes++;
    },
    template(req: HelmTemplateRequest) {
      r.calls.push(req);
      return output;
    },
  };
  return r;
}

const chart = {
  'app/charts/c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n',
  'app/charts/c/values.yaml': 'a: 1\nlist: [x]\nempty:\nkept: null\nnested:\n  k: v\n',
};
const cm = '---\n# Source: c/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  k: v\n';

describe('helm without helm: the core and a stub renderer', () => {
  test('not enabled: kustomize\'s message', () => {
    const fs = new MemoryFs({ ...chart, 'app/kustomization.yaml': 'helmCharts:\n- name: c\n' });
    const e = thrown(() => build(fs, 'app'));
    expect(e.code).toBe('HELM_NOT_ENABLED');
    expect(e.message).toBe('trouble configuring builtin HelmChartInflationGenerator with config: `\nname: c\n`: must specify --enable-helm');
    expect(e.field).toEqual(['helmCharts', 0]);
  });

  test('enabled without a renderer: HELM_FAILED', () => {
    const fs = new MemoryFs({ ...chart, 'app/kustomization.yaml': 'helmCharts:\n- name: c\n' });
    expect(thrown(() => build(fs, 'app', { enableHelm: true })).code).toBe('HELM_FAILED');
  });

  test('the request: values file copied byte for byte, arguments as kustomize passes them', () => {
    const fs = new MemoryFs({ ...chart, 'app/kustomization.yaml': 'namePrefix: p-\nhelmCharts:\n- name: c\n  releaseName: r\n  namespace: ns1\n' });
    const r = stub(cm);
    const { yaml } = build(fs, 'app', { enableHelm: true, helmRenderer: r, helmApiVersions: ['x/v1'], helmKubeVersion: '1.30' });
    expect(yaml).toBe('apiVersion: v1\ndata:\n  k: v\nkind: ConfigMap\nmetadata:\n  name: p-cm\n');
    expect(r.probes).toBe(1);
    const req = r.calls[0]!;
    expect(new TextDecoder().decode(req.values as Uint8Array)).toBe(chart['app/charts/c/values.yaml']);
    expect(helmTemplateArgs(req, '/tmp/v.yaml')).toEqual([
      'template', 'r', '/app/charts/c', '--namespace', 'ns1', '-f', '/tmp/v.yaml',
      '--api-versions', 'x/v1', '--kube-version', '1.30',
    ]);
  });

  test('valuesInline override: merged as kyaml merge2 does, a null clears, a valueless null is dropped', () => {
    const fs = new MemoryFs({
      ...chart,
      'app/kustomization.yaml': 'helmCharts:\n- name: c\n  valuesInline:\n    a: 2\n    list: [y]\n    nested: {k2: v2}\n    kept: ~\n    big: 1000000\n',
    });
    const r = stub(cm);
    build(fs, 'app', { enableHelm: true, helmRenderer: r });
    // recorded from kubectl kustomize through a logging helm (`y` is YAML 1.1 true in a kustomization)
    expect(r.calls[0]!.values).toBe('a: 2\nbig: 1000000\nlist:\n- true\nnested:\n  k: v\n  k2: v2\n');
  });

  test('valuesMerge: merge keeps the file\'s values', () => {
    const fs = new MemoryFs({
      ...chart,
      'app/kustomization.yaml': 'helmCharts:\n- name: c\n  valuesMerge: merge\n  valuesInline:\n    a: 2\n    b: 3\n',
    });
    const r = stub(cm);
    build(fs, 'app', { enableHelm: true, helmRenderer: r });
    // recorded from kubectl kustomize through a logging helm (the file's null clears the key)
    expect(r.calls[0]!.values).toBe('a: 1\nb: 3\nlist:\n- x\nnested:\n  k: v\n');
  });

  test('a renderer failure that is not a KustomizeError becomes HELM_FAILED', () => {
    const fs = new MemoryFs({ ...chart, 'app/kustomization.yaml': 'helmCharts:\n- name: c\n' });
    const bad: HelmRenderer = { template: () => { throw new Error('boom'); } };
    const e = thrown(() => build(fs, 'app', { enableHelm: true, helmRenderer: bad }));
    expect(e.code).toBe('HELM_FAILED');
    expect(e.message).toBe('boom');
  });

  test('output that is not YAML: error reading helm output', () => {
    const fs = new MemoryFs({ ...chart, 'app/kustomization.yaml': 'helmCharts:\n- name: c\n' });
    const e = thrown(() => build(fs, 'app', { enableHelm: true, helmRenderer: stub('some junk: [x\n') }));
    expect(e.code).toBe('HELM_FAILED');
    expect(e.message.startsWith('error reading helm output: ')).toBe(true);
  });
});
