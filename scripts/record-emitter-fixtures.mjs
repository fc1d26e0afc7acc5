#!/usr/bin/env node
/**
 * Records the emitter/parser differential fixtures under fixtures/emitter/ from the real
 * `kubectl kustomize` (run by hand, never by the tests; the goldens never come from our code).
 *
 *   node scripts/record-emitter-fixtures.mjs [--batches N] [--per-batch N] [--seed S]
 *
 * It deterministically generates (seeded PRNG) resource documents written in many YAML
 * styles and filled with the cases that matter for kustomize's output: YAML 1.1 quoting,
 * numbers in every notation, timestamps, unicode, control characters, long lines around
 * column 80, literal blocks, key order, long keys, anchors, merges, tags. Each batch is one
 * input file with many documents (names zero-padded in generation order so kustomize's
 * legacy sort keeps them in order), built by `kubectl kustomize`; the output is stored as
 * expected.yaml. If a batch fails, it is bisected and the offending documents are dropped
 * and listed (with kubectl's error) in manifest.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const SEED = opt('--seed', 20240917);
const BATCHES = opt('--batches', 20);
// Keys with a raw NEL or over 1024 JSON characters make kustomize fail (yaml.v2 cannot re-read
// them); unit tests cover that, the generator mostly avoids them.
const PER_BATCH = opt('--per-batch', 140);
const OUT_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures', 'emitter');

// ---------------------------------------------------------------- PRNG (mulberry32)
let state = SEED >>> 0;
function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (a) => a[Math.floor(rand() * a.length)];
const chance = (p) => rand() < p;
function weighted(table) {
  let total = 0;
  for (const [w] of table) total += w;
  let r = rand() * total;
  for (const [w, f] of table) {
    if ((r -= w) < 0) return f();
  }
  return table[table.length - 1][1]();
}

// ---------------------------------------------------------------- string material
const WORDS = 'alpha beta gamma delta app web api db cache port name value key data spec item lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt labore dolore magna aliqua enim minim veniam quis nostrud'.split(' ');
const word = () => pick(WORDS);
const words = (n) => Array.from({ length: n }, word).join(' ');
const INDICATORS = ['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`'];
const SPECIALS = ['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '~', '', '.inf', '.Inf', '-.inf', '+.inf', '.nan', '.NaN', '<<', 'yEs', 'nO', 'tRue', 'oN', 'nulL', '=', 'none', 'None'];
const NUMBERISH = ['0', '00', '-0', '+0', '1', '01', '017', '018', '0o17', '0O17', '-0o17', '0x1F', '0X1f', '-0x1F', '+0x1F', '0b101', '0B11', '-0b101', '0b-1', '1_000', '1__0', '_1', '1_', '0x_1F', '1.5', '1.', '.5', '-.5', '+.5', '.5_0', '._5', '1e3', '1E3', '1e+3', '1.5e-3', '1e400', '-1e400', '1.0e400', '12345678901234567890', '123456789012345678901234567890', '9223372036854775807', '9223372036854775808', '18446744073709551616', '0x1234567890ABCDEF0123', '0xFFFFFFFFFFFFFFFF', '1:20', '190:20:30', '-1:20', '1:2:3.5', '12:30:45', '1:60', '1e', 'e1', '1.2.3', '0.0.0.0', '10.0.0.1', '1Gi', '500m', '3.14', '-3.14', '6.02e23', '0755', '0644', '00001', '1,000', '$1', '1/2', '+', '-', '.', '..', '1e-7', '0.000001', '123456.7', '1234567.8'];
// Integers beyond 2^53 that a double cannot hold: a documented divergence (see parse.ts), kept
// out of the plain (typed) positions; they still appear as strings.
const INEXACT_INTS = ['12345678901234567890', '9223372036854775807', '0xFFFFFFFFFFFFFFFF'];
const DATES = ['2001-12-14', '2001-12-14t21:59:43.10-05:00', '2001-12-14T21:59:43.10Z', '2001-12-14 21:59:43.10', '2001-12-14   21:59:43', '2001-12-14 21:59:43.10 -5', '2002-12-14', '2001-2-3', '2001-02-30', '2000-02-29', '2002-02-29', '2001-13-01', '2001-12-14T25:00:00Z', '2001-12-14T21:59:60Z', '2001-12-14T21:59:43+24:00', '2001-12-14T21:59:43+05:60', '2001-12-14T21:59:43.123456789123Z', '2001-12-14T21:59:43,5Z', '2001-12-14T21:59:43.', '20011-12-14', '201-12-14', '2001/12/14', '2024-01-01T00:00:00+00:00', '0000-01-01', '9999-12-31T23:59:59Z', '2001-12-14T1:2:3Z', '2001-1-1 1:1:1'];
const UNICODE = ['é', 'ß', 'ñ', 'Ω', 'Ж', '中文', '日本語', '한국어', '😀', '🚀', '👍🏽', '👨‍👩‍👧', '𝔘𝔫𝔦', 'שלום', 'مرحبا', 'עולם', 'e\u0301', '\u00a0', '\u200b', '\u200d', '\ufffd', '\u2028', '\u2029', '\u0085', '\ufeff', '€', '™', '∑', '¹²³', '٣٤', '𝟙𝟚', 'ǅ', 'ª', 'µ', '\u00ad'];
const CONTROLS = ['\t', '\x01', '\x07', '\x08', '\x0b', '\x0c', '\r', '\x1b', '\x00', '\x1f'];

function longLine() {
  // 70-200 characters with spaces placed so that lines cross column 80 at various points.
  const target = int(70, 200);
  let s = '';
  while (s.length < target) {
    const w = chance(0.2) ? 'x'.repeat(int(1, 25)) : word();
    s += (s ? (chance(0.08) ? '  ' : ' ') : '') + w;
  }
  if (chance(0.3)) {
    // A precise space near column 75-85 of the value.
    const at = int(60, 90);
    s = 'y'.repeat(at) + ' ' + s.slice(0, int(0, 60));
  }
  return s;
}

function genString(depth = 0) {
  return weighted([
    [12, () => (chance(0.5) ? word() : words(int(1, 4)))],
    [5, () => pick(INDICATORS) + (chance(0.6) ? word() : chance(0.5) ? ' ' + word() : '')],
    [5, () => pick([`${word()}: ${word()}`, `${word()} #${word()}`, `${word()}#${word()}`, `${word()}:`, `${word()}:${word()}`, `${word()} # x`, `a:b:c`, `http://example.com/a?b=c#d`, `key=value`, `{{ .Values.x }}`, `\${VAR}`, `[x]`, `a, b`, `${word()},${word()}`, `-${word()}`, `- ${word()}`, `? ${word()}`, `--- ${word()}`, '---', '...', '... x', '-- x', `${word()} -`])],
    [7, () => pick(SPECIALS)],
    [8, () => pick(NUMBERISH)],
    [5, () => pick(DATES)],
    [8, () => Array.from({ length: int(1, 4) }, () => (chance(0.5) ? pick(UNICODE) : word())).join(chance(0.5) ? ' ' : '')],
    [4, () => word() + pick(CONTROLS) + (chance(0.5) ? word() : '')],
    [10, longLine],
    [5, () => pick([' ', '  ', '']) + word() + pick([' ', '  ', '', '\t'])],
    [3, () => pick(['', ' ', '  ', '\t', '\n', '\n\n', ' \n', '\n '])],
    [12, () => multiline()],
    [3, () => pick([`it's`, `"quoted"`, `back\\slash`, `'single'`, `mix "a" 'b' \\c`, `\\n literal`, `a\\`, `"`, `'`, `''`])],
    [2, () => '\ufeff' + words(int(1, 3))],
    [2, () => pick(UNICODE) + longLine()],
  ]);
}

function multiline() {
  const n = int(1, 5);
  const lines = [];
  for (let i = 0; i < n; i++) {
    lines.push(
      weighted([
        [10, () => words(int(1, 6))],
        [3, () => ''],
        [3, () => '  ' + words(int(1, 3))],
        [2, () => words(int(1, 3)) + ' '],
        [2, () => longLine()],
        [1, () => words(2) + '\t' + word()],
        [1, () => pick(UNICODE) + ' ' + word()],
        [1, () => '# not a comment'],
        [1, () => '- item'],
        [1, () => pick(SPECIALS)],
      ]),
    );
  }
  let s = lines.join('\n');
  s += pick(['', '', '\n', '\n', '\n\n', '\n\n\n', ' ', '\n ']);
  if (chance(0.15)) s = pick(['\n', ' ', '  ', '\n\n']) + s;
  return s;
}

function genKey() {
  return weighted([
    [20, () => word()],
    [8, () => pick(['a9', 'a10', 'a1', 'a01', 'a001', '_x', 'B', 'a', 'A', 'b', 'Z', 'z', '_', '-', '-a', 'a-b', 'a_b', 'a.b', 'a/b', 'a1b', 'a01b', 'x9y', 'x10y', 'port2', 'port10', 'item007', 'item07', 'item7', '1', '01', '10', '2', '100', '0', '00', '9', 'é', 'ä', 'z9', 'Ω1', '中', '😀', '$', '~x', '.a', '@a', 'a@b', '1a', '1-', '10a'])],
    [6, () => pick(SPECIALS.filter((s) => s !== '<<'))],
    [4, () => pick(NUMBERISH)],
    [2, () => pick(DATES)],
    [4, () => `${word()}${int(0, 120)}`],
    [3, () => `${word()}.${word()}/${word()}`],
    [3, () => pick(INDICATORS) + word()],
    [2, () => `${word()}: ${word()}`],
    [2, () => ' ' + word()],
    [2, () => word() + ' '],
    [3, () => {
      // Around the 128-byte simple-key limit (multibyte characters count as bytes).
      const unit = pick(['k', 'é', '中', '😀', 'ab ']);
      const bytes = Buffer.byteLength(unit);
      const n = Math.max(1, Math.round(int(120, 136) / bytes));
      return unit.repeat(n);
    }],
    [1, () => longLine()],
    [1, () => word() + '\n' + word()],
    [1, () => pick(UNICODE) + word()],
    [1, () => word() + pick(CONTROLS) + word()],
  ]).replace(/\u0085/g, chance(0.9) ? ' ' : '\u0085');
}

function genNumber() {
  return weighted([
    [5, () => int(-1000, 100000)],
    [2, () => pick([0, 1, -1, 2 ** 31, 2 ** 32, 2 ** 53, -(2 ** 53), 2 ** 60, 1e15, 1e18, -1e18, 1e20, 1e21, 1e22, 1.5e300, 2 ** 63, -(2 ** 63)])],
    [4, () => Number((rand() * 10 ** int(-8, 12)).toPrecision(int(1, 17)))],
    [2, () => pick([0.5, -0.5, 0.1, 0.25, 1.5, 3.141592653589793, 2.718281828459045, 1e-7, 1e-6, 5e-324, 1.7976931348623157e308, 123456.7, 1234567.8, 999999.5, 100000.5, 12345678.9, 0.0001234, 0.00001234])],
  ]);
}

/** How to spell a number in the input (any notation; kubectl decides what it means). */
function numberSource(v) {
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 53) {
    return weighted([
      [8, () => String(v)],
      [1, () => (v < 0 ? '-' : chance(0.3) ? '+' : '') + '0x' + Math.abs(v).toString(16)],
      [1, () => (v < 0 ? '-' : '') + '0o' + Math.abs(v).toString(8)],
      [1, () => (v < 0 ? '-' : '') + '0b' + Math.abs(v).toString(2)],
      [1, () => String(v).replace(/(\d)(?=(\d{3})+$)/, '$1_')],
      [1, () => String(v) + '.0'],
      [1, () => (v === 0 ? '0e0' : v.toExponential())],
    ]);
  }
  // Integral values beyond 2^53 are written exactly; a shortened exponent form would be a
  // float whose digits kustomize prints differently (documented divergence).
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 64) return BigInt(v).toString();
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
  return weighted([
    [6, () => String(v)],
    [1, () => v.toExponential()],
    [1, () => v.toExponential().replace('e+', 'E')],
  ]);
}

// ---------------------------------------------------------------- value trees
// Nodes: {t:'str', v} {t:'num', v} {t:'bool', v} {t:'null'} {t:'raw', src} {t:'map', entries:[[keyNode, valueNode]]}
// {t:'seq', items} {t:'alias', name} {t:'tagged', tag, src}. Anchors: node.anchor.

function genScalar() {
  return weighted([
    [45, () => ({ t: 'str', v: genString() })],
    [10, () => ({ t: 'num', v: genNumber() })],
    [4, () => ({ t: 'bool', v: chance(0.5) })],
    [3, () => ({ t: 'null' })],
    [12, () => ({ t: 'raw', src: pick([...SPECIALS.filter((s) => s && s !== '.inf' && s !== '.Inf' && s !== '-.inf' && s !== '+.inf' && s !== '.nan' && s !== '.NaN'), ...NUMBERISH.filter((s) => plainOk(s) && !INEXACT_INTS.includes(s)), ...DATES.filter((s) => plainOk(s) && !/\+24:00/.test(s))]) })],
    [4, () => ({
      t: 'tagged',
      ...pick([
        { tag: '!!str', src: pick(['123', 'true', '~', 'yes', '2001-12-14', '0x1F', '"quoted"']) },
        { tag: '!!int', src: pick(['42', '"42"', '0x10', '-7', '0o17']) },
        { tag: '!!float', src: pick(['1', '"2.5"', '1e3', '.5']) },
        { tag: '!!bool', src: pick(['true', '"false"', 'True']) },
        { tag: '!!null', src: pick(['~', 'null', '""']) },
        { tag: '!!binary', src: pick(['aGVsbG8gd29ybGQ=', 'AAEC', '/w==', 'w6k=', '8J+YgA==', '"YWJj"', '4pyT']) },
        { tag: '!!timestamp', src: pick(['2001-12-14', '2001-12-14T21:59:43.10-05:00', '2001-12-14 21:59:43.10']) },
        { tag: '!custom', src: pick(['foo', '12', 'true', '~', '"x y"']) },
        { tag: '!', src: pick(['12', 'true', 'foo']) },
      ]),
    })],
  ]);
}

let anchorSeq = 0;
function genValue(depth, anchors) {
  const canNest = depth < 4;
  const node = weighted([
    [60, () => genScalar()],
    [canNest ? 16 : 0, () => genMap(depth + 1, anchors)],
    [canNest ? 12 : 0, () => genSeq(depth + 1, anchors)],
    [3, () => (chance(0.5) ? { t: 'map', entries: [] } : { t: 'seq', items: [] })],
    [anchors.length ? 3 : 0, () => ({ t: 'alias', name: pick(anchors).name })],
  ]);
  if (node.t !== 'alias' && chance(0.04)) {
    node.anchor = 'a' + ++anchorSeq;
    // Registered once generated, so only later nodes (later in the text too) refer to it.
    anchors.push({ name: node.anchor, isMap: node.t === 'map' && node.entries.length > 0 && !node.merge && !node.inlineMerge });
  }
  return node;
}

/**
 * yaml.v2's key order (sorter.go keyList.Less), used here only to keep inputs deterministic:
 * for some key sets (e.g. "9", "100", "1e", or digit runs that overflow int64) Less is not a
 * strict weak order and kustomize's output then depends on Go's random map iteration.
 */
function v2Less(a, b) {
  const ar = [...a].map((c) => c.codePointAt(0));
  const br = [...b].map((c) => c.codePointAt(0));
  const letter = (c) => /\p{L}/u.test(String.fromCodePoint(c));
  const digit = (c) => /\p{Nd}/u.test(String.fromCodePoint(c));
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = letter(ar[i]);
    const bl = letter(br[i]);
    if (al && bl) return ar[i] < br[i];
    if (al || bl) return bl;
    let an = 0n;
    let bn = 0n;
    if (ar[i] === 48 || br[i] === 48) {
      for (let j = i - 1; j >= 0 && digit(ar[j]); j--) {
        if (ar[j] !== 48) {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && digit(ar[ai]); ai++) an = BigInt.asIntN(64, an * 10n + BigInt(ar[ai] - 48));
    let bi = i;
    for (; bi < br.length && digit(br[bi]); bi++) bn = BigInt.asIntN(64, bn * 10n + BigInt(br[bi] - 48));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}

/** True when v2Less orders `keys` consistently (no cycles), so kustomize's output is stable. */
function consistentOrder(keys) {
  const n = keys.length;
  const lt = keys.map((a) => keys.map((b) => a !== b && v2Less(a, b)));
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && lt[i][j] === lt[j][i]) return false;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (lt[i][j]) for (let k = 0; k < n; k++) if (lt[j][k] && !lt[i][k]) return false;
  return true;
}

function genMap(depth, anchors, nKeys = int(1, 5)) {
  // Merge keys are written before the entries, so they may only use anchors defined so far.
  const before = anchors.filter((a) => a.isMap);
  const entries = [];
  const seen = new Set();
  for (let i = 0; i < nKeys; i++) {
    const k = genKey();
    if (seen.has(k) || !consistentOrder([...seen, k])) continue;
    seen.add(k);
    entries.push([{ t: 'str', v: k }, genValue(depth, anchors)]);
  }
  const m = { t: 'map', entries };
  if (before.length && chance(0.06)) {
    const maps = before;
    m.merge = chance(0.6) ? [pick(maps).name] : [pick(maps).name, pick(maps).name];
  } else if (chance(0.02)) {
    m.inlineMerge = genMap(depth + 1, [], int(1, 3));
  }
  return m;
}

function genSeq(depth, anchors) {
  const items = [];
  const n = int(1, 5);
  for (let i = 0; i < n; i++) items.push(genValue(depth, anchors));
  return { t: 'seq', items };
}

// ---------------------------------------------------------------- YAML writer (random styles)
function isPrintableChar(c) {
  const cp = c.codePointAt(0);
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) || cp >= 0x10000;
}

/** A plain scalar both libyaml and the `yaml` package read back as the same text (block context). */
function plainOk(s, flow = false) {
  if (!s || /^\s|\s$/.test(s)) return false;
  if (/[\n\r\t\u0085\u2028\u2029\ufeff]/.test(s)) return false;
  for (const c of s) if (!isPrintableChar(c)) return false;
  if (/: |:$| #/.test(s)) return false;
  if (/^(---|\.\.\.)/.test(s)) return false;
  const c0 = s[0];
  if ('#,[]{}&*!|>\'"%@`'.includes(c0)) return false;
  if ('-?:'.includes(c0) && (s.length === 1 || /[\s,[\]{}]/.test(s[1]))) return false;
  // In flow context yaml.v3 (libyaml) takes any leading '?' as the key indicator, unlike
  // YAML 1.2 parsers: a documented parser divergence, kept out of the inputs.
  if (flow && (/[,[\]{}#:]/.test(s) || c0 === '?')) return false;
  return true;
}

function escapeDouble(s) {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0);
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === "'" && chance(0.2)) out += "\\'";
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += chance(0.5) ? '\\t' : '\t';
    else if (cp === 0) out += '\\0';
    else if (cp === 0x07) out += '\\a';
    else if (cp === 0x08) out += '\\b';
    else if (cp === 0x0b) out += '\\v';
    else if (cp === 0x0c) out += '\\f';
    else if (cp === 0x0d) out += '\\r';
    else if (cp === 0x1b) out += '\\e';
    else if (cp === 0x85) out += '\\N';
    else if (cp === 0xa0) out += chance(0.5) ? '\\_' : c;
    else if (cp === 0x2028) out += '\\L';
    else if (cp === 0x2029) out += '\\P';
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp === 0xfeff || cp === 0xfffe || cp === 0xffff) out += '\\u' + cp.toString(16);
    else if (cp >= 0x10000 && chance(0.3)) out += '\\U' + cp.toString(16).padStart(8, '0');
    else if (cp >= 0x80 && chance(0.15)) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += c;
  }
  return out;
}

/** A scalar string as YAML source for a single-line position, or null if it needs a block. */
/** A plain key must read back as a string in yaml.v3 (nested maps reject other keys). */
function keyPlainOk(k, flow) {
  return plainOk(k, flow) && !/^[-+.0-9~]/.test(k) && !['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '<<'].includes(k);
}

/** Plain strings that yaml.v3 would read as a value JSON cannot hold (kustomize fails). */
function plainFails(s) {
  return /^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(s) || /[+-]24:[0-9][0-9]$/.test(s) || INEXACT_INTS.includes(s);
}

function inlineString(s, flow, indent, isKey = false) {
  const choices = [];
  if (isKey ? keyPlainOk(s, flow) : plainOk(s, flow) && !plainFails(s)) choices.push([6, () => s]);
  const singleOk = ![...s].some((c) => !isPrintableChar(c) || c === '\n' || c === '\u2028' || c === '\u2029' || c === '\u0085') && !s.includes('\ufeff');
  if (singleOk) {
    choices.push([3, () => {
      let body = s.replace(/'/g, "''");
      // Occasionally fold a space into a line break (the reader turns it back into a space).
      if (!flow && !isKey && chance(0.15) && / [^ ]/.test(body.slice(1, -1))) {
        const i = body.indexOf(' ', 1 + int(0, body.length - 2));
        if (i > 0 && i < body.length - 1 && body[i + 1] !== ' ' && body[i - 1] !== ' ') body = body.slice(0, i) + '\n' + ' '.repeat(indent + 2) + body.slice(i + 1);
      }
      return "'" + body + "'";
    }]);
  }
  choices.push([4, () => {
    let body = escapeDouble(s);
    if (!flow && !isKey && chance(0.1)) {
      const i = body.indexOf(' ', 1 + int(0, Math.max(0, body.length - 2)));
      if (i > 0 && i < body.length - 1 && body[i - 1] !== '\\' && body[i + 1] !== ' ' && body[i - 1] !== ' ') {
        body = chance(0.5) ? body.slice(0, i) + '\n' + ' '.repeat(indent + 2) + body.slice(i + 1) : body.slice(0, i + 1) + '\\\n' + ' '.repeat(indent + 2) + body.slice(i + 1);
      }
    }
    return '"' + body + '"';
  }]);
  return weighted(choices);
}

/** A literal/folded block for a multi-line string, or null when a block cannot carry it exactly. */
function blockString(s, indent) {
  if (![...s].every((c) => isPrintableChar(c) || c === '\t') || /[\r\u0085\u2028\u2029\ufeff]/.test(s)) return null;
  const lines = s.split('\n');
  let trailing = 0;
  while (lines.length > 1 && lines[lines.length - 1] === '') {
    lines.pop();
    trailing++;
  }
  if (lines.every((l) => l === '')) return null;
  if (lines.some((l) => /^\s*$/.test(l) && l !== '')) return null; // whitespace-only lines are ambiguous
  if (lines.some((l) => l.startsWith('\t'))) return null;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const pad = ' '.repeat(indent + (chance(0.2) ? 4 : 2));
  const needIndicator = lines[0].startsWith(' ') || lines[0] === '';
  const folded = chance(0.2) && !lines.some((l) => l.startsWith(' '));
  const header = (folded ? '>' : '|') + (needIndicator ? String(pad.length - indent) : '') + chomp;
  const body = lines.map((l) => (l === '' ? '' : pad + l)).join('\n');
  return header + '\n' + body + '\n'.repeat(Math.max(0, trailing - 1));
}

function scalarSource(node, flow, indent) {
  switch (node.t) {
    case 'str':
      return inlineString(node.v, flow, indent);
    case 'num':
      return numberSource(node.v);
    case 'bool':
      return pick(node.v ? ['true', 'True', 'TRUE'] : ['false', 'False', 'FALSE']);
    case 'null':
      return flow ? pick(['null', '~']) : pick(['null', '~', 'Null', '']);
    case 'raw':
      return node.src;
    case 'tagged':
      return node.tag + ' ' + node.src;
    case 'alias':
      return '*' + node.name;
  }
  throw new Error('not a scalar: ' + node.t);
}

function keySource(k, flow) {
  if (k.includes('\n') || [...k].length > 120 || (!flow && chance(0.03))) return null; // needs "? "
  return inlineString(k, flow, 0, true);
}

function anchorPrefix(node, anchors) {
  if (!node.anchor) return '';
  return '&' + node.anchor + ' ';
}

function registerAnchor() {}

function flowSource(node, anchors) {
  const a = anchorPrefix(node, anchors);
  let out;
  if (node.t === 'map') {
    const parts = node.entries.map(([k, v]) => {
      const ks = keyPlainOk(k.v, true) && chance(0.5) ? k.v : '"' + escapeDouble(k.v) + '"';
      return ks + ': ' + flowSource(v, anchors);
    });
    out = a + '{' + parts.join(', ') + '}';
  } else if (node.t === 'seq') {
    out = a + '[' + node.items.map((v) => flowSource(v, anchors)).join(', ') + ']';
  } else if (node.t === 'str') {
    out = a + (plainOk(node.v, true) && !plainFails(node.v) && chance(0.5) ? node.v : '"' + escapeDouble(node.v) + '"');
  } else if (node.t === 'raw') {
    out = a + (plainOk(node.src, true) ? node.src : '"' + escapeDouble(node.src) + '"');
  } else if (node.t === 'tagged') {
    out = a + node.tag + ' ' + (node.src.startsWith('"') ? node.src : '"' + escapeDouble(node.src) + '"');
  } else {
    out = a + scalarSource(node, true, 0);
  }
  registerAnchor(node, anchors);
  return out;
}

function isCollection(node) {
  return (node.t === 'map' && (node.entries.length > 0 || node.merge || node.inlineMerge)) || (node.t === 'seq' && node.items.length > 0);
}

function canFlow(node) {
  if (node.t === 'map') return !node.merge && !node.inlineMerge && node.entries.every(([k, v]) => !k.v.includes('\n') && canFlow(v));
  if (node.t === 'seq') return node.items.every(canFlow);
  if (node.t === 'str') return ![...node.v].some((c) => c === '\u2028' || c === '\u2029' || c === '\u0085');
  return true;
}

/** Writes `node` as the value after "key:" or "- " (the text starts right after that indicator). */
function valueSource(node, indent, anchors, explicitKey = false) {
  if (node.t === 'alias') return ' *' + node.name;
  if (isCollection(node) && canFlow(node) && chance(0.12)) return ' ' + flowSource(node, anchors);
  const a = node.anchor ? ' &' + node.anchor : '';
  if (node.t === 'map' && isCollection(node)) {
    const inner = indent + (chance(0.15) ? 4 : 2);
    const out = a + '\n' + mapSource(node, inner, anchors);
    registerAnchor(node, anchors);
    return out;
  }
  if (node.t === 'seq' && node.items.length > 0) {
    const inner = chance(0.5) && !explicitKey ? indent : indent + 2;
    const out = a + '\n' + seqSource(node, inner, anchors);
    registerAnchor(node, anchors);
    return out;
  }
  if (node.t === 'map') {
    registerAnchor(node, anchors);
    return a + ' {}';
  }
  if (node.t === 'seq') {
    registerAnchor(node, anchors);
    return a + ' []';
  }
  if (node.t === 'str' && node.v.includes('\n') && chance(0.7)) {
    const b = blockString(node.v, indent);
    if (b !== null) {
      registerAnchor(node, anchors);
      return a + ' ' + b;
    }
  }
  const src = scalarSource(node, false, indent);
  registerAnchor(node, anchors);
  if (src === '') return a;
  return a + ' ' + src + (chance(0.05) ? '  # ' + word() : '');
}

function mapSource(node, indent, anchors) {
  const pad = ' '.repeat(indent);
  const lines = [];
  if (node.merge) {
    lines.push(pad + '<<: ' + (node.merge.length === 1 ? '*' + node.merge[0] : '[' + node.merge.map((n) => '*' + n).join(', ') + ']'));
  }
  if (node.inlineMerge) lines.push(pad + '<<:' + valueSource(node.inlineMerge, indent, []));
  for (const [k, v] of node.entries) {
    if (chance(0.03)) lines.push(pad + '# ' + words(2));
    const ks = keySource(k.v, false);
    if (ks === null) {
      lines.push(pad + '? ' + '"' + escapeDouble(k.v) + '"');
      lines.push(pad + ':' + valueSource(v, indent, anchors, true));
    } else {
      lines.push(pad + ks + ':' + valueSource(v, indent, anchors));
    }
  }
  return lines.join('\n');
}

function seqSource(node, indent, anchors) {
  const pad = ' '.repeat(indent);
  const lines = [];
  for (const item of node.items) {
    if (item.t === 'map' && isCollection(item) && !item.anchor && chance(0.7)) {
      // "- key: value" with the following keys aligned under the first.
      const inner = mapSource(item, indent + 2, anchors);
      lines.push(pad + '- ' + inner.slice(indent + 2));
    } else if (item.t === 'seq' && isCollection(item) && !item.anchor && chance(0.5)) {
      const inner = seqSource(item, indent + 2, anchors);
      lines.push(pad + '- ' + inner.slice(indent + 2));
    } else {
      lines.push(pad + '-' + valueSource(item, indent, anchors));
    }
  }
  return lines.join('\n');
}

/** Focused documents: many cases of one kind in a single document. */
function focusedRoot() {
  const str = (v) => ({ t: 'str', v });
  const entries = (pairs) => ({ t: 'map', entries: pairs });
  return weighted([
    // Key order: many keys from the tricky categories in one map.
    [1, () => {
      const seen = new Set();
      const pairs = [];
      for (let i = 0; i < int(10, 24); i++) {
        const k = genKey();
        if (!seen.has(k) && consistentOrder([...seen, k])) {
          seen.add(k);
          pairs.push([str(k), { t: 'num', v: i }]);
        }
      }
      return entries([[str('order'), entries(pairs)]]);
    }],
    // Folding: long values at several depths, in styles forced by their content.
    [1, () => {
      let node = entries([]);
      const top = node;
      for (let d = 0; d < int(1, 5); d++) {
        const vals = [];
        for (let i = 0; i < int(1, 4); i++) {
          const base = longLine();
          const v = pick([base, ' ' + base, base + ' ', base.replace(' ', ': '), base.replace(' ', '\t'), '"' + base, base + '\n' + longLine(), "it's " + base, '\ufeff' + base]);
          vals.push([str(pick(['v', 'value', 'description', 'x'.repeat(int(1, 40))]) + i), str(v)]);
        }
        if (chance(0.3)) vals.push([str(longLine() + ' ' + longLine()), str(word())]);
        const child = entries([]);
        vals.push([str('nested'), chance(0.3) ? { t: 'seq', items: [child, str(longLine())] } : child]);
        node.entries.push(...vals);
        node = child;
      }
      node.entries.push([str('end'), str(longLine())]);
      return top;
    }],
    // Scalar zoo: tricky strings, both as strings and as plain (typed) tokens.
    [1, () => {
      const items = [];
      for (let i = 0; i < int(8, 20); i++) items.push(chance(0.6) ? str(pick([...SPECIALS, ...NUMBERISH, ...DATES, ...UNICODE, ...INDICATORS])) : genScalar());
      return entries([[str('zoo'), { t: 'seq', items }]]);
    }],
    // Multi-line strings in every block form.
    [1, () => entries(Array.from({ length: int(3, 8) }, (_, i) => [str('m' + i), str(multiline())]))],
    // Numbers.
    [1, () => entries([[str('numbers'), { t: 'seq', items: Array.from({ length: int(6, 16) }, () => ({ t: 'num', v: genNumber() })) }]])],
  ]);
}

function genDocument(name) {
  anchorSeq = 0;
  const anchors = [];
  const root = chance(0.3) ? focusedRoot() : genMap(0, anchors, int(1, 5));
  // A few documents get raw top-level keys (ints, booleans...), which kustomize keeps as text.
  const extraTop = chance(0.05) ? pick(['1', '0x1F', 'true', '2001-12-14', '1.5', '017']) : null;
  const lines = ['apiVersion: example.com/v1', 'kind: Sample', 'metadata:', `  name: ${name}`];
  if (chance(0.4)) {
    const labels = genMap(2, [], int(1, 4));
    lines.push('  labels:' + valueSource(labels, 2, []));
  }
  const top = [];
  for (const e of root.entries) {
    if (['apiVersion', 'kind', 'metadata'].includes(e[0].v)) continue;
    if (consistentOrder(['apiVersion', 'kind', 'metadata', ...top.map(([k]) => k.v), e[0].v])) top.push(e);
  }
  const topKeys = ['apiVersion', 'kind', 'metadata', ...top.map(([k]) => k.v)];
  const body = mapSource({ t: 'map', entries: top }, 0, anchors);
  if (body) lines.push(body);
  if (extraTop && !topKeys.includes(extraTop) && consistentOrder([...topKeys, extraTop])) lines.push(`${extraTop}: top-level ${extraTop}`);
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- running kubectl
function kustomizeVersion() {
  const v = JSON.parse(execFileSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' }));
  return { kustomize: v.kustomizeVersion, kubectl: v.clientVersion?.gitVersion };
}

function build(docs, fileText) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emitter-fixture-'));
  try {
    fs.writeFileSync(path.join(dir, 'input.yaml'), fileText ?? docs.join('---\n'));
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources:\n- input.yaml\n');
    const out = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    return { ok: true, out };
  } catch (e) {
    const msg = String(e.stderr || e.message).trim();
    return { ok: false, err: msg.length > 300 ? '…' + msg.slice(-300) : msg };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Returns the documents kubectl accepts, recording the ones it rejects (bisecting). */
function filterGood(docs, dropped, batchName) {
  const r = build(docs.map((d) => d.text));
  if (r.ok) return docs;
  if (docs.length === 1) {
    dropped.push({ batch: batchName, name: docs[0].name, error: r.err, input: docs[0].text });
    return [];
  }
  const mid = docs.length >> 1;
  return [...filterGood(docs.slice(0, mid), dropped, batchName), ...filterGood(docs.slice(mid), dropped, batchName)];
}

/** Joins documents into one file, sometimes with comments, empty documents and odd separators. */
function joinFile(texts, b) {
  const parts = [];
  if (b % 5 === 1) parts.push('# leading comment\n---\n');
  texts.forEach((t, i) => {
    if (i > 0) parts.push(pick(['---\n', '---\n', '---\n', '--- # separator comment\n', '---   \n']));
    if (i > 0 && chance(0.03)) parts.push(pick(['# comment-only document\n---\n', 'null\n---\n', '~\n---\n', '---\n', '{}\n---\n', '[]\n---\n']));
    parts.push(t);
  });
  let text = parts.join('');
  if (b % 7 === 3) text = text.replace(/\n/g, '\r\n');
  if (b % 9 === 4) text = '\ufeff' + text;
  return text;
}

function main() {
  const version = kustomizeVersion();
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const dropped = [];
  let total = 0;
  let serial = 0;
  const batches = [];
  for (let b = 0; b < BATCHES; b++) {
    const batchName = 'batch-' + String(b).padStart(3, '0');
    const docs = [];
    for (let i = 0; i < PER_BATCH; i++) {
      const name = 'd' + String(++serial).padStart(5, '0');
      docs.push({ name, text: genDocument(name) });
    }
    const good = filterGood(docs, dropped, batchName);
    const fileText = joinFile(good.map((d) => d.text), b);
    const r = build(null, fileText);
    if (!r.ok) throw new Error(`${batchName}: kubectl failed on the joined file: ${r.err}`);
    const dir = path.join(OUT_DIR, batchName);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'input.yaml'), fileText);
    fs.writeFileSync(path.join(dir, 'expected.yaml'), r.out);
    batches.push({ name: batchName, documents: good.length });
    total += good.length;
    process.stderr.write(`${batchName}: ${good.length}/${docs.length} documents\n`);
  }
  const manifest = {
    source: `kustomize@${version.kustomize}`,
    kubectl: version.kubectl,
    generator: 'scripts/record-emitter-fixtures.mjs',
    seed: SEED,
    documents: total,
    batches,
    dropped,
  };
  fs.writeFileSync(path.join(OUT_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  process.stderr.write(`recorded ${total} documents in ${batches.length} batches; dropped ${dropped.length}\n`);
}

main();
