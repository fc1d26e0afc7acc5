/**
 * Differential test of the generators against kubectl kustomize v5.5.0.
 *
 * fixtures/generators/ holds seeded random cases recorded by scripts/record-generator-fixtures.mjs:
 * `batch-NN` trees with dozens of configMapGenerator/secretGenerator entries each (some in a base,
 * some merging into or replacing base resources), and `error-NN` trees with one failure each.
 * Here each tree is built with our generator functions only (resources of a base are appended,
 * generators absorbed in kustomize's order, then the root appends `-<hash>` where needsHash), and
 * the resulting objects are compared with kubectl's output parsed back into values. Names carry
 * the hash, so a matching name also proves the hashed content matched byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Document, isScalar, parseAllDocuments, visit } from 'yaml';
import { KustomizeError } from '../../src/core/errors.js';
import { type Json, type JsonObject, isObject } from '../../src/core/json.js';
import {
  absorbGenerated,
  generateConfigMap,
  generateSecret,
  hashSuffix,
  type GeneratorLoader,
} from '../../src/generators/index.js';
import { Resource } from '../../src/resource/resource.js';
import { ResourceMap } from '../../src/resource/resmap.js';

const area = path.resolve(__dirname, '..', '..', 'fixtures', 'generators');
const targets = JSON.parse(fs.readFileSync(path.join(area, 'targets.json'), 'utf8')) as { name: string; dir: string }[];
const meta = JSON.parse(fs.readFileSync(path.join(area, 'cases.json'), 'utf8')) as {
  source: string;
  generators: number;
  cases: Record<string, { generators?: number; what?: string; code?: string; field?: (string | number)[] }>;
};

/** A GeneratorLoader over the real directory `dir` (tests may touch node:fs; the core may not). */
function loaderFor(dir: string): GeneratorLoader {
  const abs = (p: string) => path.resolve(dir, p);
  return {
    kustomizationFile: path.join(dir, 'kustomization.yaml'),
    isDir: (p) => fs.existsSync(abs(p)) && fs.statSync(abs(p)).isDirectory(),
    readFile: (p) => {
      const f = abs(p);
      if (!fs.existsSync(f)) throw new KustomizeError('FILE_NOT_FOUND', `file '${f}' does not exist`, { file: f });
      return new Uint8Array(fs.readFileSync(f));
    },
  };
}

/** kustomize's accumulation, reduced to what these trees use: resources, then generators. */
function buildDir(dir: string): ResourceMap {
  const k = JSON.parse(fs.readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8')) as JsonObject;
  const map = new ResourceMap();
  for (const r of (k['resources'] as string[] | undefined) ?? []) {
    const p = path.join(dir, r);
    if (fs.statSync(p).isDirectory()) {
      for (const res of buildDir(p).resources()) map.append(res);
    } else {
      for (const doc of parseAllDocuments(fs.readFileSync(p, 'utf8'))) map.append(new Resource(doc.toJS() as JsonObject));
    }
  }
  const ldr = loaderFor(dir);
  const global = k['generatorOptions'] as Json | undefined;
  ((k['configMapGenerator'] as Json[] | undefined) ?? []).forEach((g, i) =>
    absorbGenerated(map, [generateConfigMap(g, global, ldr, { field: ['configMapGenerator', i] })]),
  );
  ((k['secretGenerator'] as Json[] | undefined) ?? []).forEach((g, i) =>
    absorbGenerated(map, [generateSecret(g, global, ldr, { field: ['secretGenerator', i] })]),
  );
  return map;
}

/** The root's hash step (kustomize's HashTransformer). */
function addHashes(map: ResourceMap): void {
  for (const r of map.resources()) if (r.needsHash) r.setName(`${r.name}-${hashSuffix(r.obj)}`);
}

/**
 * What kustomize prints for our object, as values: every string goes through a YAML 1.1 parse
 * on the way out, which folds NEL like a line break (see roundTripString in src/generators/args.ts),
 * and the output is parsed below with the failsafe schema, so scalars compare as strings.
 */
function asPrinted(v: Json): Json {
  if (typeof v === 'string') return foldNel(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return '';
  if (Array.isArray(v)) return v.map(asPrinted);
  const out: JsonObject = {};
  for (const key of Object.keys(v)) out[foldNel(key)] = asPrinted(v[key] as Json);
  return out;
}

function foldNel(s: string): string {
  return s.replace(/ *\u0085[ \u0085]*/g, (m) => {
    const n = [...m].filter((c) => c === '\u0085').length;
    return n === 1 ? ' ' : '\n'.repeat(n - 1);
  });
}

/**
 * kubectl's output parsed into values. kustomize prints with a YAML 1.1 emitter, for which LS and
 * PS are line breaks: after one it writes the indentation of the next line, and a value may even
 * put one at the start of a physical line. A YAML 1.2 parser (ours) reads them as plain
 * characters, so before parsing, a line starting with LS/PS gets the indentation that follows its
 * breaks, and after parsing, the indentation written after LS/PS is removed again: all of it in
 * quoted scalars (a real space after a break forces double quotes), the block's indentation in
 * block scalars.
 */
function parseExpected(raw: string): JsonObject[] {
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^[\u2028\u2029]+( *)/.exec(lines[i]!);
    if (!m) continue;
    let indent = m[1]!.length;
    for (let j = i + 1; indent === 0 && j < lines.length; j++) {
      if (lines[j] !== '' && !/^[\u2028\u2029]/.test(lines[j]!)) indent = /^ */.exec(lines[j]!)![0].length;
    }
    lines[i] = ' '.repeat(indent) + lines[i]!;
  }
  const text = lines.join('\n');
  return parseAllDocuments(text, { schema: 'failsafe' }).map((doc: Document.Parsed) => {
    if (doc.errors.length) throw doc.errors[0];
    visit(doc, {
      Scalar(_key, node) {
        if (typeof node.value !== 'string' || !/[\u2028\u2029]/.test(node.value)) return;
        if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
          const src = text.slice(node.range?.[0] ?? 0);
          const body = src.slice(src.indexOf('\n') + 1).split('\n');
          const first = body.find((l) => l.trim() !== '') ?? '';
          const indent = /^ */.exec(first)![0].length;
          node.value = node.value.replace(new RegExp(`([\\u2028\\u2029]) {0,${indent}}`, 'g'), '$1');
        } else if (node.type !== 'QUOTE_DOUBLE') {
          node.value = node.value.replace(/([\u2028\u2029]) +/g, '$1');
        }
      },
    });
    return doc.toJS() as JsonObject;
  });
}

const idOf = (o: JsonObject) => {
  const md = (o['metadata'] ?? {}) as JsonObject;
  return `${String(o['kind'])} ${String(md['namespace'] ?? '')}/${String(md['name'])}`;
};

describe(`configMapGenerator / secretGenerator against ${meta.source}`, () => {
  test('the recorded cases cover a few hundred generators', () => {
    expect(meta.generators).toBeGreaterThanOrEqual(300);
  });

  for (const t of targets) {
    const dir = path.join(area, 'input', t.dir);
    const expectedYaml = path.join(area, 'expected', `${t.name}.yaml`);
    const info = meta.cases[t.name] ?? {};
    if (fs.existsSync(expectedYaml)) {
      test(`${t.name}: ${info.generators} generators build as kubectl builds them`, () => {
        const map = buildDir(dir);
        addHashes(map);
        const ours = new Map(map.resources().map((r) => [idOf(r.obj), asPrinted(r.obj)]));
        const theirs = new Map(parseExpected(fs.readFileSync(expectedYaml, 'utf8')).map((o) => [idOf(o), o]));
        expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
        for (const [id, obj] of theirs) expect(ours.get(id), id).toEqual(obj);
      });
    } else {
      test(`${t.name}: ${info.what} fails with ${info.code}`, () => {
        let err: unknown;
        try {
          addHashes(buildDir(dir));
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(KustomizeError);
        expect(err).toMatchObject({ code: info.code, field: info.field });
      });
    }
  }
});

describe('fixture sanity', () => {
  test('every batch output parses into ConfigMaps and Secrets only', () => {
    for (const t of targets) {
      const f = path.join(area, 'expected', `${t.name}.yaml`);
      if (!fs.existsSync(f)) continue;
      for (const o of parseExpected(fs.readFileSync(f, 'utf8'))) {
        expect(['ConfigMap', 'Secret']).toContain(o['kind']);
        expect(isObject(o['metadata'])).toBe(true);
      }
    }
  });
});
