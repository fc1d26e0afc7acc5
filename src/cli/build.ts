/**
 * `kustomize-ts build [DIR]`: like `kustomize build`. Flags and output unchanged since the
 * first CLI; `--substitute`/`--substitute-strict` (post-build substitution) are opt-in additions.
 */
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import type { JsonObject } from '../core/json.js';
import type { BuildOptions } from '../options.js';
import { emitDocument } from '../yaml/emit.js';
import { isClusterScopedKind } from '../resource/cluster-scoped.js';
import { parseGroupVersion } from '../resource/resid.js';
import { guard, guardAsync, UsageError, type Io } from './args.js';
import { isKustomizeError } from '../core/errors.js';
import type { BuildResult } from '../build.js';
import { buildDir, buildDirAsync } from '../node/index.js';
import { createHelmRenderer } from '../node/helm.js';

/** A boolean flag: `--flag` or `--flag=true|false` (Go's strconv.ParseBool spellings). */
function boolValue(a: string, eq: number, flag: string): boolean {
  if (!(a.startsWith('--') && eq > 0)) return true;
  const v = a.slice(eq + 1);
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  throw new UsageError(`invalid argument "${v}" for "${flag}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`);
}

/**
 * Runs `build`. Synchronous unless the tree names remote bases: then they are fetched with the
 * git binary (as kustomize does) and the result is a promise.
 */
export function runBuild(rest: string[], io: Io, usage: string): number | Promise<number> {
  let dir: string | undefined;
  let output: string | undefined;
  const opts: BuildOptions = {};
  const substitute: Record<string, string> = Object.create(null);
  let substituteStrict = false;
  let substituteGiven = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`flag needs an argument: ${flag}`);
      return v;
    };
    try {
      switch (flag) {
        case '-h':
        case '--help':
          io.out(usage);
          return 0;
        case '-o':
        case '--output':
          output = value();
          // kubectl writes into the working directory; an empty path is a mistake.
          if (output === '') throw new UsageError(`flag needs a non-empty argument: ${flag}`);
          break;
        case '--load-restrictor': {
          const v = value();
          if (v === 'LoadRestrictionsRootOnly' || v === 'rootOnly') opts.loadRestrictions = 'rootOnly';
          else if (v === 'LoadRestrictionsNone' || v === 'none') opts.loadRestrictions = 'none';
          else throw new UsageError(`illegal flag value --load-restrictor ${v}; legal values: LoadRestrictionsRootOnly, LoadRestrictionsNone`);
          break;
        }
        case '--reorder': {
          const v = value();
          if (v !== 'legacy' && v !== 'none') throw new UsageError(`illegal flag value --reorder ${v}; legal values: legacy, none`);
          opts.reorder = v;
          break;
        }
        case '--enable-managedby-label':
          opts.enableManagedByLabel = true;
          break;
        case '--substitute': {
          const kv = value();
          const j = kv.indexOf('=');
          if (j <= 0) throw new UsageError(`--substitute must be KEY=VALUE: ${kv}`);
          substitute[kv.slice(0, j)] = kv.slice(j + 1);
          substituteGiven = true;
          break;
        }
        case '--substitute-strict':
          substituteStrict = true;
          substituteGiven = true;
          break;
        case '--enable-helm':
          opts.enableHelm = boolValue(a, eq, flag);
          break;
        case '--helm-command':
          opts.helmCommand = value();
          break;
        case '--helm-api-versions':
          opts.helmApiVersions = [...(opts.helmApiVersions ?? []), value()];
          break;
        case '--helm-kube-version':
          opts.helmKubeVersion = value();
          break;
        case '--helm-debug':
          opts.helmDebug = boolValue(a, eq, flag);
          break;
        case '--enable-alpha-plugins':
        case '--enable-exec':
          throw new UsageError(`${flag} is not supported: kustomize-ts runs no plugins or exec functions`);
        default:
          if (a.startsWith('-')) throw new UsageError(`unknown flag: ${a}`);
          if (dir !== undefined) throw new UsageError('specify one path to a kustomization directory');
          dir = a;
      }
    } catch (e) {
      if (e instanceof UsageError) {
        io.err(`Error: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
  }
  if (substituteGiven) opts.postBuild = { substitute, strict: substituteStrict };
  const target = nodePath.resolve(io.cwd ?? process.cwd(), dir ?? '.');
  const emit = (result: BuildResult): number => {
    // One write: a large tree warns once per kustomization (1,000 lines for 1,000 apps).
    if (result.warnings.length) io.err(result.warnings.map((w) => w.message + '\n').join(''));
    if (output !== undefined) {
      writeOutput(nodePath.resolve(io.cwd ?? process.cwd(), output), result.resources, result.yaml);
    } else {
      io.out(result.yaml);
    }
    return 0;
  };
  if (opts.enableHelm) opts.helmRenderer = createHelmRenderer();
  let remote = false;
  const code = guard(io, () => {
    try {
      return emit(buildDir(target, opts));
    } catch (e) {
      // Remote bases, or charts to pull: fetched by the async path.
      if (isKustomizeError(e) && e.code === 'REMOTE_NOT_SUPPORTED') {
        remote = true;
        return 0;
      }
      throw e;
    }
  });
  if (!remote) return code;
  // The tree names remote bases or charts: fetch them (git or helm pull, cached) and build again.
  return guardAsync(io, async () => emit(await buildDirAsync(target, opts)));
}

/**
 * `-o`: a file, or one file per resource in an existing directory (kustomize's writer.go naming).
 *
 * Unlike kubectl, a directory receives all its files or none: every name is checked first (a
 * resource named `../../x` or `b/c` would write outside the directory or into a subdirectory:
 * refused), each file is written under a temporary name, and the files are renamed into place
 * only once all are written. A failure is an error line, not an internal error.
 */
function writeOutput(output: string, resources: JsonObject[], yaml: string): void {
  let isDir = false;
  try {
    isDir = nodeFs.statSync(output).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    try {
      nodeFs.writeFileSync(output, yaml);
    } catch (e) {
      throw new UsageError(`writing ${output}: ${(e as Error).message}`);
    }
    return;
  }
  const ns = (o: JsonObject) => {
    const md = (o['metadata'] ?? {}) as JsonObject;
    return typeof md['namespace'] === 'string' ? (md['namespace'] as string) : '';
  };
  const info = resources.map((o) => {
    const { group, version } = parseGroupVersion(typeof o['apiVersion'] === 'string' ? o['apiVersion'] : '');
    const kind = typeof o['kind'] === 'string' ? o['kind'] : '';
    const md = (o['metadata'] ?? {}) as JsonObject;
    const name = typeof md['name'] === 'string' ? md['name'] : '';
    const cluster = isClusterScopedKind(group, version, kind);
    const effNs = cluster ? '' : ns(o) || 'default';
    const base = [group, version, kind].filter(Boolean).join('_').toLowerCase() + '_' + name.toLowerCase() + '.yaml';
    return { o, cluster, effNs, base };
  });
  const namespaces = new Set(info.filter((x) => !x.cluster).map((x) => x.effNs));
  const files = info.map((x) => {
    const fname = !x.cluster && namespaces.size > 1 ? `${x.effNs.toLowerCase()}_${x.base}` : x.base;
    const unsafe = unsafeFileName(fname);
    if (unsafe) {
      const what = `${x.o['kind'] ?? ''} ${JSON.stringify(((x.o['metadata'] ?? {}) as JsonObject)['name'] ?? '')}`;
      throw new UsageError(`refusing to write ${what} to ${JSON.stringify(fname)} in ${output}: ${unsafe}; nothing was written`);
    }
    return { fname, o: x.o };
  });
  const tmp = `.kustomize-ts-${process.pid}-`;
  const written: string[] = [];
  try {
    files.forEach((f, i) => {
      const p = nodePath.join(output, `${tmp}${i}.tmp`);
      nodeFs.writeFileSync(p, emitDocument(f.o), { flag: 'wx' });
      written.push(p);
    });
  } catch (e) {
    for (const p of written) nodeFs.rmSync(p, { force: true });
    throw new UsageError(`writing into ${output}: ${(e as Error).message}; nothing was written`);
  }
  files.forEach((f, i) => nodeFs.renameSync(written[i]!, nodePath.join(output, f.fname)));
}

/** Why a file name (one per resource) cannot be written as a plain entry of the directory; '' if it can. */
function unsafeFileName(fname: string): string {
  if (fname.includes('/') || fname.includes('\\')) return 'the name holds a path separator';
  if (fname.includes('\0')) return 'the name holds a NUL character';
  if (fname === '.' || fname === '..') return 'the name is a directory reference';
  if (Buffer.byteLength(fname) > 255) return 'the name is longer than 255 bytes';
  return '';
}
