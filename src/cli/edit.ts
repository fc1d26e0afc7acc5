/**
 * `kustomize-ts edit`: `kustomize edit` on the kustomization file of the working directory (or
 * `--kustomization DIR`), through the pure functions of src/edit. The file is rewritten only when
 * its text changes; comments and formatting are kept.
 */
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { KustomizeError } from '../core/errors.js';
import * as edit from '../edit/index.js';
import { hasMeta, pathMatch } from '../edit/match.js';
import { KUSTOMIZATION_FILE_NAMES } from '../load/kustomization.js';
import { isRemotePath } from '../load/loader.js';
import { boolFlag, flag, guard, parseArgs, UsageError, type FlagSpec, type Io } from './args.js';

export const EDIT_USAGE = `Edit the kustomization file of the current directory, as \`kustomize edit\` does
(comments, key order and formatting are kept).

Usage:
  kustomize-ts edit set image NAME=NEWNAME:TAG|NAME=NEWNAME@DIGEST|NAME:TAG|NAME@DIGEST...
  kustomize-ts edit set namespace NAMESPACE
  kustomize-ts edit set nameprefix PREFIX
  kustomize-ts edit set namesuffix SUFFIX
  kustomize-ts edit set replicas NAME=COUNT...
  kustomize-ts edit add resource PATH|GLOB...
  kustomize-ts edit add component PATH|GLOB...
  kustomize-ts edit add patch --path FILE | --patch TEXT [--group G] [--version V] [--kind K]
                              [--name N] [--namespace NS] [--label-selector S] [--annotation-selector S]
  kustomize-ts edit add label KEY:VALUE... [-f|--force] [--without-selector [--include-templates]]
  kustomize-ts edit add annotation KEY:VALUE... [-f|--force]
  kustomize-ts edit remove resource PATH|GLOB...

Flags:
      --kustomization DIR     edit DIR's kustomization file (default: the current directory)
  -h, --help                  this help
`;

const COMMON: FlagSpec[] = [{ names: ['--kustomization'], key: 'kustomization', value: true }];

const PATCH_FLAGS: FlagSpec[] = [
  { names: ['--path'], key: 'path', value: true },
  { names: ['--patch'], key: 'patch', value: true },
  { names: ['--group'], key: 'group', value: true },
  { names: ['--version'], key: 'version', value: true },
  { names: ['--kind'], key: 'kind', value: true },
  { names: ['--name'], key: 'name', value: true },
  { names: ['--namespace'], key: 'namespace', value: true },
  { names: ['--label-selector'], key: 'labelSelector', value: true },
  { names: ['--annotation-selector'], key: 'annotationSelector', value: true },
];

const LABEL_FLAGS: FlagSpec[] = [
  { names: ['-f', '--force'], key: 'force' },
  { names: ['--without-selector'], key: 'withoutSelector' },
  { names: ['--include-templates'], key: 'includeTemplates' },
];

export function runEdit(argv: string[], io: Io): number {
  return guard(io, () => {
    const [verb, what, ...rest] = argv;
    if (!verb || verb === '-h' || verb === '--help' || verb === 'help') {
      io.out(EDIT_USAGE);
      return verb ? 0 : 1;
    }
    const key = `${verb} ${what ?? ''}`;
    const extra = key === 'add patch' ? PATCH_FLAGS : key === 'add label' ? LABEL_FLAGS : key === 'add annotation' ? LABEL_FLAGS.slice(0, 1) : [];
    const known = [
      'set image',
      'set namespace',
      'set nameprefix',
      'set namesuffix',
      'set replicas',
      'add resource',
      'add component',
      'add patch',
      'add label',
      'add annotation',
      'remove resource',
    ];
    if (!known.includes(key)) {
      throw new UsageError(`unknown edit command "${key.trim()}"; run 'kustomize-ts edit --help'`);
    }
    const p = parseArgs(rest, [...COMMON, ...extra]);
    if (p.help) {
      io.out(EDIT_USAGE);
      return 0;
    }
    const cwd = io.cwd ?? process.cwd();
    const dir = nodePath.resolve(cwd, flag(p, 'kustomization') ?? '.');
    const fileName = findKustomizationFile(dir);
    const file = nodePath.join(dir, fileName);
    const text = nodeFs.readFileSync(file, 'utf8');
    const warn = (m: string) => io.err(m + '\n');
    const opts = { fileName, warn };
    const args = p.positional;
    const exactlyOne = (what: string) => {
      if (args.length !== 1) throw new KustomizeError('INVALID_EDIT', `must specify exactly one ${what} value`);
      return args[0]!;
    };
    let next: string;
    try {
      switch (key) {
        case 'set image':
          next = edit.setImage(text, args, opts);
          break;
        case 'set namespace':
          next = edit.setNamespace(text, exactlyOne('namespace'), opts);
          break;
        case 'set nameprefix':
          next = edit.setNamePrefix(text, exactlyOne('prefix'), opts);
          break;
        case 'set namesuffix':
          next = edit.setNameSuffix(text, exactlyOne('suffix'), opts);
          break;
        case 'set replicas':
          next = edit.setReplicas(text, args, opts);
          break;
        case 'add resource':
        case 'add component': {
          const kind = what === 'resource' ? 'resource' : 'component';
          if (args.length === 0) throw new KustomizeError('INVALID_EDIT', `must specify a ${kind} file`);
          const paths = expandGlobs(dir, args, warn);
          next = kind === 'resource' ? edit.addResource(text, paths, opts) : edit.addComponent(text, paths, opts);
          break;
        }
        case 'add patch':
          if (args.length) throw new UsageError(`unexpected argument: ${args[0]}`);
          next = edit.addPatch(
            text,
            {
              path: flag(p, 'path'),
              patch: flag(p, 'patch'),
              target: {
                group: flag(p, 'group'),
                version: flag(p, 'version'),
                kind: flag(p, 'kind'),
                name: flag(p, 'name'),
                namespace: flag(p, 'namespace'),
                labelSelector: flag(p, 'labelSelector'),
                annotationSelector: flag(p, 'annotationSelector'),
              },
            },
            opts,
          );
          break;
        case 'add label':
          if (args.length === 0) throw new KustomizeError('INVALID_EDIT', 'must specify label');
          next = edit.addLabel(text, args, {
            ...opts,
            force: boolFlag(p, 'force'),
            withoutSelector: boolFlag(p, 'withoutSelector'),
            includeTemplates: boolFlag(p, 'includeTemplates'),
          });
          break;
        case 'add annotation':
          if (args.length === 0) throw new KustomizeError('INVALID_EDIT', 'must specify annotation');
          next = edit.addAnnotation(text, args, { ...opts, force: boolFlag(p, 'force') });
          break;
        default: // 'remove resource'
          next = edit.removeResource(text, args, opts);
      }
    } catch (e) {
      if (e instanceof KustomizeError && !e.file) e.file = file;
      throw e;
    }
    if (next !== text) nodeFs.writeFileSync(file, next);
    return 0;
  });
}

/** The kustomization file name in `dir` (kustomize edit's messages when there is none or several). */
function findKustomizationFile(dir: string): string {
  const found = KUSTOMIZATION_FILE_NAMES.filter((n) => {
    try {
      return nodeFs.statSync(nodePath.join(dir, n)).isFile();
    } catch {
      return false;
    }
  });
  if (found.length === 0) {
    throw new KustomizeError('KUSTOMIZATION_NOT_FOUND', `Missing kustomization file 'kustomization.yaml'.`, { file: dir });
  }
  if (found.length > 1) {
    throw new KustomizeError('MULTIPLE_KUSTOMIZATION_FILES', `Found multiple kustomization file: [${found.join(' ')}]`, { file: dir });
  }
  return found[0]!;
}

/**
 * kustomize's GlobPatternsWithLoader: each pattern expanded against the directory (Go
 * filepath.Glob, sorted); a pattern matching nothing is kept when it is a remote URL, else
 * reported ("has no match") and skipped.
 */
export function expandGlobs(dir: string, patterns: string[], warn: (m: string) => void): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    const files = glob(dir, pattern);
    if (files.length) {
      out.push(...files);
      continue;
    }
    if (isRemotePath(pattern)) out.push(pattern);
    else warn(`${pattern} has no match`);
  }
  return out;
}

function glob(dir: string, pattern: string): string[] {
  const abs = nodePath.isAbsolute(pattern);
  const segs = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let current: string[] = [abs ? '/' : ''];
  for (const seg of segs) {
    if (seg === '' || seg === '.') continue;
    const next: string[] = [];
    for (const base of current) {
      const baseAbs = nodePath.resolve(dir, base || '.');
      if (!hasMeta(seg)) {
        const cand = base ? nodePath.posix.join(base, seg) : seg;
        if (nodeFs.existsSync(nodePath.resolve(dir, cand))) next.push(cand);
        continue;
      }
      let names: string[] = [];
      try {
        names = nodeFs.readdirSync(baseAbs).sort();
      } catch {
        names = [];
      }
      for (const n of names) if (pathMatch(seg, n)) next.push(base ? nodePath.posix.join(base, n) : n);
    }
    current = next;
  }
  if (!hasMeta(pattern)) return nodeFs.existsSync(nodePath.resolve(dir, pattern)) ? [pattern] : [];
  return current.filter((c) => c !== '' && c !== '/');
}
