/**
 * The git repository as the GitOps renderer sees it ({@link RepoRevisions}): every revision a
 * {@link GitTreeFs} (read from the object database), plus the working tree (`WORKTREE`) as a
 * disk filesystem whose files carry git blob ids, so the build inputs of a commit and of the
 * working tree compare directly. `preview` and `render --revisions` use it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { preview, type PreviewOptions, type PreviewReport } from '../gitops/preview.js';
import type { FileSystem } from '../fs/filesystem.js';
import { sameRepoUrl, type RepoRevisions, type RevisionTree } from '../gitops/sources.js';
import { GitRepository, type GitRepositoryOptions } from './git-fs.js';
import { NodeFs } from './index.js';

/** The revision name that means the working tree (uncommitted changes included). */
export const WORKTREE = 'WORKTREE';

/** The disk, with git blob ids as content hashes (for comparisons with commits). */
export function workTreeFs(): FileSystem {
  const disk = new NodeFs();
  const fs: FileSystem = {
    readFile: (p) => disk.readFile(p),
    exists: (p) => disk.exists(p),
    isDir: (p) => disk.isDir(p),
    readDir: (p) => disk.readDir(p),
    realPath: (p) => disk.realPath(p),
    lstat: (p) => disk.lstat(p),
    readDirKinds: (p) => disk.readDirKinds(p),
    contentHash(path: string): string | undefined {
      let bytes: Buffer;
      try {
        bytes = nodeFs.readFileSync(path);
      } catch {
        return undefined;
      }
      return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    },
  };
  return fs;
}

export interface RepoRevisionsOptions extends GitRepositoryOptions {
  /** URLs that name this repository besides its remotes' (an Application's repoURL is compared with both). */
  repoUrls?: string[];
}

export interface NodeRepoRevisions extends RepoRevisions {
  readonly git: GitRepository;
  close(): void;
}

/** Opens the repository holding `dir` for revision-aware rendering. */
export function openRepoRevisions(dir: string, options: RepoRevisionsOptions = {}): NodeRepoRevisions {
  const git = new GitRepository(dir, options);
  const trees = new Map<string, RevisionTree>();
  const urls = [...(options.repoUrls ?? [])];
  let worktree: RevisionTree | undefined;
  const run = (args: string[]): string =>
    execFileSync(options.git ?? 'git', args, { cwd: git.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 << 20 });
  return {
    git,
    root: git.dir,
    isThisRepo(url: string): boolean {
      return urls.some((u) => sameRepoUrl(u, url)) || git.remotes().some((r) => sameRepoUrl(r.url, url));
    },
    open(rev: string): RevisionTree {
      if (rev === WORKTREE) {
        worktree ??= { fs: workTreeFs(), id: WORKTREE, label: 'working tree' };
        return worktree;
      }
      let t = trees.get(rev);
      if (t) return t;
      const commit = git.resolve(rev);
      t = [...trees.values()].find((x) => x.id === commit);
      t = { fs: t?.fs ?? git.at(commit), id: commit, label: rev };
      trees.set(rev, t);
      return t;
    },
    tags: () => git.tags(),
    changedPaths(a: RevisionTree, b: RevisionTree): string[] | undefined {
      if (a.id === b.id) return [];
      if (a.id !== WORKTREE && b.id !== WORKTREE) return git.changedPaths(a.id, b.id).map((c) => c.path);
      const commit = a.id === WORKTREE ? b.id : a.id;
      try {
        // Tracked files that differ from the commit, and everything untracked (ignored too: a
        // build reads what is on disk), untracked directories as one entry.
        const tracked = run(['diff', '--name-only', '-z', '--no-renames', commit, '--']).split('\0');
        const untracked = run(['ls-files', '--others', '--directory', '-z']).split('\0');
        return [...tracked, ...untracked].filter(Boolean).map((p) => p.replace(/\/$/, ''));
      } catch {
        return undefined;
      }
    },
    filesContaining(tree: RevisionTree, words: string[]): string[] | undefined {
      if (tree.id === WORKTREE) return undefined;
      try {
        const out = execFileSync(options.git ?? 'git', ['grep', '-l', '-z', '-I', '-F', ...words.flatMap((w) => ['-e', w]), tree.id, '--'], {
          cwd: git.dir,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          maxBuffer: 256 << 20,
        });
        return out.split('\0').filter(Boolean).map((x) => x.slice(tree.id.length + 1));
      } catch (e) {
        // git grep exits 1 when nothing matches
        return (e as { status?: number }).status === 1 ? [] : undefined;
      }
    },
    close: () => git.close(),
  };
}

export interface PreviewRepoOptions extends Omit<PreviewOptions, 'repo' | 'head' | 'base'>, RepoRevisionsOptions {
  base: string;
  /** Default: the working tree. */
  head?: string;
}

/**
 * `preview` of the repository holding `dir`: what changes from `base` to `head` (default: the
 * working tree) deploy. Branches tracked by default: `base` when it names a branch (local, or
 * `origin/<branch>`).
 */
export function previewRepo(dir: string, options: PreviewRepoOptions): PreviewReport {
  const repo = openRepoRevisions(dir, options);
  try {
    const head = options.head ?? WORKTREE;
    let tracked = options.trackedBranches;
    if (!tracked) {
      const m = /^(?:refs\/heads\/|refs\/remotes\/[^/]+\/|origin\/)?(.+)$/.exec(options.base)!;
      const name = m[1]!;
      tracked = isBranch(repo.git, options.base) || isBranch(repo.git, name) ? [name] : [];
    }
    return preview({ ...options, repo, head, trackedBranches: tracked });
  } finally {
    repo.close();
  }
}

function isBranch(git: GitRepository, name: string): boolean {
  for (const ref of [`refs/heads/${name}`, name.startsWith('refs/') ? name : `refs/remotes/${name}`]) {
    try {
      git.resolve(ref);
      return true;
    } catch {
      /* not this one */
    }
  }
  return false;
}
