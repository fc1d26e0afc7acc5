/**
 * `namespace` (and the builtin NamespaceTransformer): sets metadata.namespace on namespaced
 * resources, the configured namespace fieldspecs, and (cluster)role binding subjects.
 * @see kustomize api/filters/namespace/namespace.go, api/internal/builtins/NamespaceTransformer.go (v5.5.0)
 */
import { type Json, type JsonObject, getOwn, isObject } from '../core/json.js';
import { KustomizeError } from '../core/errors.js';
import { isClusterScoped, resIdEquals, resIdString } from '../resource/resid.js';
import type { Resource } from '../resource/resource.js';
import type { ResourceMap } from '../resource/resmap.js';
import type { FieldSpec } from '../fieldspec/types.js';
import {
  type FieldRef,
  MapEntryRef,
  NodeKindError,
  applyFieldSpec,
  applyFieldSpecs,
  findNodeKindError,
  nodeKindOf,
  wrapError,
} from '../fieldspec/walk.js';
import { scalarText, setScalar } from './setters.js';

/** Which (cluster)role binding subjects get the namespace. Default: `defaultOnly`. */
export type RoleBindingSubjectMode = 'defaultOnly' | 'allServiceAccounts' | 'none';

export interface NamespaceOptions {
  /** The namespace to set; empty means the transformer does nothing. */
  namespace: string;
  /** Extra namespace fields (the `namespace` list of the transformer config). */
  fieldSpecs: readonly FieldSpec[];
  /** Only set namespace fields that are empty. Default: false. */
  unsetOnly?: boolean;
  /** Default: 'defaultOnly' (subjects named `default`). */
  setRoleBindingSubjects?: RoleBindingSubjectMode;
}

/**
 * Sets the namespace on every non-empty resource, in place. Each resource's current id is
 * recorded as a previous id first, so name references can follow the move.
 * Throws ID_CONFLICT when two resources end up with the same id.
 */
export function applyNamespace(map: ResourceMap, opts: NamespaceOptions): void {
  if (opts.namespace === '') return;
  const resources = map.resources();
  // How many resources hold each current id, kept up to date as resources move, so that the
  // uniqueness check after each move does not rescan every resource.
  const keys = resources.map((r) => r.curKey());
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i]!;
    if (r.isEmpty()) continue;
    r.storePreviousId();
    applyNamespaceToResource(r, opts);
    const key = r.curKey();
    if (key !== keys[i]) {
      counts.set(keys[i]!, counts.get(keys[i]!)! - 1);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      keys[i] = key;
    }
    if (counts.get(key) !== 1) {
      const id = r.curId();
      const matches = resources.filter((o) => resIdEquals(o.curId(), id));
      throw new KustomizeError(
        'ID_CONFLICT',
        `namespace transformation produces ID conflict: [${matches.map((m) => resIdString(m.curId())).join(' ')}]`,
        { resource: resIdString(id) },
      );
    }
  }
}

function applyNamespaceToResource(r: Resource, opts: NamespaceOptions): void {
  const obj = r.obj;
  const setter = namespaceSetter(opts);
  // metadata/namespace is handled by the hack below (never on cluster-scoped kinds); metadata/name
  // (the Namespace kind) only for apiVersion v1, so other kinds named Namespace are left alone.
  const apiVersion = getOwn(obj, 'apiVersion');
  let fss = opts.fieldSpecs.filter(
    (fs) => fs.path !== 'metadata/namespace' && !(apiVersion !== 'v1' && fs.path === 'metadata/name'),
  );
  const gvk = r.gvk();
  if (!isClusterScoped(gvk)) {
    applyFieldSpec(obj, { path: 'metadata/namespace', create: true }, { setValue: setter, createKind: 'scalar' });
  }
  if (isRoleBinding(gvk.kind)) {
    fss = fss.filter((fs) => !(isRoleBinding(fs.kind ?? '') && fs.path === 'subjects/namespace'));
    setRoleBindingSubjects(obj, opts.setRoleBindingSubjects ?? 'defaultOnly', setter);
  }
  try {
    applyFieldSpecs(obj, fss, { setValue: setter, createKind: 'scalar' });
  } catch (e) {
    const kindErr = findNodeKindError(e);
    if (kindErr && kindErr.actual !== 'ScalarNode') throw wrapError(e, 'namespace field specs must target scalar nodes');
    throw wrapError(e, 'namespace transformation failed');
  }
}

function isRoleBinding(kind: string): boolean {
  return kind === 'RoleBinding' || kind === 'ClusterRoleBinding';
}

/** kustomize's SetEntry / SetEntryIfEmpty for the namespace value. */
function namespaceSetter(opts: NamespaceOptions): (ref: FieldRef) => void {
  return (ref) => {
    if (opts.unsetOnly && hasExistingValue(ref.value)) return;
    setScalar(ref, opts.namespace);
  };
}

/** A non-empty scalar counts as already set (null, "", {} and [] do not). */
function hasExistingValue(v: Json): boolean {
  return (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && scalarText(v) !== '';
}

/**
 * kustomize's roleBindingHack. Depending on the mode, sets the namespace on subjects named
 * `default` (any kind), on subjects of kind ServiceAccount, or on none:
 *
 * ```yaml
 * kind: RoleBinding
 * subjects:
 * - name: default        # defaultOnly: gets the namespace
 * - name: something-else # defaultOnly: left alone
 * ```
 */
function setRoleBindingSubjects(obj: JsonObject, mode: RoleBindingSubjectMode, setter: (ref: FieldRef) => void): void {
  if (mode === 'none') return;
  const subjects = getOwn(obj, 'subjects');
  if (subjects === undefined || subjects === null) return;
  const [field, wanted, what] =
    mode === 'allServiceAccounts' ? ['kind', 'ServiceAccount', 'kind'] : ['name', 'default', 'name'];
  try {
    if (!Array.isArray(subjects)) throw new NodeKindError('SequenceNode', nodeKindOf(subjects), subjects);
    for (const subject of subjects) {
      if (subject === null) continue;
      let matched: boolean;
      try {
        matched = subjectFieldEquals(subject, field, wanted);
      } catch (e) {
        throw wrapError(e, `looking up ${what} on (cluster)role binding subject`);
      }
      if (!matched || !isObject(subject)) continue;
      if (getOwn(subject, 'namespace') === undefined) subject['namespace'] = '';
      setter(new MapEntryRef(subject, 'namespace'));
    }
  } catch (e) {
    throw wrapError(e, 'setting namespace on (cluster)role binding subjects');
  }
}

/** kyaml `Lookup(field), Match(wanted)` on one subject. */
function subjectFieldEquals(subject: Json, field: string, wanted: string): boolean {
  if (!isObject(subject)) throw new NodeKindError('MappingNode', nodeKindOf(subject), subject);
  const v = getOwn(subject, field);
  if (v === undefined || v === null) return false;
  if (isObject(v) || Array.isArray(v)) throw new NodeKindError('ScalarNode', nodeKindOf(v), v);
  return scalarText(v) === wanted;
}
