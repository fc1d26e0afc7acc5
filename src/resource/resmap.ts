/**
 * The ordered set of resources of one kustomization, unique by current id.
 * @see kustomize api/resmap/reswrangler.go
 */
import { KustomizeError } from '../core/errors.js';
import { type ResId, resIdEquals, resIdString, resIdKey } from './resid.js';
import { type Resource } from './resource.js';

export class ResourceMap {
  private list: Resource[] = [];

  constructor(resources: Resource[] = []) {
    for (const r of resources) this.append(r);
  }

  get size(): number {
    return this.list.length;
  }

  /** The resources in order (a copy of the list; the resources themselves are shared). */
  resources(): Resource[] {
    return this.list.slice();
  }

  /** Appends, rejecting a resource whose current id is already present. */
  append(r: Resource): void {
    const id = r.curId();
    const key = resIdKey(id);
    for (const o of this.list) {
      if (resIdKey(o.curId()) === key) {
        throw new KustomizeError('ID_CONFLICT', `may not add resource with an already registered id: ${resIdString(id)}`, {
          resource: resIdString(id),
        });
      }
    }
    this.list.push(r);
  }

  /** Appends without the id check (kustomize's internal append). */
  appendUnchecked(r: Resource): void {
    this.list.push(r);
  }

  appendAll(other: ResourceMap): void {
    for (const r of other.list) this.append(r);
  }

  /** Replaces the whole list (used by stages that rebuild it). */
  setAll(list: Resource[]): void {
    this.list = list;
  }

  replaceAt(i: number, r: Resource): void {
    this.list[i] = r;
  }

  indexOf(r: Resource): number {
    return this.list.indexOf(r);
  }

  remove(r: Resource): void {
    const i = this.list.indexOf(r);
    if (i >= 0) this.list.splice(i, 1);
  }

  /** Drops resources emptied by `$patch: delete`. */
  dropEmpties(): void {
    this.list = this.list.filter((r) => !r.isEmpty());
  }

  byCurrentId(id: ResId): Resource[] {
    return this.list.filter((r) => resIdEquals(r.curId(), id));
  }

  /** Resources any of whose ids (previous or current) equals `id`. */
  byAnyId(id: ResId): Resource[] {
    return this.list.filter((r) => !r.isEmpty() && r.allIds().some((x) => resIdEquals(x, id)));
  }

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
}
