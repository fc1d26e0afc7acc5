/**
 * The per-kustomization recursion (kustomize's KustTarget.accumulateTarget): resources, then
 * configurations and crds, generators, components, the built-in transformers in kustomize's order,
 * validators, and vars. Root-only steps live in src/finalize.
 * @see kustomize api/internal/target/kusttarget.go
 */
import { KustomizeError, withContext } from '../core/errors.js';
import { joinRelative } from '../fs/path.js';
import { type Loader, isRemotePath } from '../load/loader.js';
import { loadKustomization, type LoadedKustomization } from '../load/kustomization.js';
import type { Kustomization } from '../load/types.js';
import { resourcesFromText } from '../resource/factory.js';
import { ResourceMap } from '../resource/resmap.js';
import type { Resource } from '../resource/resource.js';
import type { BuildContext } from './context.js';
import { Accumulator } from './accumulator.js';
import { runGenerators } from './generators.js';
import { runTransformers } from './transformers.js';
import { applyOpenApiField, loadSchema } from './openapi.js';
import { appendOrigin, type OriginParts } from '../remote/repospec.js';
import type { PluginConfig } from './plugins.js';

/** One loaded kustomization and the loader rooted at its directory. */
export interface Target {
  ldr: Loader;
  loaded: LoadedKustomization;
  k: Kustomization;
  /**
   * Path of this kustomization's directory relative to the build root, as kustomize's Origin
   * accumulates it (set only when the root asks for buildMetadata).
   */
  originPath?: string;
  /** Repository and ref of the origin, inside a remote base (kustomize's Origin.Repo / Origin.Ref). */
  originRepo?: { repo: string; ref?: string };
}

export function loadTarget(ctx: BuildContext, ldr: Loader, origin?: OriginParts | string): Target {
  const loaded = loadKustomization(ldr, (ctx.decoded ??= new Map()));
  ctx.warnings.push(...loaded.warnings);
  if (typeof origin !== 'object') return { ldr, loaded, k: loaded.k, originPath: origin };
  const t: Target = { ldr, loaded, k: loaded.k, originPath: origin.path };
  if (origin.repo) t.originRepo = origin.ref ? { repo: origin.repo, ref: origin.ref } : { repo: origin.repo };
  return t;
}

/** The origin of `path` named in `t` (kustomize's Origin.Append). */
function originOf(t: Target, path: string): OriginParts {
  return appendOrigin({ path: t.originPath ?? '', ...t.originRepo }, path);
}

/**
 * Accumulates a kustomization. `ra` is empty for a Kustomization, or the parent's accumulator
 * for a Component (which then works on the parent's resources).
 */
export function accumulateTarget(ctx: BuildContext, t: Target, ra: Accumulator): Accumulator {
  const ctxErr = { file: t.loaded.file, trail: t.ldr.trail() };
  try {
    accumulateResources(ctx, t, ra, t.k.resources ?? [], 'resources');
    ra.mergeConfigurations(ctx, t);
    runGenerators(ctx, t, ra);
    accumulateComponents(ctx, t, ra, t.k.components ?? []);
    runTransformers(ctx, t, ra);
    if (t.k.validators && t.k.validators.length) {
      throw new KustomizeError(
        'PLUGIN_NOT_SUPPORTED',
        'validators are exec/container plugins, which kustomize-ts does not run',
        { file: t.loaded.file, field: ['validators'] },
      );
    }
    ra.mergeVars(t);
  } catch (e) {
    throw withContext(e, ctxErr);
  }
  return ra;
}

/** Reads `resources` (and `bases`): files first, then directories holding a kustomization. */
export function accumulateResources(
  ctx: BuildContext,
  t: Target,
  ra: Accumulator,
  paths: readonly string[],
  field: string,
  offset = 0,
): void {
  paths.forEach((path, i) => {
    const fieldPath = [field, offset + i];
    try {
      const mount = ctx.fs.resolveRemote?.(path);
      if (mount) {
        if (mount.kind === 'file') accumulateFile(ctx, t, ra, path);
        else accumulateDirectory(ctx, t, ra, t.ldr.child(path), false, path);
        return;
      }
      const abs = t.ldr.abs(path);
      if (!isRemotePath(path) || ctx.fs.exists(abs)) {
        if (ctx.fs.exists(abs) && !ctx.fs.isDir(abs)) {
          accumulateFile(ctx, t, ra, path);
          return;
        }
        if (ctx.fs.isDir(abs)) {
          accumulateDirectory(ctx, t, ra, t.ldr.child(path), false, path);
          return;
        }
      }
      if (isRemotePath(path)) {
        throw new KustomizeError(
          'REMOTE_NOT_SUPPORTED',
          `remote resources are not supported: '${path}' (load the remote base into the filesystem first)`,
        );
      }
      throw new KustomizeError(
        'FILE_NOT_FOUND',
        `accumulating resources: accumulation err='accumulating resources from '${path}': ` +
          `open ${abs}: no such file or directory': must build at directory: not a valid directory: ` +
          `evalsymlink failure on '${abs}' : lstat ${abs}: no such file or directory`,
        { file: abs },
      );
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field: fieldPath });
    }
  });
}

function accumulateFile(ctx: BuildContext, t: Target, ra: Accumulator, path: string): void {
  const text = t.ldr.readText(path);
  const abs = t.ldr.locateFile(path);
  const resources = resourcesFromText(text, abs);
  // kyaml loads its OpenAPI schema when the first resource id is made.
  if (resources.length > 0) loadSchema(ctx);
  if (t.originPath !== undefined) {
    const o = originOf(t, path);
    for (const r of resources) r.origin = { ...o };
  }
  for (const r of resources) {
    try {
      ra.resmap.append(r);
    } catch (e) {
      throw withContext(e, { file: abs });
    }
  }
}

function accumulateComponents(ctx: BuildContext, t: Target, ra: Accumulator, paths: readonly string[]): void {
  paths.forEach((path, i) => {
    try {
      const abs = t.ldr.abs(path);
      if (isRemotePath(path) && !ctx.fs.exists(abs) && !ctx.fs.resolveRemote?.(path)) {
        throw new KustomizeError('REMOTE_NOT_SUPPORTED', `remote components are not supported: '${path}'`);
      }
      accumulateDirectory(ctx, t, ra, t.ldr.child(path), true, path);
    } catch (e) {
      throw withContext(e, { file: t.loaded.file, field: ['components', i] });
    }
  });
}

function accumulateDirectory(
  ctx: BuildContext,
  parent: Target,
  ra: Accumulator,
  ldr: Loader,
  isComponent: boolean,
  path: string,
): void {
  const sub = loadTarget(ctx, ldr, parent.originPath === undefined ? undefined : originOf(parent, path));
  applyOpenApiField(ctx, sub, false);
  if (isComponent && sub.k.kind !== 'Component') {
    throw new KustomizeError(
      'INVALID_KUSTOMIZATION',
      `expected kind 'Component' for path '${ldr.root}' but got '${sub.k.kind}'`,
      { file: sub.loaded.file, field: ['kind'] },
    );
  }
  if (!isComponent && sub.k.kind === 'Component') {
    throw new KustomizeError('INVALID_KUSTOMIZATION', `expected kind != 'Component' for path '${ldr.root}'`, {
      file: sub.loaded.file,
      field: ['kind'],
    });
  }
  if (isComponent) {
    accumulateTarget(ctx, sub, ra);
  } else {
    const subRa = accumulateTarget(ctx, sub, new Accumulator());
    ra.mergeAccumulator(subRa);
  }
}

/**
 * The plugin configs of a `generators` / `transformers` field, as kustomize gathers them: the
 * inline ones (entries that parse as resources) in order, then those of the other entries (files,
 * or directories built as kustomizations), in order; their ids must be unique.
 * @see kustomize api/internal/target/kusttarget.go configureExternalTransformers
 */
export function loadPluginConfigs(
  ctx: BuildContext,
  t: Target,
  entries: readonly string[],
  field: 'generators' | 'transformers',
): PluginConfig[] {
  const ra = new Accumulator();
  const out: PluginConfig[] = [];
  const paths: number[] = [];
  entries.forEach((e, i) => {
    // Text holding no document, such as "" or "[]", is an inline config of nothing
    // (kustomize's NewResMapFromBytes); anything that does not parse is a path.
    let inline: Resource[] | undefined;
    try {
      inline = resourcesFromText(e, t.loaded.file);
    } catch {
      paths.push(i);
      return;
    }
    for (const r of inline) {
      if (t.originPath !== undefined) r.origin = { path: joinRelative(t.originPath, t.loaded.fileName), ...t.originRepo };
      try {
        ra.resmap.append(r);
      } catch (err) {
        throw withContext(err, { file: t.loaded.file, field: [field, i] });
      }
      out.push({ obj: r.obj, res: r, entry: i, inline: true });
    }
  });
  for (const i of paths) {
    const before = ra.resmap.resources().length;
    accumulateResources(ctx, t, ra, [entries[i]!], field, i);
    for (const r of ra.resmap.resources().slice(before)) out.push({ obj: r.obj, res: r, entry: i, inline: false });
  }
  return out;
}

export { ResourceMap };
