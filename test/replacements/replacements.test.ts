import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Json, JsonObject } from '../../src/core/json.js';
import { isKustomizeError } from '../../src/core/errors.js';
import { applyReplacements } from '../../src/replacements/index.js';
import { type RecordedCase, applyNameAffixes, byKey, makeMap, parseDocs, stringifyAnnotations } from './harness.js';

// Inputs in cases.yaml; expected results recorded from kubectl kustomize v5.5.0 (record-kubectl.mjs).
const cases = JSON.parse(fs.readFileSync(path.join(__dirname, 'cases.json'), 'utf8')) as RecordedCase[];

/** Each layer (kustomization): its namePrefix/nameSuffix, then its replacements (run last). */
function run(c: RecordedCase): JsonObject[] {
  const map = makeMap(c.resources);
  for (const body of c.layers ?? [c.kustomization ?? '']) {
    const k = (YAML.parse(body) ?? {}) as JsonObject;
    applyNameAffixes(map, k);
    applyReplacements(map, (k['replacements'] ?? []) as Json[], 'kustomization.yaml');
  }
  stringifyAnnotations(map);
  return map.resources().map((r) => r.obj);
}

describe('applyReplacements (recorded from kubectl)', () => {
  for (const c of cases) {
    it(c.name, () => {
      if (c.error !== undefined) {
        let err: unknown;
        try {
          run(c);
        } catch (e) {
          err = e;
        }
        expect(err, 'an error').toBeDefined();
        expect(isKustomizeError(err), String(err)).toBe(true);
        expect((err as { code: string }).code).toBe('REPLACEMENT_FAILED');
        expect((err as Error).message).toContain(c.errorIncludes);
        return;
      }
      expect(byKey(run(c))).toEqual(byKey(parseDocs(c.expected!)));
    });
  }
});
