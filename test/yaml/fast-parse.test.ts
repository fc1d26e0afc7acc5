/**
 * Differential test of the parser's fast path (src/yaml/fast-parse.ts) against the full parser
 * (the `yaml` package's AST + the Converter in parse.ts, itself checked against kubectl): for
 * every fixture file and for generated (and deliberately broken) manifests,
 * parseResourceDocuments with and without the fast path gives the same documents (values with
 * key order, -0, indexes, lines) or the same error (code, message, file, line, col), in both
 * annotationNulls modes. Pieces the fast path reads without bailing out are counted, so the
 * test cannot pass by bailing out on everything.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Json } from '../../src/core/json.js';
import { KustomizeError } from '../../src/core/errors.js';
import { fastParseDocument } from '../../src/yaml/fast-parse.js';
import { parseResourceDocuments } from '../../src/yaml/parse.js';

type Outcome = { docs: { index: number; line: number; value: Json }[] } | { error: Record<string, unknown> };

function outcome(text: string, fastPath: boolean, annotationNulls: 'null' | 'text'): Outcome {
  try {
    return { docs: parseResourceDocuments(text, 'f.yaml', { fastPath, annotationNulls }).map(({ index, line, value }) => ({ index, line, value })) };
  } catch (e) {
    if (!(e instanceof KustomizeError)) throw e;
    return { error: { code: e.code, message: e.message, file: e.file, line: e.line, col: e.col } };
  }
}

/** Equality with key order and Object.is on numbers (so -0 ≠ 0). */
function strictSame(a: unknown, b: unknown): boolean {
  if (typeof a !== typeof b) return false;
  if (a === null || b === null || typeof a !== 'object') return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    if (!strictSame((a as Record<string, unknown>)[ka[i]!], (b as Record<string, unknown>)[kb[i]!])) return false;
  }
  return true;
}

/** The pieces parseResourceDocuments hands to the fast path (for counting only). */
function pieces(text: string): string[] {
  const t = text.replace(/\r\n/g, '\n');
  const parts = t.split(/\n---[^\n]*\n/);
  return parts.map((p, i) => (i < parts.length - 1 ? p + '\n' : p));
}

const stats = { pieces: 0, fast: 0 };

function check(text: string, label: string): void {
  for (const nulls of ['null', 'text'] as const) {
    const full = outcome(text, false, nulls);
    const fast = outcome(text, true, nulls);
    if (!strictSame(full, fast)) {
      expect({ label, text, fast }).toEqual({ label, text, fast: full });
      throw new Error(`${label}: fast path differs (key order or -0)\n${text}`);
    }
  }
  for (const p of pieces(text)) {
    stats.pieces++;
    if (fastParseDocument(p, 'null') !== undefined) stats.fast++;
  }
}

const ROOT = path.resolve(__dirname, '../../fixtures');

function fixtureFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) out.push(p);
    }
  };
  if (fs.existsSync(ROOT)) walk(ROOT);
  return out;
}

describe('fast path = full parser', () => {
  test('on every fixture file (emitter batches, patch, gitops, generators, basics)', () => {
    const files = fixtureFiles();
    expect(files.length).toBeGreaterThan(500);
    const before = { ...stats };
    for (const f of files) check(fs.readFileSync(f, 'utf8'), path.relative(ROOT, f));
    const n = stats.pieces - before.pieces;
    const fast = stats.fast - before.fast;
    // Most of them are plain manifests.
    expect(fast / n).toBeGreaterThan(0.8);
  });

  test('on the parser tests’ tricky inputs', () => {
    const src = fs.readFileSync(path.resolve(__dirname, 'parse.test.ts'), 'utf8');
    // Every string literal of the parser tests that looks like a YAML document.
    const inputs = [...src.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string).filter((s) => s.includes(': '));
    expect(inputs.length).toBeGreaterThan(50);
    for (const t of inputs) check(t, 'parse.test.ts');
  });

  test('on generated manifests, valid and broken', () => {
    const before = { ...stats };
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const text = generate(new Rng(seed));
        check(text, `seed ${seed}`);
      }),
      { numRuns: 2500, seed: 7 },
    );
    const n = stats.pieces - before.pieces;
    const fast = stats.fast - before.fast;
    // The generator mixes in everything the fast path refuses; a good share must still be read by it.
    expect(fast / n).toBeGreaterThan(0.3);
    expect(fast / n).toBeLessThan(0.95);
  });

  test('on mutated fixture documents', () => {
    const files = fixtureFiles().filter((f) => !f.includes('emitter'));
    const texts = files.map((f) => fs.readFileSync(f, 'utf8')).filter((t) => t.length < 4000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.integer(), (i, seed) => {
        const text = mutate(texts[i]!, new Rng(seed));
        check(text, `mutation ${seed} of text ${i}`);
      }),
      { numRuns: 1500, seed: 11 },
    );
  });
});

/** mulberry32: a small deterministic PRNG for the generator. */
class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    let t = (this.a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(a: readonly T[]): T {
    return a[this.int(a.length)]!;
  }
}

const PLAIN = [
  'x', 'nginx:1.25', 'v1', 'ConfigMap', 'hello world', 'a b  c', 'true', 'True', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n',
  '~', 'null', 'Null', 'NULL', '0', '7', '42', '8080', '65536', '-1', '+1', '-0', '0x1F', '0X1f', '0o17', '017', '08', '1_000',
  '1e3', '1E3', '1.0', '1.50', '.5', '-.5', '5.', '6.02e23', '1e400', '.inf', '-.Inf', '.nan', '2001-12-14',
  '2001-12-14T21:59:43Z', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10', '2001-12-14T21:59:43+24:00', '12:30',
  '1:20', 'a:b', 'http://example.com:8080/x', 'a#b', 'x # comment', '-x', '--flag=1', '-', '--', '<<', '=', '%x', '@x', '`x',
  '?x', ':x', 'x:', 'a: b', 'é', '日本', '😀', '0.0.0.0', '1Gi', '500m', '$(VAR)', '${X}', '*a', '&a x', '!x y', '!!str 1',
  '!!int "2"', '|', '>', '[a]', '{a: b}', 'a,b', 'a]', 'a}', '9007199254740993', '123456789012345678901234567890', '0b101',
  '-0b1', '1__0', '_1', 'x  ', "it's", 'say "hi"', 'List', 'FooList', '1234567890123456', '999999999999999', '0.1', '-1e-7',
];
const KEYS = [
  'apiVersion', 'kind', 'metadata', 'name', 'namespace', 'annotations', 'labels', 'items', 'spec', 'data', 'a', 'b', 'c', 'x.io/y',
  'app.kubernetes.io/name', 'image', 'args', 'containers', 'env', 'value', 'ports', 'port', 'k', 'key with space', 'é',
];
const ODD_KEYS = [
  '"quoted"', "'single'", '"a\\tb"', '1', 'true', 'null', '~', '<<', '"<<"', 'k:', '-k', '? k', '"a":', '', '1.5', '2001-12-14',
  '__proto__', 'on', 'y', '"x" ', '&a k', '*a', '!t k', '[k]', '{k}', 'k ', 'a#b', 'a #b', '"unterminated', 'x'.repeat(1100),
];

function scalar(r: Rng): string {
  switch (r.int(8)) {
    case 0:
    case 1:
    case 2:
    case 3:
      return r.pick(PLAIN);
    case 4: {
      // double-quoted, with escapes
      const parts = ['a', ' ', 'é', '\\n', '\\t', '\\x41', '\\u00e9', '\\U0001F600', "\\'", '\\"', '\\\\', '\\/', '\\q', '\\ud83d', "'", '#', ': ', '1'];
      let s = '';
      for (let i = r.int(5); i > 0; i--) s += r.pick(parts);
      return r.chance(0.03) ? `"${s}` : `"${s}"`;
    }
    case 5: {
      const parts = ['a', ' ', "''", '\\', '"', '#', ': ', 'ü', '1', 'true'];
      let s = '';
      for (let i = r.int(5); i > 0; i--) s += r.pick(parts);
      return r.chance(0.03) ? `'${s}` : `'${s}'`;
    }
    case 6:
      return r.pick(['[]', '{}', '[a, b]', '[1, "two", 3.0, ~, true]', '{a: 1, b: x}', '{"a": "b"}', '[a, [b]]', '{a: {b: c}}', '[a, ]', '{a: }', '[a,b]', '{a:1}', '[ a , b ]', '{ a: 1 , b: 2 }', '[x: 1]', '[2001-12-14, 1:20]', '[a]]', '{a: b} x', '[a] # c', '[-1, -x]', '[a, b', '{x: 0x10, y: ~, n: 8080, b: true, f: 1.50}']);
    default: {
      let s = r.pick(PLAIN);
      for (let i = r.int(3); i > 0; i--) s += r.pick([' ', '-', '_', '.', '/', ':', '=']) + r.pick(PLAIN);
      return s;
    }
  }
}

function comment(r: Rng): string {
  return r.chance(0.1) ? r.pick([' # c', '  #c', ' #', '#nc']) : '';
}

function blockScalar(r: Rng, indent: number, out: string[], head: string): void {
  const ind = r.pick(['', '', '', '1', '2', '4']);
  const chomp = r.pick(['', '', '-', '+']);
  const header = (r.chance(0.5) ? '|' : '>') + (r.chance(0.5) ? ind + chomp : chomp + ind);
  out.push(head + header + comment(r));
  const base = indent + (ind ? Number(ind) : r.pick([1, 2, 2, 4]));
  const lines = r.int(6);
  for (let i = 0; i < lines; i++) {
    switch (r.int(7)) {
      case 0:
        out.push('');
        break;
      case 1:
        out.push(' '.repeat(r.int(base + 3)));
        break;
      case 2:
        out.push(' '.repeat(base + 1 + r.int(3)) + r.pick(PLAIN));
        break;
      case 3:
        out.push(' '.repeat(base) + r.pick(['# not a comment', 'x  ', '\tx', 'a b', '---', '- x', 'k: v']));
        break;
      default:
        out.push(' '.repeat(base) + r.pick(PLAIN));
    }
  }
}

function genMap(r: Rng, indent: number, depth: number, out: string[], firstPrefix: string | null, keys: string[]): void {
  const n = 1 + r.int(depth > 3 ? 2 : 5);
  for (let i = 0; i < n; i++) {
    const key = i < keys.length ? keys[i]! : r.chance(0.08) ? r.pick(ODD_KEYS) : r.pick(KEYS);
    const head = (i === 0 && firstPrefix !== null ? firstPrefix : ' '.repeat(indent)) + key + ':';
    genValue(r, indent, depth, out, head, key);
  }
}

function genValue(r: Rng, indent: number, depth: number, out: string[], head: string, key: string): void {
  const step = r.pick([1, 2, 2, 2, 4]);
  const c = depth > 4 ? r.int(3) : r.int(10);
  if (key === 'annotations' || key === 'labels') {
    if (r.chance(0.7)) {
      out.push(head + comment(r));
      const n = 1 + r.int(4);
      for (let i = 0; i < n; i++) {
        const k = r.chance(0.1) ? r.pick(ODD_KEYS) : r.pick(['a', 'b', 'x.io/y', 'port', 'n', 'e']);
        if (r.chance(0.15)) blockScalar(r, indent + 2, out, ' '.repeat(indent + 2) + k + ': ');
        else if (r.chance(0.1)) out.push(' '.repeat(indent + 2) + k + ':');
        else out.push(' '.repeat(indent + 2) + k + ': ' + scalar(r) + comment(r));
      }
      return;
    }
  }
  switch (c) {
    case 0:
    case 1:
    case 2:
      out.push(head + ' ' + scalar(r) + comment(r));
      return;
    case 3:
      out.push(head + comment(r));
      return;
    case 4:
      blockScalar(r, indent, out, head + ' ');
      return;
    case 5:
    case 6:
      out.push(head + comment(r));
      if (r.chance(0.1)) out.push(' '.repeat(r.int(indent + 4)) + '# between');
      genMap(r, indent + step, depth + 1, out, null, key === 'metadata' ? ['name'] : []);
      return;
    default:
      out.push(head + comment(r));
      genSeq(r, r.chance(0.4) ? indent : indent + step, depth + 1, out, key === 'items');
  }
}

function genSeq(r: Rng, indent: number, depth: number, out: string[], resources: boolean): void {
  const n = 1 + r.int(4);
  for (let i = 0; i < n; i++) {
    const dash = ' '.repeat(indent) + '-';
    const c = resources ? 1 : depth > 4 ? r.int(2) : r.int(8);
    switch (c) {
      case 0:
        out.push(dash + ' ' + scalar(r) + comment(r));
        break;
      case 1:
      case 2: {
        const gap = r.pick([1, 1, 1, 3]);
        genMap(r, indent + 1 + gap, depth + 1, out, dash + ' '.repeat(gap), resources ? ['apiVersion', 'kind', 'metadata'] : []);
        break;
      }
      case 3:
        out.push(dash + comment(r));
        if (r.chance(0.7)) genMap(r, indent + r.pick([1, 2, 4]), depth + 1, out, null, []);
        break;
      case 4:
        blockScalar(r, indent, out, dash + ' ');
        break;
      case 5:
        out.push(dash + ' ' + r.pick(['- x', '- [a]', '[a, b]', '{}', '', '&a x', '*a', '? x']));
        break;
      default:
        out.push(dash + comment(r));
        if (r.chance(0.7)) genSeq(r, indent + r.pick([1, 2]), depth + 1, out, false);
    }
  }
}

function generateDoc(r: Rng): string {
  const out: string[] = [];
  if (r.chance(0.1)) out.push(r.pick(['# leading comment', '', '  # indented comment']));
  if (r.chance(0.05)) {
    genSeq(r, 0, 1, out, false);
  } else {
    const isList = r.chance(0.1);
    out.push('apiVersion: v1');
    if (isList && r.chance(0.8)) out.push(`kind: ${r.pick(['List', 'ConfigMapList', 'Foo'])}`);
    else out.push(`kind: ${r.pick(['ConfigMap', 'Deployment', 'List'])}`);
    if (isList) {
      out.push('items:');
      genSeq(r, r.pick([0, 2]), 1, out, true);
    }
    if (r.chance(0.9)) {
      out.push('metadata:');
      genMap(r, 2, 1, out, null, ['name', r.pick(['annotations', 'labels', 'namespace', 'annotations'])]);
    }
    genMap(r, 0, 0, out, null, [r.pick(['spec', 'data', 'items', 'metadata'])]);
  }
  return out.join('\n') + '\n';
}

function generate(r: Rng): string {
  let text = '';
  const docs = 1 + r.int(3);
  if (r.chance(0.1)) text += r.pick(['---\n', '--- # c\n', '--- x\n', '---\t\n']);
  for (let i = 0; i < docs; i++) {
    if (i > 0) text += r.pick(['---\n', '--- # sep\n', '---  \n']);
    text += generateDoc(r);
  }
  if (r.chance(0.3)) text = mutate(text, r);
  if (r.chance(0.05)) text = text.slice(0, -1); // no final line break
  return text;
}

/** A few random edits: the results (errors included) must still agree. */
function mutate(text: string, r: Rng): string {
  const lines = text.split('\n');
  for (let k = 1 + r.int(3); k > 0; k--) {
    const i = r.int(lines.length);
    const l = lines[i]!;
    switch (r.int(9)) {
      case 0:
        lines[i] = ' ' + l;
        break;
      case 1:
        lines[i] = l.replace(/^ /, '');
        break;
      case 2: {
        const j = r.int(l.length + 1);
        lines[i] = l.slice(0, j) + r.pick(['\t', ' ', '#', ':', '"', "'", '&a ', '*a', '!!str ', '[', '{', '- ', ', ', '\\', '|', '>', 'é', '\r']) + l.slice(j);
        break;
      }
      case 3: {
        const j = r.int(l.length);
        lines[i] = l.slice(0, j) + l.slice(j + 1);
        break;
      }
      case 4:
        lines.splice(i, 0, l);
        break;
      case 5:
        lines.splice(i, 0, r.pick(['...', '---', '? x', ': y', '%YAML 1.2', '# c', '', '   ', '<<: {a: 1}', 'x: &a 1', 'y: *a', '- z']));
        break;
      case 6:
        lines.splice(i, 1);
        break;
      case 7:
        lines[i] = l + r.pick([' # c', ':', ' x', '  ', ': v', ' "q"']);
        break;
      default:
        lines.splice(i, 0, ' '.repeat(r.int(8)) + r.pick(PLAIN));
    }
  }
  return lines.join('\n');
}
