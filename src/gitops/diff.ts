/**
 * Line diffs: Myers' O(ND) shortest edit script and GNU-style unified output. Small and
 * dependency-free; used by `check` (golden drift), `diff` (changed resources) and the edit
 * commands (carrying an edit back onto the original text).
 *
 * @see E. W. Myers, "An O(ND) Difference Algorithm and Its Variations" (1986)
 */

/** A run of the edit script: lines a[aStart, aEnd) become b[bStart, bEnd). */
export interface DiffOp {
  kind: 'equal' | 'delete' | 'insert' | 'replace';
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Past this many differences, the middle part is reported as one replacement (bounded cost). */
const MAX_EDIT_DISTANCE = 4000;

/**
 * Splits text into lines without their `\n`. A final newline does not make an empty last line;
 * `noNewlineAtEnd` tells whether the text ended without one (and was not empty).
 */
export function splitLines(text: string): { lines: string[]; noNewlineAtEnd: boolean } {
  if (text === '') return { lines: [], noNewlineAtEnd: false };
  const lines = text.split('\n');
  const noNewlineAtEnd = lines[lines.length - 1] !== '';
  if (!noNewlineAtEnd) lines.pop();
  return { lines, noNewlineAtEnd };
}

/**
 * The edit script turning `a` into `b`, as ordered runs. Adjacent deletes and inserts are
 * merged into `replace` runs. Runs cover both sequences completely and in order.
 */
export function diffLines(a: readonly string[], b: readonly string[]): DiffOp[] {
  // Common prefix and suffix cost nothing and shrink the search.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;

  const raw: DiffOp[] = [];
  if (pre > 0) raw.push({ kind: 'equal', aStart: 0, aEnd: pre, bStart: 0, bEnd: pre });
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  for (const op of myers(midA, midB)) {
    raw.push({ ...op, aStart: op.aStart + pre, aEnd: op.aEnd + pre, bStart: op.bStart + pre, bEnd: op.bEnd + pre });
  }
  if (suf > 0) {
    raw.push({ kind: 'equal', aStart: a.length - suf, aEnd: a.length, bStart: b.length - suf, bEnd: b.length });
  }
  return coalesce(raw);
}

/** Myers' greedy forward algorithm, with the V arrays kept for backtracking. */
function myers(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 && m === 0) return [];
  if (n === 0) return [{ kind: 'insert', aStart: 0, aEnd: 0, bStart: 0, bEnd: m }];
  if (m === 0) return [{ kind: 'delete', aStart: 0, aEnd: n, bStart: 0, bEnd: 0 }];
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] is V as it was before step d.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!);
      let x = down ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) {
    // Too different: one replacement of the whole middle.
    return [{ kind: 'replace', aStart: 0, aEnd: n, bStart: 0, bEnd: m }];
  }
  const ops: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vPrev = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && vPrev[off + k - 1]! < vPrev[off + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vPrev[off + prevK]!;
    const prevY = prevX - prevK;
    const midX = down ? prevX : prevX + 1;
    const midY = down ? prevY + 1 : prevY;
    if (x > midX) ops.push({ kind: 'equal', aStart: midX, aEnd: x, bStart: midY, bEnd: y });
    if (down) ops.push({ kind: 'insert', aStart: prevX, aEnd: prevX, bStart: prevY, bEnd: prevY + 1 });
    else ops.push({ kind: 'delete', aStart: prevX, aEnd: prevX + 1, bStart: prevY, bEnd: prevY });
    x = prevX;
    y = prevY;
  }
  if (x > 0) ops.push({ kind: 'equal', aStart: 0, aEnd: x, bStart: 0, bEnd: y });
  ops.reverse();
  return ops;
}

/** Merges neighbouring runs: equal with equal, and any mix of deletes/inserts into one run. */
function coalesce(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const op of ops) {
    if (op.aStart === op.aEnd && op.bStart === op.bEnd) continue;
    const last = out[out.length - 1];
    const isEq = op.kind === 'equal';
    if (last && (last.kind === 'equal') === isEq) {
      last.aEnd = op.aEnd;
      last.bEnd = op.bEnd;
      if (!isEq) last.kind = kindOf(last);
      continue;
    }
    out.push({ ...op, kind: isEq ? 'equal' : kindOf(op) });
  }
  return out;
}

function kindOf(op: DiffOp): DiffOp['kind'] {
  const del = op.aEnd > op.aStart;
  const ins = op.bEnd > op.bStart;
  return del && ins ? 'replace' : del ? 'delete' : 'insert';
}

export interface UnifiedDiffOptions {
  /** Name printed on the `---` line. Default 'a'. */
  fromFile?: string;
  /** Name printed on the `+++` line. Default 'b'. */
  toFile?: string;
  /** Lines of context around each change. Default 3. */
  context?: number;
}

/**
 * GNU-style unified diff of two texts; '' when they are equal. Missing final newlines are
 * marked with `\ No newline at end of file`.
 */
export function unifiedDiff(aText: string, bText: string, opts: UnifiedDiffOptions = {}): string {
  if (aText === bText) return '';
  const A = splitLines(aText);
  const B = splitLines(bText);
  const a = A.lines;
  const b = B.lines;
  // A differing final-newline status changes the last line, as in GNU diff.
  const aKey = A.noNewlineAtEnd ? [...a.slice(0, -1), a[a.length - 1] + '\u0000'] : a;
  const bKey = B.noNewlineAtEnd ? [...b.slice(0, -1), b[b.length - 1] + '\u0000'] : b;
  const ops = diffLines(aKey, bKey);
  const ctx = opts.context ?? 3;
  const out: string[] = [`--- ${opts.fromFile ?? 'a'}`, `+++ ${opts.toFile ?? 'b'}`];

  // Group change runs whose context overlaps into hunks.
  const changes = ops.filter((o) => o.kind !== 'equal');
  let i = 0;
  while (i < changes.length) {
    let j = i;
    while (j + 1 < changes.length && changes[j + 1]!.aStart - changes[j]!.aEnd <= 2 * ctx) j++;
    const first = changes[i]!;
    const last = changes[j]!;
    const aFrom = Math.max(0, first.aStart - ctx);
    const aTo = Math.min(a.length, last.aEnd + ctx);
    const bFrom = Math.max(0, first.bStart - ctx);
    const bTo = Math.min(b.length, last.bEnd + ctx);
    out.push(`@@ -${range(aFrom, aTo - aFrom)} +${range(bFrom, bTo - bFrom)} @@`);
    let ai = aFrom;
    let bi = bFrom;
    for (let c = i; c <= j; c++) {
      const ch = changes[c]!;
      while (ai < ch.aStart) pushLine(out, ' ', a, ai++, A.noNewlineAtEnd), bi++;
      for (let x = ch.aStart; x < ch.aEnd; x++) pushLine(out, '-', a, x, A.noNewlineAtEnd);
      for (let y = ch.bStart; y < ch.bEnd; y++) pushLine(out, '+', b, y, B.noNewlineAtEnd);
      ai = ch.aEnd;
      bi = ch.bEnd;
    }
    while (ai < aTo) pushLine(out, ' ', a, ai++, A.noNewlineAtEnd), bi++;
    i = j + 1;
  }
  return out.join('\n') + '\n';
}

function pushLine(out: string[], mark: string, lines: string[], i: number, noNl: boolean): void {
  out.push(mark + lines[i]);
  if (noNl && i === lines.length - 1) out.push('\\ No newline at end of file');
}

/** `start,count` of a hunk header (1-based; `,count` omitted when 1; empty ranges name the line before). */
function range(from: number, count: number): string {
  if (count === 0) return `${from},0`;
  if (count === 1) return `${from + 1}`;
  return `${from + 1},${count}`;
}
