/**
 * Every error case of ../shared/conformance and ../shared/realworld must fail with a KustomizeError
 * whose `file` (or message) names the offending file. Skipped when ../shared is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { formatError, isKustomizeError } from '../../src/core/errors.js';
import { NodeFs } from '../../src/node/index.js';

const shared = process.env['KTS_SHARED_DIR'] ?? path.resolve(__dirname, '..', '..', '..', 'shared');

interface Case {
  id: string;
  corpus: string;
  dir: string;
  target: string;
  flags: string[];
  root: string;
}

function cases(corpus: string): Case[] {
  const dir = path.join(shared, corpus, 'cases');
  if (!fs.existsSync(dir)) return [];
  const out: Case[] = [];
  for (const id of fs.readdirSync(dir).sort()) {
    const cj = path.join(dir, id, 'case.json');
    if (!fs.existsSync(cj)) continue;
    const c = JSON.parse(fs.readFileSync(cj, 'utf8'));
    if (c.expect !== 'error') continue;
    const caseDir = path.join(dir, id);
    const target =
      corpus === 'conformance' ? path.join(caseDir, 'input', c.target) : path.resolve(shared, corpus, c.root, c.target);
    const root = corpus === 'conformance' ? path.join(caseDir, 'input') : path.resolve(shared, corpus, c.root);
    out.push({ id, corpus, dir: caseDir, target, flags: c.flags ?? [], root });
  }
  return out;
}

const all = [...cases('conformance'), ...cases('realworld')];

describe.skipIf(!fs.existsSync(shared))('error cases of the shared corpora', () => {
  it.each(all.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const opts = c.flags.includes('--load-restrictor') || c.flags.includes('--load-restrictor=LoadRestrictionsNone')
      ? { loadRestrictions: 'none' as const }
      : {};
    let err: unknown;
    try {
      build(new NodeFs(), c.target, opts);
    } catch (e) {
      err = e;
    }
    expect(err).toBeDefined();
    expect(isKustomizeError(err), String(err)).toBe(true);
    if (!isKustomizeError(err)) return;
    const line = formatError(err);
    // The error names a file of the case (the malformed file, the kustomization that refers to a
    // missing or forbidden path, the resource a reference is ambiguous in), and the printed line starts with it.
    expect(err.file, line).toBeDefined();
    const file = err.file!;
    expect(path.isAbsolute(file), line).toBe(true);
    expect(file === c.root || file.startsWith(c.root + '/'), `${file} is outside ${c.root}`).toBe(true);
    expect(fs.existsSync(file) || err.message.includes(file), line).toBe(true);
    expect(line.startsWith(file), line).toBe(true);
    if (err.kustomization) expect(fs.existsSync(err.kustomization.file), line).toBe(true);
    // A field of an existing kustomization file is located.
    if (err.field && /\/(kustomization\.ya?ml|Kustomization)$/.test(file) && fs.existsSync(file)) {
      expect(err.line, line).toBeGreaterThan(0);
      expect(err.col, line).toBeGreaterThan(0);
    }
    if (err.kustomization && err.field) expect(err.kustomization.line, line).toBeGreaterThan(0);
  });
});
