/**
 * Differential test of the parser's fast path (src/yaml/fast-parse.ts) against the full parser
 * (the `yaml` package's AST + the Converter in parse.ts, itself checked against kubectl): for
 * every fixture file and for generated (and deliberately broken) manifests,
 * parseResourceDocuments with and without the fast path gives the same documents (values with
 * key order, -0, indexes, lines, and the YAML spellings kept beside the values) or the same error
 * (code, message, file, line, col); and so does parseKustomizationText (yaml.v2 typing) on the same text. Pieces the fast path reads without bailing out are counted, so the
 * test cannot pass by bailing out on everything.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Json } from '../../src/core/json.js';
import { scalarTextsOf } from '../../src/core/scalar-text.js';
import { KustomizeError } from '../../src/core/errors.js';
import { fastParseDocument } from '../../src/yaml/fast-parse.js';
import { parseKustomizationText, parseResourceDocuments } from '../../src/yaml/parse.js';
import { generate, mutate, Rng } from './manifest-gen.js';

type Outcome = { docs: { index: number; line: number; value: Json }[] } | { error: Record<string, unknown> };

function outcome(text: string, fastPath: boolean): Outcome {
  try {
    return { docs: parseResourceDocuments(text, 'f.yaml', { fastPath }).map(({ index, line, value }) => ({ index, line, value })) };
  } catch (e) {
    if (!(e instanceof KustomizeError)) throw e;
    return { error: { code: e.code, message: e.message, file: e.file, line: e.line, col: e.col } };
  }
}

function outcomeV2(text: string, fastPath: boolean): Outcome | { value: Json } {
  try {
    return { value: parseKustomizationText(text, 'kustomization.yaml', { fastPath }) };
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
  if (JSON.stringify(scalarTextsOf(a as Json)) !== JSON.stringify(scalarTextsOf(b as Json))) return false;
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
  const full3 = outcome(text, false);
  const fast3 = outcome(text, true);
  if (!strictSame(full3, fast3)) {
    throw new Error(`${label}: the fast path differs\ninput: ${JSON.stringify(text)}\nfull: ${JSON.stringify(full3)}\nfast: ${JSON.stringify(fast3)}`);
  }
  // The same text read as a kustomization file (yaml.v2 typing, whole text).
  const full = outcomeV2(text, false);
  const fast = outcomeV2(text, true);
  if (!strictSame(full, fast)) {
    throw new Error(`${label} (kustomization): the fast path differs\ninput: ${JSON.stringify(text)}\nfull: ${JSON.stringify(full)}\nfast: ${JSON.stringify(fast)}`);
  }
  for (const p of pieces(text)) {
    stats.pieces++;
    if (fastParseDocument(p) !== undefined) stats.fast++;
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

/**
 * Each test is a long synchronous loop: yield once first, so the worker answers vitest's RPC
 * between them (two back to back outlast its 60 s timeout on a loaded machine).
 */
const breathe = () => new Promise((r) => setImmediate(r));

describe('fast path = full parser', () => {
  test('on every fixture file (emitter batches, patch, gitops, generators, basics)', async () => {
    await breathe();
    const files = fixtureFiles();
    expect(files.length).toBeGreaterThan(500);
    const rate = (group: string[]) => {
      const before = { ...stats };
      for (const f of group) check(fs.readFileSync(f, 'utf8'), path.relative(ROOT, f));
      return (stats.fast - before.fast) / (stats.pieces - before.pieces);
    };
    // The emitter batches are stress tests (complex keys, anchors, tags, odd scalars): a third of
    // their documents are read by the fast path. The other fixtures are ordinary manifests.
    expect(rate(files.filter((f) => f.includes('emitter')))).toBeGreaterThan(0.25);
    expect(rate(files.filter((f) => !f.includes('emitter')))).toBeGreaterThan(0.9);
    // Kustomization files (yaml.v2 typing).
    const kustomizations = files.filter((f) => /kustomization\.ya?ml$/i.test(f)).map((f) => fs.readFileSync(f, 'utf8'));
    expect(kustomizations.length).toBeGreaterThan(100);
    const fastV2 = kustomizations.filter((t) => fastParseDocument(t, 'v2') !== undefined).length;
    expect(fastV2 / kustomizations.length).toBeGreaterThan(0.9);
  }, 300_000);

  test('on the parser tests’ tricky inputs', async () => {
    await breathe();
    const src = fs.readFileSync(path.resolve(__dirname, 'parse.test.ts'), 'utf8');
    // Every string literal of the parser tests that looks like a YAML document.
    const inputs = [...src.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string).filter((s) => s.includes(': '));
    expect(inputs.length).toBeGreaterThan(50);
    for (const t of inputs) check(t, 'parse.test.ts');
  });

  test('on generated manifests, valid and broken', async () => {
    await breathe();
    const before = { ...stats };
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const text = generate(new Rng(seed));
        check(text, `seed ${seed}`);
      }),
      { numRuns: 2000, seed: 7 },
    );
    const n = stats.pieces - before.pieces;
    const fast = stats.fast - before.fast;
    // The generator mixes in everything the fast path refuses; a good share must still be read by it.
    expect(fast / n).toBeGreaterThan(0.3);
    expect(fast / n).toBeLessThan(0.95);
  }, 300_000);

  test('on mutated fixture documents', async () => {
    await breathe();
    const files = fixtureFiles().filter((f) => !f.includes('emitter'));
    const texts = files.map((f) => fs.readFileSync(f, 'utf8')).filter((t) => t.length < 4000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.integer(), (i, seed) => {
        const text = mutate(texts[i]!, new Rng(seed));
        check(text, `mutation ${seed} of text ${i}`);
      }),
      { numRuns: 1000, seed: 11 },
    );
  }, 300_000);
});
