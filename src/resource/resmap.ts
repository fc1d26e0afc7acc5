/**
 * The ordered set of resources of one kustomization, unique by current id.
 * @see kustomize api/resmap/reswrangler.go
 */
import { KustomizeError } from '../core/errors.js';
import { type ResId, resIdEquals, resIdString, resIdKey } from './resid.js';
import { Resource } from './resource.js';

/**
 * The duplicate-id check of {@link ResourceMap.append} goes through an index keyed by
 * {@link resIdKey} (kustomize scans the whole map for every append, which makes large builds
 * quadratic). Resources are mutated in place, so the index must not go stale:
 * - a map that hands out its resources (which callers may rename by editing `obj`) drops its
 *   index and rebuilds it on the next append;
 * - Resource's id setters stamp {@link Resource.renamedAt}, and the index re-keys the resources
 *   stamped since it was last used (a resource can be in several maps, e.g. a base's and its
 *   overlay's).
 * So a resource must only be renamed through a reference obtained from a map after it was
 * appended (or through the setters), which is how every stage works: transformers act on
 * `resources()` after accumulation, never in between appends.
 */
export class ResourceMap {
  private list: Resource[] = [];
  /** The key each resource of `list` is indexed under (same positions), when `index` is set. */
  private keys: string[] = [];
  private index: Map<string, Resource[]> | undefined;
  /** Resource.idEpoch when the index was last brought up to date. */
  private indexEpoch = 0;

  constructor(resources: Resource[] = []) {
    for (const r of resources) this.append(r);
  }

  get size(): number {
    return this.list.length;
  }

  /** The resources in order (a copy of the list; the resources themselves are shared). */
  resources(): Resource[] {
    this.index = undefined;
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
    this.index = undefined;
  }

  replaceAt(i: number, r: Resource): void {
    this.list[i] = r;
    this.index = undefined;
  }

  indexOf(r: Resource): number {
    return this.list.indexOf(r);
  }

  remove(r: Resource): void {
    const i = this.list.indexOf(r);
    if (i >= 0) {
      this.list.splice(i, 1);
      this.index = undefined;
    }
  }

  /** Drops resources emptied by `$patch: delete`. */
  dropEmpties(): void {
    if (!this.list.some((r) => r.isEmpty())) return;
    this.list = this.list.filter((r) => !r.isEmpty());
    this.index = undefined;
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
    if (rs.length) this.index = undefined;
    return rs;
  }

  private pushIndexed(r: Resource, key: string): void {
    this.list.push(r);
    this.keys.push(key);
    const l = this.index!.get(key);
    if (l) l.push(r);
    else this.index!.set(key, [r]);
  }

  /** The index, rebuilt when missing, and re-keyed where setters renamed resources since last used. */
  private currentIndex(): Map<string, Resource[]> {
    let index = this.index;
    if (!index) {
      index = this.index = new Map();
      this.keys = [];
      for (const r of this.list) {
        const key = r.curKey();
        this.keys.push(key);
        const l = index.get(key);
        if (l) l.push(r);
        else index.set(key, [r]);
      }
    } else if (this.indexEpoch !== Resource.idEpoch) {
      const { list, keys, indexEpoch } = this;
      for (let i = 0; i < list.length; i++) {
        const r = list[i]!;
        if (r.renamedAt <= indexEpoch) continue;
        const key = r.curKey();
        const old = keys[i]!;
        if (key === old) continue;
        const ol = index.get(old)!;
        if (ol.length === 1) index.delete(old);
        else ol.splice(ol.indexOf(r), 1);
        const l = index.get(key);
        if (l) l.push(r);
        else index.set(key, [r]);
        keys[i] = key;
      }
    }
    this.indexEpoch = Resource.idEpoch;
    return index;
  }
}
