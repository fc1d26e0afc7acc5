/**
 * Go's `path.Match` shell patterns: `*` (any run of non-`/` characters), `?`, `[...]` classes
 * with ranges and `^` negation, `\` escapes. `starMatchesSlash` lets `*` and `?` cross `/`,
 * as the `envsubst` trim operators do.
 * @see go/src/path/match.go
 */
import { KustomizeError } from '../core/errors.js';

const cache = new Map<string, RegExp>();

/** Whether `name` matches the pattern. Throws INVALID_EDIT for a malformed pattern (Go's ErrBadPattern). */
export function pathMatch(pattern: string, name: string, starMatchesSlash = false): boolean {
  const key = (starMatchesSlash ? '1' : '0') + pattern;
  let re = cache.get(key);
  if (!re) {
    re = compile(pattern, starMatchesSlash);
    if (cache.size > 500) cache.clear();
    cache.set(key, re);
  }
  return re.test(name);
}

/** True when the string has a glob metacharacter. */
export function hasMeta(s: string): boolean {
  return /[*?[\\]/.test(s);
}

function compile(p: string, anySlash: boolean): RegExp {
  const any = anySlash ? '[^]' : '[^/]';
  let out = '^';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*') out += `${any}*`;
    else if (c === '?') out += any;
    else if (c === '\\') {
      if (i + 1 >= p.length) throw bad(p);
      out += escapeRe(p[++i]!);
    } else if (c === '[') {
      let j = i + 1;
      let cls = '[';
      if (p[j] === '^') {
        cls += '^';
        j++;
      }
      let n = 0;
      for (;;) {
        if (j >= p.length) throw bad(p);
        if (p[j] === ']' && n > 0) break;
        let lo = p[j]!;
        if (lo === '\\') {
          j++;
          if (j >= p.length) throw bad(p);
          lo = p[j]!;
        } else if (lo === '-' || lo === ']') {
          throw bad(p);
        }
        j++;
        cls += escapeClass(lo);
        if (p[j] === '-') {
          j++;
          let hi = p[j];
          if (hi === undefined || hi === ']') throw bad(p);
          if (hi === '\\') {
            j++;
            hi = p[j];
            if (hi === undefined) throw bad(p);
          }
          if (hi < lo) throw bad(p);
          j++;
          cls += '-' + escapeClass(hi);
        }
        n++;
      }
      out += cls + ']';
      i = j;
    } else out += escapeRe(c);
  }
  return new RegExp(out + '$', 'u');
}

function bad(p: string): KustomizeError {
  return new KustomizeError('INVALID_EDIT', `syntax error in pattern: ${p}`);
}

function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? '\\' + c : c;
}

function escapeClass(c: string): string {
  return /[\\\]^[-]/.test(c) ? '\\' + c : c;
}
