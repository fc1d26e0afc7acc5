#!/usr/bin/env node
// Generates seeded random configMapGenerator / secretGenerator cases and records what the real
// kustomize (`kubectl kustomize`) makes of them, under fixtures/generators/. Run by hand; never by
// the tests, never from our own output. Re-running with the same seed and kustomize version
// reproduces the same files.
//
// Layout (the same as scripts/record-fixtures.mjs, so test/fixtures.test.ts builds them end to end):
//   fixtures/generators/targets.json        [{ name, dir, error? }] (error: what the build must throw)
//   fixtures/generators/input/<name>/...    one kustomization tree per target
//   fixtures/generators/expected/<name>.yaml | <name>.err   kubectl's stdout, or its stderr
//   fixtures/generators/expected/RECORDED_WITH              the kustomize version and the seed
//   fixtures/generators/cases.json          per-target facts the generator knows by construction:
//                                           generator count; for error targets the error code and
//                                           field path we must report (kubectl only gives a message)
//
// "batch-NN" targets hold many generators each (kustomize is slow to start, so cases are batched;
// it sorts its output by kind then name, so tests match documents by kind/namespace/name).
// "error-NN" targets hold one failure each.
//
// usage: node scripts/record-generator-fixtures.mjs [--seed N] [--batches N] [--per-batch N]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const SEED = opt('--seed', 20250601);
const BATCHES = opt('--batches', 8);
const PER_BATCH = opt('--per-batch', 40);

const area = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'generators');
const version = execFileSync('kubectl', ['version', '--client'], { encoding: 'utf8' })
  .split('\n')
  .find((l) => l.startsWith('Kustomize Version'))
  ?.replace('Kustomize Version:', '')
  .trim();
if (!version) throw new Error('cannot find the kustomize version of kubectl');

// ------------------------------------------------------------------------------------------------
// seeded randomness (mulberry32)

let state = SEED >>> 0;
function rnd() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[int(0, arr.length - 1)];
const chance = (p) => rnd() < p;

// ------------------------------------------------------------------------------------------------
// text pieces

const FRAGMENTS = [
  'a', 'hello', 'World', 'x y', ' ', '  ', '\t', 'value', '42', '3.14',
  '<', '>', '&', '<b>&amp;</b>', '<script>', '"', "'", '=', '==', '#', '\\', '/', ':', ': ', '- ', '?', '{}', '[]', ',', '*', '!', '%', '@', '`', '|', '>-',
  'é', 'ü', 'ß', '日本語', '한국어', 'Ω', '😀', '𝄞', '\u2028', '\u2029', '\u0085', '\u00a0', '\ufeff', '\u200b',
  '\n', '\n', '\r\n', '\r', '\x01', '\x08', '\x0c', '\x1b', '\x7f', '\u00ff', '\u0080',
  'true', 'yes', 'no', 'on', 'null', '~', '1', '0x1F', '1.0', '-1', '0o17', '1e3', '1:20', '.inf', '2001-12-14',
];
// kustomize refuses DEL and C1 controls (NEL aside) in generator args (a YAML round trip of
// the plugin config; error cases below cover it) and in any string it prints (ConfigMap text
// values included), so text uses the other fragments. Binary files still hold every byte.
const TEXT_FRAGMENTS = FRAGMENTS.filter((f) => !/[\u007f-\u0084\u0086-\u009f]/.test(f));
const LINE_FRAGMENTS = TEXT_FRAGMENTS.filter((f) => !f.includes('\n'));
const KEY_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-';
// No LS/PS in keys: kustomize v5.5.0 fails to print some such keys ("did not find expected ','").
// NEL is fine in literal keys only (folded to a space before anything else sees it).
const ODD_KEY_PIECES = [' ', ':', '/', 'é', '日本', '<', '&', '"', "'", '#', '😀', '\u0085', '.', '..', '-'];

function randomText(pieces = TEXT_FRAGMENTS, max = 6) {
  if (chance(0.08)) return '';
  if (chance(0.1)) {
    // long: crosses the 70-column base64 wrap of Secrets and binaryData
    const f = pick(pieces);
    const n = int(40, 220);
    let s = '';
    while (s.length < n) s += chance(0.7) ? f : pick(pieces);
    return s;
  }
  let s = '';
  for (let i = int(1, max); i > 0; i--) s += pick(pieces);
  return s;
}

// Keys start with a letter: kustomize v5.5.0 itself fails to print data keys that YAML 1.1
// reads as numbers (`7.`, `1_0`, `.5`: "json: unsupported type: map[interface {}]interface {}").
function randomKey(odd = 0.15) {
  let k = KEY_CHARS[int(0, 51)];
  for (let i = int(0, 11); i > 0; i--) k += KEY_CHARS[int(0, KEY_CHARS.length - 1)];
  if (chance(odd)) {
    const at = int(1, k.length);
    k = k.slice(0, at) + pick(ODD_KEY_PIECES) + k.slice(at);
  }
  return k;
}

/** A key no other source of the entry uses. `ok` filters unusable keys. */
function freshKey(used, ok = () => true, odd = 0.15) {
  for (;;) {
    const k = randomKey(odd);
    if (!used.has(k) && ok(k)) {
      used.add(k);
      return k;
    }
  }
}

/**
 * JSON (which is YAML) with every character escaped that YAML 1.1 parsers treat specially or
 * refuse raw (C1 controls, NEL, LS, PS, BOM, DEL), so kustomize and our loader read the same text.
 */
function toYamlJson(v) {
  return JSON.stringify(v, null, 2).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

const utf8 = (s) => Buffer.from(s, 'utf8');

// ------------------------------------------------------------------------------------------------
// file contents

function randomFileBytes() {
  const r = rnd();
  if (r < 0.1) return Buffer.alloc(0);
  if (r < 0.35) {
    // binary: random bytes, never valid UTF-8
    const b = Buffer.alloc(int(1, 160));
    for (let i = 0; i < b.length; i++) b[i] = int(0, 255);
    b[int(0, b.length - 1)] = 0xff;
    return b;
  }
  if (r < 0.42) {
    // text that is not quite UTF-8: a lone continuation byte or a truncated sequence
    return Buffer.concat([utf8(randomText(LINE_FRAGMENTS)), Buffer.from(pick([[0x80], [0xe6, 0x97], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf]])), utf8('tail')]);
  }
  let s = '';
  if (chance(0.15)) s += '\ufeff';
  for (let i = int(1, 6); i > 0; i--) s += randomText() + pick(['\n', '\n', '\r\n', '', '  \n']);
  return utf8(s);
}

const WS_PREFIXES = ['', '', '', ' ', '   ', '\t', '\u00a0', '\u2028', '\x0b', '\x0c', ' \t '];

/** An env file and the keys it defines (added to `used`). */
function randomEnvFile(used) {
  const lines = [];
  let first = true;
  for (let i = int(1, 9); i > 0; i--) {
    const r = rnd();
    let line;
    if (r < 0.12) line = pick(['# comment', '#', '   # indented comment', '#KEY=notakey', '# <&> é \u2028']);
    else if (r < 0.2) line = pick(['', '', '   ', '\t', '\u00a0']);
    else if (r < 0.24) line = '=skipped' + randomText(LINE_FRAGMENTS, 2);
    else {
      const bomOnOtherLine = !first && chance(0.05);
      const key = freshKey(
        used,
        (k) => !k.includes('=') && !k.startsWith('#') && !k.includes('\u0085'),
        0.25,
      );
      if (bomOnOtherLine) {
        used.delete(key);
        used.add('\ufeff' + key);
      }
      const body = r < 0.32 ? key : `${key}=${randomText(LINE_FRAGMENTS).replace(/\r$/, '')}`;
      line = (bomOnOtherLine ? '\ufeff' : pick(WS_PREFIXES)) + body;
      if (!bomOnOtherLine && line.startsWith('\ufeff')) throw new Error('unreachable');
    }
    lines.push(line);
    first = false;
  }
  let text = '';
  lines.forEach((l, i) => {
    const eol = i === lines.length - 1 && chance(0.3) ? '' : pick(['\n', '\n', '\r\n']);
    text += l + eol;
  });
  if (chance(0.2)) text = '\ufeff' + text;
  return utf8(text);
}

// ------------------------------------------------------------------------------------------------
// generator entries

const NAMESPACES = [undefined, undefined, undefined, 'default', 'ns-a', 'ns-b'];
const SECRET_TYPES = [undefined, undefined, undefined, '', 'Opaque', 'kubernetes.io/tls', 'example.com/custom'];
const LABEL_KEYS = ['app', 'app.kubernetes.io/name', 'tier', 'team', 'env', 'x-y.z/w', 'both'];

function randomStringMap(keys, valueGen) {
  const m = {};
  for (let i = int(0, 3); i > 0; i--) m[pick(keys)] = valueGen();
  return m;
}

function randomOptions() {
  const o = {};
  if (chance(0.3)) o.labels = randomStringMap(LABEL_KEYS, () => pick(['', 'web', 'db', 'v1.2', 'é', 'true', '1']));
  if (chance(0.3)) o.annotations = randomStringMap(['note', 'both', 'a.b/c', 'multi'], () => randomText());
  if (chance(0.2)) o.disableNameSuffixHash = chance(0.6);
  if (chance(0.2)) o.immutable = chance(0.6);
  return Object.keys(o).length || chance(0.5) ? o : undefined;
}

const GLOBAL_OPTIONS = [
  undefined,
  { labels: { team: 'global', both: 'global' }, annotations: { note: 'from generatorOptions', both: 'global' } },
  { disableNameSuffixHash: true },
  { immutable: true, labels: { g: '1' } },
  {},
  { annotations: { multi: 'line one\nline two\n', both: '<&>' } },
  { disableNameSuffixHash: false, immutable: false },
  { labels: {}, annotations: { 'a.b/c': '\u2028' } },
];

/**
 * One generator entry with its files. `ctx` = { dir, files: Map(path -> Buffer), ids: Map(idKey -> kind) }.
 * Returns the entry (ready for JSON).
 */
function randomEntry(ctx, kind, name) {
  const used = new Set();
  const e = { name };
  const ns = pick(NAMESPACES);
  if (ns !== undefined) e.namespace = ns;
  if (kind === 'Secret') {
    const t = pick(SECRET_TYPES);
    if (t !== undefined) e.type = t;
  }
  const nEnvs = chance(0.35) ? int(1, 2) : 0;
  const nFiles = chance(0.6) ? int(1, 3) : 0;
  const nLits = nEnvs + nFiles === 0 ? int(1, 5) : int(0, 4);
  if (nEnvs) {
    e.envs = [];
    for (let i = 0; i < nEnvs; i++) {
      const p = pick(['', 'env/', 'cfg/']) + `e${ctx.files.size}.env`;
      ctx.files.set(p, randomEnvFile(used));
      e.envs.push(pick(['', './']) + p);
    }
  }
  if (nLits) {
    e.literals = [];
    for (let i = 0; i < nLits; i++) {
      const key = freshKey(used, (k) => !k.includes('='));
      let v = randomText();
      const q = rnd();
      if (q < 0.15) v = `"${v}"`;
      else if (q < 0.25) v = `'${v}'`;
      else if (q < 0.3) v = `"${v}'`;
      e.literals.push(`${key}=${v}`);
    }
  }
  if (nFiles) {
    e.files = [];
    for (let i = 0; i < nFiles; i++) {
      const base = `${pick(['f', 'data', 'bin', '.hidden', 'with space'])}${ctx.files.size}${pick(['.txt', '.dat', '', '.conf', '.tar.gz'])}`;
      const p = pick(['', '', 'sub/', 'sub/deeper/']) + base;
      ctx.files.set(p, randomFileBytes());
      const form = rnd();
      if (form < 0.45 && !used.has(base)) {
        used.add(base);
        e.files.push(pick(['', '', './']) + p);
      } else if (form < 0.5 && p.includes('/') && !used.has(base)) {
        used.add(base);
        e.files.push(p + '/'); // path.Base drops the trailing slash; the loader reads the file
      } else {
        const key = freshKey(used, (k) => !k.includes('='));
        e.files.push(`${key}=${p}`);
      }
    }
  }
  const o = randomOptions();
  if (o) e.options = o;
  return e;
}

const idKey = (kind, name, ns) => `${kind}|${name}|${ns === undefined || ns === '' ? 'default' : ns}`;

function randomName(kind, b, i) {
  let n = `${kind === 'ConfigMap' ? 'cm' : 'sec'}-${b}-${i}`;
  if (chance(0.25)) n += pick(['.x', '-y', '.config', 'abc', '.é', '-0']);
  return n;
}

/** A plain ConfigMap and Secret written as resources (merge/replace targets that need no hash). */
function plainResources(b) {
  return [
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `plain-cm-${b}`, labels: { app: 'plain', tier: 'base' }, annotations: { note: 'plain' } },
      data: { keep: 'base value', over: 'base', num: 7, flag: true, multi: 'a\nb\n' },
      binaryData: { blob: 'AAEC' },
      immutable: true,
    },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: `plain-sec-${b}`, namespace: 'ns-a', labels: { app: 'plain' } },
      type: 'kubernetes.io/tls',
      data: { 'tls.crt': 'Y3J0', over: 'YmFzZQ==' },
      stringData: { extra: 'dropped by merge' },
    },
  ];
}

function makeBatch(b) {
  const ctx = { files: new Map() };
  const ids = new Map(); // idKey -> { kind, name, namespace }
  const k = {};
  const global = GLOBAL_OPTIONS[b % GLOBAL_OPTIONS.length];
  if (global !== undefined) k.generatorOptions = global;
  let count = 0;

  // A base with its own generators and plain resources, for merge/replace across kustomizations.
  let baseFiles;
  if (b % 2 === 1) {
    const bctx = { files: new Map() };
    const bk = { resources: ['plain.yaml'], configMapGenerator: [], secretGenerator: [] };
    for (const r of plainResources(b)) ids.set(idKey(r.kind, r.metadata.name, r.metadata.namespace), { kind: r.kind, name: r.metadata.name, namespace: r.metadata.namespace, plain: true });
    for (let i = 0; i < 4; i++) {
      const kind = i % 2 ? 'Secret' : 'ConfigMap';
      const e = randomEntry(bctx, kind, `base-${kind === 'ConfigMap' ? 'cm' : 'sec'}-${b}-${i}`);
      (kind === 'ConfigMap' ? bk.configMapGenerator : bk.secretGenerator).push(e);
      ids.set(idKey(kind, e.name, e.namespace), { kind, name: e.name, namespace: e.namespace });
      count++;
    }
    baseFiles = new Map([...bctx.files].map(([p, c]) => [`base/${p}`, c]));
    baseFiles.set('base/kustomization.yaml', utf8(toYamlJson(bk) + '\n'));
    baseFiles.set('base/plain.yaml', utf8(plainResources(b).map((r) => toYamlJson(r)).join('\n---\n') + '\n'));
    k.resources = ['base'];
  }

  const cms = [];
  const secrets = [];
  for (let i = 0; i < PER_BATCH; i++) {
    const kind = chance(0.6) ? 'ConfigMap' : 'Secret';
    const targets = [...ids.values()].filter((t) => t.kind === kind);
    let e;
    if (targets.length && chance(0.18)) {
      const t = pick(targets);
      e = randomEntry(ctx, kind, t.name);
      // the same effective namespace, possibly spelled differently
      const eff = t.namespace === undefined || t.namespace === '' || t.namespace === 'default' ? pick([undefined, 'default']) : t.namespace;
      if (eff === undefined) delete e.namespace;
      else e.namespace = eff;
      e.behavior = pick(['merge', 'merge', 'replace']);
    } else {
      let name;
      do name = randomName(kind, b, i);
      while ([...ids.values()].some((t) => t.name === name));
      e = randomEntry(ctx, kind, name);
      if (chance(0.1)) e.behavior = pick(['create', 'bogus', '']);
      ids.set(idKey(kind, e.name, e.namespace), { kind, name: e.name, namespace: e.namespace });
    }
    (kind === 'ConfigMap' ? cms : secrets).push(e);
    count++;
  }
  if (cms.length) k.configMapGenerator = cms;
  if (secrets.length) k.secretGenerator = secrets;
  const files = new Map(ctx.files);
  if (baseFiles) for (const [p, c] of baseFiles) files.set(p, c);
  files.set('kustomization.yaml', utf8(toYamlJson(k) + '\n'));
  return { files, count };
}

// ------------------------------------------------------------------------------------------------
// error cases: one failure each, with the code and field we must report, and the file the error
// is about when it is not the kustomization (the field then belongs to the kustomization)

const cmg = 'configMapGenerator';
const sg = 'secretGenerator';
const ERROR_CASES = [
  { what: 'repeated literal key', k: { [cmg]: [{ name: 'a', literals: ['k=1', 'k=2'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'literals', 1] },
  { what: 'literal key repeated by a file basename', files: { 'k.txt': 'x' }, k: { [cmg]: [{ name: 'a', literals: ['k.txt=1'], files: ['k.txt'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'files', 0] },
  { what: 'env key repeated by a literal', files: { 'a.env': 'K=1\n' }, k: { [sg]: [{ name: 's', envs: ['a.env'], literals: ['K=2'] }] }, code: 'GENERATOR_FAILED', field: [sg, 0, 'literals', 0] },
  { what: 'env key repeated by another env file', files: { 'a.env': 'K=1\n', 'b.env': '# x\n  K=2\n' }, k: { [cmg]: [{ name: 'a', envs: ['a.env', 'b.env'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'envs', 1] },
  { what: 'configmap without a name', k: { [cmg]: [{ literals: ['a=1'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'name'] },
  { what: 'secret without a name', k: { [sg]: [{ namespace: 'x', literals: ['a=1'] }] }, code: 'GENERATOR_FAILED', field: [sg, 0, 'name'] },
  { what: 'literal without =', k: { [cmg]: [{ name: 'a', literals: ['a=1', 'novalue'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'literals', 1] },
  { what: 'literal with a leading =', k: { [cmg]: [{ name: 'a', literals: ['=v'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'literals', 0] },
  { what: 'null literal', k: { [cmg]: [{ name: 'a', literals: [null] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'literals', 0] },
  { what: 'file source with two =', files: { c: 'x' }, k: { [cmg]: [{ name: 'a', files: ['a=b=c'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'files', 0] },
  { what: 'file source without key', k: { [cmg]: [{ name: 'a', files: ['=path'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'files', 0] },
  { what: 'file source without path', k: { [sg]: [{ name: 's', files: ['key='] }] }, code: 'GENERATOR_FAILED', field: [sg, 0, 'files', 0] },
  { what: 'directory in files', files: { 'dir/x.txt': 'x' }, k: { [cmg]: [{ name: 'a', files: ['ok=dir/x.txt', 'dir'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'files', 1] },
  { what: 'directory in envs', files: { 'dir/x.env': 'A=1\n' }, k: { [cmg]: [{ name: 'a', envs: ['dir'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'envs', 0] },
  { what: 'missing file', k: { [cmg]: [{ name: 'a', files: ['nope.txt'] }] }, code: 'FILE_NOT_FOUND', file: 'nope.txt', field: [cmg, 0, 'files', 0] },
  { what: 'env line not UTF-8', files: { 'a.env': Buffer.from('A=1\nB=\xff\n', 'latin1') }, k: { [cmg]: [{ name: 'a', envs: ['a.env'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'envs', 0] },
  { what: 'deprecated env field, line not UTF-8', files: { 'a.env': Buffer.from('\xc3(=1\n', 'latin1') }, k: { [cmg]: [{ name: 'a', env: 'a.env' }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'env'] },
  { what: 'merge without a target', k: { [cmg]: [{ name: 'a', behavior: 'merge', literals: ['a=1'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'behavior'] },
  { what: 'replace without a target', k: { [sg]: [{ name: 's', behavior: 'replace', literals: ['a=1'] }] }, code: 'GENERATOR_FAILED', field: [sg, 0, 'behavior'] },
  { what: 'merge into another namespace', k: { [cmg]: [{ name: 'a', namespace: 'ns-a', literals: ['a=1'] }, { name: 'a', namespace: 'ns-b', behavior: 'merge', literals: ['b=1'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 1, 'behavior'] },
  { what: 'two generators, same name', k: { [cmg]: [{ name: 'a', literals: ['a=1'] }, { name: 'a', literals: ['b=1'] }] }, code: 'ID_CONFLICT', field: [cmg, 1, 'behavior'] },
  { what: 'same name, unknown behavior', k: { [cmg]: [{ name: 'a', literals: ['a=1'] }, { name: 'a', behavior: 'Merge', literals: ['b=1'] }] }, code: 'ID_CONFLICT', field: [cmg, 1, 'behavior'] },
  { what: 'same name across default namespace spellings', k: { [sg]: [{ name: 's', literals: ['a=1'] }, { name: 's', namespace: 'default', behavior: 'create', literals: ['b=1'] }] }, code: 'ID_CONFLICT', field: [sg, 1, 'behavior'] },
  { what: 'overlay generator colliding with a base generator', files: { 'base/kustomization.yaml': JSON.stringify({ [cmg]: [{ name: 'a', literals: ['a=1'] }] }) }, k: { resources: ['base'], [cmg]: [{ name: 'a', literals: ['b=1'] }] }, code: 'ID_CONFLICT', field: [cmg, 0, 'behavior'] },
  { what: 'literals given as a string', k: { [cmg]: [{ name: 'a', literals: 'a=1' }] }, code: 'INVALID_KUSTOMIZATION', field: [cmg, 0, 'literals'] },
  { what: 'label value is a number', k: { [cmg]: [{ name: 'a', literals: ['a=1'], options: { labels: { a: 1 } } }] }, code: 'INVALID_KUSTOMIZATION', field: [cmg, 0, 'options', 'labels', 'a'] },
  { what: 'DEL in a literal', k: { [cmg]: [{ name: 'a', literals: ['a=1', 'b=x\u007fy'] }] }, code: 'GENERATOR_FAILED', field: [cmg, 0, 'literals', 1] },
  { what: 'C1 control in an annotation', k: { [sg]: [{ name: 's', literals: ['a=1'], options: { annotations: { note: '\u0090' } } }] }, code: 'GENERATOR_FAILED', field: [sg, 0, 'options', 'annotations', 'note'] },
  { what: 'C1 control in a generatorOptions label', k: { generatorOptions: { labels: { l: 'a\u0099' } }, [cmg]: [{ name: 'a', literals: ['a=1'] }] }, code: 'GENERATOR_FAILED', field: ['generatorOptions', 'labels', 'l'] },
  { what: 'generatorOptions flag given as a string', k: { generatorOptions: { disableNameSuffixHash: 'true' }, [cmg]: [{ name: 'a', literals: ['a=1'] }] }, code: 'INVALID_KUSTOMIZATION', field: ['generatorOptions', 'disableNameSuffixHash'] },
];

// ------------------------------------------------------------------------------------------------
// write and record

function writeTree(dir, files) {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [p, c] of files) {
    const f = path.join(dir, p);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, c);
  }
}

function record(name, files) {
  const dir = path.join(area, 'input', name);
  writeTree(dir, files);
  const r = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = path.join(area, 'expected');
  if (r.status === 0) fs.writeFileSync(path.join(out, `${name}.yaml`), r.stdout);
  else {
    // Without klog's time/pid prefix and Go pointers, so re-recording gives the same bytes.
    const err = r.stderr
      .replaceAll(dir, '{FIXTURE}')
      .replace(/^E\d{4} [\d:.]+\s+\d+ \S+\] /gm, '')
      .replace(/0xc[0-9a-f]+/g, '0xc000000000');
    fs.writeFileSync(path.join(out, `${name}.err`), err);
  }
  return r.status === 0;
}

fs.rmSync(path.join(area, 'input'), { recursive: true, force: true });
fs.rmSync(path.join(area, 'expected'), { recursive: true, force: true });
fs.mkdirSync(path.join(area, 'expected'), { recursive: true });
const targets = [];
const cases = {};
let total = 0;
for (let b = 0; b < BATCHES; b++) {
  const name = `batch-${String(b).padStart(2, '0')}`;
  const { files, count } = makeBatch(b);
  if (!record(name, files)) throw new Error(`${name}: kustomize failed, see expected/${name}.err`);
  targets.push({ name, dir: name });
  cases[name] = { generators: count };
  total += count;
  console.log(`${name}: ${count} generators`);
}
ERROR_CASES.forEach((c, i) => {
  const name = `error-${String(i).padStart(2, '0')}`;
  const files = new Map(Object.entries(c.files ?? {}).map(([p, v]) => [p, typeof v === 'string' ? utf8(v) : v]));
  files.set('kustomization.yaml', utf8(toYamlJson(c.k) + '\n'));
  if (record(name, files)) throw new Error(`${name} (${c.what}): kustomize did not fail`);
  // test/fixtures.test.ts checks the build's error against this (paths relative to input/).
  const error = { code: c.code, file: `${name}/${c.file ?? 'kustomization.yaml'}`, field: c.field.join('.') };
  if (c.file) error.kustomization = `${name}/kustomization.yaml`;
  targets.push({ name, dir: name, error });
  cases[name] = { what: c.what, code: c.code, field: c.field };
  console.log(`${name}: ${c.what}`);
});
fs.writeFileSync(path.join(area, 'targets.json'), JSON.stringify(targets, null, 2) + '\n');
fs.writeFileSync(
  path.join(area, 'cases.json'),
  JSON.stringify({ seed: SEED, source: `kustomize@${version}`, generators: total, cases }, null, 2) + '\n',
);
fs.writeFileSync(path.join(area, 'expected', 'RECORDED_WITH'), `kubectl kustomize (Kustomize Version: ${version}), seed ${SEED}\n`);
console.log(`${total} generators in ${BATCHES} batches, ${ERROR_CASES.length} error cases, kustomize ${version}`);
