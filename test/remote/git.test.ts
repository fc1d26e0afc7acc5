/**
 * The Node git resolver against local repositories created here with `git init` (file:// URLs),
 * and a local http server on 127.0.0.1: never the network. Expected bytes were recorded with
 * `kubectl kustomize` (kustomize v5.5.0) on the same trees.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGitResolver, spawnExec, type ExecFn } from '../../src/node/git.js';
import { buildDirAsync, NodeFs } from '../../src/node/index.js';
import { build, buildAsync, load, MemoryFs, parseRepoSpec } from '../../src/index.js';

let tmp: string;
let repo: string;
let bare: string;
let shaV1: string;
const gitEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  HOME: tmp,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
});
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'protocol.file.allow=always', ...args], { cwd, env: gitEnv(), encoding: 'utf8' }).trim();
const write = (file: string, text: string): void => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const cm = (v: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: base-cm\ndata:\n  v: ${v}\n`;

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kts-git-')));
  // A submodule repository.
  const sub = path.join(tmp, 'sub');
  write(path.join(sub, 'kustomization.yaml'), 'resources:\n- sub.yaml\n');
  write(path.join(sub, 'sub.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: from-submodule\n');
  git(sub, 'init', '-q', '-b', 'main');
  git(sub, 'add', '-A');
  git(sub, 'commit', '-qm', 'sub');
  // The main repository: v1 (tag), then main, then a feature branch.
  repo = path.join(tmp, 'repo');
  write(path.join(repo, 'base/kustomization.yaml'), 'resources:\n- cm.yaml\n- ../other\n');
  write(path.join(repo, 'base/cm.yaml'), cm('one'));
  write(path.join(repo, 'other/kustomization.yaml'), 'resources:\n- svc.yaml\nnamePrefix: o-\n');
  write(path.join(repo, 'other/svc.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'one');
  git(repo, 'tag', 'v1');
  shaV1 = git(repo, 'rev-parse', 'HEAD');
  write(path.join(repo, 'base/cm.yaml'), cm('two'));
  git(repo, 'submodule', '--quiet', 'add', `file://${sub}`, 'vendor/sub');
  git(repo, 'commit', '-qam', 'two');
  git(repo, 'checkout', '-qb', 'feature');
  write(path.join(repo, 'base/cm.yaml'), cm('three'));
  git(repo, 'commit', '-qam', 'three');
  git(repo, 'checkout', '-q', 'main');
  // A bare copy named like a hosted repository (`.../repo.git`).
  bare = path.join(tmp, 'hosted', 'repo.git');
  fs.mkdirSync(path.dirname(bare), { recursive: true });
  git(tmp, 'clone', '-q', '--bare', repo, bare);
}, 60_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** An exec that records the git commands it runs. */
function recordingExec(): ExecFn & { calls: string[][] } {
  const calls: string[][] = [];
  const f = ((file, args, opts) => {
    calls.push(args.filter((_a, i) => args[i] !== '-c' && args[i - 1] !== '-c'));
    return spawnExec(file, args, opts);
  }) as ExecFn & { calls: string[][] };
  f.calls = calls;
  return f;
}

function overlay(entry: string): MemoryFs {
  return new MemoryFs({ 'ov/kustomization.yaml': `resources:\n- ${entry}\n` });
}

async function render(entry: string, opts: Parameters<typeof createGitResolver>[0] = {}): Promise<string> {
  // The main branch has a file:// submodule, which git refuses by default: allow it here.
  const cacheDir = path.join(tmp, 'cache-' + Math.random().toString(36).slice(2));
  const resolver = createGitResolver({ cacheDir, allowFileSubmodules: true, ...opts });
  return (await buildAsync(overlay(entry), 'ov', { resolver })).yaml;
}

const rendered = (v: string, name = 'base-cm'): string =>
  `apiVersion: v1\ndata:\n  v: ${v}\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
const expected = (v: string): string => `${rendered(v)}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: o-svc\n`;

describe('refs', () => {
  test('a tag', async () => {
    expect(await render(`file://${repo}//base?ref=v1`)).toBe(expected('one'));
  });
  test('the default branch (no ref: the remote HEAD)', async () => {
    expect(await render(`file://${repo}//base`)).toBe(expected('two'));
  });
  test('a branch, with ?version=', async () => {
    expect(await render(`file://${repo}//base?version=feature`)).toBe(expected('three'));
  });
  test('a commit', async () => {
    expect(await render(`file://${repo}//base?ref=${shaV1}`)).toBe(expected('one'));
  });
  test('a missing ref fails with the git message', async () => {
    await expect(render(`file://${repo}//base?ref=nope`)).rejects.toMatchObject({
      code: 'REMOTE_FETCH_FAILED',
      message: expect.stringContaining("couldn't find remote ref nope"),
      field: ['resources', 0],
    });
  });
});

describe('subdirectories and URL forms', () => {
  test('a `.git` repository with the path after it', async () => {
    expect(await render(`file://${bare}/base?ref=v1`)).toBe(expected('one'));
  });
  test('git:: prefix and `//` path separator', async () => {
    expect(await render(`git::file://${bare}//other?ref=v1`)).toBe('apiVersion: v1\nkind: Service\nmetadata:\n  name: o-svc\n');
  });
  test('a path that is a file, not a directory', async () => {
    await expect(render(`file://${repo}//base/cm.yaml?ref=v1`)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });
  test('submodules are fetched unless ?submodules=false', async () => {
    const yes = await render(`file://${repo}//vendor/sub`, { protocols: ['file'], allowFileSubmodules: true });
    expect(yes).toBe('apiVersion: v1\nkind: Secret\nmetadata:\n  name: from-submodule\n');
    await expect(render(`file://${repo}//vendor/sub?submodules=false`)).rejects.toMatchObject({
      code: 'KUSTOMIZATION_NOT_FOUND',
    });
  });
  test('file:// submodules are refused by default, as git (and so kubectl kustomize) refuses them', async () => {
    await expect(render(`file://${repo}//vendor/sub`, { allowFileSubmodules: false })).rejects.toMatchObject({
      code: 'REMOTE_FETCH_FAILED',
      message: expect.stringContaining("transport 'file' not allowed"),
    });
  });
});

describe('cache', () => {
  test('a second resolver on the same cache directory runs no git at all', async () => {
    const cacheDir = path.join(tmp, 'cache-shared');
    const first = recordingExec();
    const r1 = createGitResolver({ cacheDir, exec: first });
    expect((await buildAsync(overlay(`file://${repo}//base?ref=v1`), 'ov', { resolver: r1 })).yaml).toBe(expected('one'));
    expect(first.calls.map((c) => c[0])).toEqual(['init', 'fetch', 'checkout', 'submodule']);
    expect(first.calls[1]).toEqual(['fetch', '--depth=1', '--no-tags', '--quiet', '--', `file://${repo}`, 'v1']);

    const second = recordingExec();
    const r2 = createGitResolver({ cacheDir, exec: second });
    const { yaml } = await buildAsync(overlay(`file://${repo}//other?ref=v1`), 'ov', { resolver: r2 });
    expect(yaml).toBe('apiVersion: v1\nkind: Service\nmetadata:\n  name: o-svc\n');
    expect(second.calls).toEqual([]);
    expect(fs.existsSync(r2.cachePath(parseRepoSpec(`file://${repo}//x?ref=v1`)))).toBe(true);
  });

  test('concurrent loads of one repository share one fetch', async () => {
    const exec = recordingExec();
    const resolver = createGitResolver({ cacheDir: path.join(tmp, 'cache-concurrent'), exec });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => buildAsync(overlay(`file://${repo}//base?ref=v1`), 'ov', { resolver })),
    );
    expect(new Set(results.map((r) => r.yaml))).toEqual(new Set([expected('one')]));
    expect(exec.calls.filter((c) => c[0] === 'fetch')).toHaveLength(1);
  });

  test('maxAgeMs refetches an old entry', async () => {
    const cacheDir = path.join(tmp, 'cache-age');
    await render(`file://${repo}//base`, { cacheDir });
    const exec = recordingExec();
    const resolver = createGitResolver({ cacheDir, exec, maxAgeMs: 0, allowFileSubmodules: true });
    await new Promise((r) => setTimeout(r, 5));
    await buildAsync(overlay(`file://${repo}//base`), 'ov', { resolver });
    expect(exec.calls.filter((c) => c[0] === 'fetch')).toHaveLength(1);
    expect(fs.readdirSync(cacheDir).filter((n) => !n.includes('.old-') && !n.startsWith('tmp-'))).toHaveLength(1);
  });
});

describe('timeouts and hostile input', () => {
  test('a hanging git (a fake one first on PATH) is killed at the timeout', async () => {
    const bin = path.join(tmp, 'fakebin');
    write(path.join(bin, 'git'), '#!/bin/sh\nsleep 30\n');
    fs.chmodSync(path.join(bin, 'git'), 0o755);
    const env = { ...process.env, PATH: `${bin}:${process.env['PATH']}` };
    const resolver = createGitResolver({ cacheDir: path.join(tmp, 'cache-hang'), env, timeoutMs: 300 });
    const t0 = performance.now();
    await expect(buildAsync(overlay(`file://${repo}//base`), 'ov', { resolver })).rejects.toMatchObject({
      code: 'REMOTE_FETCH_FAILED',
      message: expect.stringMatching(/^hit 300ms timeout running 'git init --quiet'/),
    });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(fs.readdirSync(path.join(tmp, 'cache-hang'))).toEqual([]);
  });

  test("the URL's ?timeout= applies when the resolver sets none", async () => {
    const hanging: ExecFn = (_f, _a, { timeoutMs }) =>
      new Promise((_r, reject) => setTimeout(() => reject(new Error(`timeout ${timeoutMs}`)), 10));
    const resolver = createGitResolver({ cacheDir: path.join(tmp, 'cache-t'), exec: hanging });
    await expect(buildAsync(overlay(`file://${repo}//base?timeout=2s`), 'ov', { resolver })).rejects.toMatchObject({
      message: 'timeout 2000',
    });
  });

  test.each([
    ['--upload-pack=touch${IFS}/tmp/kts-pwned'],
    ['-oProxyCommand=x'],
    ['v1 --help'],
    ['v1%0a--upload-pack'],
  ])('a ref that looks like an option is refused before git runs: %s', async (ref) => {
    const exec = recordingExec();
    const resolver = createGitResolver({ cacheDir: path.join(tmp, 'cache-evil'), exec });
    await expect(buildAsync(overlay(`file://${repo}//base?ref=${ref}`), 'ov', { resolver })).rejects.toMatchObject({
      code: 'REMOTE_FETCH_FAILED',
      message: expect.stringContaining('refusing git ref'),
      file: '/ov/kustomization.yaml',
    });
    expect(exec.calls).toEqual([]);
    expect(fs.existsSync('/tmp/kts-pwned')).toBe(false);
  });

  test('a host that looks like an option is refused', async () => {
    const exec = recordingExec();
    const resolver = createGitResolver({ cacheDir: path.join(tmp, 'cache-evil2'), exec });
    await expect(
      buildAsync(overlay('git@-oProxyCommand=touch%20/tmp/kts-pwned:org/repo.git'), 'ov', { resolver }),
    ).rejects.toMatchObject({ code: 'REMOTE_FETCH_FAILED', message: expect.stringContaining('refusing git URL') });
    expect(exec.calls).toEqual([]);
  });

  test('protocols outside the allowed list are refused by git', async () => {
    await expect(render(`file://${repo}//base`, { protocols: ['https'] })).rejects.toMatchObject({
      code: 'REMOTE_FETCH_FAILED',
      message: expect.stringContaining("transport 'file' not allowed"),
    });
    expect(() => createGitResolver({ protocols: ['ext'] })).toThrow('protocol not allowed: ext');
  });

  test('a symlink out of the checkout reads as absent', async () => {
    const evil = path.join(tmp, 'evil');
    write(path.join(evil, 'app/kustomization.yaml'), 'resources:\n- secret.yaml\n');
    fs.symlinkSync('/etc/hostname', path.join(evil, 'app/secret.yaml'));
    git(evil, 'init', '-q', '-b', 'main');
    git(evil, 'add', '-A');
    git(evil, 'commit', '-qm', 'evil');
    await expect(render(`file://${evil}//app`)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });
});

describe('http(s) files and buildDirAsync', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/x.yaml') {
        res.writeHead(200, { 'content-type': 'text/yaml' });
        res.end('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n');
      } else if (req.url === '/big.yaml') {
        res.writeHead(200);
        res.end('#'.repeat(4096));
      } else {
        res.writeHead(404);
        res.end('not found');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test('a resource URL, a 404, and the size limit', async () => {
    const resolver = createGitResolver({ cacheDir: path.join(tmp, 'cache-http'), maxFileBytes: 1024 });
    const ok = await buildAsync(overlay(`${base}/x.yaml`), 'ov', { resolver });
    expect(ok.yaml).toBe('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n');
    await expect(load(overlay(`${base}/missing.yaml`), 'ov', { resolver })).rejects.toMatchObject({
      code: 'REMOTE_FETCH_FAILED',
      message: expect.stringContaining('HTTP Error: status code 404 (Not Found)'),
    });
    await expect(load(overlay(`${base}/big.yaml`), 'ov', { resolver })).rejects.toMatchObject({
      message: expect.stringContaining('larger than 1024 bytes'),
    });
  });

  test('buildDirAsync on the real filesystem', async () => {
    const dir = path.join(tmp, 'local-overlay');
    write(path.join(dir, 'kustomization.yaml'), `resources:\n- file://${repo}//base?ref=v1\n- ${base}/x.yaml\nnamePrefix: p-\n`);
    const { yaml } = await buildDirAsync(dir, { git: { cacheDir: path.join(tmp, 'cache-dir') } });
    expect(yaml).toBe(
      rendered('one', 'p-base-cm') +
        '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p-web\n' +
        '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: p-o-svc\n',
    );
    // The synchronous build of the same tree cannot reach the remote base.
    expect(() => build(new NodeFs(), dir)).toThrow(expect.objectContaining({ code: 'REMOTE_NOT_SUPPORTED' }));
  });
});
