/**
 * Invariant: what the emitter prints reads back (as kustomize would read it) to the same JSON.
 * Excluded on purpose: characters kustomize cannot print (DEL, C1 controls, U+FFFE/U+FFFF),
 * raw NEL (folded by yaml.v2, see emit.ts), a "<<" key (read back as a merge key),
 * integers beyond 2^53, and LS/PS (line breaks to libyaml, which the parser only honours
 * inside quoted scalars; a literal block holding them is printed with raw breaks).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Json } from '../../src/core/json.js';
import { deepEqual } from '../../src/core/json.js';
import { emitDocument } from '../../src/yaml/emit.js';
import { parseResourceDocuments } from '../../src/yaml/parse.js';

const pieces = [
  'a', 'B', 'z', '0', '1', '9', ' ', '  ', ':', ': ', '#', ' #', '-', '- ', '?', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>',
  "'", '"', '%', '@', '`', '\\', '\t', '\n', '\r', '\u0000', '\u001b', 'é', '日本', '😀', '\u00a0', '\ufeff', '\ufffd',
  'yes', 'no', 'on', 'true', 'null', '~', '.inf', '0x1F', '017', '1_000', '1e3', '.5', '1:20', '2001-12-14', '2001-12-14 21:59:43',
  '---', '...', 'x'.repeat(40), 'word ', ' word',
];
const str = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join(''));
const key = str.filter((k) => k !== '<<');
const num = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1e20, 1e21, 2 ** 53, 1234567.8, 1e-7));

const json: fc.Arbitrary<Json> = fc.letrec<{ v: Json }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    str,
    num,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(key, tie('v'), { maxKeys: 4 }),
  ),
})).v;

describe('parse(emit(x)) = x', () => {
  test('for random JSON documents', () => {
    fc.assert(
      fc.property(fc.dictionary(key, json, { maxKeys: 6 }), (spec) => {
        const doc: Json = { apiVersion: 'v1', kind: 'Foo', metadata: { name: 'x' }, spec };
        const text = emitDocument(doc);
        let back;
        try {
          back = parseResourceDocuments(text, 'x.yaml');
        } catch (e) {
          throw new Error(`cannot read back:\n${text}`, { cause: e });
        }
        expect(back).toHaveLength(1);
        if (!deepEqual(back[0]!.value, doc)) expect(back[0]!.value).toEqual(doc);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});
