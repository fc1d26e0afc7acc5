/**
 * The seed flow of docs/gitops.md (the ```sh block after `<!-- seed-flow -->`) is run as written,
 * with the CLI built in dist/ (npm test builds it first), and must print exactly the block that
 * follows it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(__dirname, '..', '..');

test('docs/gitops.md: the seed flow runs and prints what the docs say', () => {
  const doc = fs.readFileSync(path.join(root, 'docs', 'gitops.md'), 'utf8');
  const m = /<!-- seed-flow -->\n```sh\n([\s\S]*?)```\n\nprints\n\n```\n([\s\S]*?)```\n/.exec(doc);
  expect(m, 'the seed-flow block and its output').not.toBeNull();
  expect(fs.existsSync(path.join(root, 'dist', 'cli.js')), 'dist/cli.js (npm run build)').toBe(true);
  const r = spawnSync('bash', ['-c', m![1]!], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(m![2]);
});
