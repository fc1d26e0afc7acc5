/**
 * build(): load the tree, accumulate, finalize, emit. Wiring only; each stage lives in its own folder.
 */
import { KustomizeError, isKustomizeError, type KustomizeWarning } from './core/errors.js';
import type { JsonObject } from './core/json.js';
import type { FileSystem } from './fs/filesystem.js';
import { normalize } from './fs/path.js';
import { Loader } from './load/loader.js';
import { DEFAULT_OPTIONS, type BuildOptions } from './options.js';
import type { BuildContext } from './accumulate/context.js';
import { Accumulator } from './accumulate/accumulator.js';
import { accumulateTarget, loadTarget } from './accumulate/target.js';
import { applyOpenApiField } from './accumulate/openapi.js';
import { finalize } from './finalize/index.js';
import { emitStream } from './yaml/emit.js';

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
export function build(fs: FileSystem, path: string, options: BuildOptions = {}): BuildResult {
  const opts = { ...DEFAULT_OPTIONS, ...stripUndefined(options) };
  const root = normalize(path.startsWith('/') ? path : '/' + path);
  const ctx: BuildContext = { fs, options: opts, warnings: [], root, buildMetadata: new Set() };
  try {
    if (!fs.isDir(root)) {
      throw new KustomizeError(
        'KUSTOMIZATION_NOT_FOUND',
        fs.exists(root) ? `'${root}' is not a directory` : `'${root}' does not exist`,
        { file: root },
      );
    }
    const ldr = new Loader(fs, fs.realPath ? normalize(fs.realPath(root)) : root, opts.loadRestrictions);
    const t = loadTarget(ctx, ldr);
    for (const m of t.k.buildMetadata ?? []) ctx.buildMetadata.add(m);
    // kustomize tracks origins through the whole build as soon as the root sets buildMetadata.
    if (ctx.buildMetadata.size) t.originPath = '';
    applyOpenApiField(ctx, t, true);
    const ra = accumulateTarget(ctx, t, new Accumulator());
    const list = finalize(ctx, t, ra);
    const resources = list.map((r) => r.obj);
    return { resources, yaml: emitStream(resources), warnings: ctx.warnings };
  } catch (e) {
    if (isKustomizeError(e)) throw e;
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new KustomizeError('LIMIT_EXCEEDED', 'input too deeply nested', { cause: e });
    }
    throw e;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
