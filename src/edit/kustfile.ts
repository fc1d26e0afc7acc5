/**
 * A kustomization file open for editing: the `yaml` package's Document API does the edit,
 * and the result is carried back onto the original text so that every line the edit does not
 * touch keeps its bytes (comments, key order, indentation, quoting, blank lines).
 *
 * How: the document is rendered once before and once after the edit with the same options;
 * the line diff between those two renderings is the edit, and it is applied to the original
 * text wherever the unedited rendering lines up with the original. When the original is in the
 * `yaml` package's own style (the common case) the two are identical and the result is simply
 * the rendering after the edit. When a change lands on lines the `yaml` package would have
 * re-formatted, the whole document is re-rendered instead (content unchanged, style normalised).
 */
import { parseDocument, isMap, isPair, isScalar, isSeq, Scalar, YAMLMap, YAMLSeq, type Document, type Pair } from 'yaml';
import { KustomizeError } from '../core/errors.js';
import { deepEqual, type Json } from '../core/json.js';
import { decodeKustomization } from '../load/kustomization.js';
import { isPlainSafeV2 } from '../yaml/resolve.js';
import { diffLines, splitLines } from '../gitops/diff.js';

type RenderOptions = {
  indent: number;
  indentSeq: boolean;
  lineWidth: 0;
  minContentWidth: 0;
  flowCollectionPadding: boolean;
};

/** An open kustomization. Call {@link KustFile.toString} to get the edited text. */
export class KustFile {
  readonly doc: Document.Parsed;
  private readonly text: string;
  private readonly crlf: boolean;
  private readonly renders: { opts: RenderOptions; before: string }[];

  private constructor(text: string, fileName: string) {
    this.crlf = text.includes('\r\n');
    this.text = this.crlf ? text.replace(/\r\n/g, '\n') : text;
    // Validate as kustomize's `edit` does (it unmarshals the file strictly before editing);
    // an empty or comment-only file is an empty kustomization for `edit`.
    if (!isBlank(this.text)) {
      try {
        decodeKustomization(this.text, fileName, fileName);
      } catch (e) {
        // kustomize's `edit` reads without the build's emptiness check (`images:` alone is fine).
        if (!(e instanceof KustomizeError && e.code === 'INVALID_KUSTOMIZATION' && /is empty$/.test(e.message))) throw e;
      }
    }
    this.doc = parseDocument(this.text, { uniqueKeys: false, keepSourceTokens: false });
    if (this.doc.errors.length) {
      const e = this.doc.errors[0]!;
      throw new KustomizeError('YAML_SYNTAX', e.message, { file: fileName, line: e.linePos?.[0]?.line, col: e.linePos?.[0]?.col });
    }
    if (this.doc.contents === null || (isScalar(this.doc.contents) && this.doc.contents.value === null)) {
      this.doc.contents = new YAMLMap() as never;
    }
    if (!isMap(this.doc.contents)) {
      throw new KustomizeError('INVALID_KUSTOMIZATION', `${fileName} is not a YAML mapping`, { file: fileName });
    }
    const detected = detectStyle(this.text);
    const alt = { ...detected, indentSeq: !detected.indentSeq };
    this.renders = [detected, alt].map((opts) => ({ opts, before: this.doc.toString(opts) }));
  }

  /** Parses `text` (the kustomization file `fileName`, for messages). */
  static open(text: string, fileName = 'kustomization.yaml'): KustFile {
    return new KustFile(text, fileName);
  }

  get root(): YAMLMap {
    return this.doc.contents as unknown as YAMLMap;
  }

  /**
   * The root pair whose key matches `field` case-insensitively (kustomize decodes field names
   * like Go's encoding/json); the last one when the file repeats it, as Go keeps the last.
   */
  pair(field: string): Pair | undefined {
    let found: Pair | undefined;
    const want = field.toLowerCase();
    for (const p of this.root.items) {
      if (isPair(p) && isScalar(p.key) && String(p.key.value).toLowerCase() === want) found = p as Pair;
    }
    return found;
  }

  /** The value node of a root field, or undefined. */
  get(field: string): unknown {
    return this.pair(field)?.value ?? undefined;
  }

  /** Sets a root field (replacing the value of an existing key, else appending the key). */
  set(field: string, value: unknown): void {
    const p = this.pair(field);
    if (p) p.value = value;
    else this.root.items.push(this.doc.createPair(scalar(field), value) as Pair);
  }

  /** Sets a root field to a string scalar, keeping the existing scalar node (and its style) when present. */
  setString(field: string, value: string): void {
    const p = this.pair(field);
    if (p && isScalar(p.value) && p.value.value === value) return;
    if (p && isScalar(p.value) && typeof p.value.value === 'string') {
      p.value = replaceScalar(p.value, value);
      return;
    }
    this.set(field, scalar(value));
  }

  /** Removes every root key matching `field` case-insensitively. */
  delete(field: string): void {
    const want = field.toLowerCase();
    this.root.items = this.root.items.filter(
      (p) => !(isPair(p) && isScalar(p.key) && String(p.key.value).toLowerCase() === want),
    );
  }

  /** The sequence at `field`, created (block style, at the end) when absent or null. */
  seq(field: string): YAMLSeq {
    const v = this.get(field);
    if (isSeq(v)) return v;
    if (v !== undefined && !(isScalar(v) && v.value === null)) {
      throw new KustomizeError('INVALID_KUSTOMIZATION', `'${field}' is not a list`, { field: [field] });
    }
    const s = new YAMLSeq();
    this.set(field, s);
    return s;
  }

  /** The mapping at `field`, created when absent or null. */
  map(field: string): YAMLMap {
    const v = this.get(field);
    if (isMap(v)) return v;
    if (v !== undefined && !(isScalar(v) && v.value === null)) {
      throw new KustomizeError('INVALID_KUSTOMIZATION', `'${field}' is not a map`, { field: [field] });
    }
    const m = new YAMLMap();
    this.set(field, m);
    return m;
  }

  /** The edited text (the original when nothing changed). */
  toString(): string {
    let fallback: string | undefined;
    for (const r of this.renders) {
      const after = this.doc.toString(r.opts);
      if (after === r.before) return this.restoreEol(this.text);
      if (r.before === this.text) return this.restoreEol(after);
      const carried = carryEdit(this.text, r.before, after);
      if (carried !== null && sameData(carried, after)) return this.restoreEol(carried);
      fallback ??= after;
    }
    return this.restoreEol(fallback!);
  }

  private restoreEol(s: string): string {
    return this.crlf ? s.replace(/\n/g, '\r\n') : s;
  }
}

function isBlank(text: string): boolean {
  return text.split('\n').every((l) => /^\s*(#.*)?$/.test(l));
}

/**
 * A string scalar that reads back as the same string under kustomize's YAML 1.1 typing
 * (`yes`, `on`, `1234`, `1:20` are double-quoted); multi-line strings become block literals.
 */
export function scalar(value: string | number | bigint | boolean, type?: Scalar.Type): Scalar {
  const s = new Scalar(value);
  if (typeof value !== 'string') return s;
  if (value.includes('\n')) s.type = Scalar.BLOCK_LITERAL;
  else if (!isPlainSafeV2(value)) s.type = Scalar.QUOTE_DOUBLE;
  else if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) s.type = type;
  else s.type = Scalar.PLAIN;
  return s;
}

/**
 * A scalar replacing `old` (a node or nothing): same quoting style when the new value allows
 * it, and the old node's comments kept.
 */
export function replaceScalar(old: unknown, value: string | number | bigint | boolean): Scalar {
  const s = scalar(value, isScalar(old) && typeof value === 'string' ? old.type : undefined);
  if (isScalar(old) || isMap(old) || isSeq(old)) {
    if (old.comment) s.comment = old.comment;
    if (old.commentBefore) s.commentBefore = old.commentBefore;
    if (old.spaceBefore) s.spaceBefore = old.spaceBefore;
  }
  return s;
}

/**
 * A new mapping with the given entries (undefined/'' values skipped). Keys follow the order of
 * `template` (a sibling entry, to match the file's style) and then kustomize's own output order
 * (sorted, as `sigs.k8s.io/yaml` marshals).
 */
export function newMap(entries: [string, unknown][], template?: YAMLMap): YAMLMap {
  const order = template ? template.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')) : [];
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  const kept = entries.filter(([, v]) => v !== undefined && v !== '');
  kept.sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const m = new YAMLMap();
  for (const [k, v] of kept) {
    const value = isScalar(v) || isMap(v) || isSeq(v) ? v : scalar(v as string);
    m.set(scalar(k), value);
  }
  return m;
}

/** Key of a pair as a string ('' for non-scalar keys). */
export function keyOf(p: unknown): string {
  return isPair(p) && isScalar(p.key) ? String(p.key.value) : '';
}

/** String value of `key` in a map node (exact key), or undefined. */
export function stringField(m: unknown, key: string): string | undefined {
  if (!isMap(m)) return undefined;
  for (const p of m.items) {
    if (keyOf(p) === key && isScalar(p.value)) {
      const v = p.value.value;
      return v === null ? undefined : String(v);
    }
  }
  return undefined;
}

/**
 * Field lookup inside an entry the way kustomize decodes it: case-insensitive, last one wins.
 */
export function fieldPair(m: YAMLMap, field: string): Pair | undefined {
  let found: Pair | undefined;
  const want = field.toLowerCase();
  for (const p of m.items) if (isPair(p) && keyOf(p).toLowerCase() === want) found = p as Pair;
  return found;
}

export function fieldString(m: YAMLMap, field: string): string {
  const p = fieldPair(m, field);
  if (!p || !isScalar(p.value) || p.value.value === null) return '';
  return String(p.value.value);
}

/** Sets (or, for '', removes) a field of an entry, keeping the node when the value is unchanged. */
export function setField(m: YAMLMap, field: string, value: string): void {
  const p = fieldPair(m, field);
  if (value === '') {
    const want = field.toLowerCase();
    m.items = m.items.filter((q) => keyOf(q).toLowerCase() !== want);
    return;
  }
  if (p && isScalar(p.value) && String(p.value.value) === value && typeof p.value.value === 'string') return;
  if (p) p.value = replaceScalar(p.value, value);
  else m.set(scalar(field), scalar(value));
}

/** The file's indentation and sequence style, guessed from its block collections. */
function detectStyle(text: string): RenderOptions {
  let indent = 2;
  // Without evidence, kustomize's own style: `- ` at the key's indentation.
  let indentSeq = false;
  let seenSeq = false;
  let seenMap = false;
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (!/:\s*(#.*)?$/.test(l) || /^\s*#/.test(l)) continue;
    let j = i + 1;
    while (j < lines.length && /^\s*(#.*)?$/.test(lines[j]!)) j++;
    if (j >= lines.length) break;
    // Column of the key itself (after any `- ` sequence markers).
    const own = /^(?:\s*-\s+)*\s*/.exec(l)![0].length;
    const next = lines[j]!;
    const ind = next.length - next.trimStart().length;
    if (next.trimStart().startsWith('- ') || next.trimStart() === '-') {
      if (!seenSeq) {
        indentSeq = ind > own;
        if (indentSeq && !seenMap && ind - own > 0) indent = ind - own;
        seenSeq = true;
      }
    } else if (ind > own && !seenMap) {
      indent = ind - own;
      seenMap = true;
    }
    if (seenSeq && seenMap) break;
  }
  const flowCollectionPadding = !/[[{][^\s\]}]/.test(text.replace(/#.*$/gm, '')) || /[[{] /.test(text);
  return { indent, indentSeq, lineWidth: 0, minContentWidth: 0, flowCollectionPadding };
}

/**
 * Applies the change `before` → `after` (two renderings) to `original`, or null when a changed
 * line of `before` has no counterpart in `original`.
 */
function carryEdit(original: string, before: string, after: string): string | null {
  const T = splitLines(original);
  const N0 = splitLines(before).lines;
  const N1 = splitLines(after).lines;
  const t = T.lines;
  const map = new Int32Array(N0.length).fill(-1);
  for (const op of diffLines(N0, t)) {
    // Equal lines, and runs re-formatted line for line (e.g. the spacing before a comment).
    if (op.kind === 'equal' || (op.kind === 'replace' && op.aEnd - op.aStart === op.bEnd - op.bStart)) {
      for (let i = op.aStart; i < op.aEnd; i++) map[i] = op.bStart + (i - op.aStart);
    }
  }
  const out: string[] = [];
  let tPos = 0;
  let touchedEnd = false;
  for (const e of diffLines(N0, N1)) {
    if (e.kind === 'equal') continue;
    let tStart: number;
    let tEnd: number;
    if (e.aEnd > e.aStart) {
      tStart = map[e.aStart]!;
      if (tStart < 0) return null;
      for (let i = e.aStart; i < e.aEnd; i++) if (map[i] !== tStart + (i - e.aStart)) return null;
      tEnd = tStart + (e.aEnd - e.aStart);
    } else if (e.aStart > 0 && map[e.aStart - 1]! >= 0) {
      tStart = tEnd = map[e.aStart - 1]! + 1;
    } else if (e.aStart < N0.length && map[e.aStart]! >= 0) {
      tStart = tEnd = map[e.aStart]!;
    } else if (e.aStart === N0.length) {
      // Appended at the very end.
      tStart = tEnd = t.length;
    } else {
      // Before the next line that has a counterpart (the result is verified by the caller).
      let j = e.aStart;
      while (j < N0.length && map[j]! < 0) j++;
      if (j >= N0.length) return null;
      tStart = tEnd = map[j]!;
    }
    if (tStart < tPos) return null;
    for (let i = tPos; i < tStart; i++) out.push(t[i]!);
    const oneToOne = e.aEnd - e.aStart === e.bEnd - e.bStart;
    for (let i = e.bStart; i < e.bEnd; i++) {
      const j = e.aStart + (i - e.bStart);
      out.push(oneToOne ? restyle(N0[j]!, t[tStart + (j - e.aStart)]!, N1[i]!) : N1[i]!);
    }
    tPos = tEnd;
    if (tEnd >= t.length) touchedEnd = true;
  }
  for (let i = tPos; i < t.length; i++) out.push(t[i]!);
  if (out.length === 0) return '';
  const finalNewline = !T.noNewlineAtEnd || touchedEnd;
  return out.join('\n') + (finalNewline ? '\n' : '');
}

/**
 * A replaced line in the original's style: when the original line `t` is the rendered line `n0`
 * with other indentation or spacing before its comment, `n1` (the edited rendering) gets the same.
 */
function restyle(n0: string, t: string, n1: string): string {
  if (n0 === t) return n1;
  const a = splitComment(n0);
  const b = splitComment(t);
  const c = splitComment(n1);
  if (a.code.trim() !== b.code.trim() || a.comment !== b.comment) return n1;
  if (a.indent.length !== c.indent.length) return n1;
  return b.indent + c.code.trimStart() + (c.comment ? (c.comment === a.comment ? b.gap : ' ') + c.comment : '');
}

/** Indentation, code, the spaces before a trailing comment, and the comment (YAML: ` #` outside quotes). */
function splitComment(line: string): { indent: string; code: string; gap: string; comment: string } {
  const indent = /^\s*/.exec(line)![0];
  let quote = '';
  for (let i = indent.length; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      const code = line.slice(0, i).trimEnd();
      return { indent, code: code.slice(indent.length), gap: line.slice(code.length, i), comment: line.slice(i) };
    }
  }
  return { indent, code: line.slice(indent.length), gap: '', comment: '' };
}

/** Whether two YAML texts hold the same data. */
function sameData(a: string, b: string): boolean {
  try {
    const da = parseDocument(a, { uniqueKeys: false });
    const db = parseDocument(b, { uniqueKeys: false });
    if (da.errors.length || db.errors.length) return false;
    return deepEqual(da.toJS() as Json, db.toJS() as Json);
  } catch {
    return false;
  }
}
