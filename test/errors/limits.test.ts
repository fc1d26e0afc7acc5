/**
 * Work bounds: a tree of shared bases that doubles at every level (no cycle, so kustomize walks it
 * all: exponential time) stops at MAX_KUSTOMIZATION_LOADS with LIMIT_EXCEEDED; a small one builds
 * exactly as kubectl builds it.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { isKustomizeError } from '../../src/core/errors.js';
import { MemoryFs } from '../../src/fs/filesystem.js';
import { MAX_KUSTOMIZATION_LOADS } from '../../src/load/loader.js';

/** Levels 0..L-1 of directories x<k> and y<k>, each including both x<k+1> and y<k+1>. */
function diamond(levels: number): MemoryFs {
  const files: Record<string, string> = { '/t/root/kustomization.yaml': 'resources:\n- ../x0\n- ../y0\n' };
  for (let k = 0; k < levels; k++) {
    for (const s of ['x', 'y']) {
      const last = k === levels - 1;
      files[`/t/${s}${k}/kustomization.yaml`] = last
        ? `namePrefix: ${s}-\nresources:\n- cm.yaml\n`
        : `namePrefix: ${s}-\nresources:\n- ../x${k + 1}\n- ../y${k + 1}\n`;
      if (last) files[`/t/${s}${k}/cm.yaml`] = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n';
    }
  }
  return new MemoryFs(files);
}

describe('shared bases included many times over', () => {
  it('five levels build all 32 combinations (as kubectl does)', () => {
    const { resources } = build(diamond(5), '/t/root');
    expect(resources).toHaveLength(32);
    // kubectl's order: legacy sort by name, x-x-x-x-x-c first.
    expect((resources[0]!['metadata'] as { name: string }).name).toBe('x-x-x-x-x-c');
    expect((resources[31]!['metadata'] as { name: string }).name).toBe('y-y-y-y-y-c');
  });
  it(`twenty levels (2^21 kustomization loads) stop after ${MAX_KUSTOMIZATION_LOADS} loads`, () => {
    const t0 = performance.now();
    let err: unknown;
    try {
      build(diamond(20), '/t/root');
    } catch (e) {
      err = e;
    }
    expect(isKustomizeError(err) && err.code).toBe('LIMIT_EXCEEDED');
    expect(performance.now() - t0).toBeLessThan(30_000);
  });
});
