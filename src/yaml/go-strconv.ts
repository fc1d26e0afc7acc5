/**
 * The few pieces of Go's `strconv` that decide how go-yaml reads and prints scalars:
 * `ParseInt`/`ParseUint` (base 0 accepts `0x`, `0o`, `0b` and legacy `017` octal),
 * `ParseFloat` acceptance, and `FormatFloat(f, 'g', -1, 64|32)`.
 *
 * Semantics follow Go 1.23 `strconv` (atoi.go, atof.go, ftoa.go).
 */

/** Result of a Go integer parse: `err` is 0 (ok), 1 (`ErrSyntax`) or 2 (`ErrRange`). */
export interface GoIntResult {
  err: 0 | 1 | 2;
  value: bigint;
}

const MAX_UINT64 = (1n << 64n) - 1n;
const INT64_CUTOFF = 1n << 63n;
const SYNTAX: GoIntResult = { err: 1, value: 0n };
const RANGE: GoIntResult = { err: 2, value: 0n };

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 122) return l - 97 + 10;
  return 99;
}

/**
 * Go `strconv.ParseUint(s, base, 64)`. Base 0 reads Go prefixes. Underscores are only
 * legal with base 0 (callers in go-yaml strip them beforehand, so they are rejected here
 * unless `base === 0`, and then only where Go's `underscoreOK` allows them).
 */
export function goParseUint(s: string, base: number): GoIntResult {
  if (s.length === 0) return SYNTAX;
  const base0 = base === 0;
  let start = 0;
  if (base0) {
    base = 10;
    if (s.charCodeAt(0) === 48 /* 0 */) {
      const p = s.length >= 3 ? s.charCodeAt(1) | 0x20 : 0;
      if (p === 98 /* b */) {
        base = 2;
        start = 2;
      } else if (p === 111 /* o */) {
        base = 8;
        start = 2;
      } else if (p === 120 /* x */) {
        base = 16;
        start = 2;
      } else {
        base = 8;
        start = 1;
      }
    }
  }
  let underscores = false;
  // Fast path: accumulate in a double while it stays exact, then switch to BigInt.
  let n = 0;
  let big: bigint | null = null;
  const bigBase = BigInt(base);
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95 /* _ */ && base0) {
      underscores = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= base) return SYNTAX;
    if (big === null) {
      const next = n * base + d;
      if (next <= Number.MAX_SAFE_INTEGER) {
        n = next;
        continue;
      }
      big = BigInt(n);
    }
    big = big * bigBase + BigInt(d);
    if (big > MAX_UINT64) return RANGE;
  }
  if (underscores && !underscoreOK(s)) return SYNTAX;
  return { err: 0, value: big ?? BigInt(n) };
}

/** Go `strconv.ParseInt(s, base, 64)`. */
export function goParseInt(s: string, base: number): GoIntResult {
  if (s.length === 0) return SYNTAX;
  let neg = false;
  let body = s;
  const c0 = s.charCodeAt(0);
  if (c0 === 43 /* + */) body = s.slice(1);
  else if (c0 === 45 /* - */) {
    neg = true;
    body = s.slice(1);
  }
  const u = goParseUint(body, base);
  if (u.err === 1) return SYNTAX;
  if (u.err === 2) return RANGE;
  if (!neg && u.value >= INT64_CUTOFF) return RANGE;
  if (neg && u.value > INT64_CUTOFF) return RANGE;
  return { err: 0, value: neg ? -u.value : u.value };
}

/** Go's `underscoreOK`: underscores only between digits or after a base prefix. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0') {
    const l = s.charCodeAt(1) | 0x20;
    if (l === 98 || l === 111 || l === 120) {
      i = 2;
      saw = '0';
      hex = l === 120;
    }
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (hex && ((c | 0x20) >= 97 && (c | 0x20) <= 102))) {
      saw = '0';
      continue;
    }
    if (c === 95) {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** go-yaml's `yamlStyleFloat` regexp (anchored, linear). */
export const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/**
 * Value of Go `strconv.ParseFloat(s, 64)` for a string already known to match
 * {@link YAML_STYLE_FLOAT} (or `.digits[e±digits]`), or `undefined` when Go reports an
 * error (only overflow to ±Inf is possible for such strings; underflow is not an error).
 */
export function goParseDecimalFloat(s: string): number | undefined {
  const v = Number(s);
  if (!Number.isFinite(v)) return undefined;
  return v;
}

const DOT_FLOAT_GO = /^\.[0-9_]+(?:[eE][-+]?[0-9][0-9_]*)?$/;

/**
 * Go `strconv.ParseFloat(s, 64)` for a string starting with '.', as go-yaml calls it for the
 * '.' hint: `.5`, `.5e3`, and also `.5_0` (Go float syntax allows `_` between digits).
 * Returns undefined when Go reports an error (bad syntax or overflow).
 */
export function goParseFloatDot(s: string): number | undefined {
  if (!DOT_FLOAT_GO.test(s)) return undefined;
  const e = s.search(/[eE]/);
  const mant = e < 0 ? s : s.slice(0, e);
  if (!/[0-9]/.test(mant)) return undefined;
  if (s.indexOf('_') >= 0) {
    if (!underscoreOK(s)) return undefined;
    s = s.replace(/_/g, '');
  }
  return goParseDecimalFloat(s);
}

/** Shortest decimal digits and decimal exponent of a finite, non-zero double: v = 0.d1d2.. × 10^dp. */
function shortestDigits(v: number): { digits: string; dp: number } {
  // toExponential() without an argument yields the shortest round-trip digits, like Go's
  // FormatFloat(-1); both pick the closest of the shortest candidates.
  const e = Math.abs(v).toExponential();
  const ePos = e.indexOf('e');
  const mant = e.slice(0, ePos);
  const exp = Number(e.slice(ePos + 1));
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { digits, dp: exp + 1 };
}

/** Shortest digits of `v` rounded to float32, as Go's FormatFloat(v, _, -1, 32). */
function shortestDigits32(v: number): { digits: string; dp: number } {
  const f = Math.fround(v);
  const a = Math.abs(f);
  for (let p = 1; p <= 9; p++) {
    const s = a.toExponential(p - 1);
    if (Math.fround(Number(s)) === a) {
      const ePos = s.indexOf('e');
      const mant = s.slice(0, ePos);
      let digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
      digits = digits.replace(/0+$/, '') || '0';
      return { digits, dp: Number(s.slice(ePos + 1)) + 1 };
    }
  }
  return shortestDigits(f);
}

function formatG(neg: boolean, digits: string, dp: number): string {
  const exp = dp - 1;
  const sign = neg ? '-' : '';
  if (exp < -4 || exp >= 6) {
    // %e with the shortest mantissa, exponent at least two digits.
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  if (dp <= 0) return sign + '0.' + '0'.repeat(-dp) + digits;
  if (dp >= digits.length) return sign + digits + '0'.repeat(dp - digits.length);
  return sign + digits.slice(0, dp) + '.' + digits.slice(dp);
}

/** Go `strconv.FormatFloat(v, 'g', -1, 64)`, with go-yaml's `.inf`/`.nan` spellings. */
export function formatFloatG64(v: number): string {
  if (Number.isNaN(v)) return '.nan';
  if (v === Infinity) return '.inf';
  if (v === -Infinity) return '-.inf';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const { digits, dp } = shortestDigits(v);
  return formatG(v < 0, digits, dp);
}

/** Go `strconv.FormatFloat(v, 'g', -1, 32)` (used by sigs.k8s.io/yaml for float map keys). */
export function formatFloatG32(v: number): string {
  if (Number.isNaN(v)) return '.nan';
  const f = Math.fround(v);
  if (f === Infinity) return '.inf';
  if (f === -Infinity) return '-.inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const { digits, dp } = shortestDigits32(f);
  return formatG(f < 0, digits, dp);
}
