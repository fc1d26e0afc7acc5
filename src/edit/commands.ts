/**
 * `kustomize edit` as pure functions on the text of a kustomization file. Each takes the file's
 * text and the command's arguments and returns the new text; the file's comments, key order and
 * formatting are kept (see {@link KustFile}). Semantics follow kustomize v5's `edit` commands:
 * argument syntax, validation errors, how `images`/`replicas` entries are merged and sorted by
 * name, de-duplication of resources/components/patches, `--force` for labels/annotations.
 *
 * Differences from kustomize, all of presentation only: kustomize re-marshals the whole file
 * (fields in its canonical order, map keys sorted, comments mostly dropped, legacy fields folded
 * everywhere); here only the edited fields change. New keys go at the end of the file; new list
 * entries and map keys follow the style of their siblings, else kustomize's output order. A
 * legacy `bases` list is folded into `resources` by the commands that edit `resources`, and
 * `imageTags` into `images` by `set image`, as kustomize does.
 *
 * @see kustomize kustomize/commands/edit/{set,add,remove}/*.go (Apache-2.0)
 */
import type { PatchEntry } from '../load/types.js';
import { isMap, isScalar, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { KustomizeError } from '../core/errors.js';
import { compareStrings, deepEqual, isObject, type Json, type JsonObject } from '../core/json.js';
import { KustFile, fieldPair, fieldString, keyOf, newMap, replaceScalar, scalar, setField } from './kustfile.js';
import { pathMatch } from './match.js';

/** Options shared by the edit functions. */
export interface EditOptions {
  /** Name of the kustomization file, for messages and to refuse adding the file to itself. Default 'kustomization.yaml'. */
  fileName?: string;
  /** Receives kustomize's informational messages (e.g. "resource x already in kustomization file"). */
  warn?: (message: string) => void;
}

const err = (message: string) => new KustomizeError('INVALID_EDIT', message);

// ---------------------------------------------------------------------------------------------
// set image

/** One `images` entry as `kustomize edit set image` parses it ('' = unset, '*' = keep existing). */
export interface ImageArg {
  name: string;
  newName: string;
  newTag: string;
  digest: string;
}

export const IMAGE_ARGS_ERROR = `invalid format of image, use one of the following options:
- <image>=<newimage>:<newtag>
- <image>=<newimage>@<digest>
- <image>=<newimage>
- <image>:<newtag>
- <image>@<digest>`;

const TAG_PATTERN = /^([^]*):([a-zA-Z0-9._-]*|\*)$/;

/**
 * Parses `NAME=NEWNAME:TAG`, `NAME=NEWNAME@DIGEST`, `NAME=NEWNAME:TAG@DIGEST`, `NAME=NEWNAME`,
 * `NAME:TAG`, `NAME@DIGEST`, `NAME:TAG@DIGEST`; `*` as new name, tag or digest keeps the
 * file's value.
 */
export function parseImageArg(arg: string): ImageArg {
  const s = arg.split('=');
  if (s.length === 2) {
    const p = parseOverwrite(s[1]!, true);
    return { name: s[0]!, newName: p.name, newTag: p.tag, digest: p.digest };
  }
  const p = parseOverwrite(arg, false);
  return { name: p.name, newName: '', newTag: p.tag, digest: p.digest };
}

function parseOverwrite(arg: string, overwriteImage: boolean): { name: string; tag: string; digest: string } {
  const d = arg.split('@');
  if (d.length > 1) {
    const t = TAG_PATTERN.exec(d[0]!);
    if (t) return { name: t[1]!, tag: t[2]!, digest: d[1]! };
    return { name: d[0]!, tag: '', digest: d[1]! };
  }
  const t = TAG_PATTERN.exec(arg);
  if (t) return { name: t[1]!, tag: t[2]!, digest: '' };
  if (arg.length > 0 && overwriteImage) return { name: arg, tag: '', digest: '' };
  throw err(IMAGE_ARGS_ERROR);
}

const IMAGE_FIELDS = ['name', 'newName', 'newTag', 'digest'] as const;

/**
 * `kustomize edit set image ARG...`: each argument replaces the entry of the same name (its
 * new name, tag and digest are all taken from the argument, `*` keeping the file's value) or
 * adds one; the `images` list comes out sorted by name.
 */
export function setImage(text: string, args: readonly string[], opts: EditOptions = {}): string {
  if (args.length === 0) throw err('no image specified');
  const wanted = new Map<string, ImageArg>();
  for (const a of args) {
    const img = parseImageArg(a);
    wanted.set(img.name, img);
  }
  const kf = KustFile.open(text, opts.fileName);
  const legacy = kf.get('imageTags');
  const seq = kf.seq('images');
  const existing = [...seq.items, ...(isSeq(legacy) ? legacy.items : [])].filter((n): n is YAMLMap => isMap(n));
  if (legacy !== undefined) kf.delete('imageTags');

  // kustomize: a map seeded with the arguments; existing entries are merged in, the first
  // entry of a name deciding.
  const entries = new Map<string, { img: ImageArg; node?: YAMLMap; changed: boolean }>();
  for (const [name, img] of wanted) entries.set(name, { img, changed: true });
  for (const node of existing) {
    const im = imageOf(node);
    const e = entries.get(im.name);
    if (e) {
      if (e.node) continue;
      e.node = node;
      if (e.changed) {
        if (e.img.newName === '*') e.img.newName = im.newName;
        if (e.img.newTag === '*') e.img.newTag = im.newTag;
        if (e.img.digest === '*') e.img.digest = im.digest;
      }
      continue;
    }
    entries.set(im.name, { img: im, node, changed: false });
  }
  const template = existing[0];
  const sorted = [...entries.values()].sort((a, b) => compareStrings(a.img.name, b.img.name));
  seq.items = sorted.map((e) => {
    const img = { ...e.img };
    for (const f of ['newName', 'newTag', 'digest'] as const) if (img[f] === '*') img[f] = '';
    if (e.node && !e.changed) return e.node;
    if (e.node) {
      e.node.items = e.node.items.filter((p) => IMAGE_FIELDS.some((f) => f.toLowerCase() === keyOf(p).toLowerCase()));
      for (const f of IMAGE_FIELDS) setField(e.node, f, img[f]);
      return e.node;
    }
    return newMap(
      IMAGE_FIELDS.map((f) => [f, img[f]]),
      template,
    );
  });
  return kf.toString();
}

function imageOf(node: YAMLMap): ImageArg {
  return {
    name: fieldString(node, 'name'),
    newName: fieldString(node, 'newName'),
    newTag: fieldString(node, 'newTag'),
    digest: fieldString(node, 'digest'),
  };
}

// ---------------------------------------------------------------------------------------------
// set replicas

export const REPLICAS_ARGS_ERROR = 'invalid format of replica, use the following format: <name>=<count>';

/** Parses `NAME=COUNT` (a base-10 int64, as Go's strconv.ParseInt). */
export function parseReplicaArg(arg: string): { name: string; count: bigint } {
  const s = arg.split('=');
  if (s.length !== 2 || !/^[+-]?[0-9]+$/.test(s[1]!)) throw err(REPLICAS_ARGS_ERROR);
  const count = BigInt(s[1]!);
  if (count > 9223372036854775807n || count < -9223372036854775808n) throw err(REPLICAS_ARGS_ERROR);
  return { name: s[0]!, count };
}

/** `kustomize edit set replicas NAME=COUNT...`: entries replaced or added, list sorted by name. */
export function setReplicas(text: string, args: readonly string[], opts: EditOptions = {}): string {
  if (args.length === 0) throw err('no replicas specified');
  const wanted = new Map<string, bigint>();
  for (const a of args) {
    const r = parseReplicaArg(a);
    wanted.set(r.name, r.count);
  }
  const kf = KustFile.open(text, opts.fileName);
  const seq = kf.seq('replicas');
  const existing = seq.items.filter((n): n is YAMLMap => isMap(n));
  const entries = new Map<string, { count?: bigint; node?: YAMLMap }>();
  for (const [name, count] of wanted) entries.set(name, { count });
  for (const node of existing) {
    const name = fieldString(node, 'name');
    const e = entries.get(name);
    if (e) {
      e.node ??= node;
      continue;
    }
    entries.set(name, { node });
  }
  const names = [...entries.keys()].sort(compareStrings);
  seq.items = names.map((name) => {
    const e = entries.get(name)!;
    if (e.count === undefined) return e.node!;
    const count = scalar(asNumber(e.count));
    if (e.node) {
      e.node.items = e.node.items.filter((p) => ['name', 'count'].includes(keyOf(p).toLowerCase()));
      const p = fieldPair(e.node, 'count');
      if (p) {
        if (!(isScalar(p.value) && String(p.value.value) === String(e.count))) p.value = replaceScalar(p.value, asNumber(e.count));
      } else e.node.set(scalar('count'), count);
      return e.node;
    }
    return newMap([['name', name], ['count', count]], existing[0]);
  });
  return kf.toString();
}

function asNumber(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

// ---------------------------------------------------------------------------------------------
// set namespace / nameprefix / namesuffix

/** `kustomize edit set namespace NS` (an empty value removes the field, as kustomize's omitempty does). */
export function setNamespace(text: string, namespace: string, opts: EditOptions = {}): string {
  return setRootString(text, 'namespace', namespace, opts);
}

/** `kustomize edit set nameprefix PREFIX`. */
export function setNamePrefix(text: string, prefix: string, opts: EditOptions = {}): string {
  return setRootString(text, 'namePrefix', prefix, opts);
}

/** `kustomize edit set namesuffix SUFFIX`. */
export function setNameSuffix(text: string, suffix: string, opts: EditOptions = {}): string {
  return setRootString(text, 'nameSuffix', suffix, opts);
}

function setRootString(text: string, field: string, value: string, opts: EditOptions): string {
  const kf = KustFile.open(text, opts.fileName);
  if (value === '') kf.delete(field);
  else kf.setString(field, value);
  return kf.toString();
}

// ---------------------------------------------------------------------------------------------
// add resource / component, remove resource

/**
 * `kustomize edit add resource PATH...` with the paths already expanded (kustomize globs them
 * against the filesystem first; the CLI does that). Paths already listed are skipped with a
 * message, as is the kustomization file itself.
 */
export function addResource(text: string, paths: readonly string[], opts: EditOptions = {}): string {
  return addPaths(text, paths, 'resources', 'resource', opts);
}

/** `kustomize edit add component PATH...` (paths already expanded). */
export function addComponent(text: string, paths: readonly string[], opts: EditOptions = {}): string {
  return addPaths(text, paths, 'components', 'component', opts);
}

function addPaths(text: string, paths: readonly string[], field: string, what: string, opts: EditOptions): string {
  if (paths.length === 0) return text;
  const kf = KustFile.open(text, opts.fileName);
  const fileName = opts.fileName ?? 'kustomization.yaml';
  const current = field === 'resources' ? [...strings(kf.get('resources')), ...strings(kf.get('bases'))] : strings(kf.get(field));
  const add: string[] = [];
  for (const p of paths) {
    if (p === fileName) continue;
    if (current.includes(p) || add.includes(p)) {
      opts.warn?.(`${what} ${p} already in kustomization file`);
      continue;
    }
    add.push(p);
  }
  if (add.length === 0) return text;
  const seq = kf.seq(field);
  if (field === 'resources') foldBases(kf, seq);
  for (const p of add) seq.items.push(scalar(p));
  return kf.toString();
}

/** kustomize's FixKustomization: `bases` entries move to the end of `resources`. */
function foldBases(kf: KustFile, resources: YAMLSeq): void {
  const bases = kf.get('bases');
  if (bases === undefined) return;
  if (isSeq(bases)) resources.items.push(...bases.items);
  kf.delete('bases');
}

/**
 * `kustomize edit remove resource PATTERN...`: removes the listed resources that match any of
 * the patterns (Go `filepath.Match`); unchanged when none match.
 */
export function removeResource(text: string, patterns: readonly string[], opts: EditOptions = {}): string {
  if (patterns.length === 0) throw err('must specify a resource file');
  const kf = KustFile.open(text, opts.fileName);
  const listed = [...strings(kf.get('resources')), ...strings(kf.get('bases'))];
  const matched = new Set<string>();
  for (const pat of patterns) for (const r of listed) if (pathMatch(pat, r)) matched.add(r);
  if (matched.size === 0) return text;
  const seq = kf.seq('resources');
  foldBases(kf, seq);
  seq.items = seq.items.filter((n) => !(isScalar(n) && matched.has(String(n.value))));
  if (seq.items.length === 0) kf.delete('resources');
  return kf.toString();
}

function strings(node: unknown): string[] {
  if (!isSeq(node)) return [];
  return node.items.filter((n) => isScalar(n) && n.value !== null).map((n) => String((n as { value: unknown }).value));
}

// ---------------------------------------------------------------------------------------------
// add patch

/** A `patches` entry, as `kustomize edit add patch --path|--patch [--kind ...]` builds it. */
export type PatchArg = PatchEntry;

const TARGET_FIELDS = ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector'] as const;

/** `kustomize edit add patch`: appends to `patches` unless an equal entry is already there. */
export function addPatch(text: string, patch: PatchArg, opts: EditOptions = {}): string {
  const path = patch.path ?? '';
  const body = patch.patch ?? '';
  if (body !== '' && path !== '') throw err("patch and path can't be set at the same time");
  if (body === '' && path === '') throw err('must provide either patch or path');
  const target: JsonObject = {};
  for (const f of TARGET_FIELDS) {
    const v = patch.target?.[f];
    if (v) target[f] = v;
  }
  const hasTarget = Object.keys(target).length > 0;
  const options = patch.options && Object.keys(patch.options).length ? (patch.options as JsonObject) : undefined;
  const kf = KustFile.open(text, opts.fileName);
  const seq = kf.seq('patches');
  for (const n of seq.items) {
    const e = lowerKeys(isMap(n) ? (n.toJS(kf.doc) as Json) : null);
    if (!isObject(e)) continue;
    const t = lowerKeys(e['target'] ?? null);
    const sameTarget = hasTarget ? isObject(t) && deepEqual(normTarget(t), target) : !isObject(t) || Object.keys(normTarget(t)).length === 0;
    if (
      String(e['path'] ?? '') === path &&
      String(e['patch'] ?? '') === body &&
      sameTarget &&
      deepEqual(isObject(e['options']) && Object.keys(e['options']).length ? e['options'] : null, options ?? null)
    ) {
      opts.warn?.(`patch ${JSON.stringify({ path, patch: body, target: hasTarget ? target : null })} already in kustomization file`);
      return text;
    }
  }
  const template = seq.items.find((n): n is YAMLMap => isMap(n));
  const targetTemplate = template && isMap(fieldPair(template, 'target')?.value) ? (fieldPair(template, 'target')!.value as YAMLMap) : undefined;
  const entries: [string, unknown][] = [
    ['path', path],
    ['patch', body],
  ];
  if (hasTarget) entries.push(['target', newMap(TARGET_FIELDS.map((f) => [f, target[f] as string | undefined]), targetTemplate)]);
  if (options) {
    entries.push(['options', newMap(Object.keys(options).sort().map((k) => [k, scalar(Boolean(options[k]))]))]);
  }
  seq.items.push(newMap(entries, template));
  return kf.toString();
}

function lowerKeys(v: Json): Json {
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const k of Object.keys(v)) out[k.toLowerCase() === 'labelselector' ? 'labelSelector' : k.toLowerCase() === 'annotationselector' ? 'annotationSelector' : k.toLowerCase()] = v[k] as Json;
  return out;
}

function normTarget(t: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const f of TARGET_FIELDS) if (t[f] !== undefined && t[f] !== null && t[f] !== '') out[f] = String(t[f]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// add label / annotation

/**
 * kustomize's `ConvertSliceToMap`: each argument is `key:value` (the value may be quoted and may
 * contain colons and commas) or a bare `key` (empty value); a leading colon is an error.
 */
export function parseMetadataArgs(args: readonly string[], kind: 'label' | 'annotation'): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const input of args) {
    const c = input.indexOf(':');
    if (c === 0) throw err(`invalid ${kind}: '${input}' (need k:v pair where v may be quoted)`);
    if (c < 0) out[input] = '';
    else out[input.slice(0, c)] = trimQuotes(input.slice(c + 1));
  }
  return out;
}

function trimQuotes(s: string): string {
  return s.length >= 2 && s[0] === '"' && s[s.length - 1] === '"' ? s.slice(1, -1) : s;
}

export interface AddLabelOptions extends EditOptions {
  /** Overwrite keys that already exist (`--force`). */
  force?: boolean;
  /** Add a `labels` entry that leaves selectors alone instead of `commonLabels` (`--without-selector`). */
  withoutSelector?: boolean;
  /** With `withoutSelector`: also label pod templates (`--include-templates`). */
  includeTemplates?: boolean;
}

/**
 * `kustomize edit add label K:V...` into `commonLabels` (or, `--without-selector`, a new
 * `labels` entry). `labels` is either the raw `K:V` arguments or a key→value record.
 */
export function addLabel(text: string, labels: readonly string[] | Record<string, string>, opts: AddLabelOptions = {}): string {
  if (!opts.withoutSelector && opts.includeTemplates) {
    throw err('--without-selector flag must be specified for --include-templates to work');
  }
  const pairs = Array.isArray(labels) ? parseMetadataArgs(labels as string[], 'label') : (labels as Record<string, string>);
  if (Object.keys(pairs).length === 0) throw err('must specify label');
  const kf = KustFile.open(text, opts.fileName);
  if (opts.withoutSelector) {
    const seq = kf.seq('labels');
    const keys = Object.keys(pairs).sort(compareStrings);
    const entry: [string, unknown][] = [['pairs', newMap(keys.map((k) => [k, scalar(pairs[k]!)]))]];
    if (opts.includeTemplates) entry.push(['includeTemplates', scalar(true)]);
    seq.items.push(newMap(entry, seq.items.find((n): n is YAMLMap => isMap(n))));
    return kf.toString();
  }
  writeToMap(kf, 'commonLabels', pairs, 'label', opts.force ?? false);
  return kf.toString();
}

/** `kustomize edit add annotation K:V...` into `commonAnnotations`. */
export function addAnnotation(
  text: string,
  annotations: readonly string[] | Record<string, string>,
  opts: EditOptions & { force?: boolean } = {},
): string {
  const pairs = Array.isArray(annotations) ? parseMetadataArgs(annotations as string[], 'annotation') : (annotations as Record<string, string>);
  if (Object.keys(pairs).length === 0) throw err('must specify annotation');
  const kf = KustFile.open(text, opts.fileName);
  writeToMap(kf, 'commonAnnotations', pairs, 'annotation', opts.force ?? false);
  return kf.toString();
}

function writeToMap(kf: KustFile, field: string, pairs: Record<string, string>, kind: string, force: boolean): void {
  const m = kf.map(field);
  const keys = Object.keys(pairs).sort(compareStrings);
  const has = (k: string) => m.items.find((p) => keyOf(p) === k);
  if (!force) {
    for (const k of keys) if (has(k)) throw err(`${kind} ${k} already in kustomization file`);
  }
  for (const k of keys) {
    const v = pairs[k]!;
    const p = has(k);
    if (p) {
      if (!(isScalar(p.value) && p.value.value === v)) p.value = replaceScalar(p.value, v);
    } else m.set(scalar(k), scalar(v));
  }
}
