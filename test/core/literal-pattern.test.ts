/**
 * The RegExp-free matcher for plain-name patterns must agree with the anchored expression
 * kustomize compiles, as the Go engine (go-regexp.ts, RE2) runs it, and follow Go's `.` (any
 * code point but a newline) where JavaScript's differs.
 */
import { describe, expect, test } from 'vitest';
import { isLiteralPattern, matchLiteralPrefix, matchesLiteral } from '../../src/core/literal-pattern.js';
import { compileGoRegexp } from '../../src/core/go-regexp.js';

describe('literal patterns', () => {
  test.each([
    ['registry.example.com/team/app', true],
    ['app-v1_2:3@x', true],
    ['', true],
    ['nginx|envoy', false],
    ['app-.*', false],
    ['a+', false],
    ['a?', false],
    ['(a)', false],
    ['[a]', false],
    ['a{2}', false],
    ['^a', false],
    ['a$', false],
    ['a\\.b', false],
  ])('isLiteralPattern(%j) is %j', (p, want) => {
    expect(isLiteralPattern(p)).toBe(want);
  });

  test('agrees with the anchored Go expression (RE2), on ASCII and other subjects', () => {
    const patterns = ['a.b', 'app.v1', '...', 'x', '', 'registry.example.com/app', 'a-b.c:d', "a=b,c~d%e&f'g\"h<i>j;k!l#m n"];
    const alphabet = ['a', 'b', '.', 'X', '-', 'v', '1', 'p', 'c', ':', 'd', '/', '\n', '\r', '\u2028', '😀', 'é'];
    // Every string up to length 4 over the alphabet, plus the patterns themselves and near misses.
    const subjects = new Set<string>(patterns.flatMap((p) => [p, p + 'a', p.slice(1), p.replaceAll('.', 'Z')]));
    const grow = (s: string) => {
      subjects.add(s);
      if (s.length < 3) for (const c of alphabet) grow(s + c);
    };
    grow('');
    const disagreements: string[] = [];
    for (const p of patterns) {
      expect(isLiteralPattern(p)).toBe(true);
      const re = compileGoRegexp(`^(?:${p})$`);
      for (const s of subjects) if (matchesLiteral(p, s) !== re.test(s)) disagreements.push(`${p} on ${s}`);
    }
    expect(disagreements).toEqual([]);
  });

  test("'.' is Go's: any code point but a newline", () => {
    expect(matchesLiteral('a.b', 'a\nb')).toBe(false);
    expect(matchesLiteral('a.b', 'a\rb')).toBe(true);
    expect(matchesLiteral('a.b', 'a\u2028b')).toBe(true);
    expect(matchesLiteral('a.b', 'a😀b')).toBe(true);
    expect(matchesLiteral('a..b', 'a😀b')).toBe(false);
    // A lone surrogate is one character.
    expect(matchesLiteral('a.b', 'a\ud800b')).toBe(true);
  });

  test('prefix lengths', () => {
    expect(matchLiteralPrefix('nginx', 'nginx:1.0')).toBe(5);
    expect(matchLiteralPrefix('ng.nx', 'ngXnx@sha256:1')).toBe(5);
    expect(matchLiteralPrefix('nginx', 'ngin')).toBe(-1);
    expect(matchLiteralPrefix('nginx', 'redis')).toBe(-1);
    expect(matchLiteralPrefix('', 'x')).toBe(0);
  });
});
