/**
 * Remote git bases as kustomize v5.5.0 writes them: `github.com/org/repo//path?ref=v1`,
 * `https://host/org/repo.git/path?ref=...`, `git::https://...`, `ssh://git@host/...`,
 * `git@github.com:org/repo.git//path`, `file:///abs/repo//path`... parsed exactly as kustomize's
 * NewRepoSpecFromURL does (same splits, same defaults, same error messages), plus its
 * Origin.Append rule for the `config.kubernetes.io/origin` annotation of remote resources.
 * Pure: no platform access.
 * @see kustomize api/internal/git/repospec.go, api/resource/origin.go
 */

/** A parsed remote base (kustomize's RepoSpec). */
export interface RepoSpec {
  /** The URL as written in the kustomization. */
  raw: string;
  /** Scheme, user and host, normalised: e.g. `https://github.com/`, `git@github.com:`, `file://`. */
  host: string;
  /** Path of the repository on the host, e.g. `org/repo` or `org/repo.git`. */
  repoPath: string;
  /** Directory of the kustomization inside the repository ('' for the repository root). */
  kustRootPath: string;
  /** Branch, tag or commit (`?ref=`, else `?version=`); '' means the remote's HEAD. */
  ref: string;
  /** `?submodules=` (default true). */
  submodules: boolean;
  /** `?timeout=` in milliseconds (default 27 s, kustomize's default). */
  timeoutMs: number;
  /** What `git` fetches: host + repoPath. */
  cloneSpec: string;
}

/** kustomize's default timeout for git commands (27 s). */
export const DEFAULT_GIT_TIMEOUT_MS = 27_000;
const DEFAULT_SUBMODULES = true;

const GIT_SUFFIX = '.git';
const GIT_ROOT_DELIMITER = '_git/';
const PATH_SEPARATOR = '/';
const FILE_SCHEME = 'file://';
const HTTP_SCHEME = 'http://';
const HTTPS_SCHEME = 'https://';
const SSH_SCHEME = 'ssh://';
const ALL_SEGMENTS = -999999;
const ORG_REPO_SEGMENTS = 2;

/** Why a string is not a remote base (kustomize's error text). */
export class RepoSpecError extends Error {
  override readonly name = 'RepoSpecError';
}

/**
 * Parses a remote base URL as kustomize's NewRepoSpecFromURL does; throws {@link RepoSpecError}
 * (with kustomize's message) for anything that is not one. kustomize treats every string this
 * accepts as a git repository, and every string it rejects as a local path.
 */
export function parseRepoSpec(url: string): RepoSpec {
  if (url.startsWith('/')) throw new RepoSpecError(`uri looks like abs path: ${url}`);
  const q = url.indexOf('?');
  let n = q >= 0 ? url.slice(0, q) : url;
  const query = q >= 0 ? url.slice(q + 1) : '';
  const { ref, timeoutMs, submodules } = parseQuery(query);
  const [host, rest] = extractHost(n);
  n = rest;
  const [repoPath, kustRootPath] = parsePathParts(n, host.startsWith(FILE_SCHEME) ? ALL_SEGMENTS : ORG_REPO_SEGMENTS);
  return { raw: url, host, repoPath, kustRootPath, ref, submodules, timeoutMs, cloneSpec: host + repoPath };
}

/** {@link parseRepoSpec}, or undefined when `url` is not a remote base. */
export function tryParseRepoSpec(url: string): RepoSpec | undefined {
  try {
    return parseRepoSpec(url);
  } catch (e) {
    if (e instanceof RepoSpecError) return undefined;
    throw e;
  }
}

function parsePathParts(n: string, defaultSegments: number): [string, string] {
  const split = tryExplicitMarkerSplit(n) ?? tryDefaultLengthSplit(n, defaultSegments);
  if (!split || split[0].length === 0) throw new RepoSpecError('failed to parse repo path segment');
  const [repoPath, kustRootPath] = split;
  if (kustRootPathExitsRepo(kustRootPath)) throw new RepoSpecError(`url path exits repo: ${n}`);
  return [repoPath, kustRootPath.startsWith(PATH_SEPARATOR) ? kustRootPath.slice(1) : kustRootPath];
}

function tryExplicitMarkerSplit(n: string): [string, string] | undefined {
  // `_git/` sits one directory above the repository root (Azure DevOps, TFS).
  const gitRootIdx = n.indexOf(GIT_ROOT_DELIMITER);
  if (gitRootIdx >= 0) {
    const gitRootPath = n.slice(0, gitRootIdx + GIT_ROOT_DELIMITER.length);
    const segments = n.slice(gitRootIdx + GIT_ROOT_DELIMITER.length).split(PATH_SEPARATOR);
    return [gitRootPath + segments[0], segments.slice(1).join(PATH_SEPARATOR)];
  }
  // `//` separates the repository from the path inside it.
  const repoRootIdx = n.indexOf('//');
  if (repoRootIdx >= 0) return [n.slice(0, repoRootIdx), n.slice(repoRootIdx + 2)];
  // `.git` ends the repository's name.
  const gitSuffixIdx = n.indexOf(GIT_SUFFIX);
  if (gitSuffixIdx >= 0) {
    const end = gitSuffixIdx + GIT_SUFFIX.length;
    return [n.slice(0, end), n.slice(end)];
  }
  return undefined;
}

function tryDefaultLengthSplit(n: string, defaultSegments: number): [string, string] | undefined {
  if (defaultSegments === ALL_SEGMENTS) return [n, ''];
  const segments = n.split(PATH_SEPARATOR);
  if (segments.length >= defaultSegments) {
    return [segments.slice(0, defaultSegments).join(PATH_SEPARATOR), segments.slice(defaultSegments).join(PATH_SEPARATOR)];
  }
  return undefined;
}

function kustRootPathExitsRepo(p: string): boolean {
  const cleaned = goClean(p.startsWith('/') ? p.slice(1) : p);
  return cleaned.split('/')[0] === '..';
}

function extractHost(input: string): [string, string] {
  let n = input;
  const forced = trimPrefixIgnoreCase(n, 'git::');
  if (forced !== undefined) n = forced;
  let scheme = '';
  for (const prefix of [SSH_SCHEME, HTTPS_SCHEME, HTTP_SCHEME, FILE_SCHEME]) {
    const rest = trimPrefixIgnoreCase(n, prefix);
    if (rest !== undefined) {
      scheme = prefix;
      n = rest;
      break;
    }
  }
  let username = '';
  const m = /^([a-zA-Z][a-zA-Z0-9-]*)@/.exec(n);
  if (m) {
    username = m[1] + '@';
    n = n.slice(username.length);
  }
  const lower = n.toLowerCase();
  const stdGithub = lower.startsWith('github.com/') || lower.startsWith('github.com:');
  const acceptScp = scheme === '' && (username !== '' || stdGithub);
  if (scheme === '' && !acceptScp) throw new RepoSpecError('failed to parse scheme');
  // Everything after file:// (a 'username' included) is a local path.
  if (scheme === FILE_SCHEME) return [scheme, username + n];
  let host = n;
  let rest = '';
  const sep = findPathSeparator(n, acceptScp);
  if (sep >= 0) {
    host = n.slice(0, sep + 1);
    rest = n.slice(sep + 1);
  }
  if (stdGithub) {
    if (scheme.startsWith(SSH_SCHEME) || username !== '') {
      scheme = '';
      host = 'github.com:';
    } else {
      scheme = HTTPS_SCHEME;
      username = '';
      host = 'github.com/';
    }
  }
  if (host === '') throw new RepoSpecError('failed to parse host segment');
  return [scheme + username + host, rest];
}

function findPathSeparator(hostPath: string, acceptScp: boolean): number {
  let sep = hostPath.indexOf(PATH_SEPARATOR);
  if (acceptScp) {
    // In scp-like URLs the colon delimits the path, unless a '/' comes first.
    const colon = hostPath.indexOf(':');
    if (sep === -1 || (colon > 0 && colon < sep)) sep = colon;
  }
  return sep;
}

function trimPrefixIgnoreCase(s: string, prefix: string): string | undefined {
  return prefix.length <= s.length && s.slice(0, prefix.length).toLowerCase() === prefix ? s.slice(prefix.length) : undefined;
}

function parseQuery(query: string): { ref: string; timeoutMs: number; submodules: boolean } {
  const defaults = { ref: '', timeoutMs: DEFAULT_GIT_TIMEOUT_MS, submodules: DEFAULT_SUBMODULES };
  const values = goParseQuery(query);
  // Any malformed pair makes Go's url.ParseQuery fail, and kustomize then uses all defaults.
  if (!values) return defaults;
  const get = (k: string): string => values.get(k)?.[0] ?? '';
  let ref = get('version');
  if (get('ref') !== '') ref = get('ref');
  let timeoutMs = DEFAULT_GIT_TIMEOUT_MS;
  const t = get('timeout');
  if (t !== '') {
    const i = goAtoi(t);
    if (i !== undefined && i > 0) timeoutMs = i * 1000;
    else {
      const d = goParseDurationMs(t);
      if (d !== undefined && d > 0) timeoutMs = d;
    }
  }
  let submodules = DEFAULT_SUBMODULES;
  const s = get('submodules');
  if (s !== '') {
    const b = goParseBool(s);
    if (b !== undefined) submodules = b;
  }
  return { ref, timeoutMs, submodules };
}

/** Go's url.ParseQuery; undefined where Go returns an error. */
function goParseQuery(query: string): Map<string, string[]> | undefined {
  const m = new Map<string, string[]>();
  let failed = false;
  for (const part of query.split('&')) {
    if (part.includes(';')) {
      failed = true;
      continue;
    }
    if (part === '') continue;
    const eq = part.indexOf('=');
    const k = goQueryUnescape(eq >= 0 ? part.slice(0, eq) : part);
    const v = goQueryUnescape(eq >= 0 ? part.slice(eq + 1) : '');
    if (k === undefined || v === undefined) {
      failed = true;
      continue;
    }
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  }
  return failed ? undefined : m;
}

function goQueryUnescape(s: string): string | undefined {
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '%') {
      const h = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) return undefined;
      bytes.push(parseInt(h, 16));
      i += 2;
    } else if (c === '+') bytes.push(0x20);
    else {
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      bytes.push(...enc.encode(ch));
      i += ch.length - 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Go's strconv.Atoi (64-bit). */
function goAtoi(s: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const v = BigInt(s);
  if (v > 9223372036854775807n || v < -9223372036854775808n) return undefined;
  return Number(v);
}

/** Go's strconv.ParseBool. */
function goParseBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

const DURATION_UNITS_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  'µs': 1e-3, // U+00B5
  'μs': 1e-3, // U+03BC
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go's time.ParseDuration, in milliseconds. */
export function goParseDurationMs(input: string): number | undefined {
  let s = input;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') return undefined;
  let total = 0;
  while (s !== '') {
    const m = /^([0-9]*)(\.([0-9]*))?/.exec(s)!;
    const intPart = m[1]!;
    const fracPart = m[3] ?? '';
    if (intPart === '' && fracPart === '') return undefined;
    if (intPart === '' && m[2] === undefined) return undefined;
    s = s.slice(m[0].length);
    const u = /^[^0-9.]+/.exec(s);
    if (!u) return undefined;
    const unit = DURATION_UNITS_MS[u[0]];
    if (unit === undefined) return undefined;
    s = s.slice(u[0].length);
    total += Number(`${intPart || '0'}.${fracPart || '0'}`) * unit;
  }
  if (total > 9223372036854.775) return undefined;
  return neg ? -total : total;
}

/** Go's path/filepath.Clean on '/'-separated paths. */
export function goClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(seg);
  }
  const s = out.join('/');
  return rooted ? '/' + s : s || '.';
}

/** Go's filepath.Join: empty elements skipped, result cleaned; '' when all are empty. */
function goJoin(...parts: string[]): string {
  const nonEmpty = parts.filter((p) => p !== '');
  return nonEmpty.length ? goClean(nonEmpty.join('/')) : '';
}

/** The path fields of kustomize's resource Origin. */
export interface OriginParts {
  path: string;
  repo?: string;
  ref?: string;
}

/**
 * kustomize's Origin.Append: a remote base restarts the origin at the repository (repo, ref and
 * the path inside it, kustomize's quirks included: a base at the repository root is recorded as
 * `notCloned`); anything else is joined onto the path (Go's filepath.Join, so `https://x/y`
 * becomes `https:/x/y`).
 */
export function appendOrigin(origin: OriginParts, input: string): OriginParts {
  const spec = tryParseRepoSpec(input);
  if (spec) {
    const absPath = goJoin('/notCloned', spec.kustRootPath);
    const path = absPath.slice(absPath.slice(1).indexOf('/') + 1).slice(1);
    const out: OriginParts = { path: goJoin('', path), repo: spec.cloneSpec };
    if (spec.ref) out.ref = spec.ref;
    return out;
  }
  const out: OriginParts = { path: goJoin(origin.path, input) };
  if (origin.repo) out.repo = origin.repo;
  if (origin.ref) out.ref = origin.ref;
  return out;
}
