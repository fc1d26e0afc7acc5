/**
 * A read-only {@link FileSystem} over a commit of a local git repository: any branch, tag,
 * commit id or expression git understands (`HEAD`, `main~2`, `v1.0.0^{commit}`), read straight
 * from the object database by {@link GitObjectStore} — no checkout, no temporary directory.
 *
 * The tree is mounted at the repository's working-tree path (or `root`), so paths, messages and
 * load restrictions are those of a checkout. Entries are what git stores: regular and executable
 * files are files, `120000` entries are symbolic links (their blob is the target, resolved
 * inside the commit; a link leaving it reads as absent, a checkout cannot hold its target
 * either), submodules (`160000`) are empty directories, as in a checkout without
 * `--recurse-submodules`. File contents come with their blob id as {@link FileSystem.contentHash},
 * so a build's inputs are identified without hashing.
 */
import { isAscii } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { KustomizeError } from '../core/errors.js';
import type { FileSystem } from '../fs/filesystem.js';
import { isWithin, normalize } from '../fs/path.js';
import { GitObjectStore } from './git-objects.js';

export type GitEntryKind = 'file' | 'dir' | 'symlink';

interface TreeEntry {
  /** git's mode: 40000 (tree), 100644/100755 (blob), 120000 (symlink), 160000 (submodule). */
  mode: string;
  oid: string;
}

type Tree = Map<string, TreeEntry>;

const kindOfMode = (mode: string): GitEntryKind =>
  mode === '40000' || mode === '160000' ? 'dir' : mode === '120000' ? 'symlink' : 'file';

const EMPTY_TREE: Tree = new Map();

export interface GitRepositoryOptions {
  /** The git program (used to resolve revisions, list tags and remotes). Default `git`. */
  git?: string;
}

/** A path that changed between two trees, relative to the repository root. */
export interface ChangedPath {
  path: string;
  /** What it is on each side (undefined: absent). */
  before?: GitEntryKind;
  after?: GitEntryKind;
}

/**
 * A local git repository: resolves revisions (memoized) and opens {@link GitTreeFs} views of its
 * commits. Revisions are resolved by `git rev-parse` (one call per distinct revision); objects
 * are read in-process.
 */
export class GitRepository {
  /** The working-tree root (for a bare repository, its git directory). */
  readonly dir: string;
  readonly gitDir: string;
  readonly commonDir: string;
  readonly bare: boolean;
  readonly objects: GitObjectStore;
  private readonly git: string;
  private readonly revs = new Map<string, string>();
  private readonly trees = new Map<string, Tree>();
  private tagList: string[] | undefined;
  private remoteList: { name: string; url: string }[] | undefined;

  constructor(dir: string, options: GitRepositoryOptions = {}) {
    this.git = options.git ?? 'git';
    const abs = nodePath.resolve(dir);
    const found = findGitDir(abs);
    if (!found) throw new KustomizeError('GIT_NOT_A_REPOSITORY', `${abs} is not in a git repository`, { file: abs });
    this.gitDir = found.gitDir;
    this.bare = found.bare;
    this.dir = found.top;
    let common = this.gitDir;
    try {
      common = nodePath.resolve(this.gitDir, nodeFs.readFileSync(nodePath.join(this.gitDir, 'commondir'), 'utf8').trim());
    } catch {
      /* not a linked worktree */
    }
    this.commonDir = common;
    this.objects = new GitObjectStore(nodePath.join(this.commonDir, 'objects'));
  }

  private run(args: string[], cwd = this.dir): string {
    return execFileSync(this.git, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
      maxBuffer: 256 << 20,
    }).replace(/\n$/, '');
  }

  /**
   * The commit id a revision names. Names (`HEAD`, branches, tags, remote branches, full ids)
   * are looked up in the repository's refs as git does (refs/, refs/tags/, refs/heads/,
   * refs/remotes/, in that order; annotated tags peeled); anything else (`main~2`, `v1^{}`,
   * an abbreviated id) is asked of `git rev-parse`. Throws GIT_REVISION_NOT_FOUND.
   */
  resolve(rev: string): string {
    let oid = this.revs.get(rev);
    if (oid) return oid;
    if (rev === '' || rev.startsWith('-') || /[\0\n]/.test(rev)) {
      throw new KustomizeError('GIT_REVISION_NOT_FOUND', `'${rev}' is not a revision`);
    }
    oid = this.lookupName(rev);
    if (oid === undefined) {
      try {
        oid = this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).trim();
      } catch {
        oid = '';
      }
    } else oid = this.peel(oid, rev);
    if (!/^[0-9a-f]{40}$/.test(oid)) {
      throw new KustomizeError('GIT_REVISION_NOT_FOUND', `unknown revision '${rev}' in ${this.dir}`);
    }
    this.revs.set(rev, oid);
    return oid;
  }

  /** A full id, or the id a ref name points to; undefined when the name is not a plain ref. */
  private lookupName(rev: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(rev)) return this.objects.read(rev) ? rev : undefined;
    if (!/^[A-Za-z0-9._/-]+$/.test(rev) || rev.includes('..') || rev.endsWith('.lock') || rev.endsWith('/')) return undefined;
    for (const name of [rev, `refs/${rev}`, `refs/tags/${rev}`, `refs/heads/${rev}`, `refs/remotes/${rev}`, `refs/remotes/${rev}/HEAD`]) {
      const oid = this.readRef(name, 0);
      if (oid) return oid;
    }
    return undefined;
  }

  private packed: Map<string, string> | undefined;

  private packedRefs(): Map<string, string> {
    if (!this.packed) {
      this.packed = new Map();
      let text = '';
      try {
        text = nodeFs.readFileSync(nodePath.join(this.commonDir, 'packed-refs'), 'utf8');
      } catch {
        /* none */
      }
      for (const line of text.split('\n')) {
        const m = /^([0-9a-f]{40}) (\S+)$/.exec(line);
        if (m) this.packed.set(m[2]!, m[1]!);
      }
    }
    return this.packed;
  }

  /** A ref's target id (symbolic refs followed), from the loose ref files or packed-refs. */
  private readRef(name: string, depth: number): string | undefined {
    if (depth > 5) return undefined;
    // HEAD and other pseudo-refs belong to the worktree; refs/ are shared (refs/bisect etc. aside).
    const dirs = name.startsWith('refs/') ? [this.commonDir] : [this.gitDir];
    if (!name.startsWith('refs/') && !/^[A-Z_]+$/.test(name)) return undefined;
    for (const d of dirs) {
      let text: string;
      try {
        text = nodeFs.readFileSync(nodePath.join(d, name), 'utf8').trim();
      } catch {
        continue;
      }
      if (/^[0-9a-f]{40}$/.test(text)) return text;
      const m = /^ref: (\S+)$/.exec(text);
      if (m) return this.readRef(m[1]!, depth + 1);
      return undefined;
    }
    return this.packedRefs().get(name);
  }

  /** Follows annotated tags to the commit they name. */
  private peel(oid: string, rev: string): string {
    for (let i = 0; i < 10; i++) {
      const o = this.objects.read(oid);
      if (!o) throw new KustomizeError('GIT_OBJECT_CORRUPT', `'${rev}' names ${oid}, which is missing from ${this.commonDir}`);
      if (o.type === 'commit') return oid;
      if (o.type !== 'tag') throw new KustomizeError('GIT_REVISION_NOT_FOUND', `'${rev}' names a ${o.type}, not a commit`);
      const m = /^object ([0-9a-f]{40})$/m.exec(o.data.toString('latin1', 0, Math.min(o.data.length, 200)));
      if (!m) throw new KustomizeError('GIT_OBJECT_CORRUPT', `tag object ${oid} names no object`);
      oid = m[1]!;
    }
    throw new KustomizeError('GIT_REVISION_NOT_FOUND', `'${rev}': too many nested tags`);
  }

  /** The root tree of a commit. */
  treeOf(commit: string): string {
    const o = this.objects.read(commit);
    if (!o) throw new KustomizeError('GIT_OBJECT_CORRUPT', `commit ${commit} is missing from ${this.commonDir}`);
    if (o.type !== 'commit') throw new KustomizeError('GIT_OBJECT_CORRUPT', `${commit} is a ${o.type}, not a commit`);
    const m = /^tree ([0-9a-f]{40})$/m.exec(o.data.toString('latin1', 0, Math.min(o.data.length, 100)));
    if (!m) throw new KustomizeError('GIT_OBJECT_CORRUPT', `commit ${commit} has no tree`);
    return m[1]!;
  }

  /** A parsed tree object (memoized by id). */
  tree(oid: string): Tree {
    let t = this.trees.get(oid);
    if (t) return t;
    const o = this.objects.read(oid);
    if (!o) throw new KustomizeError('GIT_OBJECT_CORRUPT', `tree ${oid} is missing from ${this.commonDir}`);
    if (o.type !== 'tree') throw new KustomizeError('GIT_OBJECT_CORRUPT', `${oid} is a ${o.type}, not a tree`);
    t = parseTree(o.data, oid);
    this.trees.set(oid, t);
    return t;
  }

  /** A blob's bytes. */
  blob(oid: string): Buffer {
    const o = this.objects.read(oid);
    if (!o) throw new KustomizeError('GIT_OBJECT_CORRUPT', `blob ${oid} is missing from ${this.commonDir}`);
    if (o.type !== 'blob') throw new KustomizeError('GIT_OBJECT_CORRUPT', `${oid} is a ${o.type}, not a blob`);
    return o.data;
  }

  /** A read-only filesystem over the commit `rev` names, mounted at `root` (default: {@link dir}). */
  at(rev: string, options: { root?: string } = {}): GitTreeFs {
    const commit = this.resolve(rev);
    return new GitTreeFs(this, commit, options.root ?? this.dir);
  }

  /** Tag names (`v1.0.0`, ...), as `git tag` lists them (loose and packed refs). */
  tags(): string[] {
    if (!this.tagList) {
      const names = new Set<string>();
      const walk = (d: string, prefix: string): void => {
        let entries: nodeFs.Dirent[];
        try {
          entries = nodeFs.readdirSync(d, { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries) {
          if (e.isDirectory()) walk(nodePath.join(d, e.name), `${prefix}${e.name}/`);
          else if (!e.name.endsWith('.lock')) names.add(prefix + e.name);
        }
      };
      walk(nodePath.join(this.commonDir, 'refs', 'tags'), '');
      for (const ref of this.packedRefs().keys()) if (ref.startsWith('refs/tags/')) names.add(ref.slice('refs/tags/'.length));
      this.tagList = [...names].sort();
    }
    return this.tagList;
  }

  /** The configured remotes and their URLs (`remote.<name>.url` of the repository's config). */
  remotes(): { name: string; url: string }[] {
    if (!this.remoteList) {
      let text = '';
      try {
        text = nodeFs.readFileSync(nodePath.join(this.commonDir, 'config'), 'utf8');
      } catch {
        /* no config */
      }
      const list: { name: string; url: string }[] = [];
      let remote: string | undefined;
      for (const raw of text.split('\n')) {
        const line = raw.trim();
        const sec = /^\[\s*remote\s+"((?:[^"\\]|\\.)*)"\s*\]$/.exec(line);
        if (sec) remote = sec[1]!.replace(/\\(.)/g, '$1');
        else if (line.startsWith('[')) remote = undefined;
        else if (remote !== undefined) {
          const kv = /^url\s*=\s*(.*)$/i.exec(line);
          if (kv) list.push({ name: remote, url: kv[1]!.replace(/^"(.*)"$/, '$1').trim() });
        }
      }
      this.remoteList = list;
    }
    return this.remoteList;
  }

  /**
   * Paths that differ between two commits (or trees), relative to the repository root: a
   * subtree whose id is the same on both sides is not descended into; a directory that appears
   * or disappears is reported once, as itself.
   */
  changedPaths(a: string, b: string): ChangedPath[] {
    const ta = this.isCommit(a) ? this.treeOf(a) : a;
    const tb = this.isCommit(b) ? this.treeOf(b) : b;
    const out: ChangedPath[] = [];
    const walk = (x: Tree, y: Tree, prefix: string): void => {
      for (const [name, ex] of x) {
        const ey = y.get(name);
        const p = prefix + name;
        if (!ey) out.push({ path: p, before: kindOfMode(ex.mode) });
        else if (ex.oid !== ey.oid || ex.mode !== ey.mode) {
          if (ex.mode === '40000' && ey.mode === '40000') walk(this.tree(ex.oid), this.tree(ey.oid), p + '/');
          else out.push({ path: p, before: kindOfMode(ex.mode), after: kindOfMode(ey.mode) });
        }
      }
      for (const [name, ey] of y) if (!x.has(name)) out.push({ path: prefix + name, after: kindOfMode(ey.mode) });
    };
    if (ta !== tb) walk(this.tree(ta), this.tree(tb), '');
    return out;
  }

  private isCommit(oid: string): boolean {
    return this.objects.read(oid)?.type === 'commit';
  }

  /** Closes the object database's files. */
  close(): void {
    this.objects.close();
  }
}

function firstLine(e: unknown): string {
  const err = e as { stderr?: string; message?: string };
  return (err.stderr || err.message || String(e)).trim().split('\n')[0] ?? '';
}

function parseTree(data: Buffer, oid: string): Tree {
  const t: Tree = new Map();
  let i = 0;
  while (i < data.length) {
    const sp = data.indexOf(0x20, i);
    const nul = sp < 0 ? -1 : data.indexOf(0, sp);
    if (sp < 0 || nul < 0 || nul + 21 > data.length) throw new KustomizeError('GIT_OBJECT_CORRUPT', `tree ${oid} is corrupt`);
    const mode = data.toString('latin1', i, sp);
    const name = data.toString('utf8', sp + 1, nul);
    t.set(name, { mode, oid: data.toString('hex', nul + 1, nul + 21) });
    i = nul + 21;
  }
  return t;
}

/** What a path resolves to inside the commit. */
interface Resolved {
  /** The path with symlinks resolved. */
  real: string;
  entry: TreeEntry | undefined; // undefined: the mount root
  tree?: Tree;
}

/** The read-only view of one commit. See the module comment. */
export class GitTreeFs implements FileSystem {
  readonly root: string;
  private readonly rootTree: Tree;
  /** Resolutions by path and mode (the commit never changes). */
  private readonly resolved = [new Map<string, Resolved | null>(), new Map<string, Resolved | null>()];

  constructor(
    readonly repo: GitRepository,
    /** The commit id. */
    readonly commit: string,
    root: string,
  ) {
    this.root = normalize(root);
    this.rootTree = repo.tree(repo.treeOf(commit));
  }

  /**
   * Resolves `path`: symlinks on the way are followed (the last one only with `followLast`).
   * Undefined when the path does not exist in the commit (or a link leaves it).
   */
  private resolvePath(path: string, followLast: boolean): Resolved | undefined {
    const memo = this.resolved[followLast ? 1 : 0]!;
    const hit = memo.get(path);
    if (hit !== undefined) return hit ?? undefined;
    if (memo.size > 200_000) memo.clear();
    const r = this.resolveUncached(path, followLast);
    memo.set(path, r ?? null);
    return r;
  }

  private resolveUncached(path: string, followLast: boolean): Resolved | undefined {
    let p = normalize(path);
    for (let hops = 0; hops <= 40; hops++) {
      if (!isWithin(this.root, p)) return undefined;
      const rel = p === this.root ? '' : p.slice(this.root === '/' ? 1 : this.root.length + 1);
      const segs = rel ? rel.split('/') : [];
      let tree = this.rootTree;
      let cur = this.root;
      let entry: TreeEntry | undefined;
      let restart: string | undefined;
      for (let i = 0; i < segs.length; i++) {
        const name = segs[i]!;
        const e = tree.get(name);
        if (!e) return undefined;
        const last = i === segs.length - 1;
        if (e.mode === '120000' && (!last || followLast)) {
          const target = this.repo.blob(e.oid).toString('utf8');
          const base = target.startsWith('/') ? target : `${cur}/${target}`;
          restart = normalize([base, ...segs.slice(i + 1)].join('/'));
          break;
        }
        cur = cur === '/' ? `/${name}` : `${cur}/${name}`;
        entry = e;
        if (e.mode === '40000') tree = this.repo.tree(e.oid);
        else if (e.mode === '160000') tree = EMPTY_TREE;
        else if (!last) return undefined;
      }
      if (restart === undefined) {
        const isTree = !entry || entry.mode === '40000' || entry.mode === '160000';
        return isTree ? { real: cur, entry, tree } : { real: cur, entry };
      }
      p = restart;
    }
    return undefined; // a symlink loop
  }

  readFile(path: string): string | Uint8Array | undefined {
    const r = this.resolvePath(path, true);
    if (!r?.entry || r.tree) return undefined;
    const data = this.repo.blob(r.entry.oid);
    return isAscii(data) ? data.toString('latin1') : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }

  /** The blob id of a file: git's own content hash. */
  contentHash(path: string): string | undefined {
    const r = this.resolvePath(path, true);
    return r?.entry && !r.tree ? r.entry.oid : undefined;
  }

  exists(path: string): boolean {
    return this.resolvePath(path, true) !== undefined;
  }

  isDir(path: string): boolean {
    return this.resolvePath(path, true)?.tree !== undefined;
  }

  readDir(path: string): string[] {
    const t = this.resolvePath(path, true)?.tree;
    return t ? [...t.keys()] : [];
  }

  lstat(path: string): GitEntryKind | undefined {
    const r = this.resolvePath(path, false);
    if (!r) return undefined;
    return r.entry ? kindOfMode(r.entry.mode) : 'dir';
  }

  readDirKinds(path: string): { name: string; kind: GitEntryKind }[] | undefined {
    const t = this.resolvePath(path, true)?.tree;
    if (!t) return undefined;
    return [...t].map(([name, e]) => ({ name, kind: kindOfMode(e.mode) }));
  }

  private readonly reals = new Map<string, string>();

  realPath(path: string): string {
    let v = this.reals.get(path);
    if (v === undefined) {
      if (this.reals.size > 200_000) this.reals.clear();
      v = this.realPathUncached(path);
      this.reals.set(path, v);
    }
    return v;
  }

  private realPathUncached(path: string): string {
    const p = normalize(path);
    const r = this.resolvePath(p, true);
    if (r) return r.real;
    // Like filepath.EvalSymlinks on the longest existing prefix: resolve it, keep the rest.
    const i = p.lastIndexOf('/');
    if (i <= 0 || !isWithin(this.root, p) || p === this.root) return p;
    const parent = this.realPath(p.slice(0, i));
    return (parent === '/' ? '' : parent) + p.slice(i);
  }

  /** The tree id of a directory (to compare subtrees between commits), or undefined. */
  treeId(path: string): string | undefined {
    const r = this.resolvePath(path, true);
    if (!r?.tree) return undefined;
    return r.entry ? r.entry.oid : this.repo.treeOf(this.commit);
  }
}

/**
 * The git directory of the repository holding `dir`, as git discovers it: the nearest `.git`
 * directory or `.git` file (`gitdir: ...`, a linked worktree or submodule) upward, or `dir`
 * itself when it is a bare repository.
 */
export function findGitDir(dir: string): { gitDir: string; top: string; bare: boolean } | undefined {
  let d = nodePath.resolve(dir);
  for (;;) {
    const dotGit = nodePath.join(d, '.git');
    let st: nodeFs.Stats | undefined;
    try {
      st = nodeFs.statSync(dotGit);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) return { gitDir: dotGit, top: d, bare: false };
    if (st?.isFile()) {
      const m = /^gitdir: (.*)$/m.exec(nodeFs.readFileSync(dotGit, 'utf8'));
      if (m) return { gitDir: nodePath.resolve(d, m[1]!.trim()), top: d, bare: false };
    }
    if (nodeFs.existsSync(nodePath.join(d, 'HEAD')) && nodeFs.existsSync(nodePath.join(d, 'objects')) && nodeFs.existsSync(nodePath.join(d, 'refs'))) {
      return { gitDir: d, top: d, bare: true };
    }
    const parent = nodePath.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}
