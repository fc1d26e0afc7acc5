/**
 * Node.js conveniences for the GitOps API: {@link checkGoldens} on the real filesystem.
 */
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { checkGoldens as checkGoldensCore, type GoldenCheckOptions, type GoldenCheckResult } from '../gitops/golden.js';
import type { FileSystem } from '../fs/filesystem.js';
import { NodeFs } from './index.js';

/**
 * Golden checks for test runners: renders the kustomization directories under `root` that match
 * `globs` and compares them with `<goldenDir>/<dir with / as __>.yaml`. `fs` defaults to the real
 * filesystem; with `update`, goldens are (re)written and orphans deleted on disk.
 *
 * @example
 * const { ok, targets } = checkGoldens({ root: 'deploy', globs: ['envs/*'] });
 */
export function checkGoldens(
  opts: Omit<GoldenCheckOptions, 'fs' | 'root'> & { fs?: FileSystem; root?: string },
): GoldenCheckResult {
  return checkGoldensCore({
    write: (file, contents) => {
      nodeFs.mkdirSync(nodePath.dirname(file), { recursive: true });
      nodeFs.writeFileSync(file, contents);
    },
    remove: (file) => nodeFs.rmSync(file, { force: true }),
    ...opts,
    fs: opts.fs ?? new NodeFs(),
    root: nodePath.resolve(opts.root ?? '.'),
  });
}
