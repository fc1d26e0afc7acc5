/**
 * A resource in flight: the plain JSON object plus kustomize's build bookkeeping, held beside
 * the object (kustomize keeps it in internal annotations that it strips at the end).
 * @see kustomize api/resource/resource.go
 */
import { type Json, type JsonObject, isObject, clone, getOwn } from '../core/json.js';
import { textOf } from '../core/scalar-text.js';
import { type ResId, type Gvk, parseGroupVersion, apiVersionOf, effectiveNamespace, resIdString, resIdKey } from './resid.js';

/** Where a resource came from (kustomize's config.kubernetes.io/origin). */
export interface Origin {
  /** Path of the file it was read from, relative to the build root, as kustomize writes it. */
  path?: string;
  /** Set for generated resources: the kustomization file that configured the generator. */
  configuredIn?: string;
  configuredBy?: { apiVersion?: string; kind?: string; name?: string; namespace?: string };
  repo?: string;
  ref?: string;
}

export type Behavior = 'create' | 'merge' | 'replace' | 'unspecified';

/** Told when a resource's id changes through its setters (see ResourceMap's id index). */
export interface RenameListener {
  resourceRenamed(r: Resource): void;
}

interface IdCacheEntry {
  apiVersion: unknown;
  kind: unknown;
  name: unknown;
  namespace: unknown;
  id: ResId;
  key?: string;
}

export class Resource {
  /**
   * The id indexes (of ResourceMaps) holding this resource, told when a setter here changes its
   * id. Not copied by {@link deepCopy}: a copy is in no map.
   */
  indexedBy: RenameListener[] | undefined;

  obj: JsonObject;
  /** Previous ids, oldest first (namespace is the effective namespace, as kustomize stores it). */
  prevIds: ResId[] = [];
  prefixes: string[] = [];
  suffixes: string[] = [];
  /** Ids of resources that refer to this one (set by name-reference fix-up). */
  refBy: ResId[] = [];
  /** Vars that refer to this resource. */
  refVarNames: string[] = [];
  /** Generator behaviour against a resource of the same id in a base. */
  behavior: Behavior = 'unspecified';
  /** Whether a content hash is appended to the name at the root. */
  needsHash = false;
  /** For patch resources: allow the patch to change name / kind. */
  allowNameChange = false;
  allowKindChange = false;
  origin?: Origin;
  /** Transformations recorded for buildMetadata transformerAnnotations. */
  transformations?: Origin[];
  /** Source file and document index, for error messages. */
  source?: { file: string; doc: number; line?: number };

  constructor(obj: JsonObject) {
    this.obj = obj;
  }

  /** A deep copy, bookkeeping included. */
  deepCopy(): Resource {
    const r = new Resource(clone(this.obj));
    r.copyMetaFrom(this);
    return r;
  }

  copyMetaFrom(o: Resource): void {
    this.prevIds = o.prevIds.slice();
    this.prefixes = o.prefixes.slice();
    this.suffixes = o.suffixes.slice();
    this.refBy = o.refBy.slice();
    this.refVarNames = o.refVarNames.slice();
    this.behavior = o.behavior;
    this.needsHash = o.needsHash;
    this.allowNameChange = o.allowNameChange;
    this.allowKindChange = o.allowKindChange;
    this.origin = o.origin;
    this.transformations = o.transformations?.slice();
    this.source = o.source;
  }

  get apiVersion(): string {
    const v = getOwn(this.obj, 'apiVersion');
    return scalarString(v);
  }
  get kind(): string {
    const v = getOwn(this.obj, 'kind');
    return scalarString(v);
  }
  get metadata(): JsonObject | undefined {
    const m = getOwn(this.obj, 'metadata');
    return isObject(m) ? m : undefined;
  }
  get name(): string {
    const m = this.metadata;
    const v = m ? getOwn(m, 'name') : undefined;
    return scalarString(v);
  }
  get namespace(): string {
    const m = this.metadata;
    const v = m ? getOwn(m, 'namespace') : undefined;
    return scalarString(v);
  }

  gvk(): Gvk {
    const { group, version } = parseGroupVersion(this.apiVersion);
    return { group, version, kind: this.kind };
  }

  /**
   * kustomize's CurId(): from the current object. The id is cached (frozen: callers must copy it to
   * change it) and recomputed only when apiVersion, kind, name or namespace changed; they are
   * compared by value, so in-place edits of `obj` are seen.
   */
  curId(): ResId {
    return this.idEntry().id;
  }

  /** `resIdKey(this.curId())`, cached like the id. */
  curKey(): string {
    const e = this.idEntry();
    return (e.key ??= resIdKey(e.id));
  }

  /** The fields the cached id was computed from, the id, and its key once asked for. */
  private idCache?: IdCacheEntry;

  private idEntry(): IdCacheEntry {
    // Plain property reads: this only validates the cache (any change to these own properties is
    // seen; the id itself is computed with own-property reads).
    const o = this.obj as Record<string, unknown>;
    const apiVersion = o['apiVersion'];
    const kind = o['kind'];
    const md = o['metadata'] as Record<string, unknown> | null | undefined;
    const name = typeof md === 'object' && md !== null ? md['name'] : undefined;
    const namespace = typeof md === 'object' && md !== null ? md['namespace'] : undefined;
    const c = this.idCache;
    if (c && c.apiVersion === apiVersion && c.kind === kind && c.name === name && c.namespace === namespace) return c;
    // Computed from the values just read (none of these keys can come from a prototype).
    const { group, version } = parseGroupVersion(scalarString(apiVersion));
    const id: ResId = Object.freeze({
      group,
      version,
      kind: scalarString(kind),
      name: scalarString(name),
      namespace: scalarString(namespace),
    });
    return (this.idCache = { apiVersion, kind, name, namespace, id });
  }

  /** kustomize's OrgId(): the first previous id, else the current one. */
  orgId(): ResId {
    return this.prevIds.length ? this.prevIds[0]! : this.curId();
  }

  /** All ids this resource has had, current last. */
  allIds(): ResId[] {
    return [...this.prevIds, this.curId()];
  }

  /** Records the current id as a previous id (before a rename), as StorePreviousId does. */
  storePreviousId(): void {
    const id = this.curId();
    this.prevIds.push({ ...id, namespace: effectiveNamespace(id) });
  }

  /** Ensures metadata exists and returns it. */
  ensureMetadata(): JsonObject {
    let m = getOwn(this.obj, 'metadata');
    if (!isObject(m)) {
      m = {};
      this.obj['metadata'] = m;
    }
    return m;
  }

  setName(name: string): void {
    this.renamed();
    this.ensureMetadata()['name'] = name;
  }

  setNamespace(ns: string): void {
    this.renamed();
    const m = this.ensureMetadata();
    if (ns === '') delete m['namespace'];
    else m['namespace'] = ns;
  }

  setKind(kind: string): void {
    this.renamed();
    this.obj['kind'] = kind;
  }

  setGvk(g: Gvk): void {
    this.renamed();
    this.obj['apiVersion'] = apiVersionOf(g);
    this.obj['kind'] = g.kind;
  }

  private renamed(): void {
    if (this.indexedBy) for (const l of this.indexedBy) l.resourceRenamed(this);
  }

  /**
   * metadata.labels / metadata.annotations as kyaml's GetLabels / GetAnnotations read them: each
   * value's YAML text (`x: ~` is `~`, `x:` is `""`, `v: 1.10` is `1.10`), `""` for a map or list.
   */
  getStringMap(field: 'labels' | 'annotations'): Record<string, string> {
    const m = this.metadata;
    const v = m ? getOwn(m, field) : undefined;
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    if (isObject(v)) {
      for (const k of Object.keys(v)) {
        const x = v[k] as Json;
        out[k] = x !== null && typeof x === 'object' ? '' : textOf(v, k);
      }
    }
    return out;
  }

  get labels(): Record<string, string> {
    return this.getStringMap('labels');
  }
  get annotations(): Record<string, string> {
    return this.getStringMap('annotations');
  }

  /** True when the object has no content (deleted by a `$patch: delete`). */
  isEmpty(): boolean {
    for (const k in this.obj) if (Object.prototype.hasOwnProperty.call(this.obj, k)) return false;
    return true;
  }

  toString(): string {
    return resIdString(this.curId());
  }
}

/** Reads a nested value by path of keys; undefined when any step is missing. */
export function getPath(obj: Json | undefined, path: readonly string[]): Json | undefined {
  let cur: Json | undefined = obj;
  for (const k of path) {
    if (!isObject(cur)) return undefined;
    cur = getOwn(cur, k);
  }
  return cur;
}

/** The id text of a YAML scalar field (kustomize reads ids as scalars: `name: 123` is "123"); '' otherwise. */
function scalarString(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}
