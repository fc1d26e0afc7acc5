/**
 * The patch engines against outputs recorded from kubectl kustomize (kustomize v5.5.0) by
 * test/patch/record-fixtures.mjs: every case in fixtures/patch is replayed through a minimal
 * pipeline (select targets, apply the engine) and compared with kustomize's output as data
 * (documents matched by kind and name; list order matters, map key order does not).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { isKustomizeError } from '../../src/core/errors.js';
import { type Json, type JsonObject, isObject } from '../../src/core/json.js';
import { createSchema } from '../../src/openapi/schema.js';
import { applyJson6902 } from '../../src/patch/json6902.js';
import { applySmPatchToResource } from '../../src/patch/strategic-merge.js';
import { Resource } from '../../src/resource/resource.js';

const root = path.resolve(__dirname, '..', '..', 'fixtures', 'patch');
const targets = JSON.parse(fs.readFileSync(path.join(root, 'targets.json'), 'utf8')) as {
  name: string;
  dir: string;
  group?: string;
}[];
const groups = new Map<string, typeof targets>();
for (const t of targets) {
  const g = t.group ?? 'other';
  if (!groups.has(g)) groups.set(g, []);
  groups.get(g)!.push(t);
}

function docs(text: string): JsonObject[] {
  return parseAllDocuments(text)
    .map((d) => d.toJSON() as Json)
    .filter((d): d is JsonObject => isObject(d));
}

const idOf = (o: JsonObject): string => {
  const m = isObject(o['metadata']) ? o['metadata'] : {};
  return `${String(o['kind'])}/${String(m['namespace'] ?? '')}/${String(m['name'])}`;
};

interface PatchSpec {
  path: string;
  target?: { kind?: string; name?: string };
  options?: { allowNameChange?: boolean; allowKindChange?: boolean };
}

/** The few kustomization features the cases use, applied with our engines. */
function run(dir: string): JsonObject[] {
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  const k = parse(read('kustomization.yaml')) as {
    openapi?: { path: string };
    patches?: PatchSpec[];
    patchesStrategicMerge?: string[];
  };
  const schema = createSchema(k.openapi ? (parse(read(k.openapi.path)) as Json) : undefined);
  let resources = docs(read('resources.yaml')).map((o) => new Resource(o));
  const byOwnId = (patch: Resource) => {
    const matches = resources.filter(
      (r) => r.kind === patch.kind && r.name === patch.name && (r.namespace || 'default') === (patch.namespace || 'default'),
    );
    if (matches.length !== 1) throw new Error(`test harness: no unique target for ${patch}`);
    applySmPatchToResource(matches[0]!, patch, schema);
    resources = resources.filter((r) => !r.isEmpty());
  };
  for (const f of k.patchesStrategicMerge ?? []) for (const p of docs(read(f))) byOwnId(new Resource(p));
  for (const p of k.patches ?? []) {
    const text = read(p.path);
    const selected = () =>
      resources.filter((r) => (!p.target?.kind || r.kind === p.target.kind) && (!p.target?.name || r.name === p.target.name));
    if (text.trimStart().startsWith('[') || text.trimStart().startsWith('- op')) {
      const ops = parse(text) as Json;
      for (const r of selected()) r.obj = applyJson6902(r.obj, ops, p.path);
      continue;
    }
    for (const pd of docs(text)) {
      if (!p.target) {
        byOwnId(new Resource(pd));
        continue;
      }
      for (const r of selected()) {
        const patch = new Resource(structuredClone(pd));
        patch.allowNameChange = !!p.options?.allowNameChange;
        patch.allowKindChange = !!p.options?.allowKindChange;
        applySmPatchToResource(r, patch, schema);
      }
      resources = resources.filter((r) => !r.isEmpty());
    }
  }
  return resources.map((r) => r.obj);
}

describe.each([...groups.keys()])('fixtures/patch: %s', (group) => {
  for (const t of groups.get(group)!) {
    const dir = path.join(root, 'input', t.dir);
    const note = fs.existsSync(path.join(dir, 'NOTE')) ? fs.readFileSync(path.join(dir, 'NOTE'), 'utf8').trim() : '';
    test(`${t.name}${note ? `: ${note}` : ''}`, () => {
      const errFile = path.join(root, 'expected', `${t.name}.err`);
      if (fs.existsSync(errFile)) {
        let thrown: unknown;
        try {
          run(dir);
        } catch (e) {
          thrown = e;
        }
        expect(isKustomizeError(thrown), `expected a KustomizeError, got ${String(thrown)}`).toBe(true);
        expect(thrown).toMatchObject({ code: 'PATCH_FAILED' });
        return;
      }
      const want = docs(fs.readFileSync(path.join(root, 'expected', `${t.name}.yaml`), 'utf8'));
      const got = run(dir);
      const sortById = (xs: JsonObject[]) => [...xs].sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
      expect(got.map(idOf).sort()).toEqual(want.map(idOf).sort());
      const g = sortById(got);
      const w = sortById(want);
      for (let i = 0; i < w.length; i++) expect(g[i], idOf(w[i]!)).toEqual(w[i]);
    });
  }
});
