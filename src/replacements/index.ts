/**
 * The `replacements` field: copy a value from one field of one resource into fields of others.
 * @see kustomize api/filters/replacement/replacement.go, api/types/replacement.go (v5.5.0)
 */
import type { Selector } from '../load/types.js';
import { type Json, clone, isObject } from '../core/json.js';
import { KustomizeError, isKustomizeError } from '../core/errors.js';
import { decodeGo } from '../fieldspec/go-json.js';
import { REPLACEMENT_SCHEMA } from '../fieldspec/go-types.js';
import { type ResId, resIdIsSelectedBy, resIdString } from '../resource/resid.js';
import type { ResourceMap } from '../resource/resmap.js';
import type { Resource } from '../resource/resource.js';
import { matchesRequirements, parseLabelSelector } from '../resource/selector.js';
import { type CreateKind, MatchContext, PathError, type TargetRef, lookupPath, matchPath, smarterPathSplitter } from './path.js';
import { NodeKindError } from '../fieldspec/walk.js';
import { type ScalarTag, ScalarDecodeError, decodeScalar, isScalar, nodeText, tagOfJson } from './scalar.js';

export { smarterPathSplitter } from './path.js';

/** kustomize's DefaultReplacementFieldPath. */
export const DEFAULT_REPLACEMENT_FIELD_PATH = 'metadata.name';

interface FieldOptions {
  delimiter?: string;
  index?: number;
  encoding?: string;
  create?: boolean;
}

type SelectorSpec = Selector;

interface SourceSpec {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  fieldPath?: string;
  options?: FieldOptions;
}

interface TargetSpec {
  select?: SelectorSpec;
  reject?: SelectorSpec[];
  fieldPaths?: string[];
  options?: FieldOptions;
}

interface Replacement {
  source?: SourceSpec;
  targets?: TargetSpec[];
}

/**
 * Fields created by replacements stay untagged in kustomize until something rewrites them, also
 * across kustomizations. The marks are keyed by the (per-build) objects themselves, so they never
 * leak between builds.
 */
const UNTAGGED = new MatchContext();

/** A value read from the source: a scalar (its tag and text) or a whole map/list. */
type SourceValue = { scalar: true; tag: ScalarTag; text: string } | { scalar: false; json: Json };

function fail(message: string, file: string, index: number, resource?: Resource): KustomizeError {
  return new KustomizeError('REPLACEMENT_FAILED', message, {
    file,
    field: ['replacements', index],
    resource: resource ? resIdString(resource.curId()) : undefined,
  });
}

function resIdOf(s: SelectorSpec | SourceSpec): ResId {
  return {
    group: s.group ?? '',
    version: s.version ?? '',
    kind: s.kind ?? '',
    name: s.name ?? '',
    namespace: s.namespace ?? '',
  };
}

function isEmptyResId(id: ResId): boolean {
  return !id.group && !id.version && !id.kind && !id.name && !id.namespace;
}

/** kustomize's FieldOptions.String(). */
function optionsString(o: FieldOptions | undefined): string {
  if (!o || (!o.delimiter && !o.create)) return '';
  return `${o.delimiter ?? ''}(${o.index ?? 0}), create=${o.create ? 'true' : 'false'}`;
}

/** kustomize's SourceSelector.String(): `<ResId>[:fieldPath][:options]`. */
function sourceString(s: SourceSpec): string {
  const parts = [resIdString(resIdOf(s))];
  if (s.fieldPath) parts.push(s.fieldPath);
  const o = optionsString(s.options);
  if (o) parts.push(o);
  return parts.join(':');
}

/** Current id first, then the previous ones (kustomize's utils.MakeResIds). */
function idsOf(r: Resource): ResId[] {
  return [r.curId(), ...r.prevIds];
}

/**
 * Applies the kustomization's `replacements` in order to the resources of `map`, in place.
 * `replacements` holds the entries as loaded (entries given by `path` already replaced by the
 * parsed file content); they are read with Go's lenient decoding. `file` names the kustomization.
 */
export function applyReplacements(map: ResourceMap, replacements: readonly Json[], file: string): void {
  const ctx = UNTAGGED;
  replacements.forEach((entry, i) => {
    let r: Replacement;
    try {
      r = (decodeGo(entry, REPLACEMENT_SCHEMA, { strict: false, file }) ?? {}) as Replacement;
    } catch (e) {
      if (isKustomizeError(e)) {
        if (e.field === undefined) e.field = ['replacements', i];
        else e.field = ['replacements', i, ...e.field];
      }
      throw e;
    }
    // An empty `targets` list counts as none: kustomize hands inline entries to its plugin
    // through YAML with `omitempty`, which drops it.
    if (!r.source || !r.targets || r.targets.length === 0) {
      throw fail('replacements must specify a source and at least one target', file, i);
    }
    const resources = map.resources();
    const value = getReplacement(resources, r.source, file, i);
    applyReplacement(ctx, resources, value, r.targets, file, i);
  });
}

function getReplacement(resources: readonly Resource[], source: SourceSpec, file: string, index: number): SourceValue {
  const sel = resIdOf(source);
  let match: Resource | undefined;
  for (const r of resources) {
    if (idsOf(r).some((id) => resIdIsSelectedBy(id, sel))) {
      if (match) throw fail(`multiple matches for selector ${sourceString(source)}`, file, index);
      match = r;
    }
  }
  if (!match) throw fail(`nothing selected by ${sourceString(source)}`, file, index);

  const fieldPath = source.fieldPath || DEFAULT_REPLACEMENT_FIELD_PATH;
  let found: Json | undefined;
  try {
    found = lookupPath(match.obj, smarterPathSplitter(fieldPath, '.'));
  } catch (e) {
    throw fail(`error looking up replacement source: ${pathMessage(e)}`, file, index, match);
  }
  if (
    found === undefined ||
    found === null ||
    (isObject(found) && Object.keys(found).length === 0) ||
    (Array.isArray(found) && found.length === 0)
  ) {
    throw fail(`fieldPath \`${fieldPath}\` is missing for replacement source ${resIdString(sel)}`, file, index, match);
  }
  const value: SourceValue = isScalar(found)
    ? { scalar: true, tag: tagOfJson(found), text: nodeText(found) }
    : { scalar: false, json: found };

  const opts = source.options;
  if (!opts || !opts.delimiter) return value;
  if (!value.scalar) throw fail('delimiter option can only be used with scalar nodes', file, index, match);
  const parts = value.text.split(opts.delimiter);
  const idx = opts.index ?? 0;
  if (idx >= parts.length || idx < 0) {
    throw fail(`options.index ${idx} is out of bounds for value ${value.text}`, file, index, match);
  }
  return { scalar: true, tag: value.tag, text: parts[idx]! };
}

function pathMessage(e: unknown): string {
  if (e instanceof PathError || e instanceof NodeKindError) return e.message;
  throw e;
}

function applyReplacement(
  ctx: MatchContext,
  resources: readonly Resource[],
  value: SourceValue,
  targets: readonly TargetSpec[],
  file: string,
  index: number,
): void {
  for (const t of targets) {
    if (!t.select) throw fail('target must specify resources to select', file, index);
    const fieldPaths = t.fieldPaths && t.fieldPaths.length ? t.fieldPaths : [DEFAULT_REPLACEMENT_FIELD_PATH];
    const select = t.select;
    const selectId = resIdOf(select);
    const rejects = t.reject ?? [];
    for (const r of resources) {
      if (!selectedByAnnoAndLabel(r, select, rejects, file, index)) continue;
      const ids = idsOf(r);
      if (rejects.some((rj) => !isEmptyResId(resIdOf(rj)) && ids.some((id) => resIdIsSelectedBy(id, resIdOf(rj))))) continue;
      if (!ids.some((id) => resIdIsSelectedBy(id, selectId))) continue;
      copyValueToTarget(ctx, r, value, fieldPaths, t.options, file, index);
    }
  }
}

function matchesSelectors(r: Resource, s: SelectorSpec, file: string, index: number): boolean {
  try {
    if (s.annotationSelector && !matchesRequirements(r.annotations, parseLabelSelector(s.annotationSelector))) return false;
    if (s.labelSelector && !matchesRequirements(r.labels, parseLabelSelector(s.labelSelector))) return false;
    return true;
  } catch (e) {
    if (isKustomizeError(e)) throw fail(e.message, file, index, r);
    throw e;
  }
}

/**
 * The select's label and annotation selectors must match; a reject with either selector set
 * excludes what it matches, whatever its id fields say.
 */
function selectedByAnnoAndLabel(r: Resource, select: SelectorSpec, rejects: readonly SelectorSpec[], file: string, index: number): boolean {
  if (!matchesSelectors(r, select, file, index)) return false;
  for (const rj of rejects) {
    if (!rj.annotationSelector && !rj.labelSelector) continue;
    if (matchesSelectors(r, rj, file, index)) return false;
  }
  return true;
}

function copyValueToTarget(
  ctx: MatchContext,
  r: Resource,
  value: SourceValue,
  fieldPaths: readonly string[],
  options: FieldOptions | undefined,
  file: string,
  index: number,
): void {
  for (const fp of fieldPaths) {
    const create: CreateKind | undefined = options?.create ? kindOfValue(value) : undefined;
    const what = create ? 'unable to find or create field' : 'unable to find field';
    const prefix = `${what} ${JSON.stringify(fp)} in replacement target`;
    let targets: TargetRef[];
    try {
      targets = matchPath(ctx, r.obj, smarterPathSplitter(fp, '.'), create);
    } catch (e) {
      throw fail(`${prefix}: ${pathMessage(e)}`, file, index, r);
    }
    if (targets.length === 0) throw fail(prefix, file, index, r);
    for (const t of targets) setFieldValue(t, value, options, file, index, r);
  }
}

function kindOfValue(v: SourceValue): CreateKind {
  if (v.scalar) return 'scalar';
  return Array.isArray(v.json) ? 'seq' : 'map';
}

/** The JSON a copy of the source node becomes once it replaces a whole node. */
function valueAsNode(v: SourceValue): Json {
  return v.scalar ? decodeScalar(v.tag, v.text) : clone(v.json);
}

/**
 * kustomize's setFieldValue: with a delimiter, the value is spliced into the target's text; a
 * scalar target receives only the text (keeping its own type, or typed by its text when the
 * field was just created); a map or list target is replaced by the source node.
 */
function setFieldValue(
  t: TargetRef,
  value: SourceValue,
  options: FieldOptions | undefined,
  file: string,
  index: number,
  r: Resource,
): void {
  const current = t.value;
  // A created leaf is a node of the source's kind: null (a scalar) or an empty map or list.
  const targetIsScalar = isScalar(current);
  let text = value.scalar ? value.text : '';
  if (options?.delimiter) {
    if (!targetIsScalar) throw fail('delimiter option can only be used with scalar nodes', file, index, r);
    const base = t.untagged && current === null ? '' : nodeText(current);
    const tv = base.split(options.delimiter);
    const idx = options.index ?? 0;
    if (idx < 0) tv.unshift(text);
    else if (idx >= tv.length) tv.push(text);
    else tv[idx] = text;
    text = tv.join(options.delimiter);
  }
  try {
    if (targetIsScalar) {
      const tag: ScalarTag = t.untagged ? '' : tagOfJson(current);
      t.set(decodeScalar(tag, text));
    } else {
      t.set(valueAsNode(value));
      t.retag();
    }
  } catch (e) {
    if (e instanceof ScalarDecodeError) throw fail(`${resIdString(r.curId())}: ${e.message}`, file, index, r);
    throw e;
  }
}
