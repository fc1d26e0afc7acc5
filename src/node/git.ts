/**
 * A {@link RemoteResolver} for Node: remote git bases through the `git` binary (a shallow fetch of
 * the ref, as kustomize v5.5.0 does: `git init`, `git fetch --depth=1 URL REF`, `git checkout
 * FETCH_HEAD`, `git submodule update --init --recursive`), cached on disk by (URL, ref,
 * submodules); http(s) files through `fetch`.
 *
 * Safety: git runs through `spawn` with an argument array (never a shell); URLs and refs that
 * look like options are refused, `--` ends the options, only the configured protocols are
 * allowed (`ext::` never), prompts are disabled, and every command has a timeout that kills its
 * whole process group. Fetched repositories are exposed read-only and confined: a symlink that
 * leaves the checkout reads as absent.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { KustomizeError } from '../core/errors.js';
import type { FileSystem } from '../fs/filesystem.js';
import type { FetchContext, HelmChartRef, RemoteResolver, RepoContents } from '../remote/load.js';
import { helmPull } from './helm.js';
import type { RepoSpec } from '../remote/repospec.js';

/** Runs a program (no shell) and resolves with its output; rejects on a non-zero exit or timeout. */
export type ExecFn = (
  file: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; signal?: AbortSignal },
) => Promise<{ stdout: string; stderr: string }>;

export interface GitResolverOptions {
  /** Cache directory for checkouts. Default: `$XDG_CACHE_HOME/kustomize-ts/git`, else `~/.cache/kustomize-ts/git`. */
  cacheDir?: string;
  /** Timeout of each git command, overriding the URL's `?timeout=` (whose default is kustomize's 27 s). */
  timeoutMs?: number;
  /** The git program. Default: `git` from PATH. */
  git?: string;
  /** Runs git; inject one to sandbox or observe it. Default: `spawn` without a shell. */
  exec?: ExecFn;
  /** Environment of git. Default: this process's, with `GIT_TERMINAL_PROMPT=0`. */
  env?: NodeJS.ProcessEnv;
  /**
   * Transport protocols git may use. Default: https, http, ssh, git, file. `file` is allowed for
   * the repository itself but, as in git's default policy, not for its submodules.
   */
  protocols?: readonly string[];
  /** Also let submodules use `file://` (git refuses by default, and so does kustomize). Default: false. */
  allowFileSubmodules?: boolean;
  /** Cached checkouts older than this are fetched again. Default: never (a cache entry is reused until removed). */
  maxAgeMs?: number;
  /** Reads http(s) files: `true` (default) uses `fetch`; `false` refuses them; or your own function. */
  fetchFile?: boolean | ((url: string, ctx: FetchContext) => Promise<string | Uint8Array>);
  /** Largest http(s) file accepted, in bytes. Default: 16 MiB. */
  maxFileBytes?: number;
  /**
   * Pulls Helm charts (`fetchChart`) with `helm pull --untar`, as kustomize does, into
   * `{cacheDir}/charts` (not into the kustomization's chartHome, which kustomize writes to).
   * `false` refuses charts. Default: true
   */
  pullCharts?: boolean;
}

export interface GitResolver extends RemoteResolver {
  /** Absolute path of the checkout for a spec (whether or not it exists yet). */
  cachePath(spec: RepoSpec): string;
}

const DEFAULT_PROTOCOLS = ['https', 'http', 'ssh', 'git', 'file'] as const;
const MARKER = '.kustomize-ts-complete';

/**
 * Creates a resolver that fetches remote bases with git into a cache directory and http(s) files
 * with `fetch`.
 *
 * @example
 * const resolver = createGitResolver({ cacheDir: '/var/cache/kustomize', timeoutMs: 60_000 });
 * const { yaml } = await buildAsync(new NodeFs(), '/repo/app', { resolver });
 */
export function createGitResolver(options: GitResolverOptions = {}): GitResolver {
  const cacheDir = nodePath.resolve(options.cacheDir ?? defaultCacheDir());
  const git = options.git ?? 'git';
  const exec = options.exec ?? spawnExec;
  const env = { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0' };
  const protocols = options.protocols ?? DEFAULT_PROTOCOLS;
  for (const p of protocols) {
    if (!/^[a-z][a-z0-9+.-]*$/.test(p) || p === 'ext') throw new Error(`protocol not allowed: ${p}`);
  }
  // git's own default lets `file` be used only when the user asks for it, not by submodules.
  const policy = (p: string): string => (p === 'file' && !options.allowFileSubmodules ? 'user' : 'always');
  const protocolConfig = ['-c', 'protocol.allow=never', ...protocols.flatMap((p) => ['-c', `protocol.${p}.allow=${policy(p)}`])];
  const inFlight = new Map<string, Promise<string>>();

  const keyOf = (spec: RepoSpec): string =>
    createHash('sha256').update(`${spec.cloneSpec}\n${spec.ref}\n${spec.submodules}`).digest('hex').slice(0, 32);
  const cachePath = (spec: RepoSpec): string => nodePath.join(cacheDir, keyOf(spec), 'repo');

  async function checkout(spec: RepoSpec, ctx: FetchContext): Promise<string> {
    validate(spec);
    const key = keyOf(spec);
    const entry = nodePath.join(cacheDir, key);
    if (isFresh(entry, options.maxAgeMs)) return nodePath.join(entry, 'repo');
    nodeFs.mkdirSync(cacheDir, { recursive: true });
    const tmp = nodePath.join(cacheDir, `tmp-${key}-${process.pid}-${randomBytes(6).toString('hex')}`);
    const work = nodePath.join(tmp, 'repo');
    nodeFs.mkdirSync(work, { recursive: true });
    const timeoutMs = options.timeoutMs ?? ctx.timeoutMs;
    const run = async (args: string[]): Promise<void> => {
      const full = [...protocolConfig, ...args];
      try {
        await exec(git, full, { cwd: work, env, timeoutMs, signal: ctx.signal });
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        throw new KustomizeError('REMOTE_FETCH_FAILED', `${msg}`, { cause: e });
      }
    };
    try {
      await run(['init', '--quiet']);
      await run(['fetch', '--depth=1', '--no-tags', '--quiet', '--', spec.cloneSpec, spec.ref || 'HEAD']);
      await run(['-c', 'advice.detachedHead=false', 'checkout', '--quiet', 'FETCH_HEAD']);
      if (spec.submodules) await run(['submodule', 'update', '--init', '--recursive', '--quiet']);
      nodeFs.writeFileSync(
        nodePath.join(tmp, MARKER),
        JSON.stringify({ url: spec.cloneSpec, ref: spec.ref, submodules: spec.submodules }) + '\n',
      );
      publish(tmp, entry);
    } catch (e) {
      nodeFs.rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
    return nodePath.join(entry, 'repo');
  }

  const fetchFile =
    options.fetchFile === false
      ? undefined
      : typeof options.fetchFile === 'function'
        ? options.fetchFile
        : (url: string, ctx: FetchContext) => httpGet(url, ctx, options.timeoutMs, options.maxFileBytes ?? 16 << 20);

  const pullChart = async (chart: HelmChartRef, ctx: FetchContext): Promise<RepoContents> => {
    const key = createHash('sha256').update(`helm\n${chart.repo}\n${chart.name}\n${chart.version}`).digest('hex').slice(0, 32);
    const entry = nodePath.join(cacheDir, 'charts', key);
    const dir = nodePath.join(entry, 'chart', chart.name);
    if (isFresh(entry, options.maxAgeMs) && nodeFs.existsSync(dir)) return new DirFs(dir);
    nodeFs.mkdirSync(nodePath.dirname(entry), { recursive: true });
    const tmp = nodePath.join(nodePath.dirname(entry), `tmp-${key}-${process.pid}-${randomBytes(6).toString('hex')}`);
    nodeFs.mkdirSync(tmp, { recursive: true });
    try {
      if (ctx.signal?.aborted) throw new KustomizeError('REMOTE_FETCH_FAILED', 'aborted');
      // kustomize's pull, with its HELM_* variables under a scratch config home
      await helmPull(
        chart.command,
        chart,
        nodePath.join(tmp, 'chart'),
        nodePath.join(tmp, 'helm'),
        { timeoutMs: options.timeoutMs ?? ctx.timeoutMs },
        ctx.signal,
      );
      nodeFs.rmSync(nodePath.join(tmp, 'helm'), { recursive: true, force: true });
      if (!nodeFs.existsSync(nodePath.join(tmp, 'chart', chart.name))) {
        throw new KustomizeError('REMOTE_FETCH_FAILED', `helm pull did not produce a chart directory named '${chart.name}'`);
      }
      nodeFs.writeFileSync(nodePath.join(tmp, MARKER), JSON.stringify(chart) + '\n');
      publish(tmp, entry);
    } catch (e) {
      nodeFs.rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
    return new DirFs(dir);
  };

  return {
    cachePath,
    ...(options.pullCharts === false ? {} : { fetchChart: pullChart }),
    async fetchRepo(spec: RepoSpec, ctx: FetchContext): Promise<RepoContents> {
      const key = keyOf(spec);
      let p = inFlight.get(key);
      if (!p) {
        p = checkout(spec, ctx).finally(() => inFlight.delete(key));
        inFlight.set(key, p);
      }
      return new DirFs(await p);
    },
    ...(fetchFile ? { fetchFile } : {}),
  };
}

/** Refuses URLs and refs git could take for options or that smuggle in control characters. */
function validate(spec: RepoSpec): void {
  const bad = (s: string): boolean => s.startsWith('-') || /[\x00-\x20\x7f]/.test(s);
  if (bad(spec.ref)) {
    throw new KustomizeError('REMOTE_FETCH_FAILED', `refusing git ref '${spec.ref}' of '${spec.raw}': it looks like an option or has control characters`);
  }
  const afterScheme = spec.cloneSpec.replace(/^[a-z]+:\/\//i, '').replace(/^[a-zA-Z][a-zA-Z0-9-]*@/, '');
  if (bad(spec.cloneSpec) || afterScheme.startsWith('-') || /[\x00-\x1f\x7f]/.test(spec.cloneSpec)) {
    throw new KustomizeError('REMOTE_FETCH_FAILED', `refusing git URL '${spec.cloneSpec}' of '${spec.raw}': it looks like an option`);
  }
}

function defaultCacheDir(): string {
  const xdg = process.env['XDG_CACHE_HOME'];
  if (xdg) return nodePath.join(xdg, 'kustomize-ts', 'git');
  const home = os.homedir();
  return home ? nodePath.join(home, '.cache', 'kustomize-ts', 'git') : nodePath.join(os.tmpdir(), 'kustomize-ts-git');
}

function isFresh(entry: string, maxAgeMs: number | undefined): boolean {
  try {
    const st = nodeFs.statSync(nodePath.join(entry, MARKER));
    return maxAgeMs === undefined || Date.now() - st.mtimeMs <= maxAgeMs;
  } catch {
    return false;
  }
}

/** Moves a finished checkout into place; a concurrent writer that got there first wins. */
function publish(tmp: string, entry: string): void {
  let trash: string | undefined;
  if (nodeFs.existsSync(entry)) {
    // An expired entry (maxAgeMs), a half-written one, or one a concurrent writer just finished:
    // set it aside, then replace it.
    trash = `${entry}.old-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      nodeFs.renameSync(entry, trash);
    } catch {
      trash = undefined;
    }
  }
  try {
    nodeFs.renameSync(tmp, entry);
  } catch {
    nodeFs.rmSync(tmp, { recursive: true, force: true });
    if (!nodeFs.existsSync(nodePath.join(entry, MARKER))) throw new KustomizeError('REMOTE_FETCH_FAILED', `cannot write the git cache at '${entry}'`);
  }
  if (trash) nodeFs.rmSync(trash, { recursive: true, force: true });
}

/** `spawn` without a shell, in its own process group, killed (group and all) on timeout or abort. */
export const spawnExec: ExecFn = (file, args, { cwd, env, timeoutMs, signal }) =>
  new Promise((resolvePromise, reject) => {
    const cmd = describe(file, args);
    if (signal?.aborted) return reject(new Error(`aborted before running '${cmd}'`));
    const child = spawn(file, [...args], { cwd, env, shell: false, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    const LIMIT = 1 << 20;
    const collect = (into: Buffer[]) => (b: Buffer) => {
      if (size < LIMIT) into.push(b);
      size += b.length;
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    let why: string | undefined;
    const kill = (reason: string): void => {
      if (why) return;
      why = reason;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => kill(`hit ${timeoutMs}ms timeout running '${cmd}'`), timeoutMs);
    const onAbort = (): void => kill(`aborted while running '${cmd}'`);
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (e) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      reject(new Error(`failed to run '${cmd}': ${e.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      const stderr = Buffer.concat(err).toString('utf8');
      if (why) reject(new Error(why));
      else if (code !== 0) reject(new Error(`failed to run '${cmd}': ${stderr.trim() || `exit status ${code}`}`));
      else resolvePromise({ stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
  });

/** `git fetch --depth=1 URL REF`, without the `-c name=value` pairs. */
function describe(file: string, args: readonly string[]): string {
  const shown: string[] = [file];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-c') i++;
    else shown.push(args[i]!);
  }
  return shown.join(' ');
}

async function httpGet(url: string, ctx: FetchContext, timeoutMs: number | undefined, maxBytes: number): Promise<Uint8Array> {
  const signals = [AbortSignal.timeout(timeoutMs ?? ctx.timeoutMs)];
  if (ctx.signal) signals.push(ctx.signal);
  const signal = signals.length === 1 ? signals[0]! : anySignal(signals);
  const res = await fetch(url, { signal, redirect: 'follow' });
  if (res.status < 200 || res.status > 299) {
    await res.body?.cancel();
    throw new Error(`HTTP Error: status code ${res.status} (${res.statusText})`);
  }
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new Error(`file is larger than ${maxBytes} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (res.body) {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) throw new Error(`file is larger than ${maxBytes} bytes`);
      chunks.push(chunk);
    }
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

function anySignal(signals: AbortSignal[]): AbortSignal {
  const ac = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      ac.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => ac.abort(s.reason), { once: true });
  }
  return ac.signal;
}

/**
 * A read-only view of a directory whose `/` is `dir`. Paths that resolve (through symlinks)
 * outside `dir` read as absent, so a checkout cannot reach the rest of the disk.
 */
export class DirFs implements FileSystem {
  private readonly realRoot: string;

  constructor(readonly dir: string) {
    this.realRoot = nodeFs.realpathSync(dir);
  }

  /** The host path of `p`, or undefined when it leaves the directory. */
  private host(p: string): string | undefined {
    const joined = nodePath.join(this.realRoot, nodePath.posix.normalize('/' + p));
    let real: string;
    try {
      real = nodeFs.realpathSync(joined);
    } catch {
      return undefined;
    }
    return real === this.realRoot || real.startsWith(this.realRoot + nodePath.sep) ? real : undefined;
  }

  readFile(p: string): Uint8Array | undefined {
    const h = this.host(p);
    if (!h) return undefined;
    try {
      const b = nodeFs.readFileSync(h);
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    } catch {
      return undefined;
    }
  }
  exists(p: string): boolean {
    return this.host(p) !== undefined;
  }
  isDir(p: string): boolean {
    const h = this.host(p);
    try {
      return h !== undefined && nodeFs.statSync(h).isDirectory();
    } catch {
      return false;
    }
  }
  readDir(p: string): string[] {
    const h = this.host(p);
    try {
      return h ? nodeFs.readdirSync(h) : [];
    } catch {
      return [];
    }
  }
  realPath(p: string): string {
    const h = this.host(p);
    if (!h) return nodePath.posix.normalize('/' + p);
    const rel = nodePath.relative(this.realRoot, h).split(nodePath.sep).join('/');
    return '/' + rel;
  }
}
