#!/usr/bin/env node
// Runs the examples of the docs: every ```js block of docs/getting-started.md,
// docs/embedding.md and docs/helm.md is written to a module inside the project (so `kustomize-ts` resolves to
// this package's dist/ through its exports) and run with node; when the next fenced block follows
// a line ending in "prints" (or "prints (...)"), the example's stdout must equal it exactly.
// Usage: npm run build && node scripts/check-docs.mjs [FILE.md...]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['docs/getting-started.md', 'docs/embedding.md', 'docs/helm.md'].map((f) => path.join(root, f));
const work = path.join(root, '.docs-check');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work);

let failed = 0;
let ran = 0;
for (const file of files) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^```(\w*)\s*$/.exec(lines[i]);
    if (!m) continue;
    const start = i;
    let j = i + 1;
    while (j < lines.length && !/^```\s*$/.test(lines[j])) j++;
    blocks.push({ lang: m[1], line: start + 1, body: lines.slice(i + 1, j).join('\n') + '\n', before: lines[start - 2] ?? '' });
    i = j;
  }
  blocks.forEach((b, k) => {
    if (b.lang !== 'js') return;
    const next = blocks[k + 1];
    const expect = next && /prints( \(.*\))?$/.test(next.before.trim()) ? next.body : undefined;
    const mod = path.join(work, `${path.basename(file, '.md')}-${b.line}.mjs`);
    fs.writeFileSync(mod, b.body);
    const r = spawnSync(process.execPath, [mod], { cwd: work, encoding: 'utf8', timeout: 120_000 });
    ran++;
    const where = `${path.relative(root, file)}:${b.line}`;
    if (r.status !== 0) {
      failed++;
      console.error(`FAIL ${where}: exit ${r.status}\n${r.stderr}`);
    } else if (expect !== undefined && r.stdout !== expect) {
      failed++;
      console.error(`FAIL ${where}: output differs\n--- expected\n${expect}--- got\n${r.stdout}`);
    } else console.log(`ok   ${where}${expect !== undefined ? ' (output checked)' : ''}`);
  });
}
fs.rmSync(work, { recursive: true, force: true });
console.log(`docs examples: ${ran - failed}/${ran} passed`);
process.exit(failed ? 1 : 0);
