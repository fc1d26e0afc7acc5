/**
 * Charts that are not in their chartHome are pulled through the load step's resolver (the Node
 * one runs kustomize's `helm pull`), from a chart repository served on 127.0.0.1 by this test.
 * kustomize's output for a chart already in `{chartHome}/{name}-{version}` (fixtures/helm
 * versioned, recorded from kubectl) is what the same tree must give once the chart is pulled.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDirAsync } from '../../src/node/index.js';
import { buildAsync } from '../../src/remote/index.js';
import { isKustomizeError, type KustomizeError } from '../../src/core/errors.js';
import { MemoryFs } from '../../src/fs/filesystem.js';
import { helmOrSkip } from './helm-env.js';

const area = path.resolve(__dirname, '..', '..', 'fixtures', 'helm');
const helm = helmOrSkip();
let tmp: string;
let server: http.Server;
let url: string;

beforeAll(async () => {
  if (!helm) return;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-helm-pull-'));
  const repoDir = path.join(tmp, 'repo');
  fs.mkdirSync(repoDir);
  execFileSync(helm, ['package', path.join(area, 'input', 'versioned', 'charts', 'tiny-0.0.1', 'tiny'), '-d', repoDir], {
    env: { ...process.env, HELM_CONFIG_HOME: path.join(tmp, 'h'), HELM_CACHE_HOME: path.join(tmp, 'h', 'c'), HELM_DATA_HOME: path.join(tmp, 'h', 'd') },
    stdio: 'ignore',
  });
  server = http.createServer((req, res) => {
    const file = path.join(repoDir, path.basename(decodeURIComponent((req.url ?? '/').split('?')[0]!)));
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200).end(fs.readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  execFileSync(helm, ['repo', 'index', repoDir, '--url', url], { stdio: 'ignore' });
});
afterAll(async () => {
  if (!helm) return;
  await new Promise((r) => server.close(r));
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The versioned fixture without its chart, pointing at `repo`. */
function treeWithout(repo: string, name: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  const k = fs.readFileSync(path.join(area, 'input', 'versioned', 'kustomization.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'kustomization.yaml'), k.replace('https://charts.example.invalid', repo));
  return dir;
}

async function rejected(p: Promise<unknown>): Promise<KustomizeError> {
  try {
    await p;
  } catch (e) {
    if (isKustomizeError(e)) return e;
    throw e;
  }
  throw new Error('expected a KustomizeError');
}

describe('pulling charts', () => {
  (helm ? test : test.skip)('a chart pulled from a repository builds as kustomize builds it when present', async () => {
    const dir = treeWithout(url, 'pulled');
    const opts = { enableHelm: true, helmCommand: helm!, git: { cacheDir: path.join(tmp, 'cache') } };
    const { yaml } = await buildDirAsync(dir, opts);
    expect(yaml).toBe(fs.readFileSync(path.join(area, 'expected', 'versioned.yaml'), 'utf8'));
    // kustomize-ts leaves the kustomization's chartHome alone (the chart is cached)
    expect(fs.existsSync(path.join(dir, 'charts'))).toBe(false);
    // the cached chart serves the next build, with the server gone
    const again = await buildDirAsync(dir, opts);
    expect(again.yaml).toBe(yaml);
  });

  (helm ? test : test.skip)('offline: REMOTE_FETCH_FAILED naming the chart and the repository', async () => {
    const closed = 'http://127.0.0.1:9';
    const dir = treeWithout(closed, 'offline');
    const e = await rejected(buildDirAsync(dir, { enableHelm: true, helmCommand: helm!, git: { cacheDir: path.join(tmp, 'cache2') } }));
    expect(e.code).toBe('REMOTE_FETCH_FAILED');
    expect(e.message).toContain(`pulling chart 'tiny' version 0.0.1 from repository '${closed}': `);
    expect(e.field).toEqual(['helmCharts', 0, 'repo']);
  });

  test('without a resolver that fetches charts: REMOTE_NOT_SUPPORTED', async () => {
    const fs = new MemoryFs({
      'app/kustomization.yaml': 'helmCharts:\n- name: c\n  version: 1.0.0\n  repo: https://charts.example.com\n',
    });
    const e = await rejected(buildAsync(fs, 'app', { enableHelm: true }));
    expect(e.code).toBe('REMOTE_NOT_SUPPORTED');
    expect(e.message).toContain("chart 'c' version 1.0.0 from repository 'https://charts.example.com'");
    const fetched = await buildAsync(fs, 'app', {
      enableHelm: true,
      helmRenderer: { template: (req) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${req.chart.name}-${req.releaseName || 'release-name'}\n` },
      resolver: {
        fetchRepo: () => Promise.reject(new Error('no git')),
        fetchChart: (ref) =>
          Promise.resolve({ 'Chart.yaml': `apiVersion: v2\nname: ${ref.name}\nversion: ${ref.version}\n`, 'values.yaml': 'a: 1\n' }),
      },
    });
    expect(fetched.yaml).toBe('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c-release-name\n');
  });
});
