/**
 * Read-ahead (src/node/read-ahead.ts): a worker thread reads the tree ahead of the build. It must
 * never change what a build returns: every fixture target, built with the worker started from the
 * first file, still equals the output recorded from kubectl; a larger generated tree builds the
 * same with and without it; files the worker must not read (FIFOs, symlinks) leave it unharmed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { build } from '../../src/build.js';
import { isKustomizeError } from '../../src/core/errors.js';
import { buildDir, NodeFs } from '../../src/node/index.js';
import { ReadAheadFs } from '../../src/node/read-ahead.js';
import { memoryFsFromDir } from '../helpers.js';

const fixturesDir = path.resolve(__dirname, '..', '..', 'fixtures');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-read-ahead-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * Builds with the worker started at once and, unless `race`, done walking before the build starts
 * (so that it serves every file it reads, whatever the timing); returns the output and what it served.
 */
async function buildReadingAhead(
  root: string,
  opts: { window?: number; race?: boolean } = {},
): Promise<{ yaml: string; served: { files: number; meta: number } }> {
  const rafs = new ReadAheadFs(new NodeFs(), root, { after: 0, window: opts.window ?? 1_000_000 });
  try {
    if (!opts.race) await rafs.walked();
    return { yaml: build(rafs, root).yaml, served: { ...rafs.served } };
  } finally {
    rafs.close();
  }
}

describe('fixture targets built with read-ahead equal the kubectl goldens', () => {
  let servedFiles = 0;
  for (const area of fs.readdirSync(fixturesDir)) {
    const targetsFile = path.join(fixturesDir, area, 'targets.json');
    if (!fs.existsSync(targetsFile)) continue;
    const targets = JSON.parse(fs.readFileSync(targetsFile, 'utf8')) as { name: string; dir: string; flags?: string[] }[];
    for (const t of targets) {
      if (t.flags?.length || !t.dir) continue; // flags are covered by fixtures.test.ts; the reading is the same
      const expected = path.join(fixturesDir, area, 'expected', `${t.name}.yaml`);
      if (!fs.existsSync(expected)) continue;
      test(`${area}/${t.name}`, async () => {
        const { yaml, served } = await buildReadingAhead(path.join(fixturesDir, area, 'input', t.dir));
        servedFiles += served.files;
        expect(yaml).toBe(fs.readFileSync(expected, 'utf8'));
      });
    }
  }
  test('the worker did serve files (the comparison above is not vacuous)', () => {
    expect(servedFiles).toBeGreaterThan(500);
  });
});

/** A tree of `n` apps (base with a generator, overlay with a patch) under one aggregate. */
function writeTree(root: string, n: number): void {
  const w = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  const apps: string[] = [];
  for (let i = 0; i < n; i++) {
    const app = `app-${String(i).padStart(3, '0')}`;
    apps.push(`../../apps/${app}/overlay`);
    w(`apps/${app}/base/kustomization.yaml`, `resources:\n- deployment.yaml\n- service.yaml\nconfigMapGenerator:\n- name: ${app}-config\n  files:\n  - config/app.properties\n  literals:\n  - INDEX=${i}\n`);
    w(`apps/${app}/base/config/app.properties`, `name=${app}\nreplicas=${(i % 5) + 1}\n`);
    w(
      `apps/${app}/base/deployment.yaml`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\nspec:\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${app}\n    spec:\n      containers:\n      - name: main\n        image: registry.example.com/${app}:1.0.${i}\n        envFrom:\n        - configMapRef:\n            name: ${app}-config\n`,
    );
    w(`apps/${app}/base/service.yaml`, `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\nspec:\n  selector:\n    app: ${app}\n  ports:\n  - port: 80\n`);
    w(`apps/${app}/overlay/kustomization.yaml`, `namespace: ${app}\nnamePrefix: prod-\nresources:\n- ../base\npatches:\n- path: replicas.yaml\nimages:\n- name: registry.example.com/${app}\n  newTag: "2.0"\n`);
    w(`apps/${app}/overlay/replicas.yaml`, `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\nspec:\n  replicas: ${(i % 3) + 2}\n`);
  }
  w('envs/prod/kustomization.yaml', `commonLabels:\n  env: prod\nresources:\n${apps.map((a) => `- ${a}\n`).join('')}`);
}

describe('a generated tree of 80 apps (480 files)', () => {
  const root = path.join(tmp, 'tree');
  writeTree(root, 80);
  const target = path.join(root, 'envs', 'prod');

  test('buildDir reads ahead and returns the same bytes as without it and as from memory', async () => {
    const plain = buildDir(target).yaml;
    expect(buildDir(target, { readAhead: true }).yaml).toBe(plain);
    expect(build(memoryFsFromDir(root, '/t'), '/t/envs/prod').yaml).toBe(plain);
    // A worker done before the build serves every file of the tree.
    const { yaml, served } = await buildReadingAhead(target);
    expect(yaml).toBe(plain);
    expect(served.files).toBe(481);
    // Racing the build, with few files in flight: whatever it serves, the bytes are the same.
    for (const window of [1, 8, 64]) expect((await buildReadingAhead(target, { window, race: true })).yaml).toBe(plain);
  });

  test('the worker keeps at most `window` files in flight', async () => {
    const rafs = new ReadAheadFs(new NodeFs(), target, { after: 0, window: 8 });
    try {
      await new Promise((r) => setTimeout(r, 300));
      await Promise.race([rafs.walked(), new Promise((r) => setTimeout(r, 200))]);
      // Nothing was read by a build, so the worker stopped at its window (it never finishes).
      let done = false;
      void rafs.walked().then(() => (done = true));
      await new Promise((r) => setTimeout(r, 100));
      expect(done).toBe(false);
    } finally {
      rafs.close();
    }
  });

  test('builds in a row each get their own read-ahead (an edit between them is seen)', async () => {
    const before = buildDir(target, { readAhead: true }).yaml;
    const file = path.join(root, 'apps', 'app-042', 'overlay', 'replicas.yaml');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/replicas: \d+/, 'replicas: 17'));
    try {
      const after = (await buildReadingAhead(target)).yaml;
      expect(after).not.toBe(before);
      expect(after).toBe(buildDir(target).yaml);
      expect(after).toContain('replicas: 17');
    } finally {
      fs.writeFileSync(file, text);
    }
  });
});

describe('entries the worker must not read', () => {
  test('a FIFO and symlinks named in a kustomization do not stall or change the build', async () => {
    const root = path.join(tmp, 'special');
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(
      path.join(root, 'real.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: real\ndata:\n  a: b\n',
    );
    fs.symlinkSync('real.yaml', path.join(root, 'link.yaml'));
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    // `pipe` is a candidate path to the worker (a mapping value) but is never read by the build.
    fs.writeFileSync(path.join(root, 'kustomization.yaml'), 'namePrefix: pipe\nresources:\n- link.yaml\n');
    const { yaml } = await buildReadingAhead(root);
    expect(yaml).toBe(build(new NodeFs(), root).yaml);
    expect(yaml).toContain('name: pipereal');
  });

  test('a missing file is still an error naming it', async () => {
    const root = path.join(tmp, 'missing');
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(path.join(root, 'kustomization.yaml'), 'resources:\n- nowhere.yaml\n');
    let thrown: unknown;
    try {
      await buildReadingAhead(root);
    } catch (e) {
      thrown = e;
    }
    expect(isKustomizeError(thrown)).toBe(true);
    expect(String((thrown as Error).message)).toContain('nowhere.yaml');
  });
});
