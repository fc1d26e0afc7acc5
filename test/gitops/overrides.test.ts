/**
 * Overrides: errors as `kustomize edit` (run by Argo CD) reports them, and the build option's
 * contract (nothing written; no overrides = plain build). Outputs are checked against kubectl in
 * cases.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { build } from '../../src/build.js';
import { isKustomizeError } from '../../src/core/errors.js';
import { MemoryFs } from '../../src/fs/filesystem.js';
import { applyOverridesToText } from '../../src/gitops/overrides.js';

const K = 'commonLabels:\n  app: web\ncommonAnnotations:\n  owner: a\nresources:\n- cm.yaml\n';
const tree = () =>
  new MemoryFs({
    '/app/kustomization.yaml': K,
    '/app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
  });

function errorOf(f: () => unknown): { code: string; message: string; file?: string } {
  try {
    f();
  } catch (e) {
    if (isKustomizeError(e)) return { code: e.code, message: e.message, file: e.file };
    throw e;
  }
  throw new Error('expected an error');
}

describe('override errors', () => {
  test('an existing label or annotation needs force, as `kustomize edit add` does', () => {
    expect(errorOf(() => build(tree(), '/app', { overrides: { commonLabels: { app: 'other' } } }))).toEqual({
      code: 'INVALID_EDIT',
      message: 'label app already in kustomization file',
      file: '/app/kustomization.yaml',
    });
    expect(errorOf(() => build(tree(), '/app', { overrides: { commonAnnotations: { owner: 'b' } } })).message).toBe(
      'annotation owner already in kustomization file',
    );
    const forced = build(tree(), '/app', { overrides: { commonLabels: { app: 'other' }, forceCommonLabels: true } });
    expect((forced.resources[0]!['metadata'] as { labels: unknown }).labels).toEqual({ app: 'other' });
  });
  test('bad images and replica counts', () => {
    expect(errorOf(() => build(tree(), '/app', { overrides: { images: ['bad'] } })).code).toBe('INVALID_EDIT');
    expect(errorOf(() => build(tree(), '/app', { overrides: { replicas: [{ name: 'x', count: 'three' }] } })).message).toBe(
      'expected integer value for count. Received: three',
    );
  });
  test('missing components fail unless ignored', () => {
    expect(errorOf(() => build(tree(), '/app', { overrides: { components: ['../comp'] } })).code).toBe('FILE_NOT_FOUND');
    expect(build(tree(), '/app', { overrides: { components: ['../comp'], ignoreMissingComponents: true } }).yaml).toBe(build(tree(), '/app').yaml);
  });
});

describe('contract', () => {
  test('nothing is written, and empty overrides change nothing', () => {
    const mfs = tree();
    const plain = build(mfs, '/app').yaml;
    build(mfs, '/app', { overrides: { namespace: 'x', namePrefix: 'p-' } });
    expect(mfs.readFile('/app/kustomization.yaml')).toBe(K);
    expect(build(mfs, '/app', { overrides: {} }).yaml).toBe(plain);
    expect(build(mfs, '/app', { overrides: { namePrefix: '', images: [], commonLabels: {} } }).yaml).toBe(plain);
    expect(applyOverridesToText(K, {})).toBe(K);
  });
  test('the kustomization text is edited in place, comments kept', () => {
    const text = '# env\nnamespace: a # ns\nresources:\n- cm.yaml\n';
    expect(applyOverridesToText(text, { namespace: 'b', namePrefix: 'x-' })).toBe('# env\nnamespace: b # ns\nresources:\n- cm.yaml\nnamePrefix: x-\n');
  });
});
