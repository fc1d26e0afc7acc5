/**
 * Go regular expressions (package regexp: RE2 syntax, linear-time matching), where kustomize
 * compiles user text with `regexp.Compile`:
 *
 * - image names (`images[].name`): `^` + name + `(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$`,
 *   the name not grouped (api/internal/image/image.go IsImageMatched);
 * - patch target group, version, kind, name, namespace: `^(?:` + pattern + `)$`
 *   (api/types/selector.go anchorRegex);
 * - the value of a `[field=value]` path element in replacements, unanchored (kyaml/yaml/match.go
 *   visitElem / visitPrimitiveElem).
 *
 * JavaScript's RegExp is a backtracking engine with another syntax: `(a+)+b` takes exponential
 * time, `\pL`, `[[:alpha:]]`, `\A`, `\z`, `\Q…\E`, `\x{61}`, `(?i)`, `(?P<n>…)` mean something
 * else or nothing. These patterns therefore run on re2js, a pure-JavaScript port of RE2J (same
 * syntax as Go's regexp/syntax with Perl flags, leftmost-first semantics, time linear in the
 * input, nested repetition limited to 1000 as in Go). Plain names take the literal fast path
 * (literal-pattern.ts), which is exactly equivalent.
 */
import { RE2JS } from 're2js';

/** A compiled Go regular expression. */
export interface GoRegexp {
  /** Go's `MatchString`: whether the expression matches anywhere in `s`. */
  test(s: string): boolean;
}

/** A pattern Go's regexp.Compile refuses; `message` is Go's (`error parsing regexp: …`). */
export class GoRegexpSyntaxError extends Error {
  override readonly name = 'GoRegexpSyntaxError';
}

/**
 * Longest pattern compiled. kustomize has none, but a pattern is a field of a kustomization;
 * beyond this the compiled program alone would take tens of megabytes.
 */
export const MAX_PATTERN_LENGTH = 64 * 1024;

/** Go's regexp.Compile (syntax.Perl). @throws GoRegexpSyntaxError */
export function compileGoRegexp(source: string): GoRegexp {
  if (source.length > MAX_PATTERN_LENGTH) {
    throw new GoRegexpSyntaxError(`error parsing regexp: expression too large (${source.length} characters, at most ${MAX_PATTERN_LENGTH})`);
  }
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new GoRegexpSyntaxError(msg.startsWith('error parsing regexp') ? msg : `error parsing regexp: ${msg}`);
  }
  return { test: (s) => re.test(s) };
}
