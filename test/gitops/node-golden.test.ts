/** The Node.js checkGoldens (real filesystem, writes on update), as a test runner uses it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkGoldens } from '../../src/node/index.js';

test('checkGoldens on disk: update writes goldens, then the check passes', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-golden-'));
  try {
    fs.cpSync(path.resolve(__dirname, '..', '..', 'fixtures', 'gitops', 'input'), root, { recursive: true });
    const first = checkGoldens({ root, globs: ['envs/*'], goldenDir: 'test/goldens' });
    expect(first.targets.map((t) => [t.target, t.status])).toEqual([
      ['envs/dev', 'missing'],
      ['envs/production', 'missing'],
      ['envs/staging', 'missing'],
    ]);
    expect(checkGoldens({ root, globs: ['envs/*'], goldenDir: 'test/goldens', update: true }).ok).toBe(true);
    expect(fs.readdirSync(path.join(root, 'test', 'goldens')).sort()).toEqual(['envs__dev.yaml', 'envs__production.yaml', 'envs__staging.yaml']);
    const again = checkGoldens({ root, globs: ['envs/*'], goldenDir: 'test/goldens' });
    for (const t of again.targets) expect(t.status, t.diff).toBe('ok');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
