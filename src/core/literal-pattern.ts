/**
 * Patterns kustomize compiles as Go regular expressions (image names, patch target names and
 * namespaces) are nearly always plain names, maybe with dots: `registry.example.com/team/app`.
 * Those are matched here without building a RegExp. A build used to construct one expression
 * per image entry and per patch target (thousands in a large tree), and each new expression is
 * parsed, compiled and run through V8's regexp interpreter before it gets fast: a cold CLI
 * build spent ≈ 6% of its time there.
 *
 * Matching follows Go's regexp: `.` matches any character but a newline, a character being a
 * code point (a JavaScript `.` without the `u` flag also refuses `\r`, U+2028 and U+2029 and
 * matches half of a surrogate pair).
 */

/** Characters that are literal in Go's and JavaScript's syntax alike, and `.`. */
const LITERAL_OR_DOT = /^[A-Za-z0-9_\-./:@=,~%&'"<>;!# ]*$/;

/** Whether `pattern` has no regular-expression syntax other than `.`. */
export function isLiteralPattern(pattern: string): boolean {
  return LITERAL_OR_DOT.test(pattern);
}

/**
 * The length of the prefix of `s` that the literal pattern matches (it matches a prefix of fixed
 * length in code points, or none), or -1 when it does not match a prefix of `s`.
 * The pattern must satisfy {@link isLiteralPattern}.
 */
export function matchLiteralPrefix(pattern: string, s: string): number {
  let i = 0;
  for (let p = 0; p < pattern.length; p++) {
    if (i >= s.length) return -1;
    const pc = pattern.charCodeAt(p);
    if (pc === 0x2e /* . */) {
      const c = s.charCodeAt(i);
      if (c === 0x0a) return -1;
      // One code point: a well-formed surrogate pair is consumed whole.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    } else if (s.charCodeAt(i) !== pc) return -1;
    else i++;
  }
  return i;
}

/** Whether the literal pattern matches the whole of `s` (as `^(?:pattern)$` would). */
export function matchesLiteral(pattern: string, s: string): boolean {
  return matchLiteralPrefix(pattern, s) === s.length;
}
