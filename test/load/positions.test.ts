import { describe, expect, it } from 'vitest';
import { KustomizeError } from '../../src/core/errors.js';
import { MemoryFs } from '../../src/fs/filesystem.js';
import { fieldPosition, locateError } from '../../src/load/positions.js';

const K = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- a.yaml
- b.yaml
patches:
- target:
    kind: Deployment
  patch: |-
    - op: add
Images: &imgs
  - name: x
other: *imgs
`;

describe('fieldPosition', () => {
  it('finds keys and sequence items', () => {
    expect(fieldPosition(K, ['resources'])).toEqual({ line: 3, col: 1 });
    expect(fieldPosition(K, ['resources', 1])).toEqual({ line: 5, col: 3 });
    expect(fieldPosition(K, ['patches', 0, 'target', 'kind'])).toEqual({ line: 8, col: 5 });
  });
  it('matches keys case-insensitively, follows aliases, falls back to the nearest field', () => {
    expect(fieldPosition(K, ['images', 0, 'name'])).toEqual({ line: 12, col: 5 });
    expect(fieldPosition(K, ['other', 0, 'name'])).toEqual({ line: 12, col: 5 });
    expect(fieldPosition(K, ['resources', 9])).toEqual({ line: 3, col: 1 });
    expect(fieldPosition(K, ['namePrefix'])).toBeUndefined();
    expect(fieldPosition('{{{', ['a'])).toBeUndefined();
  });
});

describe('locateError', () => {
  it('locates a kustomization field, and the field of the kustomization that named another file', () => {
    const fs = new MemoryFs({ '/k/kustomization.yaml': K });
    const e = locateError(new KustomizeError('PATCH_FAILED', 'x', { file: '/k/kustomization.yaml', field: ['patches', 0] }), { fs });
    expect([e.line, e.col]).toEqual([7, 3]);
    const f = locateError(
      new KustomizeError('YAML_SYNTAX', 'y', { file: '/k/b.yaml', line: 2, field: ['resources', 1], kustomization: { file: '/k/kustomization.yaml' } }),
      { fs },
    );
    expect([f.line, f.kustomization]).toEqual([2, { file: '/k/kustomization.yaml', line: 5, col: 3 }]);
  });
  it('blames the root kustomization when nothing else is known', () => {
    const e = locateError(new KustomizeError('VAR_FAILED', 'v'), { fs: new MemoryFs(), rootFile: '/r/kustomization.yaml', rootDir: '/r' });
    expect([e.file, e.trail]).toEqual(['/r/kustomization.yaml', ['/r']]);
  });
});
