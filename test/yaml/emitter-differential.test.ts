/**
 * Differential test of parse → emit against goldens recorded from `kubectl kustomize`
 * (scripts/record-emitter-fixtures.mjs; never regenerated from our output).
 *
 * Each batch is one resource file with many documents; kustomize printed them in file order
 * (names sort in generation order). We parse the file as the pipeline will, emit every
 * document and join them with `---`, and compare bytes. On a mismatch the first differing
 * document is reported with its input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { emitDocument } from '../../src/yaml/emit.js';
import { parseResourceDocuments } from '../../src/yaml/parse.js';

const DIR = path.resolve(__dirname, '../../fixtures/emitter');
const manifest = fs.existsSync(path.join(DIR, 'manifest.json'))
  ? (JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as {
      source: string;
      documents: number;
      batches: { name: string; documents: number }[];
      dropped: { batch: string; name: string; error: string; input: string }[];
    })
  : null;

/** Splits kustomize output into documents by emitting ours one by one (a `---` line never starts a document's content). */
function firstMismatch(expected: string, ours: string[]): { index: number; want: string; got: string } | null {
  let pos = 0;
  for (let i = 0; i < ours.length; i++) {
    if (i > 0) {
      if (!expected.startsWith('---\n', pos)) return { index: i, want: expected.slice(pos, pos + 400), got: '---\n' + ours[i] };
      pos += 4;
    }
    const doc = ours[i]!;
    if (!expected.startsWith(doc, pos)) {
      let end = expected.indexOf('\n---\n', pos);
      end = end < 0 ? expected.length : end + 1;
      return { index: i, want: expected.slice(pos, end), got: doc };
    }
    pos += doc.length;
  }
  if (pos !== expected.length) return { index: ours.length, want: expected.slice(pos, pos + 400), got: '' };
  return null;
}

function lineDiff(want: string, got: string): string {
  const a = want.split('\n');
  const b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  want: ${JSON.stringify(a[i])}\n  got:  ${JSON.stringify(b[i])}`;
  }
  return 'identical';
}

describe.skipIf(!manifest)(`emitter differential (${manifest?.source}, ${manifest?.documents} documents)`, () => {
  let passed = 0;
  for (const batch of manifest?.batches ?? []) {
    test(`${batch.name}: ${batch.documents} documents byte-identical`, () => {
      const input = fs.readFileSync(path.join(DIR, batch.name, 'input.yaml'), 'utf8');
      const expected = fs.readFileSync(path.join(DIR, batch.name, 'expected.yaml'), 'utf8');
      const docs = parseResourceDocuments(input, `${batch.name}/input.yaml`);
      expect(docs.length).toBe(batch.documents);
      const ours = docs.map((d) => emitDocument(d.value));
      const bad = firstMismatch(expected, ours);
      if (bad) {
        const src = docs[bad.index];
        throw new Error(
          `${batch.name}: document ${bad.index} (input line ${src?.line}) differs at ${lineDiff(bad.want, bad.got)}\n` +
            `--- kustomize:\n${bad.want}\n--- ours:\n${bad.got}`,
        );
      }
      passed += docs.length;
      expect(ours.join('---\n')).toBe(expected);
    });
  }
  test('documents kustomize rejected are rejected by parse → emit too', () => {
    for (const d of manifest?.dropped ?? []) {
      let threw: unknown = null;
      try {
        for (const doc of parseResourceDocuments(d.input, `${d.name}.yaml`)) emitDocument(doc.value);
      } catch (e) {
        threw = e;
      }
      expect(threw, `${d.name} (kustomize: ${d.error.slice(-160)})`).toMatchObject({ name: 'KustomizeError' });
    }
  });

  test('summary', () => {
    // Reported for the record; each batch test above asserts its own documents.
    console.log(`emitter differential: ${passed}/${manifest?.documents} documents byte-identical`);
  });
});
