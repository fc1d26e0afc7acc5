/**
 * The line diff: exact unified output for cases checked against GNU `diff -u` (hunks, counts,
 * missing final newline), and a property test that the edit script always rebuilds the target.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffLines, splitLines, unifiedDiff } from '../../src/gitops/diff.js';

const body = (d: string) => d.split('\n').slice(2).join('\n');

describe('unifiedDiff matches GNU diff -u', () => {
  test('delete and add in one hunk', () => {
    expect(body(unifiedDiff('a\nb\nc\n', 'a\nc\nd\n'))).toBe('@@ -1,3 +1,3 @@\n a\n-b\n c\n+d\n');
  });
  test('missing final newline', () => {
    expect(body(unifiedDiff('x\n', 'x'))).toBe('@@ -1 +1 @@\n-x\n+x\n\\ No newline at end of file\n');
  });
  test('two hunks with three lines of context', () => {
    const a = Array.from({ length: 16 }, (_, i) => String(i + 1)).join('\n') + '\n';
    const b = a.replace('\n3\n', '\nX\n').replace('\n14\n', '\nY\n');
    expect(body(unifiedDiff(a, b))).toBe(
      '@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+X\n 4\n 5\n 6\n@@ -11,6 +11,6 @@\n 11\n 12\n 13\n-14\n+Y\n 15\n 16\n',
    );
  });
  test('everything removed / added', () => {
    expect(body(unifiedDiff('a\nb\nc\n', ''))).toBe('@@ -1,3 +0,0 @@\n-a\n-b\n-c\n');
    expect(body(unifiedDiff('', 'a\n'))).toBe('@@ -0,0 +1 @@\n+a\n');
  });
  test('headers and equal input', () => {
    expect(unifiedDiff('a\n', 'b\n', { fromFile: 'old.yaml', toFile: 'new.yaml' }).split('\n').slice(0, 2)).toEqual([
      '--- old.yaml',
      '+++ new.yaml',
    ]);
    expect(unifiedDiff('same\n', 'same\n')).toBe('');
  });
});

/** Applies a unified diff (our output) to `a`. */
function patch(a: string, diff: string): string {
  if (!diff) return a;
  const lines = splitLines(a).lines;
  const out: string[] = [];
  let pos = 0;
  let noNl = false;
  const d = diff.split('\n').slice(2);
  for (let i = 0; i < d.length; i++) {
    const l = d[i]!;
    const m = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(l);
    if (m) {
      const start = Number(m[2] === '0' ? m[1] : Number(m[1]) - 1);
      while (pos < start) out.push(lines[pos++]!);
      continue;
    }
    if (l.startsWith(' ')) {
      out.push(l.slice(1));
      pos++;
    } else if (l.startsWith('-')) pos++;
    else if (l.startsWith('+')) out.push(l.slice(1));
    else if (l.startsWith('\\')) noNl = d[i - 1]!.startsWith('+') || (d[i - 1]!.startsWith(' ') && true);
  }
  while (pos < lines.length) out.push(lines[pos++]!);
  return out.join('\n') + (out.length && !noNl ? '\n' : '');
}

describe('properties', () => {
  const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 14 }).map((l) => (l.length ? l.join('\n') + '\n' : ''));
  test('the edit script covers both sides and rebuilds b', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 20 }), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 20 }), (a, b) => {
        const out: string[] = [];
        let pa = 0;
        let pb = 0;
        for (const op of diffLines(a, b)) {
          expect(op.aStart).toBe(pa);
          expect(op.bStart).toBe(pb);
          if (op.kind === 'equal') {
            expect(a.slice(op.aStart, op.aEnd)).toEqual(b.slice(op.bStart, op.bEnd));
            out.push(...a.slice(op.aStart, op.aEnd));
          } else out.push(...b.slice(op.bStart, op.bEnd));
          pa = op.aEnd;
          pb = op.bEnd;
        }
        expect([pa, pb]).toEqual([a.length, b.length]);
        expect(out).toEqual(b);
      }),
    );
  });
  test('the edit script is minimal on small inputs (LCS length)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 9 }), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 9 }), (a, b) => {
        const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
        for (let i = a.length - 1; i >= 0; i--)
          for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
        const equal = diffLines(a, b)
          .filter((o) => o.kind === 'equal')
          .reduce((n, o) => n + o.aEnd - o.aStart, 0);
        expect(equal).toBe(lcs[0]![0]);
      }),
    );
  });
  test('applying the unified diff gives b', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(patch(a, unifiedDiff(a, b))).toBe(b);
      }),
    );
  });
});
