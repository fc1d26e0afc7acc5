/**
 * Load restrictions on the real filesystem (NodeFs), with real symlinks, compared with
 * `kubectl kustomize` and `kubectl kustomize --load-restrictor LoadRestrictionsNone` (kustomize v5.5.0).
 * Each expectation below was observed with kubectl on the same layout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { isKustomizeError, type ErrorCode } from '../../src/core/errors.js';
import { NodeFs } from '../../src/node/index.js';

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

let tmp = '';
const canSymlink = (() => {
  try {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-symlink-probe-'));
    fs.symlinkSync('x', path.join(d, 'l'));
    fs.rmSync(d, { recursive: true, force: true });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Layout:
 *   outside/{cm.yaml, env.txt, kustomization.yaml}      (not under the root)
 *   base/{cm.yaml, kustomization.yaml}
 *   comp/kustomization.yaml                             (a Component adding prefix c-)
 *   root/cm.yaml, root/link-out.yaml -> ../outside/cm.yaml, root/link-in.yaml -> cm.yaml,
 *   root/dirlink -> ../outside, root/baselink -> ../base, root/env-link.txt -> ../outside/env.txt
 */
function write(rel: string, text: string): void {
  const p = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
}
function link(target: string, rel: string): void {
  const p = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.symlinkSync(target, p);
}

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kts-load-')));
  write('outside/cm.yaml', cm('outside'));
  write('outside/env.txt', 'A=1\n');
  write('outside/kustomization.yaml', 'resources:\n- cm.yaml\n');
  write('base/cm.yaml', cm('base'));
  write('base/kustomization.yaml', 'resources:\n- cm.yaml\n');
  write('comp/kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nnamePrefix: c-\n');
  write('cyc/a/kustomization.yaml', 'resources:\n- ../b\n');
  write('cyc/b/kustomization.yaml', 'resources:\n- ../a\n');
  write('cyc/self/kustomization.yaml', 'resources:\n- .\n');
  write('cyc/parent/kustomization.yaml', 'resources:\n- child\n');
  write('cyc/parent/child/kustomization.yaml', 'resources:\n- ..\n');
  if (canSymlink) {
    link('../outside/cm.yaml', 'linked/link-out.yaml');
    link('cm.yaml', 'linked/link-in.yaml');
    link('../outside', 'linked/dirlink');
    link('../base', 'linked/baselink');
    link('../outside/env.txt', 'linked/env-link.txt');
    write('linked/cm.yaml', cm('inroot'));
    link('../outside/kustomization.yaml', 'ksym/kustomization.yaml');
    link('../outside/cm.yaml', 'ksym/cm.yaml');
    link('outside', 'rootlink');
  }
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

type Want = { yaml: string } | { code: ErrorCode };

let n = 0;
/** Builds `kustomization` written into a fresh copy of root `from` (default: a plain root with cm.yaml). */
function run(kustomization: string | null, restrictions: 'rootOnly' | 'none', dir?: string): { yaml: string } | { code: string; message: string; file?: string } {
  let target = dir ? path.join(tmp, dir) : '';
  if (kustomization !== null) {
    target = path.join(tmp, `case${n++}`);
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'cm.yaml'), cm('inroot'));
    fs.writeFileSync(path.join(target, 'kustomization.yaml'), kustomization.replaceAll('TMP', tmp));
  }
  try {
    return { yaml: build(new NodeFs(), target, { loadRestrictions: restrictions }).yaml };
  } catch (e) {
    if (!isKustomizeError(e)) throw e;
    return { code: e.code, message: e.message, file: e.file };
  }
}

function check(got: ReturnType<typeof run>, want: Want): void {
  if ('yaml' in want) expect(got).toEqual(want);
  else expect('code' in got ? got.code : got).toBe(want.code);
}

describe('load restrictions (no symlinks)', () => {
  const cases: [string, string, Want, Want][] = [
    ['../ file', 'resources:\n- ../outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { yaml: cm('outside') }],
    ['absolute file outside', 'resources:\n- TMP/outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { yaml: cm('outside') }],
    ['../ base', 'resources:\n- ../base\n', { yaml: cm('base') }, { yaml: cm('base') }],
    ['absolute base', 'resources:\n- TMP/base\n', { code: 'INVALID_KUSTOMIZATION' }, { code: 'INVALID_KUSTOMIZATION' }],
    ['../ component', 'resources:\n- cm.yaml\ncomponents:\n- ../comp\n', { yaml: cm('c-inroot') }, { yaml: cm('c-inroot') }],
    ['generator file ../', 'configMapGenerator:\n- name: x\n  files:\n  - ../outside/env.txt\n', { code: 'OUTSIDE_ROOT' }, { yaml: 'apiVersion: v1\ndata:\n  env.txt: |\n    A=1\nkind: ConfigMap\nmetadata:\n  name: x-ccfk2t572k\n' }],
    ['patch ../', 'resources:\n- cm.yaml\npatches:\n- path: ../outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { code: 'PATCH_NO_TARGET' }],
    ['configurations ../', 'resources:\n- cm.yaml\nconfigurations:\n- ../outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { code: 'UNKNOWN_FIELD' }],
    ['crds ../', 'resources:\n- cm.yaml\ncrds:\n- ../outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { code: 'INVALID_OPENAPI' }],
    ['openapi ../', 'resources:\n- cm.yaml\nopenapi:\n  path: ../outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { yaml: cm('inroot') }],
    ['transformers ../', 'resources:\n- cm.yaml\ntransformers:\n- ../outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { code: 'PLUGIN_NOT_SUPPORTED' }],
  ];
  for (const [name, k, rootOnly, none] of cases) {
    it(`${name} (rootOnly)`, () => check(run(k, 'rootOnly'), rootOnly));
    it(`${name} (none)`, () => check(run(k, 'none'), none));
  }
  it('absolute file inside the root is allowed', () => {
    target: {
      const got = run('resources:\n- TMPX/cm.yaml\n'.replace('TMPX', path.join(tmp, `case${n}`)), 'rootOnly');
      expect(got).toEqual({ yaml: cm('inroot') });
    }
  });
});

describe('cycles', () => {
  for (const restrictions of ['rootOnly', 'none'] as const) {
    it(`a -> b -> a (${restrictions})`, () => check(run(null, restrictions, 'cyc/a'), { code: 'CYCLE' }));
    it(`resources: [.] (${restrictions})`, () => check(run(null, restrictions, 'cyc/self'), { code: 'CYCLE' }));
    it(`parent -> child -> .. (${restrictions})`, () => check(run(null, restrictions, 'cyc/parent'), { code: 'CYCLE' }));
    it(`child -> .. (${restrictions})`, () => check(run(null, restrictions, 'cyc/parent/child'), { code: 'CYCLE' }));
  }
});

describe.skipIf(!canSymlink)('symlinks', () => {
  const cases: [string, string, Want, Want][] = [
    ['file symlink out of the root', 'resources:\n- link-out.yaml\n', { code: 'OUTSIDE_ROOT' }, { yaml: cm('outside') }],
    ['file symlink inside the root', 'resources:\n- link-in.yaml\n', { yaml: cm('inroot') }, { yaml: cm('inroot') }],
    ['through a directory symlink out of the root', 'resources:\n- dirlink/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { yaml: cm('outside') }],
    ['base through a directory symlink', 'resources:\n- baselink\n', { yaml: cm('base') }, { yaml: cm('base') }],
    ['env file symlink out of the root', 'configMapGenerator:\n- name: x\n  envs:\n  - env-link.txt\n', { code: 'OUTSIDE_ROOT' }, { yaml: 'apiVersion: v1\ndata:\n  A: "1"\nkind: ConfigMap\nmetadata:\n  name: x-89g4tffbfk\n' }],
  ];
  for (const [name, k, rootOnly, none] of cases) {
    for (const [r, want] of [['rootOnly', rootOnly], ['none', none]] as const) {
      it(`${name} (${r})`, () => {
        fs.writeFileSync(path.join(tmp, 'linked', 'kustomization.yaml'), k);
        check(run(null, r, 'linked'), want);
      });
    }
  }
  it('kustomization file symlinked out of the root (rootOnly): error', () => {
    const got = run(null, 'rootOnly', 'ksym');
    expect('code' in got).toBe(true);
  });
  it('kustomization file symlinked out of the root (none): builds', () => {
    check(run(null, 'none', 'ksym'), { yaml: cm('outside') });
  });
  it('a root that is itself a symlink builds', () => {
    check(run(null, 'rootOnly', 'rootlink'), { yaml: cm('outside') });
  });
});
