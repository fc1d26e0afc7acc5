/**
 * Fuzzing build(): valid kustomization trees (the golden fixtures) are mutated — fields dropped,
 * duplicated and retyped, references broken, YAML corrupted, files swapped or renamed — and every
 * build must return or throw a KustomizeError (anything else is a bug), within a bounded time,
 * without touching a prototype, and the same input must always give the same result.
 *
 * Reproducible: fixed seed. KTS_FUZZ_RUNS (default 10000) sets the number of cases and
 * KTS_FUZZ_SEED the seed; a failure prints fast-check's counterexample and replay path.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { build } from '../../src/build.js';
import { isKustomizeError } from '../../src/core/errors.js';
import { MemoryFs, type FileSystem } from '../../src/fs/filesystem.js';
import type { BuildOptions } from '../../src/options.js';

const RUNS = Number(process.env['KTS_FUZZ_RUNS'] ?? 10000);
const SEED = Number(process.env['KTS_FUZZ_SEED'] ?? 20250601);
/** One build of a mutated fixture takes milliseconds; this only catches runaway work. */
const MAX_MS = Number(process.env['KTS_FUZZ_MAX_MS'] ?? 3000);

const fixtures = path.resolve(__dirname, '..', '..', 'fixtures');
/** Seeds larger than this (all files of the tree) are left out, to keep each case small. */
const MAX_SEED_BYTES = 6 * 1024;

interface Seed {
  name: string;
  /** Absolute path → contents (only the files the unmutated build reads). */
  files: Map<string, string>;
  target: string;
  options: BuildOptions;
}

/** A MemoryFs that records the files a build reads. */
class RecordingFs implements FileSystem {
  readonly read = new Set<string>();
  constructor(private readonly inner: MemoryFs) {}
  readFile(p: string) {
    const c = this.inner.readFile(p);
    if (c !== undefined) this.read.add(this.inner.realPath(p));
    return c;
  }
  exists(p: string) {
    return this.inner.exists(p);
  }
  isDir(p: string) {
    return this.inner.isDir(p);
  }
  readDir(p: string) {
    return this.inner.readDir(p);
  }
  realPath(p: string) {
    return this.inner.realPath(p);
  }
}

function optionsOf(flags: string[] = []): BuildOptions {
  const o: BuildOptions = {};
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === '--load-restrictor') o.loadRestrictions = flags[++i] === 'LoadRestrictionsNone' ? 'none' : 'rootOnly';
    else if (flags[i] === '--reorder') o.reorder = flags[++i] as 'legacy' | 'none';
    else if (flags[i] === '--enable-managedby-label') o.enableManagedByLabel = true;
  }
  return o;
}

function loadSeeds(): Seed[] {
  const seeds: Seed[] = [];
  for (const area of ['gitops', 'patch', 'basics', 'generators']) {
    const input = path.join(fixtures, area, 'input');
    const targetsFile = path.join(fixtures, area, 'targets.json');
    if (!fs.existsSync(targetsFile)) continue;
    const all: Record<string, string> = {};
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.isFile()) all['/' + path.relative(input, p).split(path.sep).join('/')] = fs.readFileSync(p, 'utf8');
      }
    };
    walk(input);
    const targets = JSON.parse(fs.readFileSync(targetsFile, 'utf8')) as { name: string; dir: string; flags?: string[] }[];
    for (const t of targets) {
      const rec = new RecordingFs(new MemoryFs(all));
      const target = '/' + t.dir;
      const options = optionsOf(t.flags);
      try {
        build(rec, target, options);
      } catch {
        /* error fixtures are seeds too */
      }
      if (rec.read.size === 0) continue;
      const files = new Map([...rec.read].sort().map((p) => [p, all[p]!] as const));
      // Small trees only: each case must build in a few milliseconds.
      let size = 0;
      for (const c of files.values()) size += c.length;
      if (size > MAX_SEED_BYTES) continue;
      seeds.push({ name: `${area}/${t.name}`, files, target, options });
    }
  }
  return seeds;
}

// --- mutations ----------------------------------------------------------------------------------

type Mutation =
  | { op: 'drop' | 'dup'; file: number; node: number }
  | { op: 'retype'; file: number; node: number; value: number }
  | { op: 'ref'; file: number; node: number; ref: number }
  | { op: 'swap'; a: number; b: number }
  | { op: 'rename'; file: number; name: number }
  | { op: 'insert'; file: number; pos: number; text: number }
  | { op: 'cut'; file: number; pos: number; len: number }
  | { op: 'byte'; file: number; pos: number; byte: number };

const VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  2 ** 63,
  1e300,
  true,
  'yes',
  '',
  'x',
  '~',
  '$(VAR)',
  [],
  {},
  ['a', 1],
  { a: 1 },
  JSON.parse('{"__proto__": {"polluted": 1}}'),
  { constructor: { prototype: { polluted: 1 } } },
  [[[[[[[[[[[[[[[[[['deep']]]]]]]]]]]]]]]]]],
];
const REFS = [
  'missing.yaml',
  '..',
  '.',
  '../..',
  '/etc/passwd',
  '/',
  'https://example.com/x.yaml',
  'github.com/org/repo//dir?ref=v1',
  '../../../../../x',
  '',
  'kustomization.yaml',
  'a/../b.yaml',
  'resources.yaml',
  'deployment.yaml',
  '../base',
  'Deployment',
  '[',
  '*',
  'metadata.name',
  'spec.template.spec.containers.[name=app].image',
  'spec.__proto__.polluted',
  '/__proto__/polluted',
];
const SNIPPETS = [
  ':',
  ': ',
  '- ',
  '\t',
  '{',
  '[',
  '}',
  ']',
  '&a ',
  '*a',
  '<<: *a\n',
  '\n---\n',
  '\n...\n',
  '"',
  "'",
  '\u0000',
  '\ufffd',
  '#',
  '|\n',
  '>-\n',
  '? ',
  '!!binary ',
  '!!int ',
  '%YAML 1.1\n',
  '\r\n',
  '  ',
  'key: value\n',
  '\u2028',
  '\u0085',
  '$patch: delete\n',
  '__proto__: {polluted: 1}\n',
  'kind: List\nitems: 1\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\n',
];
const NAMES = ['kustomization.yml', 'Kustomization', 'kustomization.yaml.bak', 'sub/kustomization.yaml', 'resources.yaml'];

/** Structural edits (the YAML stays valid) dominate, so that builds get past parsing and decoding. */
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constantFrom('drop' as const, 'dup' as const), file: fc.nat(), node: fc.nat() }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('retype' as const), file: fc.nat(), node: fc.nat(), value: fc.nat(VALUES.length - 1) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('ref' as const), file: fc.nat(), node: fc.nat(), ref: fc.nat(REFS.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), file: fc.nat(), name: fc.nat(NAMES.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), file: fc.nat(), pos: fc.nat(), text: fc.nat(SNIPPETS.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cut' as const), file: fc.nat(), pos: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('byte' as const), file: fc.nat(), pos: fc.nat(), byte: fc.integer({ min: 0x80, max: 0xff }) }) },
);

type Tree = Map<string, string | Uint8Array>;

/** Every (parent, key) of a JSON value, in document order. */
function slots(v: unknown, out: [Record<string, unknown> | unknown[], string | number][] = [], depth = 0): typeof out {
  if (depth > 50) return out;
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      out.push([v, i]);
      slots(x, out, depth + 1);
    });
  } else if (v !== null && typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v))) {
    // Plain maps only (a `!!binary` scalar becomes a Uint8Array, a timestamp a Date).
    for (const k of Object.keys(v)) {
      out.push([v as Record<string, unknown>, k]);
      slots((v as Record<string, unknown>)[k], out, depth + 1);
    }
  }
  return out;
}

/** Applies a structural mutation to a YAML text; undefined when the text does not parse. */
function mutateYaml(text: string, m: Extract<Mutation, { node: number }>): string | undefined {
  let docs: unknown[];
  try {
    const parsed = parseAllDocuments(text, { logLevel: 'silent', uniqueKeys: false });
    if (!Array.isArray(parsed) || parsed.some((d) => d.errors.length)) return undefined;
    docs = parsed.map((d) => d.toJS({ maxAliasCount: 50 }));
  } catch {
    return undefined;
  }
  const all = slots(docs);
  if (all.length === 0) return undefined;
  const [parent, key] = all[m.node % all.length]!;
  const p = parent as Record<string | number, unknown>;
  switch (m.op) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete p[key];
      break;
    case 'dup':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]));
      else Object.defineProperty(p, `${key}`.toUpperCase() === `${key}` ? `${key}2` : `${key}`.toUpperCase(), { value: structuredClone(p[key]), enumerable: true, writable: true, configurable: true });
      break;
    case 'retype':
      p[key] = structuredClone(VALUES[m.value]);
      break;
    case 'ref':
      p[key] = REFS[m.ref];
      break;
  }
  try {
    return docs.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
  } catch {
    return undefined;
  }
}

const enc = new TextEncoder();

function applyMutation(tree: Tree, m: Mutation): void {
  const names = [...tree.keys()];
  const pick = (i: number) => names[i % names.length]!;
  switch (m.op) {
    case 'swap': {
      const a = pick(m.a);
      const b = pick(m.b);
      const t = tree.get(a)!;
      tree.set(a, tree.get(b)!);
      tree.set(b, t);
      return;
    }
    case 'rename': {
      const f = pick(m.file);
      const c = tree.get(f)!;
      tree.delete(f);
      tree.set(f.slice(0, f.lastIndexOf('/') + 1) + NAMES[m.name], c);
      return;
    }
    case 'byte': {
      const f = pick(m.file);
      const c = tree.get(f)!;
      const b = typeof c === 'string' ? enc.encode(c) : c;
      const pos = b.length ? m.pos % (b.length + 1) : 0;
      const out = new Uint8Array(b.length + 1);
      out.set(b.subarray(0, pos));
      out[pos] = m.byte;
      out.set(b.subarray(pos), pos + 1);
      tree.set(f, out);
      return;
    }
    default: {
      const f = pick(m.file);
      const c = tree.get(f)!;
      if (typeof c !== 'string') return;
      if (m.op === 'insert') {
        const pos = m.pos % (c.length + 1);
        tree.set(f, c.slice(0, pos) + SNIPPETS[m.text] + c.slice(pos));
      } else if (m.op === 'cut') {
        const pos = m.pos % (c.length + 1);
        tree.set(f, c.slice(0, pos) + c.slice(pos + m.len));
      } else {
        const next = mutateYaml(c, m);
        // Unparsable already: corrupt the text instead.
        tree.set(f, next ?? c.slice(0, (m.node % (c.length + 1)) | 0));
      }
    }
  }
}

// --- the property -------------------------------------------------------------------------------

type Outcome = { yaml: string } | { code: string; message: string; file?: string; line?: number; col?: number };

function buildOnce(tree: Tree, seed: Seed): { outcome: Outcome; ms: number } {
  const fsys = new MemoryFs(Object.fromEntries(tree));
  const t0 = performance.now();
  try {
    const r = build(fsys, seed.target, seed.options);
    return { outcome: { yaml: r.yaml }, ms: performance.now() - t0 };
  } catch (e) {
    const ms = performance.now() - t0;
    if (!isKustomizeError(e)) throw e;
    return { outcome: { code: e.code, message: e.message, file: e.file, line: e.line, col: e.col }, ms };
  }
}

const seeds = loadSeeds();

describe('fuzz: mutated kustomization trees', () => {
  it('has seeds', () => {
    expect(seeds.length).toBeGreaterThan(100);
  });

  it(`${RUNS} mutated builds return or throw a KustomizeError, in bounded time, deterministically`, async () => {
    const caseArb = fc.record({
      seed: fc.nat(seeds.length - 1),
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: 2 }),
    });
    let built = 0;
    let failed = 0;
    const codes = new Map<string, number>();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ seed: i, mutations }) => {
        // Let the test runner breathe: the cases are synchronous.
        if (++n % 200 === 0) await new Promise((r) => setImmediate(r));
        const seed = seeds[i]!;
        const tree: Tree = new Map(seed.files);
        for (const m of mutations) applyMutation(tree, m);
        const first = buildOnce(tree, seed);
        const second = buildOnce(tree, seed);
        if ('yaml' in first.outcome) built++;
        else {
          failed++;
          codes.set(first.outcome.code, (codes.get(first.outcome.code) ?? 0) + 1);
        }
        expect(first.ms, `${seed.name}: first build took ${first.ms.toFixed(0)} ms`).toBeLessThan(MAX_MS);
        expect(second.outcome, seed.name).toEqual(first.outcome);
        // Every error names a file.
        if ('code' in first.outcome) expect(first.outcome.file, `${seed.name}: ${first.outcome.message}`).toBeDefined();
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    if (process.env['KTS_FUZZ_STATS']) console.log({ built, failed, codes: Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])) });
    // Mutations must not all be fatal, nor all harmless.
    expect(built).toBeGreaterThan(RUNS / 20);
    expect(failed).toBeGreaterThan(RUNS / 20);
  }, 600_000);
});
