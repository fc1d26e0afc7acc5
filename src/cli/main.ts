/**
 * The `kustomize-ts` command line, shaped like `kustomize build`. The only printer in the project.
 */
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { build } from '../build.js';
import { formatError, isKustomizeError } from '../core/errors.js';
import type { JsonObject } from '../core/json.js';
import { NodeFs } from '../node/index.js';
import type { BuildOptions } from '../options.js';
import { emitDocument } from '../yaml/emit.js';
import { isClusterScopedKind } from '../resource/cluster-scoped.js';
import { parseGroupVersion } from '../resource/resid.js';

const VERSION = '0.1.0';

const USAGE = `kustomize-ts: render kustomizations exactly as kustomize v5.5.0 does

Usage:
  kustomize-ts build [DIR] [flags]     print the configuration built from DIR (default: .)
  kustomize-ts version

Flags for build:
  -o, --output PATH                    write to a file, or one file per resource into an existing directory
      --load-restrictor RESTRICTOR     LoadRestrictionsRootOnly (default) or LoadRestrictionsNone
      --reorder legacy|none            output order when the kustomization has no sortOptions (default legacy)
      --enable-managedby-label         add app.kubernetes.io/managed-by to every resource
  -h, --help                           this help
`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export function runCli(argv: string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): number {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help' || cmd === 'help') {
    io.out(USAGE);
    return cmd ? 0 : 1;
  }
  if (cmd === 'version' || cmd === '--version') {
    io.out(`kustomize-ts ${VERSION} (compatible with kustomize v5.5.0)\n`);
    return 0;
  }
  if (cmd !== 'build') {
    io.err(`Error: unknown command "${cmd}" for "kustomize-ts"\nRun 'kustomize-ts --help' for usage.\n`);
    return 1;
  }
  let dir: string | undefined;
  let output: string | undefined;
  const opts: BuildOptions = {};
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
          io.out(USAGE);
          return 0;
        case '-o':
        case '--output':
          output = value();
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
        case '--enable-alpha-plugins':
        case '--enable-exec':
        case '--enable-helm':
          throw new UsageError(`${flag} is not supported: kustomize-ts runs no plugins, exec functions or helm`);
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
  try {
    const result = build(new NodeFs(), nodePath.resolve(dir ?? '.'), opts);
    for (const w of result.warnings) io.err(w.message + '\n');
    if (output !== undefined) {
      writeOutput(output, result.resources, result.yaml);
    } else {
      io.out(result.yaml);
    }
    return 0;
  } catch (e) {
    if (isKustomizeError(e)) {
      io.err(`Error: ${formatError(e)}\n`);
      return 1;
    }
    io.err(`Error: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env['KUSTOMIZE_TS_DEBUG'] && e instanceof Error) io.err(String(e.stack) + '\n');
    return 1;
  }
}

class UsageError extends Error {}

/** `-o`: a file, or one file per resource in an existing directory (kustomize's writer.go naming). */
function writeOutput(output: string, resources: JsonObject[], yaml: string): void {
  let isDir = false;
  try {
    isDir = nodeFs.statSync(output).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    nodeFs.writeFileSync(output, yaml);
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
  for (const x of info) {
    const fname = !x.cluster && namespaces.size > 1 ? `${x.effNs.toLowerCase()}_${x.base}` : x.base;
    nodeFs.writeFileSync(nodePath.join(output, fname), emitDocument(x.o));
  }
}

const isMain = (() => {
  try {
    const self = nodeFs.realpathSync(new URL(import.meta.url).pathname);
    const argv1 = process.argv[1] ? nodeFs.realpathSync(process.argv[1]) : '';
    return self === argv1;
  } catch {
    return false;
  }
})();

if (isMain) {
  process.exitCode = runCli(process.argv.slice(2));
}
