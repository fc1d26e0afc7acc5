/**
 * The CLI as a process (dist/cli.js, built by `npm test` before the suite): a reader that stops
 * early (`kustomize-ts build | head`) ends it quietly with exit code 0, as kubectl does, not with
 * an unhandled EPIPE and a stack trace.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

test.skipIf(!fs.existsSync(cli))('build into a pipe closed after the first chunk: exit 0, nothing on stderr', async () => {
  // Output well beyond a pipe's buffer, so that writes are still pending when the reader goes.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-pipe-'));
  const cms = Array.from({ length: 3000 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  key: value-${i}\n`);
  fs.writeFileSync(path.join(dir, 'cms.yaml'), cms.join('---\n'));
  fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources:\n- cms.yaml\n');
  const child = spawn(process.execPath, [cli, 'build', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(err).not.toContain('EPIPE');
  expect(err.split('\n').filter((l) => l && !l.startsWith('# Warning')).join('\n')).toBe('');
  expect(code).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});
