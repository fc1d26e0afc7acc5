/**
 * Where a GitOps object's sources are read from. Without a {@link RepoRevisions}, everything is
 * read from one filesystem (the checkout). With one, each source is read at the revision it
 * names (an Argo CD `targetRevision`, a Flux GitRepository `ref`) when its URL is this
 * repository, and skipped (reported, never built from here) when it is another one.
 *
 * The repository itself is injected (pure core): `kustomize-ts/node` implements it over git
 * (`openRepoRevisions`), tests may implement it over in-memory trees.
 */
import { KustomizeError } from '../core/errors.js';
import { isObject, type JsonObject } from '../core/json.js';
import type { FileSystem } from '../fs/filesystem.js';
import { pickTag } from './semver.js';

/** One revision's tree. */
export interface RevisionTree {
  fs: FileSystem;
  /** Stable identity of the tree (a commit id, or e.g. `worktree`): equal ids, equal trees. */
  id: string;
  /** How it was asked for (`main`, `v1.0.0`...). */
  label: string;
}

export interface RepoRevisions {
  /** Absolute path where every revision's tree is mounted (the repository root). */
  readonly root: string;
  /** True when `url` names this repository. */
  isThisRepo(url: string): boolean;
  /** The tree of a revision (branch, tag, commit, `HEAD`). Throws GIT_REVISION_NOT_FOUND. */
  open(rev: string): RevisionTree;
  /** Tag names (for semver ranges). */
  tags(): string[];
  /**
   * Paths (relative to the root) that may differ between two trees, directories standing for
   * everything below them; undefined when unknown (then nothing is skipped on that ground).
   */
  changedPaths?(a: RevisionTree, b: RevisionTree): string[] | undefined;
  /**
   * The files of a tree (relative paths) whose content contains any of `words`, or undefined
   * when the repository cannot search (then every file is read). For speed only.
   */
  filesContaining?(tree: RevisionTree, words: string[]): string[] | undefined;
}

/** A source resolved to the tree it is read from, or the reason it is not rendered. */
export type PickedSource = { tree: RevisionTree; revision: string } | { skip: string };

/**
 * A repository URL reduced to host and path, for comparisons: scheme, credentials, port-less
 * scp syntax (`git@host:org/repo`), a trailing `.git` and `/` are dropped; the host is lowercased.
 */
export function normalizeRepoUrl(url: string): string {
  let u = url.trim();
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.*)$/.exec(u);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(u)) u = `${scp[1]}/${scp[2]}`;
  else u = u.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^[^@/]*@/, '');
  u = u.replace(/\/+$/, '').replace(/\.git$/, '').replace(/\/+$/, '');
  const slash = u.indexOf('/');
  const host = (slash < 0 ? u : u.slice(0, slash)).toLowerCase().replace(/:(22|80|443)$/, '');
  return host + (slash < 0 ? '' : u.slice(slash));
}

/** True when two repository URLs name the same repository (see {@link normalizeRepoUrl}). */
export function sameRepoUrl(a: string, b: string): boolean {
  return normalizeRepoUrl(a) === normalizeRepoUrl(b);
}

/**
 * The revision a Flux GitRepository `spec.ref` names, in Flux's order of precedence: `commit`,
 * `name`, `semver` (the highest matching tag), `tag`, `branch`; none: `HEAD`.
 */
export function fluxRefRevision(ref: JsonObject | undefined, tags: () => string[]): string {
  if (!ref) return 'HEAD';
  const s = (k: string) => (typeof ref[k] === 'string' ? (ref[k] as string) : '');
  if (s('commit')) return s('commit');
  if (s('name')) return s('name');
  if (s('semver')) {
    const t = pickTag(tags(), s('semver'));
    if (!t) throw new KustomizeError('GIT_REVISION_NOT_FOUND', `no tag matches the semver range '${s('semver')}'`, { field: ['spec', 'ref', 'semver'] });
    return t;
  }
  if (s('tag')) return s('tag');
  if (s('branch')) return s('branch');
  return 'HEAD';
}

/** A GitRepository object (source.toolkit.fluxcd.io), as `render` keeps them for Kustomizations. */
export interface FluxGitRepository {
  namespace: string;
  name: string;
  url: string;
  ref: JsonObject | undefined;
}

export function fluxGitRepository(o: JsonObject): FluxGitRepository | undefined {
  const md = isObject(o['metadata']) ? o['metadata'] : {};
  const spec = isObject(o['spec']) ? o['spec'] : {};
  if (typeof md['name'] !== 'string') return undefined;
  return {
    namespace: typeof md['namespace'] === 'string' ? md['namespace'] : '',
    name: md['name'],
    url: typeof spec['url'] === 'string' ? spec['url'] : '',
    ref: isObject(spec['ref']) ? spec['ref'] : undefined,
  };
}
