import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Ajv from 'ajv';
import { kustomizationSchema } from '../../src/load/schema.js';
import { validateKustomization } from '../../src/load/validate.js';

/** The JSON Schema subset src/load/schema.ts uses, for generating documents. */
interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
}
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Json, JsonObject } from '../../src/core/json.js';

// The validator ajv generated ahead of time must report the same first error as ajv compiling
// the current schema, so that kustomization decoding errors stay the same.
const ajvValidate = new Ajv({ allErrors: false, strict: false }).compile(kustomizationSchema);

function viaAjv(doc: Json): { keyword: string; path: string[]; params: unknown } | undefined {
  if (ajvValidate(doc)) return undefined;
  const e = ajvValidate.errors![0]!;
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return { keyword: e.keyword, path, params: e.params };
}

/** Deterministic pseudo-random documents shaped by the schema, with wrong types and unknown keys. */
function randomDoc(seed: number): Json {
  let s = seed >>> 0 || 1;
  const rnd = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const scalars: Json[] = ['x', '', 0, 1, 1.5, -3, true, false, null];
  const extraKeys = ['0', '7', '12', 'unknown', 'a/b', 'x~y', 'Name', 'zz'];
  const anyValue = (depth: number): Json => {
    const r = rnd();
    if (depth <= 0 || r < 0.6) return pick(scalars);
    if (r < 0.8) return [anyValue(depth - 1), anyValue(depth - 1)];
    const o: JsonObject = {};
    o[pick(extraKeys)] = anyValue(depth - 1);
    return o;
  };
  const gen = (schema: SchemaNode, depth: number): Json => {
    if (rnd() < 0.08 || depth <= 0) return anyValue(1);
    const types = schema.type === undefined ? ['object'] : typeof schema.type === 'string' ? [schema.type] : schema.type;
    const t = pick(types);
    switch (t) {
      case 'string':
        return 'v';
      case 'boolean':
        return rnd() < 0.5;
      case 'integer':
        return Math.floor(rnd() * 10);
      case 'null':
        return null;
      case 'array': {
        const n = Math.floor(rnd() * 3);
        const out: Json[] = [];
        for (let i = 0; i < n; i++) out.push(schema.items ? gen(schema.items, depth - 1) : anyValue(1));
        return out;
      }
      default: {
        const o: JsonObject = {};
        const props = Object.keys(schema.properties ?? {});
        const n = Math.floor(rnd() * 4);
        for (let i = 0; i < n; i++) {
          if (props.length && rnd() < 0.85) {
            const k = pick(props);
            o[k] = gen(schema.properties![k]!, depth - 1);
          } else if (typeof schema.additionalProperties === 'object') {
            o[pick(extraKeys)] = gen(schema.additionalProperties, depth - 1);
          } else if (rnd() < 0.3) {
            o[pick(extraKeys)] = anyValue(1);
          }
        }
        return o;
      }
    }
  };
  return gen(kustomizationSchema as SchemaNode, 6);
}

describe('validateKustomization', () => {
  it('uses a generated validator that matches src/load/schema.ts', () => {
    const script = path.resolve(__dirname, '../../scripts/gen-validator.mjs');
    // Exits non-zero (and the test fails) when the generated module is stale.
    execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' });
  });

  it('accepts a valid kustomization', () => {
    const doc = { resources: ['a.yaml'], namePrefix: 'p-', replicas: [{ name: 'x', count: 2 }], commonLabels: { a: 'b' } };
    expect(validateKustomization(doc)).toBeUndefined();
  });

  it('reports unknown fields before wrong types, in key order', () => {
    const doc = { namePrefix: 1, zz: 1, '3': 2 } as JsonObject;
    expect(validateKustomization(doc)).toEqual({
      keyword: 'additionalProperties',
      path: [],
      params: { additionalProperty: '3' },
    });
  });

  it('reports the same first error as ajv on generated documents', () => {
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const doc = randomDoc(seed);
        const ours = validateKustomization(doc);
        const theirs = viaAjv(doc);
        const k = theirs ? `${theirs.keyword}:${theirs.path.length}` : 'valid';
        kinds.set(k, (kinds.get(k) ?? 0) + 1);
        expect(ours === undefined).toBe(theirs === undefined);
        if (ours && theirs) {
          expect(ours.keyword).toBe(theirs.keyword);
          expect(ours.path).toEqual(theirs.path);
          expect(ours.params).toEqual(theirs.params);
        }
      }),
      { numRuns: 3000 },
    );
    // The generator reaches valid documents and errors of both kinds at several depths.
    expect(kinds.get('valid')).toBeGreaterThan(100);
    expect([...kinds.keys()].filter((k) => k.startsWith('type:')).length).toBeGreaterThanOrEqual(4);
    expect([...kinds.keys()].filter((k) => k.startsWith('additionalProperties:')).length).toBeGreaterThanOrEqual(3);
  });
});
