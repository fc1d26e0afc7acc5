/**
 * Shared harness for the transformer tests: cases hold resource YAML, a call on the map, and the
 * output `kubectl kustomize` (v5.5.0, `sortOptions: {order: fifo}`) gave for the equivalent
 * kustomization, or the error code we expect where kubectl failed.
 */
import { expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { Json, JsonObject } from '../../src/core/json.js';
import { isKustomizeError } from '../../src/core/errors.js';
import { Resource } from '../../src/resource/resource.js';
import { ResourceMap } from '../../src/resource/resmap.js';

export interface TransformerCase {
  name: string;
  input: string;
  run: (m: ResourceMap) => void;
  /** kubectl's output (resources in input order). */
  expected?: string;
  /** Expected error code where kubectl failed. */
  error?: string;
}

/** Parses a YAML stream into plain JSON documents (empty documents dropped). */
export function parseDocs(text: string): JsonObject[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS({ maxAliasCount: -1 }) as Json)
    .filter((v): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v));
}

/**
 * A ResourceMap of fresh resources parsed from YAML. Ids may repeat: the cases simulate bases
 * that rename their resources before they meet.
 */
export function resmapFromYaml(text: string): ResourceMap {
  const m = new ResourceMap();
  for (const o of parseDocs(text)) m.appendUnchecked(new Resource(o));
  return m;
}

/** The objects of a map, in order. */
export function objectsOf(m: ResourceMap): JsonObject[] {
  return m.resources().map((r) => r.obj);
}

/** Registers one vitest test per case. */
export function runCases(cases: readonly TransformerCase[]): void {
  for (const c of cases) {
    test(c.name, () => {
      const m = resmapFromYaml(c.input);
      if (c.error !== undefined) {
        let caught: unknown;
        try {
          c.run(m);
        } catch (e) {
          caught = e;
        }
        expect(isKustomizeError(caught), String(caught)).toBe(true);
        expect((caught as { code: string }).code).toBe(c.error);
        return;
      }
      c.run(m);
      expect(objectsOf(m)).toEqual(parseDocs(c.expected ?? ''));
    });
  }
}

/** A map over resources [from, to) of `m` (shared, not copied): what a base builds. */
export function slice(m: ResourceMap, from: number, to?: number): ResourceMap {
  const s = new ResourceMap();
  for (const r of m.resources().slice(from, to)) s.appendUnchecked(r);
  return s;
}
