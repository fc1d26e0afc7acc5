import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { JsonObject } from '../../src/core/json.js';
import { isKustomizeError } from '../../src/core/errors.js';
import type { VarEntry } from '../../src/load/types.js';
import { defaultTransformerConfig } from '../../src/fieldspec/config.js';
import { Resource } from '../../src/resource/resource.js';
import { ResourceMap } from '../../src/resource/resmap.js';
import { bindVars, expandVars, mergeKustomizationVars, mergeVars, resolveVars } from '../../src/vars/index.js';
import {
  type RecordedCase,
  applyNameAffixes,
  byKey,
  makeMap,
  parseDocs,
  stringifyAnnotations,
} from '../replacements/harness.js';

// Inputs in cases.yaml; expected results recorded from kubectl kustomize v5.5.0
// (../replacements/record-kubectl.mjs).
const cases = JSON.parse(fs.readFileSync(path.join(__dirname, 'cases.json'), 'utf8')) as RecordedCase[];

/** Each layer: its name affixes (its transformers), then MergeVars; at the root, ResolveVars. */
function run(c: RecordedCase): JsonObject[] {
  const map = makeMap(c.resources);
  let vars: VarEntry[] = [];
  for (const body of c.layers ?? []) {
    const k = (YAML.parse(body) ?? {}) as JsonObject;
    applyNameAffixes(map, k);
    vars = mergeKustomizationVars(map, vars, (k['vars'] ?? []) as VarEntry[], 'kustomization.yaml');
  }
  resolveVars(map, vars, defaultTransformerConfig().varReference);
  stringifyAnnotations(map);
  return map.resources().map((r) => r.obj);
}

describe('vars (recorded from kubectl)', () => {
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
        expect((err as { code: string }).code).toBe('VAR_FAILED');
        expect((err as Error).message).toContain(c.errorIncludes);
        return;
      }
      expect(byKey(run(c))).toEqual(byKey(parseDocs(c.expected!)));
    });
  }
});

describe('mergeVars', () => {
  const svcVar = (name: string): VarEntry => ({ name, objref: { kind: 'Service', name: 'svc', apiVersion: 'v1' } });

  // kubectl: two sibling bases declaring the same var (even identically) fail with
  // "recursed merging from path '.../b': var 'A' already encountered".
  it('rejects a name merged from a sibling, even for an identical var', () => {
    const a = mergeVars([], [svcVar('A')]);
    expect(() => mergeVars(a, [svcVar('A')])).toThrow(/var 'A' already encountered/);
  });

  it('defaults the field path and takes group/version from apiVersion', () => {
    expect(mergeVars([], [{ name: 'A', objref: { kind: 'Deployment', name: 'd', apiVersion: 'apps/v1' } }])).toEqual([
      {
        name: 'A',
        objref: { apiVersion: 'apps/v1', group: 'apps', version: 'v1', kind: 'Deployment', name: 'd' },
        fieldref: { fieldPath: 'metadata.name' },
      },
    ]);
  });

  it('binds a var to one resource only', () => {
    const r = new Resource({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc' } });
    const map = new ResourceMap([r]);
    bindVars(map, [svcVar('A'), svcVar('B')]);
    expect(r.refVarNames).toEqual(['A', 'B']);
  });
});

describe('expandVars', () => {
  // The expansion table of kustomize's api/filters/refvar/expand_test.go.
  const ctx: Record<string, string> = { VAR_A: 'A', VAR_B: 'B', VAR_C: 'C', VAR_REF: '$(VAR_A)', VAR_EMPTY: '' };
  const mapping = (n: string) => (n in ctx ? { kind: 'string' as const, s: ctx[n]! } : `$(${n})`);
  const table: [string, string][] = [
    ['$(VAR_A)', 'A'],
    ['$(VAR_A)-$(VAR_A)', 'A-A'],
    ['___$(VAR_B)___', '___B___'],
    ['$$(VAR_B)_$(VAR_A)', '$(VAR_B)_A'],
    ['$$(VAR_A)_$$(VAR_B)', '$(VAR_A)_$(VAR_B)'],
    ['f000-$$VAR_A', 'f000-$VAR_A'],
    ['foo\\$(VAR_C)bar', 'foo\\Cbar'],
    ['$(VAR_A$(VAR_B))', '$(VAR_A$(VAR_B))'],
    ['$(VAR_A$(VAR_B)', '$(VAR_A$(VAR_B)'],
    ['$(VAR_REF)', '$(VAR_A)'],
    ['foo$(VAR_EMPTY)bar', 'foobar'],
    ['foo$(VAR_Awhoops!', 'foo$(VAR_Awhoops!'],
    ['$?_boo_$!', '$?_boo_$!'],
    ['$(VAR_DNE)', '$(VAR_DNE)'],
    ['$$$$$$(BIG_MONEY)', '$$$(BIG_MONEY)'],
    ['$$$$$$$(GOOD_ODDS)', '$$$$(GOOD_ODDS)'],
    ['$$$$$$$(VAR_A)', '$$$A'],
    ['${VAR_A}', '${VAR_A}'],
    ['$(VAR_B)_______$(A', 'B_______$(A'],
    ['$(VAR_C)_______$(', 'C_______$('],
    ['$(VAR_A)foobarzab$', 'Afoobarzab$'],
    ['--$($($($($--', '--$($($($($--'],
    ['$(foo$$var)', '$(foo$$var)'],
  ];
  for (const [input, want] of table) {
    it(JSON.stringify(input), () => {
      const got = expandVars(input, mapping);
      expect(typeof got === 'string' ? got : (got as { s: string }).s).toBe(want);
    });
  }
});
