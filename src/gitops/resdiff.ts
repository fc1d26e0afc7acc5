/**
 * Resource-by-resource comparison of two builds (e.g. the staging and production overlays):
 * resources are matched by id (kustomize's ResId string, `Kind.version.group/name.namespace`),
 * and each matched pair that differs gets a unified diff of its YAML.
 *
 * Environments usually differ in namespace and name prefix/suffix, which changes every id; the
 * matching can ignore the namespace, strip given name prefixes/suffixes, and drop generator
 * hash suffixes (`-` + 10 characters of kustomize's hash alphabet) so that `staging-api` and
 * `production-api` are compared as one resource.
 */
import type { JsonObject } from '../core/json.js';
import { isObject } from '../core/json.js';
import { parseGroupVersion, resIdString } from '../resource/resid.js';
import { emitDocument } from '../yaml/emit.js';
import { unifiedDiff } from './diff.js';

export interface ResourceDiffOptions {
  /** Match resources regardless of namespace. */
  ignoreNamespace?: boolean;
  /** Name prefixes removed before matching (the longest that applies, once). */
  stripPrefixes?: string[];
  /** Name suffixes removed before matching (after the hash suffix). */
  stripSuffixes?: string[];
  /** Remove kustomize's generated-name hash suffix (`-` + 10 hash characters) before matching. */
  ignoreHashSuffix?: boolean;
  /**
   * Detect each side's own name prefix and suffix (the longest `…-` prefix / `-…` suffix shared
   * by all its names, Namespaces aside) and ignore them when matching.
   */
  autoAffixes?: boolean;
  /** Labels of the two sides in diff headers. Default 'a' and 'b'. */
  labels?: [string, string];
  /** Context lines of each diff. Default 3. */
  context?: number;
}

export interface ChangedResource {
  /** Id on side A. */
  id: string;
  /** Id on side B (differs from `id` when the match ignored namespace or affixes). */
  idB: string;
  /** Unified diff A → B of the resource's YAML. */
  diff: string;
}

export interface ResourceDiff {
  /** Ids only in B. */
  added: string[];
  /** Ids only in A. */
  removed: string[];
  changed: ChangedResource[];
  /** Ids (A side) of matched, identical resources. */
  unchanged: string[];
}

const HASH_SUFFIX = /-[2456789bcdfghkmt]{10}$/;

/** The ResId string of a built resource. */
export function resourceId(o: JsonObject): string {
  const { group, version } = parseGroupVersion(typeof o['apiVersion'] === 'string' ? o['apiVersion'] : '');
  const md = isObject(o['metadata']) ? o['metadata'] : {};
  return resIdString({
    group,
    version,
    kind: typeof o['kind'] === 'string' ? o['kind'] : '',
    name: typeof md['name'] === 'string' ? md['name'] : '',
    namespace: typeof md['namespace'] === 'string' ? md['namespace'] : '',
  });
}

interface Affixes {
  prefixes: string[];
  suffixes: string[];
}

function nameOf(o: JsonObject): string {
  const md = isObject(o['metadata']) ? o['metadata'] : {};
  return typeof md['name'] === 'string' ? md['name'] : '';
}

function matchKey(o: JsonObject, opts: ResourceDiffOptions, side: Affixes): string {
  const { group, version } = parseGroupVersion(typeof o['apiVersion'] === 'string' ? o['apiVersion'] : '');
  const md = isObject(o['metadata']) ? o['metadata'] : {};
  let name = nameOf(o);
  if (opts.ignoreHashSuffix) name = name.replace(HASH_SUFFIX, '');
  const pre = side.prefixes.filter((p) => p && name.startsWith(p) && p.length < name.length).sort((a, b) => b.length - a.length)[0];
  if (pre) name = name.slice(pre.length);
  const suf = side.suffixes.filter((x) => x && name.endsWith(x) && x.length < name.length).sort((a, b) => b.length - a.length)[0];
  if (suf) name = name.slice(0, name.length - suf.length);
  const namespace = opts.ignoreNamespace ? '' : typeof md['namespace'] === 'string' ? md['namespace'] : '';
  return resIdString({ group, version, kind: typeof o['kind'] === 'string' ? o['kind'] : '', name, namespace });
}

/** The name prefix (ending in `-`) and suffix (starting with `-`) shared by all names of a build. */
export function commonAffixes(resources: JsonObject[], ignoreHashSuffix = false): { prefix: string; suffix: string } {
  const names = resources
    .filter((o) => o['kind'] !== 'Namespace')
    .map((o) => (ignoreHashSuffix ? nameOf(o).replace(HASH_SUFFIX, '') : nameOf(o)));
  if (names.length < 2) return { prefix: '', suffix: '' };
  let pre = names[0]!;
  let suf = names[0]!;
  for (const n of names) {
    while (!n.startsWith(pre)) pre = pre.slice(0, -1);
    while (!n.endsWith(suf)) suf = suf.slice(1);
  }
  pre = pre.slice(0, pre.lastIndexOf('-') + 1);
  const i = suf.indexOf('-');
  suf = i < 0 ? '' : suf.slice(i);
  if (names.some((n) => n.length <= pre.length + suf.length)) return { prefix: pre, suffix: '' };
  return { prefix: pre, suffix: suf };
}

/** Compares two lists of built resources. Output lists follow A's order, then B's for additions. */
export function diffResources(a: JsonObject[], b: JsonObject[], opts: ResourceDiffOptions = {}): ResourceDiff {
  const [la, lb] = opts.labels ?? ['a', 'b'];
  const sides = [a, b].map((list): Affixes => {
    const auto = opts.autoAffixes ? commonAffixes(list, opts.ignoreHashSuffix) : { prefix: '', suffix: '' };
    return { prefixes: [...(opts.stripPrefixes ?? []), auto.prefix], suffixes: [...(opts.stripSuffixes ?? []), auto.suffix] };
  }) as [Affixes, Affixes];
  const byKey = new Map<string, JsonObject[]>();
  for (const o of b) {
    const k = matchKey(o, opts, sides[1]);
    const list = byKey.get(k);
    if (list) list.push(o);
    else byKey.set(k, [o]);
  }
  const result: ResourceDiff = { added: [], removed: [], changed: [], unchanged: [] };
  const used = new Set<JsonObject>();
  for (const o of a) {
    const id = resourceId(o);
    const candidates = byKey.get(matchKey(o, opts, sides[0]));
    // Prefer the exact id, then the first unused candidate.
    const match = candidates?.find((c) => !used.has(c) && resourceId(c) === id) ?? candidates?.find((c) => !used.has(c));
    if (!match) {
      result.removed.push(id);
      continue;
    }
    used.add(match);
    const idB = resourceId(match);
    const ya = emitDocument(o);
    const yb = emitDocument(match);
    if (ya === yb) result.unchanged.push(id);
    else {
      const diff = unifiedDiff(ya, yb, { fromFile: `${la} ${id}`, toFile: `${lb} ${idB}`, context: opts.context });
      result.changed.push({ id, idB, diff });
    }
  }
  for (const o of b) if (!used.has(o)) result.added.push(resourceId(o));
  return result;
}

/** A readable report: a summary line per added/removed/changed resource, then the diffs. */
export function formatResourceDiff(d: ResourceDiff, labels: [string, string] = ['a', 'b']): string {
  const lines: string[] = [];
  lines.push(
    `${d.changed.length} changed, ${d.added.length} added, ${d.removed.length} removed, ${d.unchanged.length} unchanged (${labels[0]} → ${labels[1]})`,
  );
  for (const id of d.removed) lines.push(`- removed  ${id}`);
  for (const id of d.added) lines.push(`+ added    ${id}`);
  for (const c of d.changed) lines.push(`~ changed  ${c.id}${c.idB !== c.id ? ` → ${c.idB}` : ''}`);
  let out = lines.join('\n') + '\n';
  for (const c of d.changed) out += '\n' + c.diff;
  return out;
}
