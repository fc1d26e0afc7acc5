/**
 * The ordered set of resources of one kustomization, unique by current id.
 * @see kustomize api/resmap/reswrangler.go
 */
import { KustomizeError } from '../core/errors.js';
import { type ResId, resIdEquals, resIdString, resIdKey } from './resid.js';
import { type RenameListener, type Resource } from './resource.js';

/**
 * The duplicate-id check of {@link ResourceMap.append} goes through an index keyed by
 * {@link resIdKey} (kustomize scans the whole map for every append, which makes large builds
 * quadratic). Resources are mutated in place, so the index must not go stale:
 * - a map that hands out its resources (which callers may rename by editing `obj`) drops its
 *   index and rebuilds it on the next append;
 * - Resource's id setters tell the indexes holding the resource (a resource can be in several
 *   maps, e.g. a base's and its overlay's), which re-key it on their next use.
 * So a resource must only be renamed through a reference obtained from a map after it was
 * appended (or through the setters), which is how every stage works: transformers act on
 * `resources()` after accumulation, never in between appends.
 */
export class ResourceMap implements RenameListener {
  private list: Resource[] = [];
  /** How many resources of `list` have each current id key, when indexed. */
  private index: Map<string, number> | undefined;
  /** The key each indexed resource is counted under. */
  private keyOf = new Map<Resource, string>();
  /** Indexed resources renamed by their setters since the index was last used. */
  private renamed: Resource[] = [];
  /** Some resource is in `list` twice (appendUnchecked): re-keying it is not worth the bookkeeping. */
  private duplicates = false;

  constructor(resources: Resource[] = []) {
    for (const r of resources) this.append(r);
  }

  get size(): number {
    return this.list.length;
  }

  /** The resources in order (a copy of the list; the resources themselves are shared). */
  resources(): Resource[] {
    this.dropIndex();
    return this.list.slice();
  }

  /** Appends, rejecting a resource whose current id is already present. */
  append(r: Resource): void {
    const index = this.currentIndex();
    const key = r.curKey();
    if (index.has(key)) {
      const id = r.curId();
      throw new KustomizeError('ID_CONFLICT', `may not add resource with an already registered id: ${resIdString(id)}`, {
        resource: resIdString(id),
      });
    }
    this.pushIndexed(r, key);
  }

  /** Appends without the id check (kustomize's internal append). */
  appendUnchecked(r: Resource): void {
    if (this.index) this.pushIndexed(r, r.curKey());
    else this.list.push(r);
  }

  appendAll(other: ResourceMap): void {
    for (const r of other.list) this.append(r);
  }

  /** Replaces the whole list (used by stages that rebuild it). */
  setAll(list: Resource[]): void {
    this.list = list;
    this.dropIndex();
  }

  replaceAt(i: number, r: Resource): void {
    this.list[i] = r;
    this.dropIndex();
  }

  indexOf(r: Resource): number {
    return this.list.indexOf(r);
  }

  remove(r: Resource): void {
    const i = this.list.indexOf(r);
    if (i >= 0) {
      this.list.splice(i, 1);
      this.dropIndex();
    }
  }

  /** Drops resources emptied by `$patch: delete`. */
  dropEmpties(): void {
    if (!this.list.some((r) => r.isEmpty())) return;
    this.list = this.list.filter((r) => !r.isEmpty());
    this.dropIndex();
  }

  byCurrentId(id: ResId): Resource[] {
    const key = resIdKey(id);
    return this.handOut(this.list.filter((r) => r.curKey() === key));
  }

  /** Resources any of whose ids (previous or current) equals `id`. */
  byAnyId(id: ResId): Resource[] {
    const key = resIdKey(id);
    return this.handOut(
      this.list.filter((r) => {
        if (r.isEmpty()) return false;
        for (const p of r.prevIds) if (resIdEquals(p, id)) return true;
        return r.curKey() === key;
      }),
    );
  }

  /** A new map holding the same resources (renaming them through one map is not seen by the other's index). */
  shallowCopy(): ResourceMap {
    const m = new ResourceMap();
    m.list = this.list.slice();
    return m;
  }

  deepCopy(): ResourceMap {
    const m = new ResourceMap();
    m.list = this.list.map((r) => r.deepCopy());
    return m;
  }

  /** Drops the index when resources are given to a caller (who may rename them). */
  private handOut(rs: Resource[]): Resource[] {
    if (rs.length) this.dropIndex();
    return rs;
  }

  private dropIndex(): void {
    if (!this.index) return;
    this.index = undefined;
    this.keyOf = new Map();
    this.renamed = [];
    this.duplicates = false;
  }

  /** RenameListener: a setter changed the id of one of our resources. */
  resourceRenamed(r: Resource): void {
    if (this.index && this.keyOf.has(r)) this.renamed.push(r);
  }

  private pushIndexed(r: Resource, key: string): void {
    this.list.push(r);
    this.count(r, key);
  }

  private count(r: Resource, key: string): void {
    const index = this.index!;
    if (this.keyOf.has(r)) this.duplicates = true;
    this.keyOf.set(r, key);
    index.set(key, (index.get(key) ?? 0) + 1);
    const listeners = (r.indexedBy ??= []);
    if (!listeners.includes(this)) listeners.push(this);
  }

  /** The index, rebuilt when missing, and re-keyed where setters renamed resources since last used. */
  private currentIndex(): Map<string, number> {
    if (this.index && this.renamed.length) {
      if (this.duplicates) this.dropIndex();
      else {
        const index = this.index;
        for (const r of this.renamed) {
          const old = this.keyOf.get(r)!;
          const key = r.curKey();
          if (key === old) continue;
          const n = index.get(old)!;
          if (n === 1) index.delete(old);
          else index.set(old, n - 1);
          index.set(key, (index.get(key) ?? 0) + 1);
          this.keyOf.set(r, key);
        }
        this.renamed = [];
      }
    }
    if (!this.index) {
      this.index = new Map();
      for (const r of this.list) this.count(r, r.curKey());
    }
    return this.index;
  }
}
