/**
 * Command-line plumbing shared by the subcommands: the I/O seam (so tests run the CLI
 * in-process), a small flag parser in the style the `build` command has always used
 * (`--flag value`, `--flag=value`, short aliases, `--` ends flags), and error printing.
 */
import { formatError, isKustomizeError } from '../core/errors.js';
import type { BuildOptions } from '../options.js';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Working directory (default: process.cwd()). */
  cwd?: string;
  /** Reads standard input (for `-` arguments). */
  stdin?: () => string;
  /** Colour output (a terminal). */
  color?: boolean;
}

export class UsageError extends Error {}

export interface FlagSpec {
  /** Flag names (e.g. ['-o', '--output']) → canonical name. */
  names: string[];
  key: string;
  /** Takes a value. */
  value?: boolean;
  /** May repeat (values collected). */
  repeat?: boolean;
}

export interface Parsed {
  positional: string[];
  flags: Map<string, string[]>;
  help: boolean;
}

/** Parses `argv` against `specs`. Throws UsageError for unknown flags or missing values. */
export function parseArgs(argv: string[], specs: FlagSpec[]): Parsed {
  const byName = new Map<string, FlagSpec>();
  for (const s of specs) for (const n of s.names) byName.set(n, s);
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-h' || a === '--help') {
      help = true;
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const spec = byName.get(name);
    if (!spec) throw new UsageError(`unknown flag: ${a}`);
    let v = 'true';
    if (spec.value) {
      if (a.startsWith('--') && eq > 0) v = a.slice(eq + 1);
      else {
        const next = argv[++i];
        if (next === undefined) throw new UsageError(`flag needs an argument: ${name}`);
        v = next;
      }
    } else if (a.startsWith('--') && eq > 0) {
      v = a.slice(eq + 1);
      if (v !== 'true' && v !== 'false') throw new UsageError(`invalid argument "${v}" for "${name}" flag`);
    }
    const list = flags.get(spec.key) ?? [];
    if (!spec.repeat) list.length = 0;
    list.push(v);
    flags.set(spec.key, list);
  }
  return { positional, flags, help };
}

export function flag(p: Parsed, key: string): string | undefined {
  const v = p.flags.get(key);
  return v ? v[v.length - 1] : undefined;
}

export function boolFlag(p: Parsed, key: string): boolean {
  return flag(p, key) === 'true';
}

export function flagList(p: Parsed, key: string): string[] {
  return p.flags.get(key) ?? [];
}

/** `KEY=VALUE` flags into a record (later ones win). */
export function keyValues(list: string[], what: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const kv of list) {
    const i = kv.indexOf('=');
    if (i <= 0) throw new UsageError(`${what} must be KEY=VALUE: ${kv}`);
    out[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return out;
}

/**
 * Runs a command body, turning errors into messages and exit codes: usage errors and
 * KustomizeErrors print `Error: ...` and give 1; anything else is an internal error.
 */
export function guard(io: Io, body: () => number): number {
  try {
    return body();
  } catch (e) {
    return reportError(io, e);
  }
}

/** Like {@link guard}, for asynchronous bodies. */
export async function guardAsync(io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    return reportError(io, e);
  }
}

/** Prints one line for a failure (no stack trace unless KUSTOMIZE_TS_DEBUG is set) and returns exit code 1. */
function reportError(io: Io, e: unknown): number {
  {
    if (e instanceof UsageError) {
      io.err(`Error: ${e.message}\n`);
      return 1;
    }
    if (isKustomizeError(e)) {
      io.err(`Error: ${formatError(e)}\n`);
      return 1;
    }
    io.err(`Error: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env['KUSTOMIZE_TS_DEBUG'] && e instanceof Error) io.err(String(e.stack) + '\n');
    return 1;
  }
}

/** `--load-restrictor` values, as `build` has always accepted them. */
export function loadRestrictor(v: string): 'rootOnly' | 'none' {
  if (v === 'LoadRestrictionsRootOnly' || v === 'rootOnly') return 'rootOnly';
  if (v === 'LoadRestrictionsNone' || v === 'none') return 'none';
  throw new UsageError(`illegal flag value --load-restrictor ${v}; legal values: LoadRestrictionsRootOnly, LoadRestrictionsNone`);
}

export function reorderValue(v: string): 'legacy' | 'none' {
  if (v !== 'legacy' && v !== 'none') throw new UsageError(`illegal flag value --reorder ${v}; legal values: legacy, none`);
  return v;
}

/** The build flags shared by `check`, `render` and `diff` (`--load-restrictor`, `--reorder`, `--enable-managedby-label`). */
export function buildOptionsFromFlags(p: Parsed): BuildOptions {
  const o: BuildOptions = {};
  const lr = flag(p, 'loadRestrictor');
  if (lr !== undefined) o.loadRestrictions = loadRestrictor(lr);
  const ro = flag(p, 'reorder');
  if (ro !== undefined) o.reorder = reorderValue(ro);
  if (boolFlag(p, 'managedBy')) o.enableManagedByLabel = true;
  return o;
}
