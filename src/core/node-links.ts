/**
 * Scalar nodes kyaml shares between several places of one resource.
 *
 * kustomize's labels and annotations filters make one value node per resource and key
 * (`filtersutil.SetEntry`) and insert that same node at every fieldSpec location where the key
 * is new (`metadata/labels`, `spec/selector/matchLabels`, `spec/template/metadata/labels`...).
 * A later in-place write to one of those places (kyaml's FieldSetter on an existing field copies
 * the new value into the existing node) therefore changes all of them: an overlay's `labels`
 * without `includeSelectors` still rewrites the selector and template labels a base's
 * `commonLabels` created.
 *
 * Our values are JSON, so the places that share a node are recorded as a group on their parents
 * (a symbol property, like core/scalar-text.ts), and {@link setSharedScalar} writes every place of
 * the group that still holds the shared value. A JSON round trip (JSON 6902 patch) or a copy of
 * the resource ends the sharing ({@link forgetLinks}; `clone` does not copy groups).
 */
import type { Json, JsonObject } from './json.js';
import { copyScalarText } from './scalar-text.js';

const LINKS: unique symbol = Symbol('kyaml.sharedNodes');

type Container = JsonObject | Json[];
type Slot = readonly [Container, string];
interface Group {
  readonly slots: Slot[];
}
type Carrier = { [LINKS]?: Map<string, Group> };

function linksOf(parent: Container, create: boolean): Map<string, Group> | undefined {
  let m = (parent as Carrier)[LINKS];
  if (m === undefined && create && !Object.isFrozen(parent)) {
    m = new Map();
    Object.defineProperty(parent, LINKS, { value: m, enumerable: false, writable: true, configurable: true });
  }
  return m;
}

/** Records that these places hold one shared node (fewer than two: nothing to record). */
export function linkSlots(slots: readonly (readonly [Container, string | number])[]): void {
  if (slots.length < 2) return;
  const g: Group = { slots: slots.map(([p, k]) => [p, String(k)] as const) };
  for (const [p, k] of g.slots) linksOf(p, true)?.set(k, g);
}

/**
 * Writes `v` into `parent[key]` in place, as kyaml does on an existing scalar: every other place
 * sharing that node (and still holding the same value) gets it too, with its YAML spelling.
 */
export function setSharedScalar(parent: Container, key: string | number, v: Json): void {
  const k = String(key);
  const old = (parent as JsonObject)[k];
  (parent as JsonObject)[k] = v;
  const g = linksOf(parent, false)?.get(k);
  if (g === undefined) return;
  for (const [p, pk] of g.slots) {
    if (p === parent && pk === k) continue;
    if (linksOf(p, false)?.get(pk) !== g || !Object.is((p as JsonObject)[pk], old)) continue;
    (p as JsonObject)[pk] = v;
    copyScalarText(parent, k, p, pk);
  }
}

/** Ends every sharing recorded inside `v` (kyaml rebuilds the nodes from JSON). */
export function forgetLinks(v: Json): void {
  if (v === null || typeof v !== 'object') return;
  if ((v as Carrier)[LINKS] !== undefined && !Object.isFrozen(v)) delete (v as Carrier)[LINKS];
  if (Array.isArray(v)) {
    for (const x of v) if (x !== null && typeof x === 'object') forgetLinks(x);
  } else {
    for (const k in v) {
      const x = v[k]!;
      if (x !== null && typeof x === 'object') forgetLinks(x);
    }
  }
}
