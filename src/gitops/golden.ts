/**
 * Golden checks: render every kustomization directory of a tree that matches some globs and
 * compare each output with a committed golden file. For CI (`kustomize-ts check`) and for test
 * runners (this API). Pure: reads through a {@link FileSystem}; writes and deletions (with
 * `update`) go through the injected `write`/`remove` functions.
 *
 * Layout: the golden of target `apps/api/overlays/prod` is `<goldenDir>/apps__api__overlays__prod.yaml`
 * (the root directory itself is `_root.yaml`). Directories named `node_modules`, starting with a
 * dot, or the golden directory are not searched; `kind: Component` directories are not targets.
 */
import { minimatch } from 'minimatch';
import { isKustomizeError, KustomizeError } from '../core/errors.js';
import { build } from '../build.js';
import type { FileSystem } from '../fs/filesystem.js';
import { normalize, relative, resolve } from '../fs/path.js';
import { KUSTOMIZATION_FILE_NAMES } from '../load/kustomization.js';
import { type Json, isObject } from '../core/json.js';
import { parseKustomizationText } from '../yaml/parse.js';
import type { BuildOptions } from '../options.js';
import { unifiedDiff } from './diff.js';

export interface GoldenCheckOptions {
  /** The tree. */
  fs: FileSystem;
  /** Root directory (absolute in `fs`); targets and goldens are named relative to it. */
  root: string;
  /** minimatch globs matched against target directories relative to `root`. Default `['**']`. */
  globs?: string[];
  /** Golden directory, relative to `root` (or absolute). Default `goldens`. */
  goldenDir?: string;
  /** Rewrite goldens that differ or are missing, delete orphans. Default false. */
  update?: boolean;
  /** Build options for every target. */
  buildOptions?: BuildOptions;
  /** Writes a golden file (needed with `update`; a MemoryFs's `write` is used when absent). */
  write?: (path: string, contents: string) => void;
  /** Deletes an orphaned golden file (with `update`). */
  remove?: (path: string) => void;
}

export type GoldenStatus = 'ok' | 'changed' | 'missing' | 'error' | 'orphan' | 'updated';

export interface GoldenTarget {
  /** Target directory relative to the root ('.' for the root). */
  target: string;
  /** Golden file path relative to the root. */
  golden: string;
  /**
   * `ok`: matches; `changed`: differs; `missing`: no golden yet; `error`: the build failed;
   * `orphan`: a golden whose directory is no longer a kustomization; `updated`: rewritten
   * (or deleted, for an orphan) by `update`.
   */
  status: GoldenStatus;
  /** Unified diff golden → rendered, for `changed`/`missing`/`orphan` (and `updated`). */
  diff?: string;
  /** The rendered output (absent for errors and orphans). */
  actual?: string;
  error?: KustomizeError;
}

export interface GoldenCheckResult {
  /** True when nothing drifted (after `update`, true unless a build failed). */
  ok: boolean;
  targets: GoldenTarget[];
}

/** Golden file name of a target directory (relative path, '.' for the root). */
export function goldenName(target: string): string {
  return target === '.' || target === '' ? '_root.yaml' : `${target.split('/').join('__')}.yaml`;
}

/** Kustomization directories under `root` (relative paths, sorted), skipping Components. */
export function findTargets(fs: FileSystem, root: string, skip: (rel: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    const rel = relative(root, dir);
    const file = KUSTOMIZATION_FILE_NAMES.map((n) => resolve(dir, n)).find((p) => fs.exists(p) && !fs.isDir(p));
    if (file && !isComponent(fs, file)) out.push(rel);
    for (const name of [...fs.readDir(dir)].sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const p = resolve(dir, name);
      if (!fs.isDir(p) || skip(relative(root, p))) continue;
      walk(p);
    }
  };
  walk(normalize(root));
  return out;
}

/** Whether the kustomization file says `kind: Component` (a valid one or not: it is no target either way). */
function isComponent(fs: FileSystem, file: string): boolean {
  try {
    const c = fs.readFile(file);
    const text = typeof c === 'string' ? c : new TextDecoder().decode(c ?? new Uint8Array());
    const doc = parseKustomizationText(text, file);
    if (!isObject(doc)) return false;
    // Field names match case-insensitively, the last one winning (as the kustomization decoder reads them).
    let kind: Json | undefined;
    for (const k of Object.keys(doc)) if (k.toLowerCase() === 'kind') kind = doc[k];
    return kind === 'Component';
  } catch {
    return false;
  }
}

function matches(rel: string, globs: string[]): boolean {
  return globs.some((g) => (rel === '.' ? g === '.' || g === '**' || g === '**/*' || g === '*' : minimatch(rel, g, { dot: false, platform: 'linux' })));
}

/** Renders the matching targets and compares them with their goldens. */
export function checkGoldens(opts: GoldenCheckOptions): GoldenCheckResult {
  const { fs } = opts;
  const root = normalize(opts.root);
  const globs = opts.globs?.length ? opts.globs : ['**'];
  const goldenAbs = resolve(root, opts.goldenDir ?? 'goldens');
  const goldenRel = relative(root, goldenAbs);
  const write =
    opts.write ??
    ((fs as unknown as { write?: (p: string, c: string) => void }).write?.bind(fs) as ((p: string, c: string) => void) | undefined);
  if (opts.update && !write) {
    throw new KustomizeError('INVALID_EDIT', 'checkGoldens: `update` needs a `write` function');
  }
  const all = findTargets(fs, root, (rel) => rel === goldenRel);
  const targets: GoldenTarget[] = [];
  let ok = true;
  for (const target of all.filter((t) => matches(t, globs))) {
    const golden = `${goldenRel}/${goldenName(target)}`;
    const goldenPath = resolve(root, golden);
    const prev = readText(fs, goldenPath);
    let actual: string;
    try {
      actual = build(fs, resolve(root, target), opts.buildOptions).yaml;
    } catch (e) {
      if (!isKustomizeError(e)) throw e;
      targets.push({ target, golden, status: 'error', error: e });
      ok = false;
      continue;
    }
    if (prev === actual) {
      targets.push({ target, golden, status: 'ok', actual });
      continue;
    }
    const diff = unifiedDiff(prev ?? '', actual, { fromFile: golden, toFile: `${target} (rendered)` });
    if (opts.update) {
      write!(goldenPath, actual);
      targets.push({ target, golden, status: 'updated', diff, actual });
    } else {
      targets.push({ target, golden, status: prev === undefined ? 'missing' : 'changed', diff, actual });
      ok = false;
    }
  }
  // Goldens whose target is gone.
  if (fs.isDir(goldenAbs)) {
    const known = new Set(all.map(goldenName));
    for (const name of [...fs.readDir(goldenAbs)].sort()) {
      if (!name.endsWith('.yaml') || known.has(name) || (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(name)) continue;
      const golden = `${goldenRel}/${name}`;
      const target = name === '_root.yaml' ? '.' : name.slice(0, -5).split('__').join('/');
      if (!matches(target, globs)) continue;
      const diff = unifiedDiff(readText(fs, resolve(root, golden)) ?? '', '', { fromFile: golden, toFile: `${target} (no kustomization)` });
      if (opts.update && opts.remove) {
        opts.remove(resolve(root, golden));
        targets.push({ target, golden, status: 'updated', diff });
      } else {
        targets.push({ target, golden, status: 'orphan', diff });
        ok = false;
      }
    }
  }
  return { ok, targets };
}

function readText(fs: FileSystem, p: string): string | undefined {
  if (!fs.exists(p) || fs.isDir(p)) return undefined;
  const c = fs.readFile(p);
  if (c === undefined) return undefined;
  return typeof c === 'string' ? c : new TextDecoder().decode(c);
}
