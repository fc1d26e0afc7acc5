/**
 * The async step before a build with remote bases: walk the kustomization tree (resources,
 * bases, components, generators, transformers, validators, and every field naming a file),
 * fetch each remote git base and http(s) file through an injected {@link RemoteResolver}, and
 * mount them into an {@link OverlayFs}. `build` then runs synchronously on the result, so the
 * core stays pure and platform-free.
 *
 * Which entries are remote, and in which order kustomize tries them, follows kustomize v5.5.0
 * (api/internal/target/kusttarget.go accumulateResources, api/internal/loader/fileloader.go):
 * an http(s) URL is fetched as a file first and, when that fails and the URL also parses as a
 * git base, cloned; any other string that parses as a git base (NewRepoSpecFromURL) is cloned
 * unless a local file of that name exists.
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import { KustomizeError, isKustomizeError } from '../core/errors.js';
import { MemoryFs, type FileSystem, type RemoteMount } from '../fs/filesystem.js';
import { basename, dirname, normalize, resolve } from '../fs/path.js';
import { loadKustomization } from '../load/kustomization.js';
import { Loader, isRemoteFileUrl } from '../load/loader.js';
import type { Kustomization } from '../load/types.js';
import { resourcesFromText } from '../resource/factory.js';
import { DEFAULT_MOUNT_PREFIX, OverlayFs } from './overlay.js';
import { absChartHome, kustomizationCharts } from '../helm/chart.js';
import { DEFAULT_GIT_TIMEOUT_MS, tryParseRepoSpec, type RepoSpec } from './repospec.js';

/** Context handed to a resolver for one fetch. */
export interface FetchContext {
  /** Aborted when the caller gives up (the `signal` of {@link LoadOptions}). */
  signal?: AbortSignal;
  /** The time allowed for this fetch: the URL's `?timeout=` (kustomize's default is 27 s). */
  timeoutMs: number;
}

/** The contents of a fetched repository: a filesystem whose `/` is the repository root, or a record of files. */
export type RepoContents = FileSystem | Record<string, string | Uint8Array>;

/**
 * Fetches remote content for {@link load}. Implementations: `createGitResolver` in
 * `kustomize-ts/node` (the git binary and `fetch`), or your own (an HTTP API, a cache, a test double).
 */
export interface RemoteResolver {
  /** Fetches the repository `spec.cloneSpec` at `spec.ref` ('' means the remote's HEAD). */
  fetchRepo(spec: RepoSpec, ctx: FetchContext): Promise<RepoContents>;
  /** Fetches an http(s) file. Without it, http(s) URLs that are not git bases fail. */
  fetchFile?(url: string, ctx: FetchContext): Promise<string | Uint8Array>;
  /**
   * Pulls a Helm chart that is not in its chartHome (kustomize runs `helm pull --untar` there):
   * returns the chart directory's contents (`Chart.yaml` at its root). Without it, such charts
   * fail with REMOTE_NOT_SUPPORTED. Called only when the build enables Helm.
   */
  fetchChart?(chart: HelmChartRef, ctx: FetchContext): Promise<RepoContents>;
}

/** A chart to pull: the fields of a `helmCharts` entry kustomize passes to `helm pull`. */
export interface HelmChartRef {
  name: string;
  /** '' for the latest */
  version: string;
  /** A chart repository URL, or `oci://...` */
  repo: string;
  /** kustomize's `--helm-command` (default 'helm'). */
  command: string;
}

export interface LoadOptions {
  /** Fetches remote content. Without one, a tree with remote entries fails with REMOTE_NOT_SUPPORTED. */
  resolver?: RemoteResolver;
  /** Cancels the walk and the fetches in flight. */
  signal?: AbortSignal;
  /** Most distinct fetches one load may make (default 100); more fail with LIMIT_EXCEEDED. */
  maxFetches?: number;
  /** Directory under which remote content is mounted (default `/.kustomize-remote`). */
  mountPrefix?: string;
  /**
   * kustomize's `--enable-helm`: also pull the `helmCharts` that are not in their chartHome
   * (through {@link RemoteResolver.fetchChart}), mounted where kustomize would untar them.
   * Default: false
   */
  enableHelm?: boolean;
  /** kustomize's `--helm-command`, handed to the chart fetcher. Default: 'helm' */
  helmCommand?: string;
}

/** One remote entry and where it was mounted. */
export interface RemoteEntry {
  /** The entry as written in a kustomization. */
  url: string;
  mount: RemoteMount;
}

export interface LoadResult {
  /** The caller's filesystem with the remote content mounted; pass it to `build`. */
  fs: FileSystem;
  /** The build root, normalised (pass it to `build`). */
  path: string;
  /** Every remote entry found in the tree, and its mount. */
  remotes: RemoteEntry[];
}

/** Time allowed for one chart pull (kustomize sets none; helm pulls can be slow). */
const CHART_PULL_TIMEOUT_MS = 120_000;

/** Fields whose entries may name directories (other kustomizations) as well as files. */
const DIRECTORY_FIELDS = ['resources', 'components', 'generators', 'transformers', 'validators'] as const;

/**
 * Walks the kustomization tree at `path` in `fs`, fetches every remote base and http(s) file it
 * names through `options.resolver`, and returns a filesystem with them mounted. Identical
 * (repository, ref) pairs are fetched once, concurrently with the rest.
 *
 * @example
 * const { fs: withRemotes, path: root } = await load(fs, 'app', { resolver: createGitResolver() });
 * const { yaml } = build(withRemotes, root);
 */
export async function load(fs: FileSystem, path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const root = normalize(path.startsWith('/') ? path : '/' + path);
  const w = new Walker(fs, options);
  await w.walkDir(root, 'none');
  return { fs: w.overlay, path: root, remotes: w.overlay.remoteEntries() };
}

class Walker {
  readonly overlay: OverlayFs;
  private readonly visited = new Set<string>();
  private readonly repos = new Map<string, Promise<string>>();
  private readonly files = new Map<string, Promise<RemoteMount>>();
  private readonly charts = new Map<string, Promise<void>>();
  private fetches = 0;
  private readonly prefix: string;

  constructor(
    fs: FileSystem,
    private readonly options: LoadOptions,
  ) {
    this.overlay = new OverlayFs(fs);
    this.prefix = normalize(options.mountPrefix ?? DEFAULT_MOUNT_PREFIX);
  }

  async walkDir(dir: string, restrictions: 'none' | 'rootOnly'): Promise<void> {
    if (this.visited.has(dir)) return;
    this.visited.add(dir);
    this.checkAborted();
    let k: Kustomization;
    let file: string;
    try {
      const loaded = loadKustomization(new Loader(this.overlay, dir, restrictions));
      k = loaded.k;
      file = loaded.file;
    } catch {
      return; // not a kustomization, or an invalid one: the build reports it
    }
    const tasks: Promise<void>[] = [];
    for (const field of DIRECTORY_FIELDS) {
      const entries = k[field];
      if (!Array.isArray(entries)) continue;
      entries.forEach((e, i) => {
        if (typeof e !== 'string') return;
        tasks.push(this.entry(dir, e, field === 'components', { file, field: [field, i] }));
      });
    }
    for (const [e, field] of fileEntries(k)) {
      if (isRemoteFileUrl(e)) tasks.push(this.fileOnly(e, { file, field }));
    }
    if (this.options.enableHelm) {
      for (const { config, field } of kustomizationCharts(k)) {
        // kustomize pulls a chart that has a repo and is not in its chart home
        if (config.name === '' || config.repo === '') continue;
        const chartDir = normalize(`${absChartHome(config, dir)}/${config.name}`);
        if (this.overlay.isDir(chartDir)) continue;
        const ref = { name: config.name, version: config.version, repo: config.repo, command: this.options.helmCommand ?? 'helm' };
        tasks.push(this.chart(ref, chartDir, { file, field: [...field, 'repo'] }));
      }
    }
    await settleAll(tasks);
  }

  /** A resources-like entry: remote file, remote base, or local directory to walk. */
  private async entry(dir: string, e: string, isComponent: boolean, where: Where): Promise<void> {
    if (e.includes('\n')) return; // an inline generator/transformer config
    const isHttp = isRemoteFileUrl(e);
    const spec = tryParseRepoSpec(e);
    if (isHttp && !isComponent) {
      const fetched = await this.tryFile(e, where);
      if (fetched.ok) {
        // kustomize falls back to cloning when the body is not YAML and the URL is a git base.
        if (!spec || parsesAsResources(fetched.mount, this.overlay)) {
          this.overlay.setRemote(e, fetched.mount);
          return;
        }
      } else if (!spec) {
        throw fetched.error;
      }
    }
    if (spec) {
      const local = resolve(dir, e);
      if (!isHttp && this.overlay.exists(local) && !this.overlay.isDir(local)) return; // a local file wins
      const mount = await this.repo(spec, where);
      this.overlay.setRemote(e, mount);
      await this.walkDir(mount.root, 'rootOnly');
      return;
    }
    if (e.startsWith('/')) return;
    const local = resolve(dir, e);
    if (this.overlay.isDir(local)) await this.walkDir(local, 'rootOnly');
  }

  /** Pulls a chart (once per chart directory) and mounts it where kustomize would untar it. */
  private chart(ref: HelmChartRef, chartDir: string, where: Where): Promise<void> {
    let p = this.charts.get(chartDir);
    if (!p) {
      p = this.fetchChart(ref, chartDir, where);
      this.charts.set(chartDir, p);
    }
    return p;
  }

  private async fetchChart(ref: HelmChartRef, chartDir: string, where: Where): Promise<void> {
    const what = `chart '${ref.name}'${ref.version ? ` version ${ref.version}` : ''} from repository '${ref.repo}'`;
    this.checkAborted();
    const r = this.options.resolver;
    if (!r || !r.fetchChart) {
      throw new KustomizeError(
        'REMOTE_NOT_SUPPORTED',
        `${what} is not in '${dirname(chartDir)}' and must be pulled: ${r ? 'the resolver cannot fetch charts' : 'pass a resolver that fetches charts (load options)'}`,
        where,
      );
    }
    this.count(ref.repo, where);
    let contents: RepoContents;
    try {
      contents = await r.fetchChart(ref, { signal: this.options.signal, timeoutMs: CHART_PULL_TIMEOUT_MS });
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      throw new KustomizeError('REMOTE_FETCH_FAILED', `pulling ${what}: ${msg}`, { ...where, cause: e });
    }
    this.overlay.mount(chartDir, isFileSystem(contents) ? contents : new MemoryFs(contents));
  }

  /** An entry of a field that only names files (patches, generator sources, crds...). */
  private async fileOnly(url: string, where: Where): Promise<void> {
    const fetched = await this.tryFile(url, where);
    if (!fetched.ok) throw fetched.error;
    this.overlay.setRemote(url, fetched.mount);
  }

  private async tryFile(
    url: string,
    where: Where,
  ): Promise<{ ok: true; mount: RemoteMount } | { ok: false; error: KustomizeError }> {
    let p = this.files.get(url);
    if (!p) {
      p = this.fetchFile(url, where);
      this.files.set(url, p);
    }
    try {
      return { ok: true, mount: await p };
    } catch (e) {
      return { ok: false, error: e as KustomizeError };
    }
  }

  private async fetchFile(url: string, where: Where): Promise<RemoteMount> {
    const resolver = this.resolver(url, where);
    if (!resolver.fetchFile) {
      throw new KustomizeError('REMOTE_NOT_SUPPORTED', `remote file '${url}': the resolver cannot fetch http(s) files`, where);
    }
    this.count(url, where);
    let body: string | Uint8Array;
    try {
      body = await resolver.fetchFile(url, { signal: this.options.signal, timeoutMs: DEFAULT_GIT_TIMEOUT_MS });
    } catch (e) {
      throw fetchError(url, e, where);
    }
    const dir = `${this.prefix}/files/${hash(url).slice(0, 16)}`;
    const name = fileNameOf(url);
    this.overlay.mount(dir, new MemoryFs({ [name]: body }));
    return { kind: 'file', path: `${dir}/${name}` };
  }

  /** Fetches (once per clone spec, ref and submodules) and mounts a repository; returns the mount for `spec`. */
  private async repo(spec: RepoSpec, where: Where): Promise<Extract<RemoteMount, { kind: 'repo' }>> {
    const key = `${spec.cloneSpec}\n${spec.ref}\n${spec.submodules}`;
    let p = this.repos.get(key);
    if (!p) {
      p = this.fetchRepo(spec, key, where);
      this.repos.set(key, p);
    }
    const dir = await p;
    const root = spec.kustRootPath ? normalize(`${dir}/${spec.kustRootPath}`) : dir;
    return { kind: 'repo', root, repoDir: dir, repo: spec.cloneSpec, ref: spec.ref };
  }

  private async fetchRepo(spec: RepoSpec, key: string, where: Where): Promise<string> {
    const resolver = this.resolver(spec.raw, where);
    this.count(spec.raw, where);
    let contents: RepoContents;
    try {
      contents = await resolver.fetchRepo(spec, { signal: this.options.signal, timeoutMs: spec.timeoutMs });
    } catch (e) {
      throw fetchError(spec.raw, e, where);
    }
    const dir = `${this.prefix}/${slug(spec)}-${hash(key).slice(0, 12)}`;
    this.overlay.mount(dir, isFileSystem(contents) ? contents : new MemoryFs(contents));
    return dir;
  }

  private resolver(url: string, where: Where): RemoteResolver {
    this.checkAborted();
    const r = this.options.resolver;
    if (!r) {
      throw new KustomizeError('REMOTE_NOT_SUPPORTED', `remote resource '${url}' needs a resolver (see load options)`, where);
    }
    return r;
  }

  private count(url: string, where: Where): void {
    const max = this.options.maxFetches ?? 100;
    if (++this.fetches > max) {
      throw new KustomizeError('LIMIT_EXCEEDED', `more than ${max} remote fetches (at '${url}')`, where);
    }
  }

  private checkAborted(): void {
    if (this.options.signal?.aborted) {
      throw new KustomizeError('REMOTE_FETCH_FAILED', 'load aborted', { cause: this.options.signal.reason });
    }
  }
}

interface Where {
  file: string;
  field: (string | number)[];
}

/** Entries of the fields that name files only, with their field paths. */
function fileEntries(k: Kustomization): [string, (string | number)[]][] {
  const out: [string, (string | number)[]][] = [];
  const list = (v: unknown, field: (string | number)[]): void => {
    if (Array.isArray(v)) v.forEach((e, i) => typeof e === 'string' && out.push([e, [...field, i]]));
  };
  list(k.patchesStrategicMerge, ['patchesStrategicMerge']);
  list(k.crds, ['crds']);
  list(k.configurations, ['configurations']);
  for (const field of ['patches', 'patchesJson6902', 'replacements'] as const) {
    const entries = k[field];
    if (!Array.isArray(entries)) continue;
    entries.forEach((p, i) => {
      if (p && typeof p.path === 'string') out.push([p.path, [field, i, 'path']]);
    });
  }
  for (const field of ['configMapGenerator', 'secretGenerator'] as const) {
    const entries = k[field];
    if (!Array.isArray(entries)) continue;
    entries.forEach((g, i) => {
      if (!g) return;
      list(g.envs, [field, i, 'envs']);
      // `[key=]path`: kustomize splits at the first '='.
      if (Array.isArray(g.files)) {
        g.files.forEach((f, j) => {
          if (typeof f !== 'string') return;
          const eq = f.indexOf('=');
          out.push([eq >= 0 ? f.slice(eq + 1) : f, [field, i, 'files', j]]);
        });
      }
    });
  }
  const openapi = k.openapi;
  if (openapi && typeof openapi['path'] === 'string') out.push([openapi['path'], ['openapi', 'path']]);
  return out;
}

function parsesAsResources(mount: RemoteMount, fs: FileSystem): boolean {
  if (mount.kind !== 'file') return false;
  const c = fs.readFile(mount.path);
  if (c === undefined) return false;
  try {
    resourcesFromText(typeof c === 'string' ? c : new TextDecoder().decode(c), mount.path);
    return true;
  } catch {
    return false;
  }
}

function fetchError(url: string, e: unknown, where: Where): KustomizeError {
  if (isKustomizeError(e)) {
    if (e.file === undefined) {
      e.file = where.file;
      e.field ??= where.field;
    }
    return e;
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new KustomizeError('REMOTE_FETCH_FAILED', `fetching '${url}': ${msg}`, { ...where, cause: e });
}

/** Waits for every task; rethrows the first failure (in entry order) once all have settled. */
async function settleAll(tasks: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(tasks);
  for (const r of results) if (r.status === 'rejected') throw r.reason;
}

function isFileSystem(c: RepoContents): c is FileSystem {
  return typeof (c as FileSystem).readFile === 'function' && typeof (c as FileSystem).isDir === 'function';
}

function hash(s: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(s)));
}

/** A readable, path-safe name for a repository mount: `repo@ref`. */
function slug(spec: RepoSpec): string {
  const name = basename('/' + spec.repoPath).replace(/\.git$/, '') || 'repo';
  const s = (spec.ref ? `${name}@${spec.ref}` : name).replace(/[^A-Za-z0-9._@-]+/g, '_');
  return s.slice(0, 48).replace(/^\.+/, '_');
}

/** The file name a fetched URL is stored under (the last path segment, made path-safe). */
function fileNameOf(url: string): string {
  // What /[?#].*$/ removes, without its quadratic backtracking on a long hostile URL.
  const nl = url.lastIndexOf('\n') + 1;
  let cut = url.length;
  for (let i = nl; i < url.length; i++) {
    if (url[i] === '?' || url[i] === '#') {
      cut = i;
      break;
    }
  }
  const noQuery = url.slice(0, cut);
  const last = noQuery.slice(noQuery.lastIndexOf('/') + 1);
  const safe = last.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_');
  return safe || 'index';
}
