/**
 * The hostile-input fuzzer (scripts/fuzz-hostile.mjs: YAML, regular-expression, path, patch and
 * size bombs, mutated at random, seeded) for a bounded time, in a child process whose heap is
 * capped: a build that outgrew it would abort the process (V8's fatal out-of-memory), which fails
 * this test, as would an error that is not a KustomizeError, a build slower than 8 s, or (when
 * kubectl is on PATH) an outcome or output different from kubectl's on the sampled cases.
 * KTS_HOSTILE_FUZZ_SECONDS (default 30) and KTS_HOSTILE_FUZZ_SEED change the run; the summary
 * (builds, outcomes, slowest case, peak memory, kubectl sample) is printed with KTS_FUZZ_STATS=1.
 *
 * CI runs the fuzzer as its own step (`npm run fuzz:hostile` in .ci/run), not inside `npm test`:
 * its child process takes a core for half a minute, which slowed the parallel test workers enough
 * to trip vitest's 60 s RPC timeout. This wrapper runs with KTS_HOSTILE_FUZZ=1.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const SECONDS = Number(process.env['KTS_HOSTILE_FUZZ_SECONDS'] ?? 30);
const SEED = process.env['KTS_HOSTILE_FUZZ_SEED'];
/** The heap the fuzzer may use: the default budgets must keep every build well inside it. */
const HEAP_MIB = 2048;

test.skipIf(!process.env['KTS_HOSTILE_FUZZ'] || !fs.existsSync(path.join(root, 'dist', 'index.js')))(
  `hostile inputs for ${SECONDS} s: only KustomizeErrors, no crash, no hang, heap under ${HEAP_MIB} MiB, kubectl's outcomes`,
  async () => {
    // Asynchronously: a worker blocked for the whole run would miss the runner's messages.
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_MIB}`, path.join(root, 'scripts', 'fuzz-hostile.mjs'), '--seconds', String(SECONDS), ...(SEED ? ['--seed', SEED] : [])],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    const r = { status, signal, stdout, stderr };
    expect(r.signal, `fuzzer killed by ${r.signal}: ${r.stderr.slice(-2000)}`).toBeNull();
    const last = r.stdout.trim().split('\n').pop() ?? '';
    let summary: {
      builds: number;
      outcomes: Record<string, number>;
      failures: unknown[];
      peakHeapMiB: number;
      kubectl: { available: boolean; samples: number; sameClass: number };
    };
    try {
      summary = JSON.parse(last);
    } catch {
      throw new Error(`fuzzer ended without a summary (status ${r.status}): ${r.stderr.slice(-2000)}`);
    }
    if (process.env['KTS_FUZZ_STATS']) console.log(JSON.stringify(summary, null, 1));
    expect(summary.failures).toEqual([]);
    expect(r.status).toBe(0);
    expect(summary.builds).toBeGreaterThan(30);
    // Bombs must be stopped by limits, and ordinary outputs still produced.
    expect(summary.outcomes['LIMIT_EXCEEDED'] ?? 0).toBeGreaterThan(0);
    expect(summary.outcomes['output'] ?? 0).toBeGreaterThan(summary.builds / 4);
    expect(summary.peakHeapMiB).toBeLessThan(HEAP_MIB);
    if (summary.kubectl.available) expect(summary.kubectl.sameClass).toBe(summary.kubectl.samples);
  },
  180_000,
);
