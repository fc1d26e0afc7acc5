/**
 * The core must stay pure: no node built-ins, no process, no clock, no randomness, no printing.
 * Only src/node and src/cli may touch the platform.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const srcDir = path.resolve(__dirname, '..', 'src');
const EDGES = new Set(['node', 'cli']);

function coreFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!rel && EDGES.has(e.name)) continue;
      out.push(...coreFiles(path.join(dir, e.name), r));
    } else if (e.name.endsWith('.ts')) out.push(r);
  }
  return out;
}

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"]node:/, "imports from 'node:*'"],
  [/require\(\s*['"](node:|fs|path|child_process|os)['"]/, 'requires a node built-in'],
  [/\bprocess\./, 'uses process'],
  [/\bDate\.now\b|new Date\(/, 'reads the clock'],
  [/\bMath\.random\b/, 'uses Math.random'],
  [/\bconsole\./, 'prints'],
  [/from\s+['"](fs|path|os|crypto|child_process)['"]/, 'imports a node built-in'],
];

test('the core imports nothing from node, never prints, and reads no clock or randomness', () => {
  const files = coreFiles(srcDir);
  expect(files.length).toBeGreaterThan(10);
  const violations: string[] = [];
  for (const f of files) {
    const text = fs.readFileSync(path.join(srcDir, f), 'utf8');
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
    for (const [re, what] of FORBIDDEN) if (re.test(code)) violations.push(`${f} ${what}`);
  }
  expect(violations).toEqual([]);
});

test('the purity guard catches a violation', () => {
  const bad = "import fs from 'node:fs';\nconsole.log(1)";
  expect(FORBIDDEN.some(([re]) => re.test(bad))).toBe(true);
});
