/**
 * build(): load the tree, accumulate, finalize, emit. Wiring only; each stage lives in its own folder.
 */
import { KustomizeError, isKustomizeError, isStackOverflow, type KustomizeWarning } from './core/errors.js';
import type { JsonObject } from './core/json.js';
import type { FileSystem } from './fs/filesystem.js';
import { normalize } from './fs/path.js';
import { withMetadataCache } from './fs/cached.js';
import { Loader } from './load/loader.js';
import { DEFAULT_OPTIONS, type BuildOptions } from './options.js';
import type { BuildContext } from './accumulate/context.js';
import { Accumulator } from './accumulate/accumulator.js';
import { accumulateTarget, loadTarget, type Target } from './accumulate/target.js';
import { locateError } from './load/positions.js';
import { applyOpenApiField, newOpenApiState } from './accumulate/openapi.js';
import { finalize } from './finalize/index.js';
import { emitStream } from './yaml/emit.js';
import { applyOverrides } from './gitops/overrides.js';
import { applyPostBuild } from './gitops/postbuild.js';

export interface BuildResult {
  /** The rendered resources, in output order, as plain JSON objects. */
  resources: JsonObject[];
  /** The multi-document YAML stream, byte-identical to `kustomize build`. */
  yaml: string;
  /** Deprecation and other non-fatal messages (kustomize prints these on stderr). */
  warnings: KustomizeWarning[];
}

/**
 * Builds the kustomization at `path` (a directory of `fs`), as `kustomize build` does.
 * Synchronous and pure: everything is read through `fs`. Throws only {@link KustomizeError}.
 *
 * @example
 * const fs = new MemoryFs({ 'app/kustomization.yaml': 'resources: [cm.yaml]\n', 'app/cm.yaml': cm });
 * const { yaml } = build(fs, 'app');
 */
export function build(userFs: FileSystem, path: string, options: BuildOptions = {}): BuildResult {
  const fs = withMetadataCache(userFs);
  const opts = { ...DEFAULT_OPTIONS, ...stripUndefined(options) };
  const root = normalize(path.startsWith('/') ? path : '/' + path);
  const ctx: BuildContext = { fs, options: opts, warnings: [], root, buildMetadata: new Set(), openapi: newOpenApiState() };
  let t: Target | undefined;
  let ra: Accumulator | undefined;
  try {
    if (!fs.isDir(root)) {
      throw new KustomizeError(
        'KUSTOMIZATION_NOT_FOUND',
        fs.exists(root) ? `'${root}' is not a directory` : `'${root}' does not exist`,
        { file: root },
      );
    }
    const ldr = new Loader(fs, fs.realPath ? normalize(fs.realPath(root)) : root, opts.loadRestrictions);
    t = loadTarget(ctx, ldr);
    applyOverrides(ctx, t, opts.overrides);
    for (const m of t.k.buildMetadata ?? []) ctx.buildMetadata.add(m);
    // kustomize tracks origins through the whole build as soon as the root sets buildMetadata.
    if (ctx.buildMetadata.size) t.originPath = '';
    applyOpenApiField(ctx, t, true);
    ra = accumulateTarget(ctx, t, new Accumulator());
    const list = finalize(ctx, t, ra);
    const resources = applyPostBuild(list.map((r) => r.obj), opts.postBuild);
    return { resources, yaml: emitStream(resources), warnings: ctx.warnings };
  } catch (e) {
    // Anything but a KustomizeError is a bug and goes out as it is; deep recursion is the input's.
    let err: KustomizeError;
    if (isKustomizeError(e)) err = e;
    else if (isStackOverflow(e)) err = new KustomizeError('LIMIT_EXCEEDED', 'input too deeply nested', { cause: e });
    else throw e;
    const done = ra;
    throw locateError(err, {
      fs,
      rootFile: t?.loaded.file,
      rootDir: t?.ldr.root,
      resources: done ? () => done.resmap.resources() : undefined,
    });
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
