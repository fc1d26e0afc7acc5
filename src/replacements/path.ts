/**
 * Dotted field paths as replacements and vars read them: kyaml's SmarterPathSplitter, the
 * PathGetter used to read a source (`yaml.Lookup`), and the PathMatcher used to find (and
 * create) replacement targets, with wildcards and regular-expression `[field=value]` selectors.
 * @see kustomize kyaml/utils/pathsplitter.go, kyaml/yaml/fns.go (PathGetter), kyaml/yaml/match.go
 */
import { type Json, type JsonObject, isObject, getOwn, setOwn } from '../core/json.js';
import { NodeKindError, nodeKindOf } from '../fieldspec/walk.js';
import { setSharedScalar } from '../core/node-links.js';
import { decodeScalar, nodeText, nodeYamlText } from './scalar.js';
import { compileGoRegexp, GoRegexpSyntaxError, type GoRegexp } from '../core/go-regexp.js';

export { pathSplitter, smarterPathSplitter } from '../core/path-splitter.js';

/** A path-walking failure; callers wrap it in their own message. */
export class PathError extends Error {}

/** Go's strconv.Atoi, for path parts (undefined when it is not a decimal integer). */
function atoi(p: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(p)) return undefined;
  const n = Number(p);
  return Number.isSafeInteger(n) ? n : undefined;
}

function isListIndex(p: string): boolean {
  return p.startsWith('[') && p.endsWith(']');
}

/** kyaml's SplitIndexNameValue: `[name=value]` into its halves. */
function splitIndexNameValue(p: string): [string, string] {
  let elem = p.endsWith(']') ? p.slice(0, -1) : p;
  elem = elem.startsWith('[') ? elem.slice(1) : elem;
  const i = elem.indexOf('=');
  if (i < 0) throw new PathError('list path element must contain fieldName=fieldValue for element to match');
  return [elem.slice(0, i), elem.slice(i + 1)];
}

/** The elements of a sequence node; null reads as empty, anything else is a kind error. */
function elements(node: Json): Json[] {
  if (node === null) return [];
  if (!Array.isArray(node)) throw new NodeKindError('SequenceNode', nodeKindOf(node), node);
  return node;
}

/** kyaml's `Get(name)` on a node: undefined when absent (or the node is null). */
function getField(node: Json, name: string): Json | undefined {
  if (node === null) return undefined;
  if (!isObject(node)) throw new NodeKindError('MappingNode', nodeKindOf(node), node);
  return getOwn(node, name);
}

/**
 * kyaml's PathGetter without create (`yaml.Lookup`): parts are trimmed and empty ones skipped;
 * `N` indexes a list, `-` is its last element, `[k=v]` is the first element whose field `k` has
 * exactly the text `v` (`[=v]` for a scalar element), anything else is a map key. Returns
 * undefined when something along the path is missing.
 */
export function lookupPath(root: Json, path: readonly string[]): Json | undefined {
  let cur: Json = root;
  for (const raw of path) {
    const part = raw.trim();
    if (part === '') continue;
    let next: Json | undefined;
    const idx = atoi(part);
    if (idx !== undefined) {
      if (idx < 0) throw new PathError(`array index ${idx} cannot be negative`);
      const els = elements(cur);
      next = idx < els.length ? els[idx] : undefined;
    } else if (part === '-') {
      const els = elements(cur);
      next = els.length ? els[els.length - 1] : undefined;
    } else if (isListIndex(part)) {
      const [name, value] = splitIndexNameValue(part);
      const els = elements(cur);
      if (name === '') {
        next = els.find((e) => nodeText(e) === value);
      } else {
        next = els.find((e) => {
          if (!isObject(e)) return false;
          const f = getOwn(e, name);
          return f !== undefined && nodeText(f) === value;
        });
      }
    } else {
      next = getField(cur, part);
    }
    if (next === undefined) return undefined;
    cur = next;
  }
  return cur;
}

/** A located target field: its value, how to replace it, and whether its node is untagged. */
export interface TargetRef {
  readonly value: Json;
  set(v: Json): void;
  /**
   * The node was created by a replacement with `create` (kyaml gives it no tag), so a scalar
   * written into it is typed by its text, not by the node's previous type.
   */
  readonly untagged: boolean;
  /** Forget the untagged mark (the node was replaced by a tagged one). */
  retag(): void;
}

/** What a created leaf is: the kind of the value being copied. */
export type CreateKind = 'scalar' | 'map' | 'seq';

/**
 * Bookkeeping shared by the walks of one replacement run: the slots holding untagged scalars
 * created by earlier `create` walks.
 */
export class MatchContext {
  private untagged = new WeakMap<object, Set<string | number>>();

  isUntagged(parent: object, key: string | number): boolean {
    return this.untagged.get(parent)?.has(key) ?? false;
  }

  mark(parent: object, key: string | number, on: boolean): void {
    let s = this.untagged.get(parent);
    if (!s) {
      if (!on) return;
      s = new Set();
      this.untagged.set(parent, s);
    }
    if (on) s.add(key);
    else s.delete(key);
  }

  ref(parent: JsonObject | Json[], key: string | number): TargetRef {
    return {
      get value(): Json {
        if (Array.isArray(parent)) return parent[key as number] ?? null;
        return getOwn(parent, key as string) ?? null;
      },
      set(v: Json) {
        const old = Array.isArray(parent) ? parent[key as number] : getOwn(parent, key as string);
        // kyaml's SetYNode writes into the existing node, which other places may share.
        if (old !== undefined && (old === null || typeof old !== 'object')) setSharedScalar(parent, key, v);
        else if (Array.isArray(parent)) parent[key as number] = v;
        else setOwn(parent, key as string, v);
      },
      untagged: this.isUntagged(parent, key),
      retag: () => this.mark(parent, key, false),
    };
  }
}

function kindForNext(next: string | undefined, leaf: CreateKind): CreateKind {
  if (next === undefined) return leaf;
  if (isListIndex(next)) return 'seq';
  const idx = atoi(next);
  if (idx !== undefined && idx >= 0) return 'seq';
  if (next === '') return leaf;
  return 'map';
}

function newNode(kind: CreateKind): Json {
  return kind === 'map' ? {} : kind === 'seq' ? [] : null;
}

/** An untagged scalar holding `text` (a `[k=v]` element's selector value), as JSON. */
function untaggedScalar(text: string): Json {
  try {
    return decodeScalar('', text);
  } catch {
    return text;
  }
}

/** kyaml compiles the `[k=v]` value with Go's regexp.Compile, unanchored (see go-regexp.ts). */
function compileRegex(src: string): GoRegexp {
  try {
    return compileGoRegexp(src);
  } catch (e) {
    if (!(e instanceof GoRegexpSyntaxError)) throw e;
    throw new PathError(e.message);
  }
}

/**
 * kyaml's PathMatcher (as replacement targets use it): every field matching the path. `*` visits
 * every list element, `[k=regex]` every element whose field `k` matches the (unanchored) regular
 * expression, `N` one element. With `create`, missing map fields, an unmatched `[k=v]` element
 * and the element at index len(list) are created; the leaf is created as `create`. A node kyaml
 * would attach under a null scalar is walked but never lands in the object, as in kustomize.
 */
export function matchPath(
  ctx: MatchContext,
  root: JsonObject,
  path: readonly string[],
  create: CreateKind | undefined,
): TargetRef[] {
  const out: TargetRef[] = [];
  walk(ctx, root, path, create, out, undefined);
  return out;
}

/**
 * Walks `path` from `node`. `self` is the ref of `node` in its parent (undefined for the root
 * and for detached nodes, which cannot be targets of their own).
 */
function walk(
  ctx: MatchContext,
  node: Json,
  path: readonly string[],
  create: CreateKind | undefined,
  out: TargetRef[],
  self: TargetRef | undefined,
): void {
  if (path.length === 0) {
    out.push(self ?? detached(node));
    return;
  }
  const part = path[0]!;
  const rest = path.slice(1);
  const idx = atoi(part);
  if (idx !== undefined && idx >= 0) {
    let els = elements(node);
    if (els.length === idx && create !== undefined) {
      const elem = newNode(kindForNext(rest[0], create));
      if (node === null) els = [elem];
      else {
        (node as Json[]).push(elem);
        ctx.mark(node as Json[], idx, true);
      }
    }
    if (els.length < idx + 1) throw new PathError(`index ${idx} specified but only ${els.length} elements found`);
    walk(ctx, els[idx]!, rest, create, out, node === null ? undefined : ctx.ref(els, idx));
    return;
  }
  if (isListIndex(part)) {
    doSeq(ctx, node, part, rest, create, out, false);
    return;
  }
  if (part === '*') {
    const els = elements(node);
    for (let i = 0; i < els.length; i++) walk(ctx, els[i]!, rest, create, out, ctx.ref(els, i));
    return;
  }
  if (part === '') {
    // kyaml's Get(""): a map or list is a kind error; a scalar whose text is empty is its own
    // field. With create, SetField("") overwrites a null or other scalar with a copy of the
    // created node, and the walk goes on in the created node itself, which is not in the tree.
    if (node !== null && typeof node === 'object') throw new NodeKindError('ScalarNode', nodeKindOf(node), node);
    // (A node created by this walk is an untagged empty scalar, not a null.)
    if (node !== null ? nodeText(node) === '' : self?.untagged === true) {
      walk(ctx, node, rest, create, out, self);
      return;
    }
    if (create === undefined) return;
    const kind = kindForNext(rest[0], create);
    if (self !== undefined) self.set(newNode(kind));
    walk(ctx, newNode(kind), rest, create, out, undefined);
    return;
  }
  const field = getField(node, part);
  if (field !== undefined) {
    walk(ctx, field, rest, create, out, ctx.ref(node as JsonObject, part));
    return;
  }
  if (create === undefined) return;
  const child = newNode(kindForNext(rest[0], create));
  if (node === null) {
    walk(ctx, child, rest, create, out, undefined);
    return;
  }
  setOwn(node as JsonObject, part, child);
  ctx.mark(node as JsonObject, part, true);
  walk(ctx, child, rest, create, out, ctx.ref(node as JsonObject, part));
}

function doSeq(
  ctx: MatchContext,
  node: Json,
  part: string,
  rest: readonly string[],
  create: CreateKind | undefined,
  out: TargetRef[],
  retried: boolean,
): void {
  const [field, pattern] = splitIndexNameValue(part);
  const primitive = field === '';
  const els = elements(node);
  const before = out.length;
  // kyaml compiles the expression for each element (so an empty list never fails): once here.
  let re: GoRegexp | undefined;
  for (let i = 0; i < els.length; i++) {
    const elem = els[i]!;
    re ??= compileRegex(pattern);
    if (primitive) {
      // A matching scalar element is the result itself; the rest of the path is not walked.
      if (re.test(nodeYamlText(elem))) out.push(ctx.ref(els, i));
      continue;
    }
    if (!isObject(elem)) continue;
    const v = getOwn(elem, field);
    if (v === undefined || !re.test(nodeYamlText(v))) continue;
    walk(ctx, elem, rest, create, out, ctx.ref(els, i));
  }
  if (out.length > before || create === undefined) return;
  // kyaml would recurse forever when the created element does not match its own selector.
  if (retried) throw new PathError(`failed to create element for "${part}"`);
  // Append an element holding the selector value (an untagged scalar) and search again.
  let elem: Json;
  if (primitive) {
    elem = untaggedScalar(pattern);
  } else {
    const o: JsonObject = {};
    setOwn(o, field, untaggedScalar(pattern));
    ctx.mark(o, field, true);
    elem = o;
  }
  if (node === null) {
    // Appended under a null scalar: walked, never written out.
    const holder: Json[] = [elem];
    if (primitive) ctx.mark(holder, 0, true);
    doSeq(ctx, holder, part, rest, create, out, true);
    return;
  }
  (node as Json[]).push(elem);
  if (primitive) ctx.mark(node as Json[], (node as Json[]).length - 1, true);
  doSeq(ctx, node, part, rest, create, out, true);
}

function detached(initial: Json): TargetRef {
  let v = initial;
  return {
    get value() {
      return v;
    },
    set(nv: Json) {
      v = nv;
    },
    untagged: true,
    retag() {},
  };
}
