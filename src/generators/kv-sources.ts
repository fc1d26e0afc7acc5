/**
 * Key/value sources of configMapGenerator and secretGenerator: `envs` files, `literals` and
 * `files`, read in that order (kustomize's kv.loader.Load).
 * @see kustomize api/kv/kv.go, api/internal/generators/utils.go ParseFileSource
 */
import { KustomizeError, isKustomizeError, withContext } from '../core/errors.js';
import { type FieldBase, type GeneratorArgs, fieldAt } from './args.js';

/**
 * What the pipeline gives the generators to read files, relative to the kustomization
 * directory. It enforces load restrictions and throws KustomizeError itself
 * (FILE_NOT_FOUND, OUTSIDE_ROOT, ...).
 */
export interface GeneratorLoader {
  /** Bytes of a file. */
  readFile(path: string): Uint8Array;
  /** kustomize rejects directories in `files` and `envs`. */
  isDir(path: string): boolean;
  /** The kustomization file (for errors and origin). */
  kustomizationFile: string;
}

/** One key/value pair. File contents stay bytes: they may not be UTF-8. */
export interface KvPair {
  key: string;
  value: string | Uint8Array;
  /** Where the pair came from, relative to the generator entry, e.g. `['literals', 2]`. */
  from: (string | number)[];
}

/** Loads all pairs of a generator entry, in kustomize's order: envs, literals, files. */
export function loadKvPairs(args: GeneratorArgs, ldr: GeneratorLoader, base: FieldBase): KvPair[] {
  const all: KvPair[] = [];
  const envField = (i: number): (string | number)[] =>
    args.envFromLegacyField && i === args.envs.length - 1 ? ['env'] : ['envs', i];
  args.envs.forEach((p, i) => {
    const from = envField(i);
    const prefix = `loading KV pairs: env source files: ${goList(args.envs)}: `;
    const content = readSource(ldr, p, prefix, fieldAt(base, ...from));
    try {
      for (const kv of keyValuesFromLines(content)) all.push({ ...kv, from });
    } catch (e) {
      throw rewrap(e, prefix, fieldAt(base, ...from));
    }
  });
  args.literals.forEach((s, i) => {
    try {
      const [key, value] = parseLiteralSource(s);
      all.push({ key, value, from: ['literals', i] });
    } catch (e) {
      throw rewrap(e, `loading KV pairs: literal sources ${goList(args.literals)}: `, fieldAt(base, 'literals', i));
    }
  });
  args.files.forEach((s, i) => {
    const prefix = `loading KV pairs: file sources: ${goList(args.files)}: `;
    let key: string;
    let path: string;
    try {
      [key, path] = parseFileSource(s);
    } catch (e) {
      throw rewrap(e, prefix, fieldAt(base, 'files', i));
    }
    all.push({ key, value: readSource(ldr, path, prefix, fieldAt(base, 'files', i)), from: ['files', i] });
  });
  return all;
}

function readSource(ldr: GeneratorLoader, path: string, prefix: string, field: (string | number)[] | undefined): Uint8Array {
  if (ldr.isDir(path)) {
    throw new KustomizeError('GENERATOR_FAILED', `${prefix}'${path}' must resolve to a file`, { field });
  }
  try {
    return ldr.readFile(path);
  } catch (e) {
    // The error is about the file read (missing, outside the root); the field that names it
    // belongs to the kustomization.
    const err = isKustomizeError(e)
      ? new KustomizeError(e.code, prefix + e.message, { file: e.file, line: e.line, col: e.col, cause: e })
      : e;
    throw withContext(err, { file: ldr.kustomizationFile, field });
  }
}

function rewrap(e: unknown, prefix: string, field: (string | number)[] | undefined): KustomizeError {
  if (e instanceof KustomizeError) {
    const out = new KustomizeError(e.code, prefix + e.message, { field: e.field ?? field, cause: e.cause });
    return out;
  }
  return withContext(e, { field });
}

/** Go's `%v` of a []string: `[a b c]`. */
function goList(items: readonly string[]): string {
  return `[${items.join(' ')}]`;
}

/** Go's `%q` for the printable strings these messages quote (close enough for messages). */
function goQuote(s: string): string {
  return JSON.stringify(s);
}

// ---------------------------------------------------------------------------------------------
// literals

/**
 * `key=value`, split at the first `=`. A leading `=` or no `=` at all is an error. The value
 * loses one pair of matching surrounding quotes (`"x"` or `'x'`), nothing else.
 * @example parseLiteralSource(`k='a=b'`) // ['k', 'a=b']
 */
export function parseLiteralSource(source: string): [string, string] {
  const eq = source.indexOf('=');
  if (eq <= 0) {
    throw new KustomizeError('GENERATOR_FAILED', `invalid literal source ${source}, expected key=value`);
  }
  return [source.slice(0, eq), removeQuotes(source.slice(eq + 1))];
}

/** kustomize's removeQuotes: strips surrounding quotes only when both ends carry the same quote. */
export function removeQuotes(s: string): string {
  if (s.length < 2 || s[0] !== s[s.length - 1]) return s;
  if (s[0] === '"' || s[0] === "'") return s.slice(1, -1);
  return s;
}

// ---------------------------------------------------------------------------------------------
// files

/**
 * `path` (the key is the path's base name) or `key=path`. More than one `=`, an empty key or
 * an empty path is an error.
 */
export function parseFileSource(source: string): [string, string] {
  const count = source.split('=').length - 1;
  if (count === 0) return [goPathBase(source), source];
  if (count === 1 && source.startsWith('=')) {
    throw new KustomizeError(
      'GENERATOR_FAILED',
      `missing key name for file path ${goQuote(source.slice(1))} in source ${goQuote(source)}`,
    );
  }
  if (count === 1 && source.endsWith('=')) {
    throw new KustomizeError(
      'GENERATOR_FAILED',
      `missing file path for key name ${goQuote(source.slice(0, -1))} in source ${goQuote(source)}`,
    );
  }
  if (count > 1) {
    throw new KustomizeError('GENERATOR_FAILED', `source ${goQuote(source)} key name or file path contains '='`);
  }
  const eq = source.indexOf('=');
  return [source.slice(0, eq), source.slice(eq + 1)];
}

/** Go's path.Base: last element after dropping trailing slashes; `""` gives `"."`, all slashes `"/"`. */
export function goPathBase(p: string): string {
  if (p === '') return '.';
  let s = p.replace(/\/+$/, '');
  if (s === '') return '/';
  s = s.slice(s.lastIndexOf('/') + 1);
  return s === '' ? '/' : s;
}

// ---------------------------------------------------------------------------------------------
// env files

/** Go's bufio.MaxScanTokenSize: a line (with its `\n`) longer than this ends the scan silently. */
const MAX_SCAN_TOKEN = 64 * 1024;

/**
 * Parses an env file the way kustomize does: lines split like Go's bufio.ScanLines (one
 * trailing `\r` dropped; scanning stops, without error, at a line over 64 KiB), a UTF-8 BOM
 * removed from the first line only, leading Unicode whitespace trimmed, blank lines and
 * `#` comments skipped, `KEY=VALUE` split at the first `=` with the value kept verbatim,
 * `KEY` alone giving `""`, and an empty key (`=x`) skipped. Keys are not validated.
 * A line that is not valid UTF-8 is an error.
 */
export function keyValuesFromLines(content: Uint8Array): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  const lines = scanLines(content);
  lines.forEach((raw, lineNo) => {
    let line = decodeUtf8(raw);
    if (line === undefined) {
      throw new KustomizeError(
        'GENERATOR_FAILED',
        `line [${Array.from(raw).join(' ')}] has invalid utf8 bytes : ${latin1Escaped(raw)}`,
      );
    }
    if (lineNo === 0 && line.startsWith('\ufeff')) line = line.slice(1);
    line = trimLeftGoSpace(line);
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq);
    const value = eq < 0 ? '' : line.slice(eq + 1);
    if (key === '') return;
    out.push({ key, value });
  });
  return out;
}

/** Go's bufio.Scanner with ScanLines over the whole content. */
function scanLines(b: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  while (start < b.length) {
    const nl = b.indexOf(0x0a, start);
    const end = nl < 0 ? b.length : nl;
    // The scanner's buffer must hold the whole token: the line plus its `\n`, or, for a last
    // line without `\n`, the line with room to spare before EOF is seen.
    if (end - start + 1 > MAX_SCAN_TOKEN) break;
    let line = b.subarray(start, end);
    if (line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    lines.push(line);
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of `bytes` when they are valid UTF-8 (Go's utf8.Valid), else undefined. A BOM is kept. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Bytes for a message: ASCII kept, others as `\xNN`. */
function latin1Escaped(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '\\x' + c.toString(16).padStart(2, '0');
  return s;
}

/** Go's unicode.IsSpace. */
export function isGoSpace(cp: number): boolean {
  return (
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x20 ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

function trimLeftGoSpace(s: string): string {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return s.slice(i);
}
