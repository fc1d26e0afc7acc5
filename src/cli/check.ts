/**
 * `kustomize-ts check [GLOB...]`: golden-file checks for CI (see src/gitops/golden.ts).
 */
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { formatError } from '../core/errors.js';
import { NodeFs } from '../node/index.js';
import type { BuildOptions } from '../options.js';
import { checkGoldens } from '../gitops/golden.js';
import { boolFlag, buildOptionsFromFlags, flag, guard, type Io, loadRestrictor, parseArgs } from './args.js';

export const CHECK_USAGE = `Render every kustomization directory matching the globs and compare with committed golden files.

Usage:
  kustomize-ts check [GLOB...] [flags]   GLOB: minimatch pattern of directories, relative to the
                                         current directory (default: '**'); Components are skipped

Golden of directory a/b/c: <golden dir>/a__b__c.yaml. Exits 1 when a golden differs, is missing
or orphaned, or a build fails; prints a unified diff of each drift.

Flags:
      --golden DIR                    golden directory (default: goldens)
      --update                        rewrite drifted goldens (and delete orphans) instead of failing
      --load-restrictor RESTRICTOR    LoadRestrictionsRootOnly (default) or LoadRestrictionsNone
      --reorder legacy|none           output order (default legacy)
      --enable-managedby-label        add app.kubernetes.io/managed-by to every resource
  -h, --help                          this help
`;

export function runCheck(argv: string[], io: Io): number {
  return guard(io, () => {
    const p = parseArgs(argv, [
      { names: ['--golden'], key: 'golden', value: true },
      { names: ['--update'], key: 'update' },
      { names: ['--load-restrictor'], key: 'loadRestrictor', value: true },
      { names: ['--reorder'], key: 'reorder', value: true },
      { names: ['--enable-managedby-label'], key: 'managedBy' },
    ]);
    if (p.help) {
      io.out(CHECK_USAGE);
      return 0;
    }
    const cwd = io.cwd ?? process.cwd();
    const buildOptions: BuildOptions = buildOptionsFromFlags(p);
    const update = boolFlag(p, 'update');
    const result = checkGoldens({
      fs: new NodeFs(),
      root: nodePath.resolve(cwd),
      globs: p.positional,
      goldenDir: flag(p, 'golden') ?? 'goldens',
      update,
      buildOptions,
      write: (file, contents) => {
        nodeFs.mkdirSync(nodePath.dirname(file), { recursive: true });
        nodeFs.writeFileSync(file, contents);
      },
      remove: (file) => nodeFs.rmSync(file, { force: true }),
    });
    const counts = new Map<string, number>();
    for (const t of result.targets) {
      counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
      switch (t.status) {
        case 'ok':
          break;
        case 'updated':
          io.out(`updated ${t.golden}\n`);
          break;
        case 'error':
          io.out(`ERROR   ${t.target}: ${t.error ? formatError(t.error) : 'build failed'}\n`);
          break;
        default:
          io.out(`${t.status.toUpperCase().padEnd(7)} ${t.target} (${t.golden})\n${t.diff ?? ''}`);
      }
    }
    const summary = ['ok', 'changed', 'missing', 'orphan', 'error', 'updated']
      .filter((s) => counts.get(s))
      .map((s) => `${counts.get(s)} ${s}`)
      .join(', ');
    io.out(`check: ${result.targets.length} target(s)${summary ? ': ' + summary : ''}\n`);
    if (!result.ok && !update) io.out(`golden files differ; run 'kustomize-ts check --update' to accept the rendered output\n`);
    return result.ok ? 0 : 1;
  });
}
