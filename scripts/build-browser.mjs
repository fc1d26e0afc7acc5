#!/usr/bin/env node
// The browser build: bundles the pure core (src/index.ts) with esbuild for browsers, with no Node
// built-ins, as docs/playground/kustomize-ts.browser.js (an IIFE defining the global
// `KustomizeTs`) and docs/playground/kustomize-ts.browser.mjs (an ES module).
// Usage: node scripts/build-browser.mjs   (fails if a bundle imports a Node built-in; minimatch's
// `typeof process` guard is fine in browsers)
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'playground');
const common = {
  entryPoints: [path.join(root, 'src', 'index.ts')],
  bundle: true,
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Fail instead of shimming: the core must not need any Node built-in.
  external: [],
};
await build({ ...common, format: 'iife', globalName: 'KustomizeTs', outfile: path.join(outDir, 'kustomize-ts.browser.js') });
await build({ ...common, format: 'esm', outfile: path.join(outDir, 'kustomize-ts.browser.mjs') });

for (const f of ['kustomize-ts.browser.js', 'kustomize-ts.browser.mjs']) {
  const text = fs.readFileSync(path.join(outDir, f), 'utf8');
  const bad = ['"node:', "'node:", 'require("fs")', 'require("path")', 'child_process'].filter((s) => text.includes(s));
  if (bad.length) {
    console.error(`${f}: references Node built-ins: ${bad.join(', ')}`);
    process.exit(1);
  }
  console.log(`${path.relative(root, path.join(outDir, f))}: ${(text.length / 1024).toFixed(0)} KiB`);
}
