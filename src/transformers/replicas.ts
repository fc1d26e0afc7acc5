/**
 * `replicas` (and the builtin ReplicaCountTransformer): sets the replica count of the resources
 * with a given name, through the `replicas` fieldspecs.
 * @see kustomize api/internal/builtins/ReplicaCountTransformer.go, api/filters/replicacount
 */
import { KustomizeError } from '../core/errors.js';
import { gvkIsSelected, gvkString } from '../resource/resid.js';
import type { ResourceMap } from '../resource/resmap.js';
import type { FieldSpec } from '../fieldspec/types.js';
import { applyFieldSpec } from '../fieldspec/walk.js';
import { gvkOf } from '../fieldspec/merge.js';
import type { Resource } from '../resource/resource.js';
import type { Gvk } from '../resource/resid.js';
import { setScalar } from './setters.js';

export interface ReplicasOptions {
  /** Resource name; matched against current and previous names. */
  name: string;
  count: number;
  /** The `replicas` list of the transformer config. */
  fieldSpecs: readonly FieldSpec[];
}

/**
 * For each fieldSpec, finds the resources any of whose ids (previous or current) has `name` and
 * a matching GVK, and sets the count on them (so `name: d` still reaches a base's `d` renamed
 * `p-d`). Throws REPLICAS_NO_TARGET when no fieldSpec finds any resource.
 */
export function applyReplicas(map: ResourceMap, opts: ReplicasOptions): void {
  let found = false;
  for (const fs of opts.fieldSpecs) {
    const sel = gvkOf(fs);
    const matched = map.resources().filter((r) => hasIdNamed(r, opts.name, sel));
    if (matched.length === 0) continue;
    found = true;
    for (const r of matched) {
      applyFieldSpec(r.obj, fs, { setValue: (ref) => setScalar(ref, opts.count), createKind: 'scalar' });
    }
  }
  if (!found) {
    const gvks = opts.fieldSpecs.map((fs) => gvkString(gvkOf(fs)));
    throw new KustomizeError(
      'REPLICAS_NO_TARGET',
      `resource with name ${opts.name} does not match a config with the following GVK [${gvks.join(' ')}]`,
    );
  }
}

/**
 * True when the current id or a previous one (which, as kustomize's PrevIds has it, carries the
 * current group and version) has `name` and a GVK `sel` selects.
 */
function hasIdNamed(r: Resource, name: string, sel: Partial<Gvk> | undefined): boolean {
  const cur = r.curId();
  if (cur.name === name && gvkIsSelected(cur, sel)) return true;
  const prev = r.prevIds;
  if (prev.length === 0) return false;
  if (sel && ((sel.group && cur.group !== sel.group) || (sel.version && cur.version !== sel.version))) return false;
  for (let i = 0; i < prev.length; i++) {
    const p = prev[i]!;
    if (p.name === name && (!sel || !sel.kind || p.kind === sel.kind)) return true;
  }
  return false;
}
