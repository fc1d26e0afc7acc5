/**
 * `images` (and the builtin ImageTagTransformer): rewrites matching image references.
 * Two passes, as in kustomize: the legacy walk over every `containers`/`initContainers` sequence
 * of every resource, then the `images` fieldspecs. CustomResourceDefinitions are never touched.
 * Both passes apply, so `tagSuffix` is appended twice to images the fieldspecs also reach
 * (kustomize v5.5.0 does the same: `nginx:1.0` + `-s` gives `nginx:1.0-s-s`).
 * @see kustomize api/filters/imagetag/{imagetag,legacy,updater}.go, api/image/image.go
 */
import { type Json, getOwn, isObject } from '../core/json.js';
import { KustomizeError } from '../core/errors.js';
import type { ResourceMap } from '../resource/resmap.js';
import type { FieldSpec } from '../fieldspec/types.js';
import { type FieldRef, NodeKindError, applyFieldSpecs, nodeKindOf } from '../fieldspec/walk.js';
import { requireScalar, scalarText } from './setters.js';

/** One `images` entry (kustomize's types.Image). */
export interface ImageTag {
  /** Image name to match (a regular expression, as kustomize builds one from it). */
  name: string;
  newName?: string;
  /** Replaces tag and digest. */
  newTag?: string;
  /** Replaces tag and digest; with newTag, both are kept. */
  digest?: string;
  /** Appended to the tag when neither newTag nor digest is given; drops the digest. */
  tagSuffix?: string;
}

export interface ImagesOptions {
  image: ImageTag;
  /** The `images` list of the transformer config. */
  fieldSpecs: readonly FieldSpec[];
}

/** Applies one image rewrite to all resources, in place. */
export function applyImages(map: ResourceMap, opts: ImagesOptions): void {
  const matcher = imageMatcher(opts.image.name);
  const update = (ref: FieldRef): void => updateImage(ref, opts.image, matcher);
  for (const r of map.resources()) {
    if (r.kind === 'CustomResourceDefinition') continue;
    try {
      walkLegacy(r.obj, update);
    } catch (e) {
      if (e instanceof NodeKindError) throw new KustomizeError('BAD_FIELD_PATH', e.message, { cause: e });
      throw e;
    }
  }
  for (const r of map.resources()) {
    if (r.kind === 'CustomResourceDefinition') continue;
    applyFieldSpecs(r.obj, opts.fieldSpecs, { setValue: update });
  }
}

/**
 * kustomize's image.IsImageMatched: the name (used as a Go regular expression, unescaped)
 * followed by an optional tag and an optional sha256 digest. kustomize v5.5.0 crashes on the
 * first image it checks when the name is not a valid expression; we throw TRANSFORMER_FAILED
 * at that same point.
 */
export function imageMatcher(name: string): (image: string) => boolean {
  let re: RegExp | undefined;
  // RE2 has no lookaround or backreferences; it spells named groups (?P<name>...).
  if (!/\(\?<?[=!]|\\[1-9]/.test(name)) {
    try {
      re = new RegExp('^' + name.replace(/\(\?P</g, '(?<') + '(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$');
    } catch {
      re = undefined;
    }
  }
  return (image) => {
    if (!re) {
      throw new KustomizeError('TRANSFORMER_FAILED', `image name "${name}" is not a valid regular expression`);
    }
    return re.test(image);
  };
}

/**
 * kustomize's image.Split: `[[host[:port]/]component/]component[:tag][@digest]` into name, tag
 * and digest (tag and digest without their separators).
 */
export function splitImage(image: string): { name: string; tag: string; digest: string } {
  let slash = image.indexOf('/');
  let search = image;
  if (slash > 0) search = image.slice(slash);
  else slash = 0;
  let id = search.indexOf('@');
  let ic = search.indexOf(':');
  if (ic < 0 && id < 0) return { name: image, tag: '', digest: '' };
  if (id >= 0 && (id < ic || ic < 0)) {
    id += slash;
    return { name: image.slice(0, id), tag: '', digest: trimPrefix(image.slice(id), '@') };
  }
  if (id >= 0 && ic >= 0) {
    id += slash;
    ic += slash;
    return {
      name: image.slice(0, ic),
      tag: trimPrefix(image.slice(ic, id), ':'),
      digest: trimPrefix(image.slice(id), '@'),
    };
  }
  ic += slash;
  return { name: image.slice(0, ic), tag: trimPrefix(image.slice(ic), ':'), digest: '' };
}

function trimPrefix(s: string, p: string): string {
  return s.startsWith(p) ? s.slice(p.length) : s;
}

/** kustomize's imageTagUpdater.SetImageValue. */
function updateImage(ref: FieldRef, img: ImageTag, matches: (image: string) => boolean): void {
  requireScalar(ref);
  const value = scalarText(ref.value);
  if (!matches(value)) return;
  let { name, tag, digest } = splitImage(value);
  if (img.newName) name = img.newName;
  // Overriding the tag or the digest replaces both original values.
  if (img.newTag && img.digest) {
    tag = img.newTag;
    digest = img.digest;
  } else if (img.newTag) {
    tag = img.newTag;
    digest = '';
  } else if (img.digest) {
    tag = '';
    digest = img.digest;
  } else if (img.tagSuffix) {
    tag += img.tagSuffix;
    digest = '';
  }
  if (tag !== '') name += ':' + tag;
  if (digest !== '') name += '@' + digest;
  ref.set(name);
}

/**
 * kustomize's LegacyFilter walk: every map field is visited depth first; the value of a field
 * named `containers` or `initContainers` that is a sequence has the `image` of each element updated.
 */
function walkLegacy(node: Json, update: (ref: FieldRef) => void): void {
  if (Array.isArray(node)) {
    for (const e of node) walkLegacy(e, update);
    return;
  }
  if (!isObject(node)) return;
  // for-in, not Object.keys: this visits every node of every resource; no key array per node.
  for (const key in node) {
    if (!Object.prototype.hasOwnProperty.call(node, key)) continue;
    const value = node[key]!;
    walkLegacy(value, update);
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      for (const c of value) {
        if (c === null) continue;
        if (!isObject(c)) throw new NodeKindError('MappingNode', nodeKindOf(c), c);
        if (getOwn(c, 'image') === undefined) continue;
        update({
          get value() {
            return getOwn(c, 'image') ?? null;
          },
          set(v: Json) {
            c['image'] = v;
          },
        });
      }
    }
  }
}
