/**
 * Load restrictions on the real filesystem (NodeFs, real symlinks in a temp dir) and on a MemoryFs
 * copy of the same tree (MemoryFs symlinks), compared with `kubectl kustomize` and
 * `kubectl kustomize --load-restrictor LoadRestrictionsNone` (kustomize v5.5.0): every expectation
 * below was observed with kubectl on the same layout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { isKustomizeError, type ErrorCode } from '../../src/core/errors.js';
import { MemoryFs, type FileSystem } from '../../src/fs/filesystem.js';
import { NodeFs } from '../../src/node/index.js';

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

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

type Want = { yaml: string } | { code: ErrorCode };
type Restrictions = 'rootOnly' | 'none';

/** Kustomizations built in a fresh directory holding cm.yaml (name `inroot`); TMP is the temp dir. */
const plain: [string, string, Want, Want][] = [
  ['a ../ file', 'resources:\n- ../outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { yaml: cm('outside') }],
  ['an absolute file outside the root', 'resources:\n- TMP/outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { yaml: cm('outside') }],
  ['an absolute file inside the root', 'resources:\n- SELF/cm.yaml\n', { yaml: cm('inroot') }, { yaml: cm('inroot') }],
  ['a ../ base', 'resources:\n- ../base\n', { yaml: cm('base') }, { yaml: cm('base') }],
  ['an absolute base', 'resources:\n- TMP/base\n', { code: 'INVALID_KUSTOMIZATION' }, { code: 'INVALID_KUSTOMIZATION' }],
  ['a ../ component', 'resources:\n- cm.yaml\ncomponents:\n- ../comp\n', { yaml: cm('c-inroot') }, { yaml: cm('c-inroot') }],
  [
    'a ../ generator file',
    'configMapGenerator:\n- name: x\n  files:\n  - ../outside/env.txt\n',
    { code: 'OUTSIDE_ROOT' },
    { yaml: 'apiVersion: v1\ndata:\n  env.txt: |\n    A=1\nkind: ConfigMap\nmetadata:\n  name: x-ccfk2t572k\n' },
  ],
  ['a ../ patch', 'resources:\n- cm.yaml\npatches:\n- path: ../outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { code: 'PATCH_NO_TARGET' }],
  ['../ configurations', 'resources:\n- cm.yaml\nconfigurations:\n- ../outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { code: 'UNKNOWN_FIELD' }],
  ['../ crds', 'resources:\n- cm.yaml\ncrds:\n- ../outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { code: 'INVALID_OPENAPI' }],
  ['a ../ openapi path', 'resources:\n- cm.yaml\nopenapi:\n  path: ../outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { yaml: cm('inroot') }],
  ['../ transformers', 'resources:\n- cm.yaml\ntransformers:\n- ../outside/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { code: 'PLUGIN_NOT_SUPPORTED' }],
];

/** Kustomizations built in `linked/`, which holds symlinks (see the layout below). */
const linked: [string, string, Want, Want][] = [
  ['a file symlink out of the root', 'resources:\n- link-out.yaml\n', { code: 'OUTSIDE_ROOT' }, { yaml: cm('outside') }],
  ['a file symlink inside the root', 'resources:\n- link-in.yaml\n', { yaml: cm('inroot') }, { yaml: cm('inroot') }],
  ['a file through a directory symlink out of the root', 'resources:\n- dirlink/cm.yaml\n', { code: 'OUTSIDE_ROOT' }, { yaml: cm('outside') }],
  ['a base through a directory symlink', 'resources:\n- baselink\n', { yaml: cm('base') }, { yaml: cm('base') }],
  [
    'an env file symlinked out of the root',
    'configMapGenerator:\n- name: x\n  envs:\n  - env-link.txt\n',
    { code: 'OUTSIDE_ROOT' },
    { yaml: 'apiVersion: v1\ndata:\n  A: "1"\nkind: ConfigMap\nmetadata:\n  name: x-89g4tffbfk\n' },
  ],
];

/** Fixed directories: [dir, restrictions, expectation]. */
const fixed: [string, string, Restrictions, Want][] = [
  ['a -> b -> a', 'cyc/a', 'rootOnly', { code: 'CYCLE' }],
  ['a -> b -> a', 'cyc/a', 'none', { code: 'CYCLE' }],
  ['resources: [.]', 'cyc/self', 'rootOnly', { code: 'CYCLE' }],
  ['resources: [.]', 'cyc/self', 'none', { code: 'CYCLE' }],
  ['parent -> child -> ..', 'cyc/parent', 'rootOnly', { code: 'CYCLE' }],
  ['parent -> child -> ..', 'cyc/parent', 'none', { code: 'CYCLE' }],
  ['child -> ..', 'cyc/parent/child', 'rootOnly', { code: 'CYCLE' }],
  ['child -> ..', 'cyc/parent/child', 'none', { code: 'CYCLE' }],
];
const fixedLinked: [string, string, Restrictions, Want][] = [
  // kubectl: "unable to find one of 'kustomization.yaml'..." (the refused file does not count); we say why.
  ['a kustomization file symlinked out of the root', 'ksym', 'rootOnly', { code: 'OUTSIDE_ROOT' }],
  ['a kustomization file symlinked out of the root', 'ksym', 'none', { yaml: cm('outside') }],
  ['a refused kustomization.yaml beside a kustomization.yml', 'ksym2', 'rootOnly', { yaml: cm('yml-inroot') }],
  ['a refused kustomization.yaml beside a kustomization.yml', 'ksym2', 'none', { code: 'MULTIPLE_KUSTOMIZATION_FILES' }],
  ['a root that is itself a symlink', 'rootlink', 'rootOnly', { yaml: cm('outside') }],
  ['a base symlinked to the directory that includes it', 'selflink', 'rootOnly', { code: 'CYCLE' }],
];

let tmp = '';
let memFs: MemoryFs;

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

/** The same tree in a MemoryFs mounted at the same absolute path, symlinks included. */
function memoryCopy(dir: string): MemoryFs {
  const m = new MemoryFs();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink()) m.symlink(fs.readlinkSync(p), p);
      else if (e.isDirectory()) {
        m.mkdir(p);
        walk(p);
      } else m.write(p, new Uint8Array(fs.readFileSync(p)));
    }
  };
  walk(dir);
  return m;
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
  plain.forEach(([, k], i) => {
    write(`plain${i}/cm.yaml`, cm('inroot'));
    write(`plain${i}/kustomization.yaml`, k.replaceAll('TMP', tmp).replaceAll('SELF', path.join(tmp, `plain${i}`)));
  });
  if (canSymlink) {
    linked.forEach(([, k], i) => {
      const d = `linked${i}`;
      link('../outside/cm.yaml', `${d}/link-out.yaml`);
      link('cm.yaml', `${d}/link-in.yaml`);
      link('../outside', `${d}/dirlink`);
      link('../base', `${d}/baselink`);
      link('../outside/env.txt', `${d}/env-link.txt`);
      write(`${d}/cm.yaml`, cm('inroot'));
      write(`${d}/kustomization.yaml`, k);
    });
    link('../outside/kustomization.yaml', 'ksym/kustomization.yaml');
    link('../outside/cm.yaml', 'ksym/cm.yaml');
    link('../outside/kustomization.yaml', 'ksym2/kustomization.yaml');
    write('ksym2/kustomization.yml', 'resources:\n- cm.yaml\nnamePrefix: yml-\n');
    write('ksym2/cm.yaml', cm('inroot'));
    link('outside', 'rootlink');
    write('selflink/kustomization.yaml', 'resources:\n- sub\n');
    write('selflink/sub/kustomization.yaml', 'resources:\n- up\n');
    link('..', 'selflink/sub/up');
  }
  memFs = memoryCopy(tmp);
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

function run(fsys: FileSystem, dir: string, restrictions: Restrictions): { yaml: string } | { code: string } {
  try {
    return { yaml: build(fsys, path.join(tmp, dir), { loadRestrictions: restrictions }).yaml };
  } catch (e) {
    if (!isKustomizeError(e)) throw e;
    return { code: e.code };
  }
}

const filesystems: [string, () => FileSystem][] = [
  ['NodeFs', () => new NodeFs()],
  ['MemoryFs', () => memFs],
];

for (const [fsName, fsys] of filesystems) {
  describe(`load restrictions on ${fsName}`, () => {
    plain.forEach(([name, , rootOnly, none], i) => {
      it(`${name} (rootOnly)`, () => expect(run(fsys(), `plain${i}`, 'rootOnly')).toEqual(rootOnly));
      it(`${name} (none)`, () => expect(run(fsys(), `plain${i}`, 'none')).toEqual(none));
    });
    for (const [name, dir, r, want] of fixed) it(`${name} (${r})`, () => expect(run(fsys(), dir, r)).toEqual(want));
  });

  describe.skipIf(!canSymlink)(`symlinks on ${fsName}`, () => {
    linked.forEach(([name, , rootOnly, none], i) => {
      it(`${name} (rootOnly)`, () => expect(run(fsys(), `linked${i}`, 'rootOnly')).toEqual(rootOnly));
      it(`${name} (none)`, () => expect(run(fsys(), `linked${i}`, 'none')).toEqual(none));
    });
    for (const [name, dir, r, want] of fixedLinked) it(`${name} (${r})`, () => expect(run(fsys(), dir, r)).toEqual(want));
  });
}

describe('MemoryFs symlinks', () => {
  it('resolves relative, absolute and chained links; loops stay unresolved', () => {
    const m = new MemoryFs({ '/a/f.yaml': 'x', '/b/g.yaml': 'y' });
    m.symlink('../a', '/c/link');
    m.symlink('/c/link/f.yaml', '/d/abs');
    m.symlink('/d/abs', '/d/chain');
    m.symlink('loop2', '/e/loop1');
    m.symlink('loop1', '/e/loop2');
    expect(m.realPath('/c/link/f.yaml')).toBe('/a/f.yaml');
    expect(m.readFile('/d/chain')).toBe('x');
    expect(m.isDir('/c/link')).toBe(true);
    expect(m.readDir('/c/link')).toEqual(['f.yaml']);
    expect(m.exists('/e/loop1')).toBe(false);
    expect(m.realPath('/c/link/missing/x')).toBe('/a/missing/x');
  });
});
