/**
 * Resource identity, as kustomize's kyaml/resid: group, version, kind, name, namespace.
 * @see kustomize kyaml/resid/resid.go, gvk.go
 */
import { isClusterScopedKind } from './cluster-scoped.js';

export interface Gvk {
  group: string;
  version: string;
  kind: string;
}

export interface ResId extends Gvk {
  name: string;
  namespace: string;
}

/** Splits an apiVersion into group and version (kyaml's ParseGroupVersion: `builtin` is a version). */
export function parseGroupVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  if (i > -1) return { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
  return { group: '', version: apiVersion };
}

export function apiVersionOf(g: Gvk): string {
  return g.group ? `${g.group}/${g.version}` : g.version;
}

/** kustomize's Gvk.String(): `kind.version.group` with placeholders. */
export function gvkString(g: Gvk): string {
  return `${g.kind || '[noKind]'}.${g.version || '[noVer]'}.${g.group || '[noGrp]'}`;
}

/** kustomize's ResId.String(): `Kind.version.group/name.namespace`. */
export function resIdString(id: ResId): string {
  return `${gvkString(id)}/${id.name || '[noName]'}.${id.namespace || '[noNs]'}`;
}

export function isClusterScoped(g: Gvk): boolean {
  return isClusterScopedKind(g.group, g.version, g.kind);
}

/** A non-empty namespace for equality: cluster-scoped ids share one, "" means "default". */
export function effectiveNamespace(id: ResId): string {
  if (isClusterScoped(id)) return '_non_namespaceable_';
  if (id.namespace === '' || id.namespace === 'default') return 'default';
  return id.namespace;
}

export function gvkEquals(a: Gvk, b: Gvk): boolean {
  return a.group === b.group && a.version === b.version && a.kind === b.kind;
}

export function gvknEquals(a: ResId, b: ResId): boolean {
  return a.name === b.name && gvkEquals(a, b);
}

export function resIdEquals(a: ResId, b: ResId): boolean {
  return gvknEquals(a, b) && effectiveNamespace(a) === effectiveNamespace(b);
}

/** Key for indexing ids so that equal ids (per resIdEquals) share one key. */
export function resIdKey(id: ResId): string {
  return `${id.group}\u0000${id.version}\u0000${id.kind}\u0000${id.name}\u0000${effectiveNamespace(id)}`;
}

/** kustomize's Gvk.IsSelected: empty selector fields are wildcards. */
export function gvkIsSelected(x: Gvk, sel: Partial<Gvk> | undefined): boolean {
  if (!sel) return true;
  if (sel.group && x.group !== sel.group) return false;
  if (sel.version && x.version !== sel.version) return false;
  if (sel.kind && x.kind !== sel.kind) return false;
  return true;
}

/** kustomize's ResId.IsSelectedBy. */
export function resIdIsSelectedBy(id: ResId, sel: ResId): boolean {
  return (
    (sel.name === '' || sel.name === id.name) &&
    (sel.namespace === '' || effectiveNamespace(sel) === effectiveNamespace(id)) &&
    gvkIsSelected(id, sel)
  );
}
