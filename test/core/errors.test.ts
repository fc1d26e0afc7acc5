import { describe, expect, it } from 'vitest';
import { KustomizeError, formatError, formatFieldPath, withContext } from '../../src/core/errors.js';

describe('withContext', () => {
  it('fills what is missing, innermost context first', () => {
    const e = new KustomizeError('FILE_NOT_FOUND', 'gone', { field: ['resources', 1] });
    withContext(e, { file: '/k/kustomization.yaml', trail: ['/k'] });
    withContext(e, { file: '/root/kustomization.yaml', field: ['resources', 0], trail: ['/root', '/k'] });
    expect(e.file).toBe('/k/kustomization.yaml');
    expect(e.field).toEqual(['resources', 1]);
    expect(e.trail).toEqual(['/k']);
    expect(e.kustomization).toBeUndefined();
  });
  it('a field about another file records that kustomization', () => {
    const e = new KustomizeError('YAML_SYNTAX', 'yaml: bad', { file: '/k/cm.yaml', line: 3, col: 1 });
    withContext(e, { file: '/k/kustomization.yaml', field: ['resources', 2] });
    expect(e.kustomization).toEqual({ file: '/k/kustomization.yaml' });
    e.kustomization!.line = 4;
    e.kustomization!.col = 3;
    expect(formatError(e)).toBe('/k/cm.yaml:3:1: yaml: bad (from /k/kustomization.yaml:4:3, field resources[2]) (YAML_SYNTAX)');
  });
  it('rethrows anything that is not a KustomizeError (a bug must stay visible)', () => {
    const bug = new TypeError('x is undefined');
    expect(() => withContext(bug, { file: '/k/kustomization.yaml' })).toThrow(bug);
    expect(() => withContext('str', {})).toThrow();
  });
  it('turns a stack overflow into LIMIT_EXCEEDED', () => {
    const deep = (n: number): number => deep(n + 1) + 1;
    let overflow: unknown;
    try {
      deep(0);
    } catch (e) {
      overflow = e;
    }
    const err = withContext(overflow, { file: '/k/r.yaml' });
    expect(err.code).toBe('LIMIT_EXCEEDED');
    expect(err.file).toBe('/k/r.yaml');
  });
});

describe('formatError', () => {
  it('file:line:col: message (field ...) [resource ...] (CODE)', () => {
    const e = new KustomizeError('PATCH_NO_TARGET', 'no match', {
      file: '/k/kustomization.yaml',
      line: 7,
      col: 3,
      field: ['patches', 0, 'target'],
      resource: 'Deployment.v1.apps/web.[noNs]',
    });
    expect(formatError(e)).toBe('/k/kustomization.yaml:7:3: no match (field patches[0].target) [resource Deployment.v1.apps/web.[noNs]] (PATCH_NO_TARGET)');
    expect(formatError(new KustomizeError('CYCLE', 'loop'))).toBe('loop (CYCLE)');
    expect(formatFieldPath(['a', 0, 'b', 1])).toBe('a[0].b[1]');
  });
});
