/**
 * `kustomize-ts preview --base REV [--head REV]`: what a change deploys, per application and
 * environment (see src/gitops/preview.ts). Exit 0 when nothing changes, 1 when something does,
 * 2 when an application failed to render (the others are still reported) or on a usage error.
 */
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { formatError, isKustomizeError } from '../core/errors.js';
import { formatPreviewJson, formatPreviewMarkdown, formatPreviewText } from '../gitops/preview-format.js';
import { previewRepo } from '../node/revisions.js';
import { boolFlag, buildOptionsFromFlags, flag, flagList, type Io, keyValues, parseArgs, UsageError } from './args.js';

export const PREVIEW_USAGE = `Preview what a change deploys: every Argo CD Application / ApplicationSet / Flux Kustomization
(or, in a repository with none, every kustomization directory) rendered at two revisions and compared.

Usage:
  kustomize-ts preview --base REV [--head REV] [flags]

Each application's sources are read at their own targetRevision / GitRepository ref; a revision
naming the tracked branch (default: --base, when it is a branch) is read at each side instead.

Flags:
      --base REV                      base revision (branch, tag, commit, expression)
      --head REV                      head revision (default: the working tree)
      --branch NAME                   branch the change lands on (repeatable; default: --base)
      --repo DIR                      the repository (default: .)
      --repo-url URL                  a URL naming this repository besides its remotes (repeatable)
  -o, --output text|markdown|json     format (default text; colour on a terminal)
      --show-secrets                  show Secret values (masked by default)
      --verbose                       list unchanged applications too (text)
      --no-shortcuts                  build every application on both sides
      --substitute KEY=VALUE          Flux substituteFrom values (repeatable)
      --load-restrictor RESTRICTOR    override the load restrictor
      --reorder legacy|none           output order (default legacy)
  -h, --help                          this help

Exit status: 0 nothing changes, 1 something changes, 2 an application failed (or bad usage).
`;

export function runPreview(argv: string[], io: Io): number {
  try {
    const p = parseArgs(argv, [
      { names: ['--base'], key: 'base', value: true },
      { names: ['--head'], key: 'head', value: true },
      { names: ['--branch'], key: 'branch', value: true, repeat: true },
      { names: ['--repo'], key: 'repo', value: true },
      { names: ['--repo-url'], key: 'repoUrl', value: true, repeat: true },
      { names: ['-o', '--output'], key: 'output', value: true },
      { names: ['--show-secrets'], key: 'showSecrets' },
      { names: ['--verbose'], key: 'verbose' },
      { names: ['--no-shortcuts'], key: 'noShortcuts' },
      { names: ['--substitute'], key: 'substitute', value: true, repeat: true },
      { names: ['--load-restrictor'], key: 'loadRestrictor', value: true },
      { names: ['--reorder'], key: 'reorder', value: true },
    ]);
    if (p.help) {
      io.out(PREVIEW_USAGE);
      return 0;
    }
    const base = flag(p, 'base');
    if (!base) throw new UsageError('specify the base revision: kustomize-ts preview --base REV [--head REV]');
    if (p.positional.length) throw new UsageError(`unexpected argument ${p.positional[0]}`);
    const format = flag(p, 'output') ?? 'text';
    if (!['text', 'markdown', 'json'].includes(format)) throw new UsageError(`illegal flag value --output ${format}; legal values: text, markdown, json`);
    const cwd = io.cwd ?? process.cwd();
    const branches = flagList(p, 'branch');
    const report = previewRepo(nodePath.resolve(cwd, flag(p, 'repo') ?? '.'), {
      base,
      head: flag(p, 'head'),
      trackedBranches: branches.length ? branches : undefined,
      repoUrls: flagList(p, 'repoUrl'),
      showSecrets: boolFlag(p, 'showSecrets'),
      shortcuts: !boolFlag(p, 'noShortcuts'),
      substitute: keyValues(flagList(p, 'substitute'), '--substitute'),
      buildOptions: buildOptionsFromFlags(p),
    });
    const color = io.color ?? false;
    io.out(
      format === 'json'
        ? formatPreviewJson(report)
        : format === 'markdown'
          ? formatPreviewMarkdown(report)
          : formatPreviewText(report, { color, verbose: boolFlag(p, 'verbose') }),
    );
    if (report.summary.error) return 2;
    return report.summary.changed + report.summary.added + report.summary.removed ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) io.err(`Error: ${e.message}\n`);
    else if (isKustomizeError(e)) io.err(`Error: ${formatError(e)}\n`);
    else io.err(`Error: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (!(e instanceof UsageError) && !isKustomizeError(e) && process.env['KUSTOMIZE_TS_DEBUG'] && e instanceof Error) io.err(`${e.stack}\n`);
    return 2;
  }
}

export function isTerminal(): boolean {
  try {
    return process.stdout.isTTY === true && !process.env['NO_COLOR'] && nodeFs.fstatSync(1).isCharacterDevice();
  } catch {
    return false;
  }
}
