/**
 * The `kustomize-ts` command line: `build` (shaped like `kustomize build`), and the GitOps
 * workflow around it — `edit`, `render`, `check`, `diff`. The only printer in the project.
 */
import * as nodeFs from 'node:fs';
import type { Io } from './args.js';
import { runBuild } from './build.js';
import { runEdit } from './edit.js';
import { runRender } from './render.js';
import { runCheck } from './check.js';
import { runDiff } from './diff.js';
import { isTerminal, runPreview } from './preview.js';

export type { Io } from './args.js';

const VERSION = '0.1.0';

const USAGE = `kustomize-ts: render kustomizations exactly as kustomize v5.5.0 does

Usage:
  kustomize-ts build [DIR] [flags]     print the configuration built from DIR (default: .)
  kustomize-ts edit set|add|remove ... edit the kustomization file of the current directory
  kustomize-ts render FILE...          render Argo CD Applications / Flux Kustomizations in FILE
  kustomize-ts check [GLOB...]         compare rendered kustomizations with golden files
  kustomize-ts diff A B                compare two builds resource by resource
  kustomize-ts preview --base REV      what a change deploys, per application and environment
  kustomize-ts version

Run 'kustomize-ts COMMAND --help' for a command's flags.

Flags for build:
  -o, --output PATH                    write to a file, or one file per resource into an existing directory
      --load-restrictor RESTRICTOR     LoadRestrictionsRootOnly (default) or LoadRestrictionsNone
      --reorder legacy|none            output order when the kustomization has no sortOptions (default legacy)
      --enable-managedby-label         add app.kubernetes.io/managed-by to every resource
      --enable-helm                    inflate helmCharts with helm (kustomize's HelmChartInflationGenerator)
      --helm-command PATH              helm executable (default helm)
      --helm-api-versions VERSION      Capabilities.APIVersions for helm (repeatable)
      --helm-kube-version VERSION      Capabilities.KubeVersion for helm
      --helm-debug                     pass --debug to helm template
      --substitute KEY=VALUE           post-build variable substitution, as Flux does it (repeatable)
      --substitute-strict              with --substitute: fail on unset variables without a default
  -h, --help                           this help
`;

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export function runCli(argv: string[], io: Io = defaultIo): number | Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help' || cmd === 'help') {
    io.out(USAGE);
    return cmd ? 0 : 1;
  }
  switch (cmd) {
    case 'version':
    case '--version':
      io.out(`kustomize-ts ${VERSION} (compatible with kustomize v5.5.0)\n`);
      return 0;
    case 'build':
      return runBuild(rest, io, USAGE);
    case 'edit':
      return runEdit(rest, io);
    case 'render':
      return runRender(rest, io);
    case 'check':
      return runCheck(rest, io);
    case 'diff':
      return runDiff(rest, io);
    case 'preview':
      return runPreview(rest, io === defaultIo ? { ...io, color: isTerminal() } : io);
    default:
      io.err(`Error: unknown command "${cmd}" for "kustomize-ts"\nRun 'kustomize-ts --help' for usage.\n`);
      return 1;
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
  // A reader that stops early (`kustomize-ts build | head`): end quietly, as a Go binary does on
  // SIGPIPE, rather than with an unhandled 'error' event and its stack trace.
  // Any other failure to write (a full disk, an I/O error) is one line on stderr and status 1.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`Error: writing the output: ${e.message}\n`);
    process.exit(1);
  });
  const code = runCli(process.argv.slice(2));
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((c) => (process.exitCode = c));
}
