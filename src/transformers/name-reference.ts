/**
 * The root-level name-reference fix-up (kustomize's FixBackReferences): after prefixes,
 * suffixes, namespaces and hashes changed names, rewrite the fields that refer to those
 * resources by name (config map volumes, role refs, service accounts, HPA targets...).
 * Referrers are processed in resource order (kustomize iterates a Go map; only the order of the
 * `refBy` bookkeeping and which of several errors is reported could differ).
 * @see kustomize api/internal/accumulator/namereferencetransformer.go, api/filters/nameref/nameref.go,
 *      api/resmap/reswrangler.go SubsetThatCouldBeReferencedByResource (v5.5.0)
 */
import { type Json, type JsonObject, getOwn, isObject, setOwn } from '../core/json.js';
import { KustomizeError } from '../core/errors.js';
import {
  type Gvk,
  type ResId,
  effectiveNamespace,
  gvkIsSelected,
  isClusterScoped,
  resIdString,
} from '../resource/resid.js';
import type { Resource } from '../resource/resource.js';
import type { ResourceMap } from '../resource/resmap.js';
import type { FieldSpec, NameBackReferences, TransformerConfig } from '../fieldspec/types.js';
import { type FieldRef, applyFieldSpec, wrapError } from '../fieldspec/walk.js';
import { gvkOf } from '../fieldspec/merge.js';
import { orgIdOf, prevIdsOf } from './ids.js';
import { requireScalar, scalarText } from './setters.js';

/** One referrer field to fix, and the kind of resource it names. */
interface NameRefFilter {
  fieldSpec: FieldSpec;
  target: Gvk;
}

/**
 * Rewrites name references in place, using the `nameReference` list of the root's accumulated
 * transformer config (pass the config or the list). Records each resolved referral in the
 * target's `refBy`. Throws AMBIGUOUS_REFERENCE when a reference matches several resources that
 * differ in name (and namespace, for map references).
 */
export function fixNameReferences(
  map: ResourceMap,
  config: TransformerConfig | readonly NameBackReferences[],
): void {
  const nameReference = Array.isArray(config) ? config : (config as TransformerConfig).nameReference;
  const resources = map.resources();
  const orgIds = resources.map(orgIdOf);
  const filters = new Map<Resource, NameRefFilter[]>();
  for (const backRef of nameReference) {
    for (const fieldSpec of backRef.fieldSpecs) {
      const sel = gvkOf(fieldSpec);
      resources.forEach((r, i) => {
        if (!gvkIsSelected(orgIds[i]!, sel)) return;
        let list = filters.get(r);
        if (!list) filters.set(r, (list = []));
        list.push({ fieldSpec, target: gvkOf(backRef) });
      });
    }
  }
  // Previous ids do not change during the fix-up: compute them once.
  const prevCache = new Map<Resource, ResId[]>();
  const prev = (r: Resource): ResId[] => {
    let p = prevCache.get(r);
    if (!p) prevCache.set(r, (p = prevIdsOf(r)));
    return p;
  };
  for (const referrer of resources) {
    const list = filters.get(referrer);
    if (!list) continue;
    const candidates = subsetThatCouldBeReferencedBy(resources, referrer);
    for (const f of list) applyNameRefFilter(referrer, f, candidates, prev);
  }
}

function applyNameRefFilter(
  referrer: Resource,
  f: NameRefFilter,
  candidates: readonly Resource[],
  prev: (r: Resource) => ResId[],
): void {
  const ctx: SelectCtx = { referrer, target: f.target, path: f.fieldSpec.path, prev };
  // The fieldSpec's GVK is replaced by the referrer's: it applies to the referrer as matched by org id.
  const fs: FieldSpec = { path: f.fieldSpec.path, create: f.fieldSpec.create };
  try {
    applyFieldSpec(referrer.obj, fs, { setValue: (ref) => setReference(ref, ctx, candidates) });
  } catch (e) {
    throw wrapError(e, `updating name reference in '${f.fieldSpec.path}' field of '${resIdString(referrer.curId())}'`);
  }
}

interface SelectCtx {
  referrer: Resource;
  target: Gvk;
  /** The referrer field's path (roleRef/name fields also consult roleRef's apiGroup and kind). */
  path: string;
  /** kustomize's PrevIds of a resource. */
  prev: (r: Resource) => ResId[];
}

function setReference(ref: FieldRef, ctx: SelectCtx, candidates: readonly Resource[]): void {
  const v = ref.value;
  if (v === null) return;
  if (isObject(v)) {
    setMapping(v, ctx, candidates);
    return;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const e = v[i]!;
      if (e === null) continue;
      if (isObject(e)) setMapping(e, ctx, candidates);
      else if (Array.isArray(e)) {
        throw new KustomizeError('BAD_FIELD_PATH', `${JSON.stringify(e)} is expected to be either a string or a map of string`);
      } else {
        setScalar(
          {
            get value() {
              return v[i] ?? null;
            },
            set(x: Json) {
              v[i] = x;
            },
          },
          ctx,
          candidates,
        );
      }
    }
    return;
  }
  setScalar(ref, ctx, candidates);
}

/** A reference held in a scalar: only the name is read from the referral. */
function setScalar(ref: FieldRef, ctx: SelectCtx, candidates: readonly Resource[]): void {
  requireScalar(ref);
  const oldName = scalarText(ref.value);
  const referral = selectReferral(oldName, candidates, ctx, allNamesAreTheSame);
  if (!referral) return;
  referral.refBy.push(ctx.referrer.curId());
  if (referral.name === oldName) return;
  ref.set(referral.name);
}

/**
 * A reference held in a map with `name` (and maybe `namespace`), e.g. a webhook's
 * clientConfig.service or a binding subject: both are read from the referral.
 */
function setMapping(node: JsonObject, ctx: SelectCtx, candidates: readonly Resource[]): void {
  const nameNode = getOwn(node, 'name');
  if (nameNode === undefined) throw new KustomizeError('BAD_FIELD_PATH', "path config error; no 'name' field in node");
  // kyaml reads an empty value from a non-scalar name node.
  const oldName = scalarText(nameNode);
  const subset = candidatesByNamespace(node, candidates);
  const referral = selectReferral(oldName, subset, ctx, allNamesAndNamespacesAreTheSame);
  if (!referral) return;
  referral.refBy.push(ctx.referrer.curId());
  if (referral.name === oldName && referral.namespace === '') return;
  setOwn(node, 'name', referral.name);
  // An empty namespace must not replace "default": "" is a wildcard here, not the default namespace.
  if (referral.namespace === '') return;
  setOwn(node, 'namespace', referral.namespace);
}

/** Candidates in the namespace the map names: by original namespace first, else by current one. */
function candidatesByNamespace(node: JsonObject, candidates: readonly Resource[]): readonly Resource[] {
  const nsNode = getOwn(node, 'namespace');
  if (nsNode === undefined) return candidates;
  const ns = scalarText(nsNode);
  const byOrg = groupByNamespace(candidates, (r) => orgIdOf(r));
  const found = byOrg.get(ns);
  if (found) return found;
  return groupByNamespace(candidates, (r) => r.curId()).get(ns) ?? [];
}

/** kustomize's GroupedBy{Original,Current}Namespace: by effective namespace, cluster-scoped left out. */
function groupByNamespace(resources: readonly Resource[], idOf: (r: Resource) => ResId): Map<string, Resource[]> {
  const m = new Map<string, Resource[]>();
  for (const r of resources) {
    const id = idOf(r);
    if (isClusterScoped(id)) continue;
    const ns = effectiveNamespace(id);
    let l = m.get(ns);
    if (!l) m.set(ns, (l = []));
    l.push(r);
  }
  return m;
}

/** Picks the referral among candidates, narrowing step by step; null when there is none. */
function selectReferral(
  oldName: string,
  candidates: readonly Resource[],
  ctx: SelectCtx,
  identical: (rs: readonly Resource[]) => boolean,
): Resource | null {
  let c = candidates.filter((r) => ctx.prev(r).some((id) => id.name === oldName));
  c = c.filter((r) => ctx.prev(r).some((id) => gvkIsSelected(id, ctx.target)));
  const roleRef = roleRefGvk(ctx);
  if (roleRef) c = c.filter((r) => ctx.prev(r).some((id) => gvkIsSelected(id, roleRef)));
  c = c.filter(sameNamespaceAsReferrer(ctx.referrer));
  if (c.length === 1) return c[0]!;
  c = c.filter((r) => prefixesSuffixesEqual(r, ctx.referrer, true));
  if (c.length > 1) c = c.filter((r) => prefixesSuffixesEqual(r, ctx.referrer, false));
  if (c.length === 1) return c[0]!;
  if (c.length === 0) return null;
  if (identical(c)) return c[0]!;
  throw new KustomizeError(
    'AMBIGUOUS_REFERENCE',
    `found multiple possible referrals: ${c.map((r) => resIdString(r.curId())).join(', ')}`,
    { resource: resIdString(ctx.referrer.curId()) },
  );
}

/**
 * For a `roleRef/name` field, the referral must also match roleRef's apiGroup and kind (a
 * RoleBinding may name a Role or a ClusterRole). Undefined when not applicable or incomplete.
 */
function roleRefGvk(ctx: SelectCtx): Partial<Gvk> | undefined {
  if (!ctx.path.endsWith('roleRef/name')) return undefined;
  const roleRef = getOwn(ctx.referrer.obj, 'roleRef');
  if (!isObject(roleRef)) return undefined;
  const apiGroup = getOwn(roleRef, 'apiGroup');
  const kind = getOwn(roleRef, 'kind');
  if (apiGroup === undefined || kind === undefined) return undefined;
  return { group: scalarText(apiGroup), kind: scalarText(kind) };
}

/**
 * Namespaced referrers only see cluster-scoped resources, ServiceAccounts (a binding may name an
 * account in another namespace) and resources in their own namespace.
 */
function sameNamespaceAsReferrer(referrer: Resource): (r: Resource) => boolean {
  const rid = referrer.curId();
  if (isClusterScoped(rid)) return () => true;
  const rns = effectiveNamespace(rid);
  return (r) => {
    const id = r.curId();
    if (isClusterScoped(id)) return true;
    if (r.kind === 'ServiceAccount') return true;
    return effectiveNamespace(id) === rns;
  };
}

/**
 * kustomize's utils.SameEndingSubSlice: the shorter list is a suffix of the longer one; an empty
 * list only matches an empty list.
 */
function sameEndingSubSlice(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const diff = longer.length - shorter.length;
  if (shorter.length === 0) return diff === 0;
  return shorter.every((s, i) => longer[i + diff] === s);
}

/**
 * kustomize's Resource.PrefixesSuffixesEquals. With `allowEmpty`, a side without prefixes (or
 * suffixes) matches anything.
 */
function prefixesSuffixesEqual(a: Resource, b: Resource, allowEmpty: boolean): boolean {
  const prefixesOk =
    (allowEmpty && (a.prefixes.length === 0 || b.prefixes.length === 0)) || sameEndingSubSlice(a.prefixes, b.prefixes);
  const suffixesOk =
    (allowEmpty && (a.suffixes.length === 0 || b.suffixes.length === 0)) || sameEndingSubSlice(a.suffixes, b.suffixes);
  return prefixesOk && suffixesOk;
}

function allNamesAreTheSame(rs: readonly Resource[]): boolean {
  return rs.every((r) => r.name === rs[0]!.name);
}

function allNamesAndNamespacesAreTheSame(rs: readonly Resource[]): boolean {
  return rs.every((r) => r.name === rs[0]!.name && r.namespace === rs[0]!.namespace);
}

/**
 * kustomize's SubsetThatCouldBeReferencedByResource: everything for a cluster-scoped referrer;
 * otherwise cluster-scoped resources, resources in the referrer's namespace, and, for a
 * RoleBinding, resources in the namespaces of its ServiceAccount subjects.
 */
export function subsetThatCouldBeReferencedBy(resources: readonly Resource[], referrer: Resource): Resource[] {
  const rid = referrer.curId();
  if (isClusterScoped(rid)) return resources.slice();
  const bindingNamespaces = roleBindingNamespaces(referrer);
  const rns = effectiveNamespace(rid);
  return resources.filter((r) => {
    const id = r.curId();
    if (isClusterScoped(id)) return true;
    if (effectiveNamespace(id) === rns) return true;
    return bindingNamespaces.has(r.namespace);
  });
}

/** Namespaces of the ServiceAccount subjects of a RoleBinding. */
function roleBindingNamespaces(r: Resource): Set<string> {
  const result = new Set<string>();
  if (r.kind !== 'RoleBinding') return result;
  const subjects = getOwn(r.obj, 'subjects');
  if (!Array.isArray(subjects)) return result;
  for (const s of subjects) {
    if (!isObject(s)) continue;
    const ns = getOwn(s, 'namespace');
    const kind = getOwn(s, 'kind');
    if (ns === undefined || kind === undefined || kind !== 'ServiceAccount') continue;
    if (typeof ns !== 'string') {
      throw new KustomizeError(
        'INVALID_RESOURCE',
        `Invalid Input: namespace is blank for resource "${resIdString(r.curId())}"`,
        { resource: resIdString(r.curId()) },
      );
    }
    result.add(ns);
  }
  return result;
}
