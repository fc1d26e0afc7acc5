/**
 * `preview`: what a change deploys, in every environment. Both revisions are searched for Argo
 * CD Applications, ApplicationSets and Flux Kustomizations (or, in a repository with none, every
 * kustomization directory is one "application"); each is rendered as its controller would —
 * sources at their own revisions, app-of-apps followed — on each side, and the two renderings are
 * compared resource by resource.
 *
 * Revisions: a `targetRevision` (or Flux ref) naming a *tracked* branch (the branch the change
 * lands on; `HEAD` and an empty revision too) is read at the side being previewed: the base
 * revision on the base side, the head on the head side. Any other revision (a tag, another
 * branch, a commit) is the same on both sides.
 *
 * Work avoided (each step is sound: it only ever skips a build whose output is known):
 * 1. same definition at the same trees on both sides → unchanged, nothing built;
 * 2. same definition, different trees, but no path the application can read changed between
 *    them (its kustomization files are walked for every path they name: a conservative
 *    superset of what the build reads) → unchanged, nothing built;
 * 3. otherwise the base side is built; when the head tree answers every question that build
 *    asked alike (its {@link BuildInputs}: files by content hash, listings, existence, real
 *    paths) → unchanged, built once;
 * 4. otherwise both sides are built and compared.
 * `shortcuts: false` builds everything on both sides (the tests check both ways agree).
 */
import { isKustomizeError, type KustomizeError } from '../core/errors.js';
import { isObject, type Json, type JsonObject } from '../core/json.js';
import type { FileSystem } from '../fs/filesystem.js';
import { inputsMatch } from '../fs/inputs.js';
import { normalize, relative, resolve } from '../fs/path.js';
import { KUSTOMIZATION_FILE_NAMES } from '../load/kustomization.js';
import type { BuildOptions } from '../options.js';
import { build } from '../build.js';
import { parseGroupVersion } from '../resource/resid.js';
import { emitDocument } from '../yaml/emit.js';
import { parseResourceDocuments } from '../yaml/parse.js';
import { expandApplicationSet } from './appset.js';
import { unifiedDiff } from './diff.js';
import { gitopsKind, renderOne, type RenderedObject, type RenderOptions } from './render.js';
import { fluxGitRepository, fluxRefRevision, type FluxGitRepository, type RepoRevisions, type RevisionTree } from './sources.js';

export interface PreviewOptions {
  repo: RepoRevisions;
  /** The base revision (e.g. the pull request's target branch). */
  base: string;
  /** The head revision. */
  head: string;
  /** Branches the change lands on: a targetRevision naming one is read at each side. Default: `base` when it is a branch name. */
  trackedBranches?: string[];
  /** Build options (e.g. load restrictions), as for `render`. */
  buildOptions?: BuildOptions;
  /** Apply Argo CD's destination namespace (default true). */
  destinationNamespace?: boolean;
  /** Values for Flux substituteFrom. */
  substitute?: Record<string, string>;
  /** Show Secret values (default: masked). */
  showSecrets?: boolean;
  /** Skip builds whose output is known (default true). */
  shortcuts?: boolean;
  /** How deep app-of-apps are followed (default 10). */
  maxDepth?: number;
  /** Context lines of each resource diff (default 3). */
  context?: number;
}

export interface ResourceRef {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
}

export interface ChangedResource extends ResourceRef {
  /** The base side's name when the resource was renamed (a generated name's hash suffix). */
  from?: string;
  /** Unified diff, base → head, of the resource's YAML (Secret values masked unless asked). */
  diff: string;
}

export type AppStatus = 'changed' | 'added' | 'removed' | 'unchanged' | 'skipped' | 'error';

export interface AppChange {
  /** Unique key: kind/namespace/name. */
  key: string;
  kind: 'Application' | 'Kustomization' | 'Directory';
  name: string;
  namespace: string;
  status: AppStatus;
  /** Directories built, relative to the repository root. */
  paths: string[];
  /** The revision each side read the sources at (as the object names it; tree ids in `trees`). */
  revisions: { base?: string; head?: string };
  trees: { base?: string; head?: string };
  /** How an unchanged or skipped status was decided. */
  reason?: string;
  added: ResourceRef[];
  removed: ResourceRef[];
  changed: ChangedResource[];
  /** Resources identical on both sides (count). */
  unchanged: number;
  /** A side that failed to render. */
  errors: { side: 'base' | 'head'; code: string; message: string }[];
}

export interface PreviewReport {
  base: { revision: string; id: string };
  head: { revision: string; id: string };
  apps: AppChange[];
  summary: Record<AppStatus, number>;
  /** How much work was avoided: builds run, and applications decided without building one or both sides. */
  stats: { builds: number; sameDefinition: number; noPathChanged: number; sameInputs: number };
  warnings: string[];
}

const WORK = ['argoproj.io', 'fluxcd.io'];

interface Entry {
  key: string;
  kind: 'Application' | 'Kustomization' | 'Directory';
  name: string;
  namespace: string;
  object: JsonObject;
  depth: number;
  /** Signature of what is rendered: definition + tree ids (equal signature, equal output). */
  sig?: string;
  /** The definition without tree ids. */
  def?: string;
  /** Trees the sources are read at (source order). */
  trees: RevisionTree[];
  revisions: string[];
  error?: KustomizeError;
  /** Why it is not rendered (its sources are in other repositories). */
  skip?: string;
}

interface SideState {
  name: 'base' | 'head';
  tree: RevisionTree;
  repo: RepoRevisions;
  entries: Map<string, Entry>;
  gitRepos: FluxGitRepository[];
}

const str = (v: Json | undefined): string => (typeof v === 'string' ? v : '');

/** Compares what `base` and `head` deploy. Errors of single applications are reported in the result; only bad options throw. */
export function preview(opts: PreviewOptions): PreviewReport {
  const repo = opts.repo;
  const root = normalize(repo.root);
  const shortcuts = opts.shortcuts !== false;
  const maxDepth = opts.maxDepth ?? 10;
  const tracked = opts.trackedBranches ?? [];
  const warnings: string[] = [];
  const stats = { builds: 0, sameDefinition: 0, noPathChanged: 0, sameInputs: 0 };
  const baseTree = repo.open(opts.base);
  const headTree = repo.open(opts.head);

  const isTracked = (rev: string): boolean => {
    if (rev === '' || rev === 'HEAD') return true;
    return tracked.some((b) => rev === b || rev === `refs/heads/${b}` || rev === `origin/${b}` || rev === `refs/remotes/origin/${b}`);
  };
  const sideRepo = (tree: RevisionTree): RepoRevisions => ({
    root: repo.root,
    isThisRepo: (u) => repo.isThisRepo(u),
    open: (rev) => (isTracked(rev) ? tree : repo.open(rev)),
    tags: () => repo.tags(),
  });

  // --- discovery -------------------------------------------------------------------------------
  const docsByContent = new Map<string, JsonObject[]>();
  const walkCaches: WalkCaches = { gitopsByHash: new Map(), dirs: new WeakMap(), parsed: new Map(), gitopsFiles: new WeakMap() };
  const scan = (tree: RevisionTree): { objects: { o: JsonObject; file: string }[]; kustomizations: string[] } => {
    const objects: { o: JsonObject; file: string }[] = [];
    const kustomizations: string[] = [];
    const fs = tree.fs;
    const hits = repo.filesContaining?.(tree, WORK);
    if (hits) walkCaches.gitopsFiles.set(fs, new Set(hits));
    const wanted = hits ? new Set(hits) : undefined;
    const walk = (d: string) => {
      const names = [...fs.readDir(d)].sort();
      for (const name of names) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const p = d === '/' ? `/${name}` : `${d}/${name}`;
        if (fs.isDir(p)) {
          walk(p);
          continue;
        }
        if ((KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(name)) kustomizations.push(d);
        if (!/\.(ya?ml|json)$/.test(name)) continue;
        if (wanted && !wanted.has(p.slice(root === '/' ? 1 : root.length + 1))) continue;
        const h = fs.contentHash?.(p);
        let docs = h ? docsByContent.get(h) : undefined;
        if (!docs) {
          docs = [];
          const c = fs.readFile(p);
          const text = typeof c === 'string' ? c : c ? new TextDecoder().decode(c) : '';
          if (WORK.some((w) => text.includes(w))) {
            try {
              docs = parseResourceDocuments(text, p)
                .map((x) => x.value)
                .filter((x): x is JsonObject => isObject(x) && gitopsKind(x) !== '');
            } catch (e) {
              warnings.push(`${relative(root, p)}: not read (${isKustomizeError(e) ? e.message : String(e)})`);
            }
          }
          if (h) {
            docsByContent.set(h, docs);
            walkCaches.gitopsByHash.set(h, docs.length > 0);
          }
        }
        for (const o of docs) objects.push({ o, file: relative(root, p) });
      }
    };
    walk(root);
    return { objects, kustomizations };
  };

  // --- rendering, shared by both sides (same signature → same output) --------------------------
  const renders = new Map<string, RenderedObject | KustomizeError>();
  const renderOpts = (side: SideState): RenderOptions => ({
    repoRoot: root,
    repo: side.repo,
    buildOptions: opts.buildOptions,
    substitute: opts.substitute,
    destinationNamespace: opts.destinationNamespace,
    gitRepositories: side.gitRepos,
  });
  const render = (side: SideState, e: Entry): RenderedObject | KustomizeError => {
    const k = e.sig ?? `${side.name}:${e.key}`;
    let r = renders.get(k);
    if (r) return r;
    try {
      stats.builds++;
      if (e.kind === 'Directory') {
        const dir = resolve(root, e.name);
        const options = { ...opts.buildOptions };
        const b = build(e.trees[0]!.fs, dir, options);
        r = {
          kind: 'Kustomization',
          apiVersion: '',
          name: e.name,
          namespace: '',
          paths: [e.name],
          sources: [{ path: e.name, revision: e.revisions[0]!, tree: e.trees[0], options, inputs: b.inputs }],
          depth: 0,
          object: e.object,
          resources: b.resources,
          yaml: b.yaml,
          warnings: b.warnings,
        };
      } else r = renderOne(side.tree.fs, e.object, e.kind, renderOpts(side));
    } catch (err) {
      if (!isKustomizeError(err)) throw err;
      r = err;
    }
    renders.set(k, r);
    return r;
  };

  /** Resolves where an entry's sources are read (its signature), or records its error. */
  const plan = (side: SideState, e: Entry): void => {
    try {
      const spec = isObject(e.object['spec']) ? e.object['spec'] : {};
      const trees: RevisionTree[] = [];
      const revisions: string[] = [];
      let def: Json;
      if (e.kind === 'Directory') {
        trees.push(side.tree);
        revisions.push(side.tree.label);
        def = ['dir', e.name];
      } else if (e.kind === 'Application') {
        const sources = Array.isArray(spec['sources']) && spec['sources'].length ? spec['sources'] : [spec['source']];
        const cleaned: Json[] = [];
        for (const s of sources) {
          if (!isObject(s)) continue;
          const url = str(s['repoURL']);
          const { targetRevision: rev, ...rest } = s;
          cleaned.push(rest);
          if (s['path'] === undefined || (url && !repo.isThisRepo(url))) continue;
          trees.push(side.repo.open(str(rev) || 'HEAD'));
          revisions.push(str(rev) || 'HEAD');
        }
        def = ['app', cleaned, isObject(spec['destination']) ? str(spec['destination']['namespace']) : ''];
        if (!trees.length) {
          const urls = sources.filter(isObject).map((s) => str(s['repoURL'])).filter((u) => u && !repo.isThisRepo(u));
          if (urls.length) e.skip = `its sources are in another repository (${urls.join(', ')})`;
        }
      } else {
        const ref = isObject(spec['sourceRef']) ? spec['sourceRef'] : {};
        const md = isObject(e.object['metadata']) ? e.object['metadata'] : {};
        const ns = str(ref['namespace']) || str(md['namespace']);
        const gr = side.gitRepos.find((g) => g.name === str(ref['name']) && (g.namespace || ns) === ns);
        let rev = 'HEAD';
        if (gr) rev = gr.url && !repo.isThisRepo(gr.url) ? '' : fluxRefRevision(gr.ref, () => repo.tags());
        if (rev) {
          trees.push(side.repo.open(rev));
          revisions.push(rev);
        } else e.skip = `its GitRepository is another repository (${gr!.url})`;
        def = ['flux', spec, gr ? gr.url : ''];
      }
      e.trees = trees;
      e.revisions = revisions;
      e.def = JSON.stringify([e.kind, def]);
      e.sig = JSON.stringify([e.def, trees.map((t) => t.id)]);
    } catch (err) {
      if (!isKustomizeError(err)) throw err;
      e.error = err;
    }
  };

  const depsCache = new Map<string, Deps>();
  const deps = (e: Entry): Deps => {
    const k = e.sig!;
    let d = depsCache.get(k);
    if (!d) {
      d = { prefixes: new Set(), gitops: false, ok: true };
      const paths = entryPaths(e);
      e.trees.forEach((t, i) => {
        const p = paths[i];
        if (p === undefined) d!.ok = false;
        else walkDeps(t, root, resolve(root, p), d!, extraPaths(e), walkCaches);
      });
      depsCache.set(k, d);
    }
    return d;
  };

  const changedCache = new Map<string, string[] | undefined>();
  const changedBetween = (a: RevisionTree, b: RevisionTree): string[] | undefined => {
    const k = `${a.id}\0${b.id}`;
    if (!changedCache.has(k)) changedCache.set(k, repo.changedPaths?.(a, b));
    return changedCache.get(k);
  };
  /** Same definition, and nothing `a` may read differs between its trees and `b`'s. */
  const unaffected = (a: Entry, b: Entry): boolean => {
    if (a.def !== b.def || a.trees.length !== b.trees.length || a.error || b.error) return false;
    const d = deps(a);
    if (!d.ok) return false;
    for (let i = 0; i < a.trees.length; i++) {
      if (a.trees[i]!.id === b.trees[i]!.id) continue;
      const changed = changedBetween(a.trees[i]!, b.trees[i]!);
      if (!changed || changed.some((c) => intersects(d.prefixes, c))) return false;
    }
    return true;
  };

  const evaluate = (side: SideState): void => {
    const { objects, kustomizations } = scan(side.tree);
    const queue: Entry[] = [];
    const add = (o: JsonObject, depth: number, parent: string | undefined): void => {
      const kind = gitopsKind(o);
      if (kind === 'GitRepository') {
        const g = fluxGitRepository(o);
        if (g && !side.gitRepos.some((x) => x.name === g.name && x.namespace === g.namespace)) side.gitRepos.push(g);
        return;
      }
      if (!kind) return;
      if (kind === 'ApplicationSet') {
        try {
          for (const a of expandApplicationSet(o, { fs: side.tree.fs, repoRoot: root, repo: side.repo })) add(a, depth, parent);
        } catch (err) {
          if (!isKustomizeError(err)) throw err;
          const md = isObject(o['metadata']) ? o['metadata'] : {};
          const e = newEntry(o, depth);
          e.error = err;
          e.key = `ApplicationSet/${str(md['namespace'])}/${str(md['name'])}`;
          side.entries.set(e.key, e);
        }
        return;
      }
      const e = newEntry(o, depth);
      const prev = side.entries.get(e.key);
      // What a parent deploys wins over a file found by the scan (that is what the cluster sees).
      if (prev && (depth === 0 || prev.depth > 0)) {
        if (depth > 0 && prev.depth > 0 && parent) warnings.push(`${side.name}: ${e.key} is deployed by more than one parent (or a cycle); kept once`);
        return;
      }
      side.entries.set(e.key, e);
      queue.push(e);
    };
    for (const { o } of objects) if (gitopsKind(o) === 'GitRepository') add(o, 0, undefined);
    for (const { o } of objects) add(o, 0, undefined);
    if (objects.length === 0) {
      for (const d of kustomizations) {
        if (isComponent(side.tree.fs, d)) continue;
        const rel = relative(root, d);
        const e: Entry = { key: `Directory//${rel}`, kind: 'Directory', name: rel, namespace: '', object: {}, depth: 0, trees: [], revisions: [] };
        side.entries.set(e.key, e);
        queue.push(e);
      }
    }
    while (queue.length) {
      const e = queue.shift()!;
      if (side.entries.get(e.key) !== e) continue; // replaced by a parent's version
      plan(side, e);
      if (e.error || e.kind === 'Directory' || e.depth >= maxDepth) continue;
      // The base side's twin, when nothing it reads changed: same output, same children.
      const twin = side.name === 'head' && shortcuts ? base.entries.get(e.key) : undefined;
      const src = twin && !twin.skip && (twin.sig === e.sig || unaffected(twin, e)) ? twin : e;
      // A possible parent (its resources name GitOps objects) is rendered now, for its children.
      if (shortcuts && !deps(src).gitops && deps(src).ok) continue;
      if (src !== e && renders.has(src.sig!)) renders.set(e.sig!, renders.get(src.sig!)!);
      const r = render(side, e);
      if (isKustomizeError(r)) continue;
      for (const child of r.resources) add(child, e.depth + 1, e.key);
    }
  };


  const base: SideState = { name: 'base', tree: baseTree, repo: sideRepo(baseTree), entries: new Map(), gitRepos: [] };
  const head: SideState = { name: 'head', tree: headTree, repo: sideRepo(headTree), entries: new Map(), gitRepos: [] };
  evaluate(base);
  evaluate(head);

  // --- comparison -------------------------------------------------------------------------------

  const keys = [...new Set([...base.entries.keys(), ...head.entries.keys()])].sort();
  const apps: AppChange[] = [];
  for (const key of keys) {
    const a = base.entries.get(key);
    const b = head.entries.get(key);
    const any = (a ?? b)!;
    const change: AppChange = {
      key,
      kind: any.kind,
      name: any.name,
      namespace: any.namespace,
      status: 'unchanged',
      paths: [],
      revisions: {},
      trees: {},
      added: [],
      removed: [],
      changed: [],
      unchanged: 0,
      errors: [],
    };
    if (a) {
      change.revisions.base = a.revisions.join(', ');
      change.trees.base = a.trees.map((t) => t.id).join(', ');
    }
    if (b) {
      change.revisions.head = b.revisions.join(', ');
      change.trees.head = b.trees.map((t) => t.id).join(', ');
    }
    apps.push(change);
    const fail = (side: 'base' | 'head', err: KustomizeError) =>
      change.errors.push({ side, code: err.code, message: err.message });
    if (a?.error) fail('base', a.error);
    if (b?.error) fail('head', b.error);
    if (change.errors.length) {
      change.status = 'error';
      continue;
    }
    if ((a ?? b)!.skip && (!a || !b || a.skip)) {
      change.status = 'skipped';
      change.reason = (b ?? a)!.skip;
      continue;
    }
    if (a && b && shortcuts && a.sig === b.sig) {
      stats.sameDefinition++;
      change.reason = 'same definition at the same revision';
      change.paths = entryPaths(a).filter((p): p is string => p !== undefined);
      continue;
    }
    if (a && b && shortcuts && unaffected(a, b)) {
      stats.noPathChanged++;
      change.reason = 'no file it reads changed';
      change.paths = entryPaths(a).filter((p): p is string => p !== undefined);
      continue;
    }
    const ra = a ? render(base, a) : undefined;
    if (ra && isKustomizeError(ra)) fail('base', ra);
    if (ra && !isKustomizeError(ra) && b && shortcuts && a!.def === b.def && ra.sources.length === b.trees.length && ra.sources.length > 0) {
      const same = ra.sources.every((s, i) => s.tree && inputsMatch(s.inputs, b.trees[i]!.fs) && s.tree.id !== undefined);
      if (same && !ra.skipped?.length) {
        stats.sameInputs++;
        change.reason = 'every input the base build read is the same';
        change.paths = ra.paths;
        change.unchanged = ra.resources.length;
        continue;
      }
    }
    const rb = b ? render(head, b) : undefined;
    if (rb && isKustomizeError(rb)) fail('head', rb);
    if (change.errors.length) {
      change.status = 'error';
      continue;
    }
    const oa = ra as RenderedObject | undefined;
    const ob = rb as RenderedObject | undefined;
    change.paths = (ob ?? oa)!.paths;
    const skipped = (ob ?? oa)!.skipped;
    if (skipped?.length && !(ob ?? oa)!.sources.length) {
      change.status = 'skipped';
      change.reason = skipped.join('; ');
      continue;
    }
    const d = compareResources(oa?.resources ?? [], ob?.resources ?? [], opts, change.key);
    Object.assign(change, d);
    change.status = !a ? 'added' : !b ? 'removed' : d.added.length + d.removed.length + d.changed.length ? 'changed' : 'unchanged';
    if (change.status === 'unchanged') change.reason = 'same output';
  }
  const summary: Record<AppStatus, number> = { changed: 0, added: 0, removed: 0, unchanged: 0, skipped: 0, error: 0 };
  for (const c of apps) summary[c.status]++;
  return {
    base: { revision: baseTree.label, id: baseTree.id },
    head: { revision: headTree.label, id: headTree.id },
    apps,
    summary,
    stats,
    warnings,
  };
}

function newEntry(o: JsonObject, depth: number): Entry {
  const md = isObject(o['metadata']) ? o['metadata'] : {};
  const kind = gitopsKind(o) as 'Application' | 'Kustomization';
  const name = str(md['name']);
  const namespace = str(md['namespace']);
  return { key: `${kind}/${namespace}/${name}`, kind, name, namespace, object: o, depth, trees: [], revisions: [] };
}

/** The source paths of an entry (relative to the root), one per tree. */
function entryPaths(e: Entry): (string | undefined)[] {
  if (e.kind === 'Directory') return [e.name];
  const spec = isObject(e.object['spec']) ? e.object['spec'] : {};
  if (e.kind === 'Kustomization') return [normalizeRel(str(spec['path']))];
  const sources = Array.isArray(spec['sources']) && spec['sources'].length ? spec['sources'] : [spec['source']];
  const out: (string | undefined)[] = [];
  for (const s of sources) {
    if (!isObject(s) || s['path'] === undefined) continue;
    out.push(normalizeRel(str(s['path'])));
  }
  return out.slice(0, e.trees.length);
}

function normalizeRel(p: string): string {
  return relative('/', normalize('/' + p)) === '.' ? '' : relative('/', normalize('/' + p));
}

/** Paths named by an object besides its source directory (Argo CD components and patch files, Flux components). */
function extraPaths(e: Entry): string[] {
  const out: string[] = [];
  const collect = (v: Json | undefined) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (isObject(v)) for (const k of Object.keys(v)) collect(v[k]);
  };
  const spec = isObject(e.object['spec']) ? e.object['spec'] : {};
  if (e.kind === 'Kustomization') collect(spec['components']);
  else {
    const sources = Array.isArray(spec['sources']) ? spec['sources'] : [spec['source']];
    for (const s of sources) if (isObject(s) && isObject(s['kustomize'])) collect(s['kustomize']);
  }
  return out;
}

// --- dependency walk ------------------------------------------------------------------------------

interface Deps {
  /** Paths (relative to the root; '' is the root) whose change may change the build. */
  prefixes: Set<string>;
  /** Some resource file holds an Application / ApplicationSet / Flux object (a possible parent). */
  gitops: boolean;
  /** False when the walk could not be completed (then nothing is skipped). */
  ok: boolean;
}

/** Caches of dependency walks, per preview: by content hash, and per filesystem by directory. */
interface WalkCaches {
  /** Content hash → holds a GitOps object. */
  gitopsByHash: Map<string, boolean>;
  /** Per filesystem: a kustomization directory's own dependencies (recursively). */
  dirs: WeakMap<FileSystem, Map<string, Deps>>;
  /** Content hash → decoded kustomization (null: unreadable). */
  parsed: Map<string, Json | null>;
  /** Per filesystem: the files (relative paths) that mention a GitOps API group, when the repository could search. */
  gitopsFiles: WeakMap<FileSystem, Set<string>>;
}

/**
 * Walks the kustomization at `dir` and everything it names: each directory (its whole subtree)
 * and every string of its kustomization that names a path (also the part after `=` of generator
 * sources), directories with a kustomization recursively. A superset of what the build reads.
 */
function walkDeps(tree: RevisionTree, root: string, dir: string, d: Deps, extra: string[], caches: WalkCaches): void {
  const fs = tree.fs;
  let byDir = caches.dirs.get(fs);
  if (!byDir) caches.dirs.set(fs, (byDir = new Map()));
  const merge = (x: Deps) => {
    for (const p of x.prefixes) d.prefixes.add(p);
    if (x.gitops) d.gitops = true;
    if (!x.ok) d.ok = false;
  };
  const relOf = (p: string): string | undefined => {
    if (p === root) return '';
    if (root === '/') return p.slice(1);
    return p.startsWith(root + '/') ? p.slice(root.length + 1) : undefined;
  };
  const addPath = (into: Deps, p: string) => {
    const rel = relOf(p);
    if (rel !== undefined) into.prefixes.add(rel);
    const real = fs.realPath ? fs.realPath(p) : p;
    if (real !== p) {
      const r = relOf(real);
      if (r !== undefined) into.prefixes.add(r);
    }
  };
  const searched = caches.gitopsFiles.get(fs);
  const hasGitOps = (p: string): boolean => {
    if (searched) {
      const rel = relOf(fs.realPath ? fs.realPath(p) : p);
      if (rel !== undefined) return searched.has(rel);
    }
    const h = fs.contentHash?.(p);
    const known = h !== undefined ? caches.gitopsByHash.get(h) : undefined;
    if (known !== undefined) return known;
    const c = fs.readFile(p);
    const text = typeof c === 'string' ? c : c ? new TextDecoder().decode(c) : '';
    const v = WORK.some((w) => text.includes(w));
    if (h !== undefined) caches.gitopsByHash.set(h, v);
    return v;
  };
  const stack = new Set<string>();
  /** The dependencies of one kustomization directory (memoized per filesystem). */
  const visit = (k: string): Deps => {
    const hit = byDir!.get(k);
    if (hit) return hit;
    const out: Deps = { prefixes: new Set(), gitops: false, ok: true };
    if (stack.has(k)) return out; // a cycle: the build reports it
    stack.add(k);
    addPath(out, k);
    const file = KUSTOMIZATION_FILE_NAMES.map((n) => `${k}/${n}`).find((p) => fs.exists(p) && !fs.isDir(p));
    if (!file) {
      // Flux generates a kustomization: every YAML file below, and kustomizations in subdirectories.
      const walk = (x: string) => {
        for (const n of fs.readDir(x)) {
          const p = `${x}/${n}`;
          if (fs.isDir(p)) {
            if (KUSTOMIZATION_FILE_NAMES.some((m) => fs.exists(`${p}/${m}`))) mergeInto(out, visit(p));
            else walk(p);
          } else if (/\.ya?ml$/.test(n) && hasGitOps(p)) out.gitops = true;
        }
      };
      if (fs.isDir(k)) walk(k);
    } else {
      const h = fs.contentHash?.(file);
      let value = h !== undefined ? caches.parsed.get(h) : undefined;
      if (value === undefined) {
        try {
          const c = fs.readFile(file);
          const text = typeof c === 'string' ? c : c ? new TextDecoder().decode(c) : '';
          value = parseResourceDocuments(text, file)[0]?.value ?? null;
        } catch {
          value = null;
          out.ok = false;
        }
        if (h !== undefined) caches.parsed.set(h, value);
        if (value === null) out.ok = false;
      } else if (value === null) out.ok = false;
      if (isObject(value)) {
        for (const key of Object.keys(value)) {
          const isResources = key === 'resources' || key === 'bases' || key === 'components';
          const strings: string[] = [];
          const collect = (v: Json | undefined) => {
            if (typeof v === 'string') strings.push(v);
            else if (Array.isArray(v)) v.forEach(collect);
            else if (isObject(v)) for (const x of Object.keys(v)) collect(v[x]);
          };
          collect(value[key]);
          for (const s of strings) candidate(out, k, s, isResources);
        }
      }
    }
    stack.delete(k);
    byDir!.set(k, out);
    return out;
  };
  const mergeInto = (into: Deps, x: Deps) => {
    for (const p of x.prefixes) into.prefixes.add(p);
    if (x.gitops) into.gitops = true;
    if (!x.ok) into.ok = false;
  };
  const candidate = (into: Deps, base: string, s: string, isResources: boolean) => {
    if (!s || s.length > 4096 || s.includes('\n') || /^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return;
    const forms = [s];
    const eq = s.indexOf('=');
    if (eq >= 0) forms.push(s.slice(eq + 1));
    for (const f of forms) {
      const p = resolve(base, f);
      addPath(into, p);
      if (fs.isDir(p)) {
        if (isResources || KUSTOMIZATION_FILE_NAMES.some((n) => fs.exists(`${p}/${n}`))) mergeInto(into, visit(p));
      } else if (isResources && fs.exists(p) && hasGitOps(p)) into.gitops = true;
    }
  };
  merge(visit(dir));
  for (const x of extra) candidate(d, dir, x, true);
}

function intersects(prefixes: Set<string>, changed: string): boolean {
  if (prefixes.has('') || prefixes.has(changed)) return true;
  for (const p of prefixes) if (changed.startsWith(p + '/') || p.startsWith(changed + '/')) return true;
  return false;
}

function isComponent(fs: FileSystem, dir: string): boolean {
  for (const n of KUSTOMIZATION_FILE_NAMES) {
    const p = `${dir}/${n}`;
    if (!fs.exists(p) || fs.isDir(p)) continue;
    const c = fs.readFile(p);
    const text = typeof c === 'string' ? c : c ? new TextDecoder().decode(c) : '';
    return /^kind:\s*["']?Component["']?\s*$/m.test(text);
  }
  return false;
}

// --- resource comparison -----------------------------------------------------------------------

const HASH_SUFFIX = /-[2456789bcdfghkmt]{10}$/;

function refOf(o: JsonObject): ResourceRef {
  const md = isObject(o['metadata']) ? o['metadata'] : {};
  return { apiVersion: str(o['apiVersion']), kind: str(o['kind']), namespace: str(md['namespace']), name: str(md['name']) };
}

function keyOf(r: ResourceRef, stripHash = false): string {
  const { group } = parseGroupVersion(r.apiVersion);
  return `${group}|${r.kind}|${r.namespace}|${stripHash ? r.name.replace(HASH_SUFFIX, '') : r.name}`;
}

/** `Deployment shop-dev/api` (`Kind[.group] [namespace/]name`). */
export function formatRef(r: ResourceRef): string {
  const { group } = parseGroupVersion(r.apiVersion);
  return `${r.kind}${group ? '.' + group : ''} ${r.namespace ? r.namespace + '/' : ''}${r.name}`;
}

function compareResources(
  a: JsonObject[],
  b: JsonObject[],
  opts: PreviewOptions,
  label: string,
): Pick<AppChange, 'added' | 'removed' | 'changed' | 'unchanged'> {
  const out: Pick<AppChange, 'added' | 'removed' | 'changed' | 'unchanged'> = { added: [], removed: [], changed: [], unchanged: 0 };
  const byKey = new Map<string, JsonObject>();
  for (const o of b) byKey.set(keyOf(refOf(o)), o);
  const used = new Set<JsonObject>();
  const pairs: [JsonObject, JsonObject][] = [];
  const lonelyA: JsonObject[] = [];
  for (const o of a) {
    const m = byKey.get(keyOf(refOf(o)));
    if (m && !used.has(m)) {
      used.add(m);
      pairs.push([o, m]);
    } else lonelyA.push(o);
  }
  // Generated names change with their content (hash suffix): pair them as one renamed resource.
  const lonelyB = b.filter((o) => !used.has(o));
  const byStripped = new Map<string, JsonObject[]>();
  for (const o of lonelyB) {
    const k = keyOf(refOf(o), true);
    byStripped.set(k, [...(byStripped.get(k) ?? []), o]);
  }
  const removed: JsonObject[] = [];
  for (const o of lonelyA) {
    const r = refOf(o);
    const list = HASH_SUFFIX.test(r.name) ? byStripped.get(keyOf(r, true)) : undefined;
    const m = list?.find((x) => !used.has(x) && HASH_SUFFIX.test(refOf(x).name));
    if (m) {
      used.add(m);
      pairs.push([o, m]);
    } else removed.push(o);
  }
  out.removed = removed.map(refOf);
  out.added = b.filter((o) => !used.has(o)).map(refOf);
  for (const [x, y] of pairs) {
    const [mx, my] = opts.showSecrets ? [x, y] : maskSecretPair(x, y);
    const ya = emitDocument(mx);
    const yb = emitDocument(my);
    if (ya === yb) {
      out.unchanged++;
      continue;
    }
    const rb = refOf(y);
    const ra = refOf(x);
    out.changed.push({
      ...rb,
      ...(ra.name !== rb.name ? { from: ra.name } : {}),
      diff: unifiedDiff(ya, yb, { fromFile: `${label} ${formatRef(ra)} (base)`, toFile: `${label} ${formatRef(rb)} (head)`, context: opts.context }),
    });
  }
  return out;
}

const isSecret = (o: JsonObject) => o['kind'] === 'Secret' && parseGroupVersion(str(o['apiVersion'])).group === '';

/**
 * Secret values replaced by `+` runs, as Argo CD's diff masks them: equal values get the same
 * mask, different values different ones, so a change still shows without the value.
 */
export function maskSecretPair(a: JsonObject, b: JsonObject): [JsonObject, JsonObject] {
  if (!isSecret(a) && !isSecret(b)) return [a, b];
  const masks = new Map<string, string>();
  const mask = (v: Json | undefined): string => {
    const k = JSON.stringify(v ?? null);
    let m = masks.get(k);
    if (!m) masks.set(k, (m = '+'.repeat(8 + masks.size)));
    return m;
  };
  const one = (o: JsonObject): JsonObject => {
    if (!isSecret(o)) return o;
    const c: JsonObject = { ...o };
    for (const f of ['data', 'stringData']) {
      const d = o[f];
      if (!isObject(d)) continue;
      const m: JsonObject = {};
      for (const k of Object.keys(d)) m[k] = mask(d[k]);
      c[f] = m;
    }
    return c;
  };
  return [one(a), one(b)];
}

/** Masks a lone Secret (added or removed). */
export function maskSecret(o: JsonObject): JsonObject {
  return maskSecretPair(o, o)[0];
}
