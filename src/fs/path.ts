/** POSIX path helpers for the core (no node:path, so the core runs in browsers). Paths are absolute, '/'-separated. */

/** Normalizes `p` to an absolute path: resolves `.` and `..`, collapses slashes, no trailing slash. */
export function normalize(p: string): string {
  if (isClean(p)) return p;
  let r = normalized.get(p);
  if (r === undefined) {
    r = normalizeSlow(p);
    if (normalized.size >= 50_000) normalized.clear();
    normalized.set(p, r);
  }
  return r;
}

/** Results of {@link normalize} for paths that were not clean already (a build resolves the same few thousand). */
const normalized = new Map<string, string>();

/** True when `p` is absolute and already normal: no empty, `.` or `..` segment, no trailing slash. */
export function isClean(p: string): boolean {
  const n = p.length;
  if (n === 0 || p.charCodeAt(0) !== 0x2f) return false;
  if (n === 1) return true;
  for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
    const c1 = i + 1 < n ? p.charCodeAt(i + 1) : 0x2f;
    if (c1 === 0x2f) return false; // empty segment, or a trailing slash
    if (c1 === 0x2e) {
      const c2 = i + 2 < n ? p.charCodeAt(i + 2) : 0x2f;
      if (c2 === 0x2f) return false; // `.`
      if (c2 === 0x2e && (i + 3 >= n || p.charCodeAt(i + 3) === 0x2f)) return false; // `..`
    }
  }
  return true;
}

function normalizeSlow(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return '/' + parts.join('/');
}

/** Joins `rel` onto the absolute directory `dir`; an absolute `rel` wins. */
export function resolve(dir: string, rel: string): string {
  return rel.startsWith('/') ? normalize(rel) : normalize(dir + '/' + rel);
}

export function dirname(p: string): string {
  const n = normalize(p);
  const i = n.lastIndexOf('/');
  return i <= 0 ? '/' : n.slice(0, i);
}

export function basename(p: string): string {
  const n = normalize(p);
  return n.slice(n.lastIndexOf('/') + 1);
}

/** True when `p` equals `root` or lies below it. */
export function isWithin(root: string, p: string): boolean {
  if (root === '/') return true;
  return p === root || p.startsWith(root + '/');
}

/** Path of `p` relative to `from` (both absolute), e.g. for messages. */
export function relative(from: string, p: string): string {
  const a = normalize(from).split('/').filter(Boolean);
  const b = normalize(p).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const up = a.slice(i).map(() => '..');
  const rest = [...up, ...b.slice(i)].join('/');
  return rest || '.';
}

/**
 * Go's path.Join for relative paths: joins and cleans, keeping leading `..` (used for the
 * relative paths written into origin annotations).
 */
export function joinRelative(...parts: string[]): string {
  const joined = parts.filter((p) => p !== '').join('/');
  if (joined === '') return '';
  const abs = joined.startsWith('/');
  const out: string[] = [];
  for (const seg of joined.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(seg);
  }
  const s = out.join('/');
  return abs ? '/' + s : s || '.';
}
