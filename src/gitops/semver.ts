/**
 * Semantic-version ranges over tags, as Flux's GitRepository `spec.ref.semver` picks a tag
 * (Masterminds/semver constraints): the highest tag (a leading `v` allowed) that satisfies the
 * range. Constraints: `=`, `!=`, `>`, `<`, `>=`, `<=`, `~` (patch updates), `^` (minor
 * updates), wildcards (`1.2.x`, `1.*`, `*`), hyphen ranges (`1.2 - 1.4.5`); comparators joined
 * by spaces or commas (and), alternatives by `||` (or). Pre-release tags match only a
 * constraint that names a pre-release.
 */
import { KustomizeError } from '../core/errors.js';

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  pre: string[];
  raw: string;
}

const VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** A tag or version (`v1.2.3`, `1.2`, `1.2.3-rc.1`); undefined when it is not one. */
export function parseSemVer(s: string): SemVer | undefined {
  const m = VERSION.exec(s.trim());
  if (!m) return undefined;
  return { major: +m[1]!, minor: +(m[2] ?? 0), patch: +(m[3] ?? 0), pre: m[4] ? m[4].split('.') : [], raw: s };
}

export function compareSemVer(a: SemVer, b: SemVer): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  if (!a.pre.length || !b.pre.length) return a.pre.length === b.pre.length ? 0 : a.pre.length ? -1 : 1;
  for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
    const x = a.pre[i];
    const y = b.pre[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && +x !== +y) return +x < +y ? -1 : 1;
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

type Test = (v: SemVer) => boolean;

function bad(range: string, why: string): KustomizeError {
  return new KustomizeError('INVALID_GITOPS_OBJECT', `invalid semver range '${range}': ${why}`);
}

/** A partial version: missing or wildcard parts are undefined. */
function partial(s: string, range: string): { parts: (number | undefined)[]; pre: string[] } {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(s);
  if (!m) throw bad(range, `'${s}' is not a version`);
  const parts = [m[1], m[2], m[3]].map((p) => (p === undefined || /^[xX*]$/.test(p) ? undefined : +p));
  // A wildcard makes the parts after it wildcards too.
  const w = parts.indexOf(undefined);
  if (w >= 0) for (let i = w; i < 3; i++) parts[i] = undefined;
  return { parts, pre: m[4] ? m[4].split('.') : [] };
}

const ver = (major: number, minor: number, patch: number, pre: string[] = []): SemVer => ({ major, minor, patch, pre, raw: '' });

function comparator(op: string, v: string, range: string): Test {
  const { parts, pre } = partial(v, range);
  const [ma, mi, pa] = parts;
  const lo = ver(ma ?? 0, mi ?? 0, pa ?? 0, pre);
  const cmp = (x: SemVer) => compareSemVer(x, lo);
  // The version just above the partial range (1.2 → 1.3.0, 1 → 2.0.0).
  const next = (): SemVer | undefined =>
    ma === undefined ? undefined : mi === undefined ? ver(ma + 1, 0, 0) : pa === undefined ? ver(ma, mi + 1, 0) : undefined;
  switch (op) {
    case '':
    case '=': {
      if (ma === undefined) return () => true;
      const up = next();
      return up ? (x) => cmp(x) >= 0 && compareSemVer(x, up) < 0 : (x) => cmp(x) === 0;
    }
    case '!=': {
      const up = next();
      return up ? (x) => cmp(x) < 0 || compareSemVer(x, up) >= 0 : (x) => cmp(x) !== 0;
    }
    case '>': {
      const up = next();
      return up ? (x) => compareSemVer(x, up) >= 0 : (x) => cmp(x) > 0;
    }
    case '>=':
      return (x) => cmp(x) >= 0;
    case '<':
      return (x) => cmp(x) < 0;
    case '<=': {
      const up = next();
      return up ? (x) => compareSemVer(x, up) < 0 : (x) => cmp(x) <= 0;
    }
    case '~': {
      // ~1.2.3: >=1.2.3 <1.3.0; ~1: >=1.0.0 <2.0.0
      const up = ma === undefined ? undefined : mi === undefined ? ver(ma + 1, 0, 0) : ver(ma, mi + 1, 0);
      return (x) => cmp(x) >= 0 && (!up || compareSemVer(x, up) < 0);
    }
    case '^': {
      // ^1.2.3: <2.0.0; ^0.2.3: <0.3.0; ^0.0.3: <0.0.4
      let up: SemVer | undefined;
      if (ma === undefined) up = undefined;
      else if (ma > 0 || mi === undefined) up = ver(ma + 1, 0, 0);
      else if (mi > 0 || pa === undefined) up = ver(0, mi + 1, 0);
      else up = ver(0, 0, pa + 1);
      return (x) => cmp(x) >= 0 && (!up || compareSemVer(x, up) < 0);
    }
    default:
      throw bad(range, `unknown operator '${op}'`);
  }
}

/** Compiles a range; throws INVALID_GITOPS_OBJECT when it is not one. */
export function semverRange(range: string): (v: SemVer) => boolean {
  const alternatives = range.split('||').map((alt) => {
    const s = alt.trim();
    if (!s) throw bad(range, 'empty constraint');
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(s);
    if (hyphen) {
      const a = comparator('>=', hyphen[1]!, range);
      const b = comparator('<=', hyphen[2]!, range);
      return { tests: [a, b], pre: /-/.test(hyphen[1]! + hyphen[2]!.replace(/^[^-]*/, '')) };
    }
    const tests: Test[] = [];
    let pre = false;
    for (const c of s.split(/[\s,]+/).filter(Boolean)) {
      const m = /^(=|!=|>=|<=|>|<|~>|~|\^)?\s*(.+)$/.exec(c)!;
      const op = m[1] === '~>' ? '~' : (m[1] ?? '');
      if (/\d-/.test(m[2]!)) pre = true;
      tests.push(comparator(op, m[2]!, range));
    }
    return { tests, pre };
  });
  return (v) => alternatives.some((a) => (a.pre || v.pre.length === 0) && a.tests.every((t) => t(v)));
}

/** The highest tag satisfying `range`, or undefined. */
export function pickTag(tags: string[], range: string): string | undefined {
  const ok = semverRange(range);
  let best: SemVer | undefined;
  for (const t of tags) {
    const v = parseSemVer(t);
    if (v && ok(v) && (!best || compareSemVer(v, best) > 0)) best = v;
  }
  return best?.raw;
}
