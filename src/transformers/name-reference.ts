/**
 * The root-level name-reference fix-up (kustomize's FixBackReferences): after prefixes,
 * suffixes, namespaces and hashes changed names, rewrite the fields that refer to those
 * resources by name (config map volumes, role refs, service accounts, HPA targets...).
 * Referrers are processed in resource order (kustomize iterates a Go map; only the order of the
 * `refBy` bookkeeping and which of several errors is reported could differ).
 * @see kustomize api/internal/accumulator/namereferencetransformer.go, api/filters/nameref/nameref.go,
 *      api/resmap/reswrangler.go SubsetThatCouldBeReferencedByResource (v5.5.0)
 */
import { type JsonObject, getOwn, isObject, setOwn } from '../core/json.js';
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
import { ElementRef, type FieldRef, applyFieldSpec, wrapError } from '../fieldspec/walk.js';
import { gvkOf } from '../fieldspec/merge.js';
import { prevIdsOf } from './ids.js';
import { requireScalar, scalarText } from './setters.js';

/** One referrer field to fix, and the kind of resource it names. */
interface NameRefFilter {
  fieldSpec: FieldSpec;
  target: Gvk;
  /** The fieldSpec without its GVK (the referrer was matched by its original id already). */
  walkSpec: FieldSpec;
}

/**
 * What the fix-up needs of each resource, computed once: ids other than names do not change
 * during the fix-up (it rewrites reference fields, not the referrals' kinds or namespaces).
 */
interface RefInfo {
  /** The resource's position in the map (merged selections keep resource order). */
  pos: number;
  /** kustomize's PrevIds. */
  prev: ResId[];
  curClusterScoped: boolean;
  curNs: string;
  /** metadata.namespace as written. */
  rawNs: string;
  orgClusterScoped: boolean;
  orgNs: string;
}

/**
 * Indexes over the resources, so that each reference looks only at the resources that carry its
 * name instead of scanning the whole map (which made the fix-up quadratic in the number of
 * resources). Lists keep resource order, so every selection equals the filtered full scan.
 */
interface RefIndex {
  info: Map<Resource, RefInfo>;
  /** Resources by each distinct name among their previous ids. */
  byPrevName: Map<string, Resource[]>;
  /**
   * The same lists split by the current id: the namespaced resources by their effective
   * namespace, and the cluster-scoped ones. A namespaced referrer sees the union of its
   * namespace's list and the cluster-scoped list, without a scan of all resources of that name
   * (a name shared by a resource in each of N namespaces made that scan quadratic).
   */
  byPrevNameNs: Map<string, Map<string, Resource[]>>;
  byPrevNameCluster: Map<string, Resource[]>;
  /** Namespaced (by original id) resources by the effective namespace of their original id. */
  byOrgNs: Map<string, Resource[]>;
}

const NO_RESOURCES: readonly Resource[] = [];

/**
 * Filters per original GVK, for each frozen (immutable, see freezeTransformerConfig)
 * nameReference list: a pure function of the two, so builds sharing the default config share it.
 */
const filterCache = new WeakMap<readonly NameBackReferences[], Map<string, NameRefFilter[]>>();

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
  const index: RefIndex = {
    info: new Map(),
    byPrevName: new Map(),
    byPrevNameNs: new Map(),
    byPrevNameCluster: new Map(),
    byOrgNs: new Map(),
  };
  const orgIds: ResId[] = [];
  for (let pos = 0; pos < resources.length; pos++) {
    const r = resources[pos]!;
    const prev = prevIdsOf(r);
    const cur = r.curId();
    const org = prev.length ? prev[0]! : cur;
    orgIds.push(org);
    const info: RefInfo = {
      pos,
      prev,
      curClusterScoped: isClusterScoped(cur),
      curNs: effectiveNamespace(cur),
      rawNs: cur.namespace,
      orgClusterScoped: isClusterScoped(org),
      orgNs: effectiveNamespace(org),
    };
    index.info.set(r, info);
    for (let i = 0; i < prev.length; i++) {
      const name = prev[i]!.name;
      let dup = false;
      for (let j = 0; j < i; j++) if (prev[j]!.name === name) dup = true;
      if (dup) continue;
      pushTo(index.byPrevName, name, r);
      if (info.curClusterScoped) pushTo(index.byPrevNameCluster, name, r);
      else {
        let byNs = index.byPrevNameNs.get(name);
        if (!byNs) index.byPrevNameNs.set(name, (byNs = new Map()));
        pushTo(byNs, info.curNs, r);
      }
    }
    if (!info.orgClusterScoped) pushTo(index.byOrgNs, info.orgNs, r);
  }
  // The filters that apply to each resource, computed once per distinct original GVK (and kept
  // with the config when it is immutable, as the shared default config is).
  let filtersByGvk = filterCache.get(nameReference);
  if (!filtersByGvk) {
    filtersByGvk = new Map();
    if (Object.isFrozen(nameReference)) filterCache.set(nameReference, filtersByGvk);
  }
  const filters = resources.map((_, i) => {
    const org = orgIds[i]!;
    const key = `${org.group}\u0000${org.version}\u0000${org.kind}`;
    let list = filtersByGvk.get(key);
    if (!list) {
      list = [];
      for (let b = 0; b < nameReference.length; b++) {
        const backRef = nameReference[b]!;
        const specs = backRef.fieldSpecs;
        for (let f = 0; f < specs.length; f++) {
          const fieldSpec = specs[f]!;
          if (gvkIsSelected(org, fieldSpec)) {
            list.push({ fieldSpec, target: gvkOf(backRef), walkSpec: Object.freeze({ path: fieldSpec.path, create: fieldSpec.create }) });
          }
        }
      }
      filtersByGvk.set(key, list);
    }
    return list;
  });
  resources.forEach((referrer, i) => {
    const list = filters[i]!;
    if (!list.length) return;
    const candidates = new Candidates(index, referrer);
    for (const f of list) applyNameRefFilter(referrer, f, candidates);
  });
}

function pushTo(m: Map<string, Resource[]>, key: string, r: Resource): void {
  const l = m.get(key);
  if (l) l.push(r);
  else m.set(key, [r]);
}

/**
 * The resources a referrer could refer to (kustomize's SubsetThatCouldBeReferencedByResource),
 * as a predicate over the indexes rather than a list of the whole subset.
 */
class Candidates {
  private readonly all: boolean;
  private readonly ns: string;
  private readonly bindingNamespaces: Set<string>;

  constructor(
    readonly index: RefIndex,
    readonly referrer: Resource,
  ) {
    const info = index.info.get(referrer)!;
    this.all = info.curClusterScoped;
    this.ns = info.curNs;
    this.bindingNamespaces = this.all ? new Set() : roleBindingNamespaces(referrer);
  }

  /** Whether the referrer could refer to `r`. */
  has(r: Resource): boolean {
    if (this.all) return true;
    const info = this.index.info.get(r)!;
    return info.curClusterScoped || info.curNs === this.ns || this.bindingNamespaces.has(info.rawNs);
  }

  /** The candidates with `name` among their previous ids, in resource order. */
  named(name: string): readonly Resource[] {
    if (this.all) return this.index.byPrevName.get(name) ?? NO_RESOURCES;
    if (this.bindingNamespaces.size) return (this.index.byPrevName.get(name) ?? NO_RESOURCES).filter((r) => this.has(r));
    // has() without binding namespaces: cluster-scoped, or in the referrer's namespace.
    const cluster = this.index.byPrevNameCluster.get(name) ?? NO_RESOURCES;
    const local = this.index.byPrevNameNs.get(name)?.get(this.ns) ?? NO_RESOURCES;
    if (!cluster.length) return local;
    if (!local.length) return cluster;
    return mergeByPosition(cluster, local, this.index.info);
  }

  info(r: Resource): RefInfo {
    return this.index.info.get(r)!;
  }
}

/** Two lists of resources, each in resource order, merged into one in resource order. */
function mergeByPosition(a: readonly Resource[], b: readonly Resource[], info: Map<Resource, RefInfo>): Resource[] {
  const out: Resource[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (info.get(a[i]!)!.pos < info.get(b[j]!)!.pos) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

function applyNameRefFilter(referrer: Resource, f: NameRefFilter, candidates: Candidates): void {
  const ctx: SelectCtx = { referrer, target: f.target, path: f.fieldSpec.path, prev: (r) => candidates.info(r).prev };
  try {
    // The fieldSpec's GVK is replaced by the referrer's: it applies to the referrer as matched by org id.
    applyFieldSpec(referrer.obj, f.walkSpec, { setValue: (ref) => setReference(ref, ctx, candidates) });
  } catch (e) {
    const err = wrapError(e, `updating name reference in '${f.fieldSpec.path}' field of '${resIdString(referrer.curId())}'`);
    // The referrer is the resource to look at (its file and line are found from the id).
    err.resource ??= resIdString(referrer.curId());
    throw err;
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

function setReference(ref: FieldRef, ctx: SelectCtx, candidates: Candidates): void {
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
        setScalar(new ElementRef(v, i), ctx, candidates);
      }
    }
    return;
  }
  setScalar(ref, ctx, candidates);
}

/** A reference held in a scalar: only the name is read from the referral. */
function setScalar(ref: FieldRef, ctx: SelectCtx, candidates: Candidates): void {
  requireScalar(ref);
  const oldName = scalarText(ref.value);
  const referral = selectReferral(oldName, candidates.named(oldName), ctx, allNamesAreTheSame);
  if (!referral) return;
  referral.refBy.push(ctx.referrer.curId());
  if (referral.name === oldName) return;
  ref.set(referral.name);
}

/**
 * A reference held in a map with `name` (and maybe `namespace`), e.g. a webhook's
 * clientConfig.service or a binding subject: both are read from the referral.
 */
function setMapping(node: JsonObject, ctx: SelectCtx, candidates: Candidates): void {
  const nameNode = getOwn(node, 'name');
  if (nameNode === undefined) throw new KustomizeError('BAD_FIELD_PATH', "path config error; no 'name' field in node");
  // kyaml reads an empty value from a non-scalar name node.
  const oldName = scalarText(nameNode);
  const subset = candidatesByNamespace(node, candidates, oldName);
  const referral = selectReferral(oldName, subset, ctx, allNamesAndNamespacesAreTheSame);
  if (!referral) return;
  referral.refBy.push(ctx.referrer.curId());
  if (referral.name === oldName && referral.namespace === '') return;
  setOwn(node, 'name', referral.name);
  // An empty namespace must not replace "default": "" is a wildcard here, not the default namespace.
  if (referral.namespace === '') return;
  setOwn(node, 'namespace', referral.namespace);
}

/**
 * Candidates named `name` in the namespace the map names: kustomize's
 * GroupedByOriginalNamespace of the whole subset when that namespace is among its original
 * namespaces, else GroupedByCurrentNamespace (both by effective namespace, cluster-scoped left
 * out). Only the name-matching ones are returned, as the referral selection keeps only those.
 */
function candidatesByNamespace(node: JsonObject, candidates: Candidates, name: string): readonly Resource[] {
  const named = candidates.named(name);
  const nsNode = getOwn(node, 'namespace');
  if (nsNode === undefined) return named;
  const ns = scalarText(nsNode);
  const byOrg = (candidates.index.byOrgNs.get(ns) ?? NO_RESOURCES).some((r) => candidates.has(r));
  if (byOrg) return named.filter((r) => !candidates.info(r).orgClusterScoped && candidates.info(r).orgNs === ns);
  return named.filter((r) => !candidates.info(r).curClusterScoped && candidates.info(r).curNs === ns);
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
