/**
 * GitTreeFs: builds over a commit, read from the object database, against `kubectl kustomize`
 * on checkouts of the same revisions (fixtures/gitops-repo/expected, recorded by
 * scripts/record-gitops-repo.mjs), with loose objects and packed (deltified) ones; symlinks and
 * modes as git stores them; typed errors for unknown revisions and corrupt objects.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from '../../src/build.js';
import { isKustomizeError } from '../../src/core/errors.js';
import { inputsMatch } from '../../src/fs/inputs.js';
import { GitRepository } from '../../src/node/git-fs.js';
import { NodeFs } from '../../src/node/index.js';
import { makeGitopsRepo } from '../../scripts/make-gitops-repo.mjs';

const expectedDir = path.resolve(__dirname, '..', '..', 'fixtures', 'gitops-repo', 'expected');
const REVISIONS = fs.readFileSync(path.join(expectedDir, 'RECORDED_WITH'), 'utf8').match(/^revisions: (.*)$/m)![1]!.split(' ');

let tmp: string;
let loose: string;
let packed: string;
let ids: Record<string, string>;

const gitRun = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: 'pipe' });

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-gitfs-'));
  loose = path.join(tmp, 'loose');
  ids = makeGitopsRepo(loose);
  packed = path.join(tmp, 'packed');
  gitRun(tmp, ['clone', '-q', '--mirror', '--no-local', loose, packed]);
  gitRun(packed, ['repack', '-adfq', '--depth=50', '--window=50']);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isKustomizeError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an error');
}

describe('builds over a commit are byte-identical to kubectl kustomize on a checkout', () => {
  test('the fixture repository is the one recorded (same commit ids)', () => {
    const rec = fs.readFileSync(path.join(expectedDir, 'RECORDED_WITH'), 'utf8');
    for (const [k, v] of Object.entries(ids)) expect(rec).toContain(`${k} ${v}`);
  });
  for (const store of ['loose', 'packed'] as const) {
    test(`every kustomization at every revision (${store} objects)`, () => {
      const repo = new GitRepository(store === 'loose' ? loose : packed);
      let n = 0;
      for (const rev of REVISIONS) {
        const fsys = repo.at(rev, { root: '/repo' });
        const dir = path.join(expectedDir, rev.replace(/\//g, '__'));
        for (const f of fs.readdirSync(dir)) {
          const target = '/repo/' + f.replace(/\.(yaml|error)$/, '').replace(/__/g, '/');
          if (f.endsWith('.yaml')) expect(build(fsys, target).yaml, `${rev} ${target}`).toBe(fs.readFileSync(path.join(dir, f), 'utf8'));
          else expect(() => build(fsys, target)).toThrow();
          n++;
        }
      }
      expect(n).toBe(71);
      repo.close();
    });
  }
  test('the working tree and HEAD agree, and so do their build inputs', () => {
    const repo = new GitRepository(loose);
    const head = repo.at('HEAD');
    const a = build(head, path.join(loose, 'apps/api/overlays/production'));
    const b = build(new NodeFs(), path.join(loose, 'apps/api/overlays/production'));
    expect(a.yaml).toBe(b.yaml);
    expect([...a.inputs.files.keys()].sort()).toEqual([...b.inputs.files.keys()].sort());
    expect([...a.inputs.files.values()].every((h) => /^[0-9a-f]{40}$/.test(h))).toBe(true);
    // the commit's inputs hold at the same commit, and not at one where the api base changed
    expect(inputsMatch(a.inputs, repo.at(ids.c4!))).toBe(true);
    expect(inputsMatch(a.inputs, repo.at('v1.0.0'))).toBe(false);
  });
});

describe('revisions', () => {
  test('branches, tags (annotated and not), full and abbreviated ids, expressions', () => {
    const repo = new GitRepository(packed);
    expect(repo.resolve('main')).toBe(ids.c4);
    expect(repo.resolve('refs/heads/develop')).toBe(ids.c2);
    expect(repo.resolve('v1.0.0')).toBe(ids.c1); // annotated: peeled to the commit
    expect(repo.resolve('v1.1.0')).toBe(ids.c2);
    expect(repo.resolve(ids.c3!)).toBe(ids.c3);
    expect(repo.resolve(ids.c3!.slice(0, 10))).toBe(ids.c3);
    expect(repo.resolve('main~1')).toBe(ids.c2);
    expect(repo.resolve('HEAD')).toBe(ids.c4);
    expect(repo.tags()).toEqual(['v1.0.0', 'v1.1.0']);
  });
  test('a linked worktree reads the shared object database and its own HEAD', () => {
    const wt = path.join(tmp, 'wt');
    gitRun(loose, ['worktree', 'add', '-q', '--detach', wt, 'v1.0.0']);
    const repo = new GitRepository(path.join(wt, 'apps'));
    expect(repo.dir).toBe(fs.realpathSync(wt));
    expect(repo.resolve('HEAD')).toBe(ids.c1);
    expect(repo.resolve('main')).toBe(ids.c4);
    expect(repo.remotes()).toEqual([{ name: 'origin', url: 'https://git.example.com/shop/deploy.git' }]);
  });
  test('unknown revisions and non-repositories are typed errors', () => {
    const repo = new GitRepository(loose);
    expect(errorOf(() => repo.at('no-such-branch'))).toEqual({
      code: 'GIT_REVISION_NOT_FOUND',
      message: `unknown revision 'no-such-branch' in ${fs.realpathSync(loose)}`,
    });
    expect(errorOf(() => repo.at('--output=/tmp/x')).code).toBe('GIT_REVISION_NOT_FOUND');
    expect(errorOf(() => repo.at('0123456789012345678901234567890123456789')).code).toBe('GIT_REVISION_NOT_FOUND');
    expect(errorOf(() => new GitRepository('/')).code).toBe('GIT_NOT_A_REPOSITORY');
  });
});

describe('what git stores', () => {
  let repoDir: string;
  beforeAll(() => {
    repoDir = path.join(tmp, 'links');
    fs.mkdirSync(path.join(repoDir, 'shared'), { recursive: true });
    fs.mkdirSync(path.join(repoDir, 'app'), { recursive: true });
    fs.writeFileSync(path.join(repoDir, 'shared', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n');
    fs.writeFileSync(path.join(repoDir, 'app', 'kustomization.yaml'), 'resources:\n- cm.yaml\n- linked/cm.yaml\n');
    fs.symlinkSync('../shared/cm.yaml', path.join(repoDir, 'app', 'cm.yaml'));
    fs.symlinkSync('../shared', path.join(repoDir, 'app', 'linked'));
    fs.writeFileSync(path.join(repoDir, 'app', 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
    fs.symlinkSync('/etc/passwd', path.join(repoDir, 'app', 'outside'));
    gitRun(repoDir, ['init', '-q']);
    gitRun(repoDir, ['add', '-A']);
    gitRun(repoDir, ['-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'links']);
  });

  test('symlinks resolve inside the commit; load restrictions apply as on disk', () => {
    const repo = new GitRepository(repoDir);
    const g = repo.at('HEAD');
    const root = repo.dir;
    expect(g.lstat(`${root}/app/cm.yaml`)).toBe('symlink');
    expect(g.lstat(`${root}/app/run.sh`)).toBe('file');
    expect(g.realPath(`${root}/app/linked/cm.yaml`)).toBe(`${root}/shared/cm.yaml`);
    expect(g.exists(`${root}/app/outside`)).toBe(false); // a link leaving the commit reads as absent
    const onDisk = errorOf(() => build(new NodeFs(), `${root}/app`));
    const inGit = errorOf(() => build(g, `${root}/app`));
    expect(inGit).toEqual(onDisk);
    expect(inGit.code).toBe('OUTSIDE_ROOT');
    fs.writeFileSync(path.join(repoDir, 'app', 'kustomization.yaml'), 'resources:\n- linked/cm.yaml\n');
    gitRun(repoDir, ['-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qam', 'one']);
    const g2 = new GitRepository(repoDir).at('HEAD');
    const none = build(g2, `${root}/app`, { loadRestrictions: 'none' }).yaml;
    expect(none).toBe(build(new NodeFs(), `${root}/app`, { loadRestrictions: 'none' }).yaml);
    expect(none).toContain('name: shared');
  });

  test('a corrupt object is GIT_OBJECT_CORRUPT, not wrong bytes', () => {
    const copy = path.join(tmp, 'corrupt');
    fs.cpSync(repoDir, copy, { recursive: true });
    const repo0 = new GitRepository(copy);
    const oid = repo0.at('HEAD').contentHash(`${repo0.dir}/app/kustomization.yaml`)!;
    const file = path.join(copy, '.git', 'objects', oid.slice(0, 2), oid.slice(2));
    fs.chmodSync(file, 0o644);
    // a valid zlib stream of different content: inflates, but does not hash to the id
    const zlib = require('node:zlib') as typeof import('node:zlib');
    fs.writeFileSync(file, zlib.deflateSync(Buffer.from('blob 11\0resources:\n')));
    const repo = new GitRepository(copy);
    const e = errorOf(() => build(repo.at('HEAD'), `${repo.dir}/app`));
    expect(e.code).toBe('GIT_OBJECT_CORRUPT');
    fs.writeFileSync(file, 'not zlib at all');
    expect(errorOf(() => new GitRepository(copy).at('HEAD').readFile(`${repo.dir}/app/kustomization.yaml`)).code).toBe('GIT_OBJECT_CORRUPT');
  });
});
