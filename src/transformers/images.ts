/**
 * `images` (and the builtin ImageTagTransformer): rewrites matching image references.
 * Two passes, as in kustomize: the legacy walk over every `containers`/`initContainers` sequence
 * of every resource, then the `images` fieldspecs. CustomResourceDefinitions are never touched.
 * Both passes apply, so `tagSuffix` is appended twice to images the fieldspecs also reach
 * (kustomize v5.5.0 does the same: `nginx:1.0` + `-s` gives `nginx:1.0-s-s`).
 * @see kustomize api/filters/imagetag/{imagetag,legacy,updater}.go, api/image/image.go
 */
import { type Json, type JsonObject, getOwn, isObject } from '../core/json.js';
import { KustomizeError } from '../core/errors.js';
import { isLiteralPattern, matchLiteralPrefix } from '../core/literal-pattern.js';
import type { ResourceMap } from '../resource/resmap.js';
import { resIdString } from '../resource/resid.js';
import type { FieldSpec } from '../fieldspec/types.js';
import { type FieldRef, MapEntryRef, NodeKindError, applyFieldSpecs, nodeKindOf } from '../fieldspec/walk.js';
import { requireScalar } from './setters.js';

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
  /**
   * The legacy walk's findings, shared by the images of one kustomization (see
   * {@link LegacyImageSites}); without it, each image walks every resource.
   */
  sites?: LegacyImageSites;
}

/** Applies one image rewrite to all resources, in place. */
export function applyImages(map: ResourceMap, opts: ImagesOptions): void {
  const matcher = imageMatcher(opts.image.name);
  const update = (ref: FieldRef): void => updateImage(ref, opts.image, matcher);
  // Fieldspecs that create fields could add containers lists: then the walk is not reused.
  const sites = opts.sites && !opts.fieldSpecs.some((fs) => fs.create) ? opts.sites : undefined;
  for (const r of map.resources()) {
    if (r.kind === 'CustomResourceDefinition') continue;
    try {
      if (sites) {
        for (const c of sites.of(r.obj)) {
          if (c instanceof NodeKindError) throw c;
          updateContainerImage(c, update);
        }
      } else walkLegacy(r.obj, (c) => updateContainerImage(c, update));
    } catch (e) {
      if (e instanceof NodeKindError) {
        throw new KustomizeError('BAD_FIELD_PATH', e.message, { resource: resIdString(r.curId()), cause: e });
      }
      throw e;
    }
  }
  for (const r of map.resources()) {
    if (r.kind === 'CustomResourceDefinition') continue;
    applyFieldSpecs(r.obj, opts.fieldSpecs, { setValue: update });
  }
}

/**
 * The container maps the legacy walk visits in each resource, in walk order, ending with the
 * error the walk throws if it meets a list element that is not a map. Image updates change
 * `image` values only, never which containers lists a resource has, so the images of one
 * kustomization (applied one after another) walk each resource once instead of once per image.
 */
export class LegacyImageSites {
  private readonly byObj = new WeakMap<JsonObject, (JsonObject | NodeKindError)[]>();

  of(obj: JsonObject): readonly (JsonObject | NodeKindError)[] {
    let sites = this.byObj.get(obj);
    if (!sites) {
      const found: (JsonObject | NodeKindError)[] = [];
      try {
        walkLegacy(obj, (c) => found.push(c));
      } catch (e) {
        if (!(e instanceof NodeKindError)) throw e;
        found.push(e);
      }
      this.byObj.set(obj, (sites = found));
    }
    return sites;
  }
}

function updateContainerImage(c: JsonObject, update: (ref: FieldRef) => void): void {
  if (getOwn(c, 'image') !== undefined) update(new MapEntryRef(c, 'image'));
}

/** What may follow the name in a matching image: the tag and digest parts of the expression. */
const IMAGE_SUFFIX_SOURCE = '(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$';
const IMAGE_SUFFIX = new RegExp('^' + IMAGE_SUFFIX_SOURCE);

/**
 * kustomize's image.IsImageMatched: the name (used as a Go regular expression, unescaped)
 * followed by an optional tag and an optional sha256 digest. kustomize v5.5.0 crashes on the
 * first image it checks when the name is not a valid expression; we throw TRANSFORMER_FAILED
 * at that same point.
 */
export function imageMatcher(name: string): (image: string) => boolean {
  if (isLiteralPattern(name)) {
    return (image) => {
      const n = matchLiteralPrefix(name, image);
      return n >= 0 && (n === image.length || IMAGE_SUFFIX.test(image.slice(n)));
    };
  }
  let re: RegExp | undefined;
  // RE2 has no lookaround or backreferences; it spells named groups (?P<name>...).
  if (!/\(\?<?[=!]|\\[1-9]/.test(name)) {
    try {
      re = new RegExp('^' + name.replace(/\(\?P</g, '(?<') + IMAGE_SUFFIX_SOURCE);
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
  // kyaml reads the node's text: `image: ~` is the image `~`.
  const value = ref.text;
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
 * kustomize's LegacyFilter walk: every map field is visited depth first; each element of the
 * value of a field named `containers` or `initContainers` that is a sequence is visited (its
 * `image` is updated); an element that is neither a map nor null is an error.
 */
function walkLegacy(node: Json, visit: (container: JsonObject) => void): void {
  if (Array.isArray(node)) {
    for (const e of node) walkLegacy(e, visit);
    return;
  }
  if (!isObject(node)) return;
  // for-in, not Object.keys: this visits every node of every resource; no key array per node.
  for (const key in node) {
    if (!Object.prototype.hasOwnProperty.call(node, key)) continue;
    const value = node[key]!;
    walkLegacy(value, visit);
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      for (const c of value) {
        if (c === null) continue;
        if (!isObject(c)) throw new NodeKindError('MappingNode', nodeKindOf(c), c);
        visit(c);
      }
    }
  }
}
