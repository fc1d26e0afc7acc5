/**
 * Remote base URL parsing, table-driven from kustomize's api/internal/git/repospec_test.go
 * (TestNewRepoSpecFromUrl_Permute, TestNewRepoSpecFromUrlErrors, TestNewRepoSpecFromUrl_Smoke,
 * TestParseQuery), plus Origin.Append cases checked against `kubectl kustomize` (v5.5.0).
 */
import { describe, expect, test } from 'vitest';
import { appendOrigin, goParseDurationMs, parseRepoSpec, RepoSpecError, tryParseRepoSpec } from '../../src/remote/repospec.js';

const S = 1000;
const DEFAULT_TIMEOUT = 27 * S;

describe('permutations of host, repo path, kustomization path and ref', () => {
  const schemeAuthority: [string, string][] = [
    ['gitHub.com/', 'https://github.com/'],
    ['github.com:', 'https://github.com/'],
    ['http://github.com/', 'https://github.com/'],
    ['https://github.com/', 'https://github.com/'],
    ['hTTps://github.com/', 'https://github.com/'],
    ['https://git-codecommit.us-east-2.amazonaws.com/', 'https://git-codecommit.us-east-2.amazonaws.com/'],
    ['https://fabrikops2.visualstudio.com/', 'https://fabrikops2.visualstudio.com/'],
    ['ssh://git.example.com:7999/', 'ssh://git.example.com:7999/'],
    ['git::https://gitlab.com/', 'https://gitlab.com/'],
    ['git::http://git.example.com/', 'http://git.example.com/'],
    ['git::https://git.example.com/', 'https://git.example.com/'],
    ['git@github.com:', 'git@github.com:'],
    ['git@github.com/', 'git@github.com:'],
    ['git::git@github.com:', 'git@github.com:'],
    ['org-12345@github.com:', 'org-12345@github.com:'],
    ['org-12345@github.com/', 'org-12345@github.com:'],
  ];
  const repoPaths = ['someOrg/someRepo', 'kubernetes/website'];
  const pathNames = ['README.md', 'foo/krusty.txt', ''];
  const refArgs = ['group/version', 'someBranch', 'master', 'v0.1.0', ''];
  const cases: [string, string, string, string, string][] = [];
  for (const [raw, host] of schemeAuthority)
    for (const repoPath of repoPaths)
      for (const pathName of pathNames)
        for (const ref of refArgs) {
          const url = raw + (pathName ? `${repoPath}/${pathName}` : repoPath) + (ref ? `?ref=${ref}` : '');
          cases.push([url, host, repoPath, pathName, ref]);
        }
  test.each(cases)('%s', (url, host, repoPath, kustRootPath, ref) => {
    const rs = parseRepoSpec(url);
    expect({ host: rs.host, repoPath: rs.repoPath, kustRootPath: rs.kustRootPath, ref: rs.ref }).toEqual({
      host,
      repoPath,
      kustRootPath,
      ref,
    });
  });
});

describe('errors', () => {
  const bad: [string, string, string][] = [
    ['absolute_path', '/tmp', 'uri looks like abs path'],
    ['relative path', '../../tmp', 'failed to parse scheme'],
    ['local path that looks somewhat like a github url', 'src/github.com/org/repo/path', 'failed to parse scheme'],
    ['no_slashes', 'iauhsdiuashduas', 'failed to parse scheme'],
    ['bad_scheme', 'htxxxtp://github.com/', 'failed to parse scheme'],
    ['no_org_repo', 'ssh://git.example.com', 'failed to parse repo path segment'],
    ['hashicorp_git_only', 'git::___', 'failed to parse scheme'],
    ['query_after_host', 'https://host?ref=group/version/minor_version', 'failed to parse repo path segment'],
    ['path_exits_repo', 'https://github.com/org/repo.git//path/../../exits/repo', 'url path exits repo'],
    ['bad github separator', 'github.com!org/repo.git//path', 'failed to parse scheme'],
    ['gh: prefix no longer handled', 'gh:org/repo', 'failed to parse scheme'],
    ['invalid Github url missing orgrepo', 'https://github.com/thisisa404.yaml', 'failed to parse repo path segment'],
    ['file protocol with excessive slashes', 'file:////tmp//path/to/whatever', 'failed to parse repo path segment'],
    ['unsupported protocol after username', 'git@scp://github.com/org/repo.git//path', 'failed to parse repo path segment'],
    ['supported protocol after username', 'git@ssh://github.com/org/repo.git//path', 'failed to parse repo path segment'],
  ];
  test.each(bad)('%s', (_name, url, message) => {
    expect(() => parseRepoSpec(url)).toThrow(RepoSpecError);
    expect(() => parseRepoSpec(url)).toThrow(message);
    expect(tryParseRepoSpec(url)).toBeUndefined();
  });
});

describe('smoke: clone spec, absolute path and fields', () => {
  // [name, input, cloneSpec, kustRootPath (AbsPath relative to the clone), host, repoPath, ref]
  const cases: [string, string, string, string, string, string, string][] = [
    ['https aws code commit url', 'https://git-codecommit.us-east-2.amazonaws.com/someorg/somerepo/somedir', 'https://git-codecommit.us-east-2.amazonaws.com/someorg/somerepo', 'somedir', 'https://git-codecommit.us-east-2.amazonaws.com/', 'someorg/somerepo', ''],
    ['https aws code commit url with params', 'https://git-codecommit.us-east-2.amazonaws.com/someorg/somerepo/somedir?ref=testbranch', 'https://git-codecommit.us-east-2.amazonaws.com/someorg/somerepo', 'somedir', 'https://git-codecommit.us-east-2.amazonaws.com/', 'someorg/somerepo', 'testbranch'],
    ['legacy azure https url with params', 'https://fabrikops2.visualstudio.com/someorg/somerepo?ref=master', 'https://fabrikops2.visualstudio.com/someorg/somerepo', '', 'https://fabrikops2.visualstudio.com/', 'someorg/somerepo', 'master'],
    ['http github url without git suffix', 'http://github.com/someorg/somerepo/somedir', 'https://github.com/someorg/somerepo', 'somedir', 'https://github.com/', 'someorg/somerepo', ''],
    ['scp github url without git suffix', 'git@github.com:someorg/somerepo/somedir', 'git@github.com:someorg/somerepo', 'somedir', 'git@github.com:', 'someorg/somerepo', ''],
    ['http github url with git suffix', 'http://github.com/someorg/somerepo.git/somedir', 'https://github.com/someorg/somerepo.git', 'somedir', 'https://github.com/', 'someorg/somerepo.git', ''],
    ['scp github url with git suffix', 'git@github.com:someorg/somerepo.git/somedir', 'git@github.com:someorg/somerepo.git', 'somedir', 'git@github.com:', 'someorg/somerepo.git', ''],
    ['non-github_scp', 'git@gitlab2.sqtools.ru:infra/kubernetes/thanos-base.git?ref=v0.1.0', 'git@gitlab2.sqtools.ru:infra/kubernetes/thanos-base.git', '', 'git@gitlab2.sqtools.ru:', 'infra/kubernetes/thanos-base.git', 'v0.1.0'],
    ['non-github_scp with path delimiter', 'git@bitbucket.org:company/project.git//path?ref=branch', 'git@bitbucket.org:company/project.git', 'path', 'git@bitbucket.org:', 'company/project.git', 'branch'],
    ['non-github_scp incorrectly using slash', 'git@bitbucket.org/company/project.git//path?ref=branch', 'git@bitbucket.org/company/project.git', 'path', 'git@bitbucket.org/', 'company/project.git', 'branch'],
    ['non-github_git-user_ssh', 'ssh://git@bitbucket.org/company/project.git//path?ref=branch', 'ssh://git@bitbucket.org/company/project.git', 'path', 'ssh://git@bitbucket.org/', 'company/project.git', 'branch'],
    ['_git host delimiter in non-github url', 'https://itfs.mycompany.com/collection/project/_git/somerepos', 'https://itfs.mycompany.com/collection/project/_git/somerepos', '', 'https://itfs.mycompany.com/', 'collection/project/_git/somerepos', ''],
    ['_git host delimiter with params', 'https://itfs.mycompany.com/collection/project/_git/somerepos?version=v1.0.0', 'https://itfs.mycompany.com/collection/project/_git/somerepos', '', 'https://itfs.mycompany.com/', 'collection/project/_git/somerepos', 'v1.0.0'],
    ['_git host delimiter with kust root path and params', 'https://itfs.mycompany.com/collection/project/_git/somerepos/somedir?version=v1.0.0', 'https://itfs.mycompany.com/collection/project/_git/somerepos', 'somedir', 'https://itfs.mycompany.com/', 'collection/project/_git/somerepos', 'v1.0.0'],
    ['_git host delimiter with no kust root path', 'git::https://itfs.mycompany.com/collection/project/_git/somerepos', 'https://itfs.mycompany.com/collection/project/_git/somerepos', '', 'https://itfs.mycompany.com/', 'collection/project/_git/somerepos', ''],
    ['https bitbucket url with git suffix', 'https://bitbucket.example.com/scm/project/repository.git', 'https://bitbucket.example.com/scm/project/repository.git', '', 'https://bitbucket.example.com/', 'scm/project/repository.git', ''],
    ['ssh aws code commit url', 'ssh://git-codecommit.us-east-2.amazonaws.com/someorg/somerepo/somepath', 'ssh://git-codecommit.us-east-2.amazonaws.com/someorg/somerepo', 'somepath', 'ssh://git-codecommit.us-east-2.amazonaws.com/', 'someorg/somerepo', ''],
    ['scp Github with slash fixed to colon', 'git@github.com/someorg/somerepo/somepath', 'git@github.com:someorg/somerepo', 'somepath', 'git@github.com:', 'someorg/somerepo', ''],
    ['https Github with double slash path delimiter and params', 'https://github.com/kubernetes-sigs/kustomize//examples/multibases/dev/?ref=v1.0.6', 'https://github.com/kubernetes-sigs/kustomize', 'examples/multibases/dev/', 'https://github.com/', 'kubernetes-sigs/kustomize', 'v1.0.6'],
    ['file protocol with git-suffixed repo path and params', 'file://a/b/c/someRepo.git/somepath?ref=someBranch', 'file://a/b/c/someRepo.git', 'somepath', 'file://', 'a/b/c/someRepo.git', 'someBranch'],
    ['file protocol with two slashes, with kust root path and params', 'file://a/b/c/someRepo//somepath?ref=someBranch', 'file://a/b/c/someRepo', 'somepath', 'file://', 'a/b/c/someRepo', 'someBranch'],
    ['file protocol with two slashes, with ref and no kust root path', 'file://a/b/c/someRepo?ref=someBranch', 'file://a/b/c/someRepo', '', 'file://', 'a/b/c/someRepo', 'someBranch'],
    ['file protocol with three slashes, with ref and no kust root path', 'file:///a/b/c/someRepo?ref=someBranch', 'file:///a/b/c/someRepo', '', 'file://', '/a/b/c/someRepo', 'someBranch'],
    ['ssh Github with double-slashed path delimiter and params', 'ssh://git@github.com/kubernetes-sigs/kustomize//examples/multibases/dev?ref=v1.0.6', 'git@github.com:kubernetes-sigs/kustomize', 'examples/multibases/dev', 'git@github.com:', 'kubernetes-sigs/kustomize', 'v1.0.6'],
    ['file protocol with three slashes, no kust root path or params', 'file:///a/b/c/someRepo', 'file:///a/b/c/someRepo', '', 'file://', '/a/b/c/someRepo', ''],
    ['file protocol with three slashes, no repo or kust root path or params', 'file:///', 'file:///', '', 'file://', '/', ''],
    ['arbitrary https host with double-slash path delimiter', 'https://example.org/path/to/repo//examples/multibases/dev', 'https://example.org/path/to/repo', 'examples/multibases/dev', 'https://example.org/', 'path/to/repo', ''],
    ['arbitrary https host with .git repo suffix', 'https://example.org/path/to/repo.git/examples/multibases/dev', 'https://example.org/path/to/repo.git', 'examples/multibases/dev', 'https://example.org/', 'path/to/repo.git', ''],
    ['arbitrary ssh host with double-slash path delimiter', 'ssh://alice@example.com/path/to/repo//examples/multibases/dev', 'ssh://alice@example.com/path/to/repo', 'examples/multibases/dev', 'ssh://alice@example.com/', 'path/to/repo', ''],
    ['query_slash', 'https://authority/org/repo?ref=group/version', 'https://authority/org/repo', '', 'https://authority/', 'org/repo', 'group/version'],
    ['query_git_delimiter', 'https://authority/org/repo/?ref=includes_git/for_some_reason', 'https://authority/org/repo', '', 'https://authority/', 'org/repo', 'includes_git/for_some_reason'],
    ['query_git_suffix', 'https://authority/org/repo/?ref=includes.git/for_some_reason', 'https://authority/org/repo', '', 'https://authority/', 'org/repo', 'includes.git/for_some_reason'],
    ['non_parsable_path', 'https://authority/org/repo/%-invalid-uri-so-not-parsable-by-net/url.Parse', 'https://authority/org/repo', '%-invalid-uri-so-not-parsable-by-net/url.Parse', 'https://authority/', 'org/repo', ''],
    ['non-git username with non-github host', 'ssh://myusername@bitbucket.org/ourteamname/ourrepositoryname.git//path?ref=branch', 'ssh://myusername@bitbucket.org/ourteamname/ourrepositoryname.git', 'path', 'ssh://myusername@bitbucket.org/', 'ourteamname/ourrepositoryname.git', 'branch'],
    ['username-like filepath with file protocol', 'file://git@home/path/to/repository.git//path?ref=branch', 'file://git@home/path/to/repository.git', 'path', 'file://', 'git@home/path/to/repository.git', 'branch'],
    ['username with http protocol', 'http://git@home.com/path/to/repository.git//path?ref=branch', 'http://git@home.com/path/to/repository.git', 'path', 'http://git@home.com/', 'path/to/repository.git', 'branch'],
    ['username with https protocol', 'https://git@home.com/path/to/repository.git//path?ref=branch', 'https://git@home.com/path/to/repository.git', 'path', 'https://git@home.com/', 'path/to/repository.git', 'branch'],
    ['complex github ssh url from docs', 'ssh://git@ssh.github.com:443/YOUR-USERNAME/YOUR-REPOSITORY.git', 'ssh://git@ssh.github.com:443/YOUR-USERNAME/YOUR-REPOSITORY.git', '', 'ssh://git@ssh.github.com:443/', 'YOUR-USERNAME/YOUR-REPOSITORY.git', ''],
    ['colon behind slash not scp delimiter', 'git@gitlab.com/user:name/YOUR-REPOSITORY.git/path', 'git@gitlab.com/user:name/YOUR-REPOSITORY.git', 'path', 'git@gitlab.com/', 'user:name/YOUR-REPOSITORY.git', ''],
    ['gitlab URLs with explicit git suffix', 'git@gitlab.com:gitlab-tests/sample-project.git', 'git@gitlab.com:gitlab-tests/sample-project.git', '', 'git@gitlab.com:', 'gitlab-tests/sample-project.git', ''],
    ['gitlab URLs without explicit git suffix', 'git@gitlab.com:gitlab-tests/sample-project', 'git@gitlab.com:gitlab-tests/sample-project', '', 'git@gitlab.com:', 'gitlab-tests/sample-project', ''],
    ['azure host with _git and // path separator', 'https://username@dev.azure.com/org/project/_git/repo//path/to/kustomization/root', 'https://username@dev.azure.com/org/project/_git/repo', 'path/to/kustomization/root', 'https://username@dev.azure.com/', 'org/project/_git/repo', ''],
    ['legacy format azure host with _git', 'https://org.visualstudio.com/project/_git/repo/path/to/kustomization/root', 'https://org.visualstudio.com/project/_git/repo', 'path/to/kustomization/root', 'https://org.visualstudio.com/', 'project/_git/repo', ''],
    ['ssh on github with custom username', 'ssh://org-12345@github.com/kubernetes-sigs/kustomize', 'org-12345@github.com:kubernetes-sigs/kustomize', '', 'org-12345@github.com:', 'kubernetes-sigs/kustomize', ''],
    ['scp on github with custom username', 'org-12345@github.com/kubernetes-sigs/kustomize', 'org-12345@github.com:kubernetes-sigs/kustomize', '', 'org-12345@github.com:', 'kubernetes-sigs/kustomize', ''],
    ['scp format gist url', 'git@gist.github.com:bc7947cb727d7f9217e7862d961a1ffd.git', 'git@gist.github.com:bc7947cb727d7f9217e7862d961a1ffd.git', '', 'git@gist.github.com:', 'bc7947cb727d7f9217e7862d961a1ffd.git', ''],
    ['https gist url', 'https://gist.github.com/bc7947cb727d7f9217e7862d961a1ffd.git', 'https://gist.github.com/bc7947cb727d7f9217e7862d961a1ffd.git', '', 'https://gist.github.com/', 'bc7947cb727d7f9217e7862d961a1ffd.git', ''],
  ];
  test.each(cases)('%s', (_name, input, cloneSpec, kustRootPath, host, repoPath, ref) => {
    const rs = parseRepoSpec(input);
    expect(rs.cloneSpec).toBe(cloneSpec);
    expect({ host: rs.host, repoPath: rs.repoPath, kustRootPath: rs.kustRootPath, ref: rs.ref }).toEqual({
      host,
      repoPath,
      kustRootPath,
      ref,
    });
    expect(rs.raw).toBe(input);
  });

  test('default query parameters', () => {
    const rs = parseRepoSpec('https://github.com/org/repo');
    expect(rs.submodules).toBe(true);
    expect(rs.timeoutMs).toBe(DEFAULT_TIMEOUT);
  });
});

describe('query parameters (TestParseQuery)', () => {
  const cases: [string, string, string, boolean, number][] = [
    ['empty', '', '', true, DEFAULT_TIMEOUT],
    ['ref', 'ref=v1.0.0', 'v1.0.0', true, DEFAULT_TIMEOUT],
    ['ref_slash', 'ref=kustomize/v4.5.7', 'kustomize/v4.5.7', true, DEFAULT_TIMEOUT],
    ['version', 'version=master', 'master', true, DEFAULT_TIMEOUT],
    ['ref_and_version', 'version=master&ref=v1.0.0', 'v1.0.0', true, DEFAULT_TIMEOUT],
    ['empty_submodules', 'version=master&submodules=', 'master', true, DEFAULT_TIMEOUT],
    ['bad_submodules', 'version=master&submodules=maybe', 'master', true, DEFAULT_TIMEOUT],
    ['submodules_true', 'version=master&submodules=true', 'master', true, DEFAULT_TIMEOUT],
    ['submodules_false', 'version=master&submodules=false', 'master', false, DEFAULT_TIMEOUT],
    ['empty_timeout', 'version=master&timeout=', 'master', true, DEFAULT_TIMEOUT],
    ['bad_timeout', 'version=master&timeout=jiffy', 'master', true, DEFAULT_TIMEOUT],
    ['zero_timeout', 'version=master&timeout=0', 'master', true, DEFAULT_TIMEOUT],
    ['zero_unit_timeout', 'version=master&timeout=0s', 'master', true, DEFAULT_TIMEOUT],
    ['timeout', 'version=master&timeout=61', 'master', true, 61 * S],
    ['timeout_unit', 'version=master&timeout=1m1s', 'master', true, 61 * S],
    ['all', 'version=master&submodules=false&timeout=1m1s', 'master', false, 61 * S],
    // Go's url.ParseQuery fails on these, and kustomize then keeps every default.
    ['semicolon', 'ref=v1;x=y', '', true, DEFAULT_TIMEOUT],
    ['bad escape', 'ref=v1&timeout=%zz', '', true, DEFAULT_TIMEOUT],
    ['escaped ref', 'ref=a%2Fb+c', 'a/b c', true, DEFAULT_TIMEOUT],
  ];
  test.each(cases)('%s', (_name, query, ref, submodules, timeoutMs) => {
    const rs = parseRepoSpec(`https://github.com/org/repo?${query}`);
    expect({ ref: rs.ref, submodules: rs.submodules, timeoutMs: rs.timeoutMs }).toEqual({ ref, submodules, timeoutMs });
  });

  test('Go durations', () => {
    expect(goParseDurationMs('1h2m3.5s')).toBe(3_723_500);
    expect(goParseDurationMs('1.5ms')).toBe(1.5);
    expect(goParseDurationMs('.5s')).toBe(500);
    expect(goParseDurationMs('-2s')).toBe(-2000);
    expect(goParseDurationMs('0')).toBe(0);
    for (const bad of ['', '1', 's', '.s', '1x', '1s2']) expect(goParseDurationMs(bad)).toBeUndefined();
  });
});

describe('origin of remote resources (kustomize Origin.Append, checked with kubectl kustomize)', () => {
  test('a remote base restarts the origin at the repository', () => {
    expect(appendOrigin({ path: '' }, 'file:///tmp/rt/repo//base?ref=v1')).toEqual({
      path: 'base',
      repo: 'file:///tmp/rt/repo',
      ref: 'v1',
    });
    // kubectl kustomize writes `path: notCloned/base/cm.yaml` for a base at the repository root.
    expect(appendOrigin({ path: '' }, 'file:///tmp/rt/repo')).toEqual({ path: 'notCloned', repo: 'file:///tmp/rt/repo' });
    expect(appendOrigin({ path: 'x' }, 'https://github.com/org/repo//a/b/?ref=v2')).toEqual({
      path: 'a/b',
      repo: 'https://github.com/org/repo',
      ref: 'v2',
    });
  });
  test('local paths join and keep repo and ref', () => {
    expect(appendOrigin({ path: 'base', repo: 'file:///r', ref: 'v1' }, '../other')).toEqual({
      path: 'other',
      repo: 'file:///r',
      ref: 'v1',
    });
    expect(appendOrigin({ path: '' }, 'http://127.0.0.1:8000/x.yaml')).toEqual({ path: 'http:/127.0.0.1:8000/x.yaml' });
  });
});
