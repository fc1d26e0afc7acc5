/**
 * Where a field of a kustomization file is written: the 1-based line and column of a field path
 * such as `['patches', 2, 'target', 'kind']`, for error messages. Best effort: the nearest
 * enclosing field that exists is returned when the path itself is not in the text (a defaulted
 * or legacy field), and nothing when the text does not parse.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YNode } from 'yaml';
import type { KustomizeError } from '../core/errors.js';
import type { FileSystem } from '../fs/filesystem.js';
import { resIdString } from '../resource/resid.js';
import type { Resource } from '../resource/resource.js';
import { KUSTOMIZATION_FILE_NAMES } from './kustomization.js';

export interface Position {
  line: number;
  col: number;
}

/** Texts larger than this are not re-parsed for a position. */
const MAX_TEXT = 4 * 1024 * 1024;
/** Aliases followed along one path (a path is short; this only guards against alias loops). */
const MAX_ALIAS_HOPS = 64;

/**
 * The position of `path` in the YAML `text`: the key of the last map entry, or the sequence
 * item, that the path names. Map keys match exactly first, then case-insensitively (kustomize
 * decodes field names as Go's encoding/json does).
 */
export function fieldPosition(text: string, path: readonly (string | number)[]): Position | undefined {
  if (path.length === 0 || text.length > MAX_TEXT) return undefined;
  const lc = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lc, keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  } catch {
    return undefined;
  }
  let node: unknown = doc.contents;
  let found: number | undefined;
  let hops = 0;
  for (const seg of path) {
    while (isAlias(node) && hops++ < MAX_ALIAS_HOPS) node = node.resolve(doc);
    if (typeof seg === 'number') {
      if (!isSeq(node)) break;
      const item = node.items[seg] as unknown;
      const at = offsetOf(item);
      if (at === undefined) break;
      found = at;
      node = item;
      continue;
    }
    if (!isMap(node)) break;
    const pair = findPair(node.items, seg);
    if (!pair) break;
    found = offsetOf(pair.key) ?? offsetOf(pair.value) ?? found;
    node = pair.value;
  }
  if (found === undefined) return undefined;
  const p = lc.linePos(found);
  return { line: p.line, col: p.col };
}

function findPair(items: readonly unknown[], key: string): { key: unknown; value: unknown } | undefined {
  let folded: { key: unknown; value: unknown } | undefined;
  const lower = key.toLowerCase();
  // Later duplicates win, as in the decoder.
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i];
    if (!isPair(it)) continue;
    const k = isScalar(it.key) ? String(it.key.value) : undefined;
    if (k === undefined) continue;
    if (k === key) return it;
    if (!folded && k.toLowerCase() === lower) folded = it;
  }
  return folded;
}

function offsetOf(n: unknown): number | undefined {
  const range = (n as YNode | null | undefined)?.range;
  return range ? range[0] : undefined;
}

const utf8 = new TextDecoder('utf-8');

/** Where a build error is: what {@link locateError} may use to complete it. */
export interface ErrorScene {
  fs: FileSystem;
  /** The root kustomization file, blamed when nothing more precise is known. */
  rootFile?: string;
  /** The root kustomization directory (the trail of root-level errors). */
  rootDir?: string;
  /** The resources of the build, to find the file and line of the resource an error names. */
  resources?: () => readonly Resource[];
}

/**
 * Completes a build error's location: the file and document line of the resource it names, else
 * the root kustomization; the line and column of its `field` in the kustomization file.
 */
export function locateError(err: KustomizeError, scene: ErrorScene): KustomizeError {
  if (err.file === undefined && err.resource !== undefined && scene.resources) {
    const r = findResource(scene.resources(), err.resource);
    if (r?.source) {
      err.file = r.source.file;
      err.line = r.source.line;
      err.col = undefined;
    }
  }
  if (err.file === undefined && scene.rootFile !== undefined) err.file = scene.rootFile;
  if (err.trail.length === 0 && scene.rootDir !== undefined) err.trail = [scene.rootDir];
  if (!err.field || err.field.length === 0) return err;
  const k = err.kustomization;
  if (k && k.file !== err.file) {
    if (k.line === undefined) Object.assign(k, positionIn(scene.fs, k.file, err.field));
  } else if (err.file !== undefined && err.line === undefined && isYamlFile(err.file)) {
    const p = positionIn(scene.fs, err.file, err.field);
    if (p) {
      err.line = p.line;
      err.col = p.col;
    }
  }
  return err;
}

/** A kustomization, or a YAML/JSON file such as a transformer configuration (field paths then name its fields). */
function isYamlFile(file: string): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(name) || /\.(ya?ml|json)$/i.test(name);
}

function positionIn(fs: FileSystem, file: string, field: readonly (string | number)[]): Position | undefined {
  let text: string;
  try {
    const c = fs.readFile(file);
    if (c === undefined) return undefined;
    text = typeof c === 'string' ? c : utf8.decode(c);
  } catch {
    return undefined;
  }
  return fieldPosition(text, field);
}

function findResource(resources: readonly Resource[], id: string): Resource | undefined {
  for (const r of resources) if (resIdString(r.curId()) === id) return r;
  for (const r of resources) if (r.prevIds.some((p) => resIdString(p) === id)) return r;
  return undefined;
}
