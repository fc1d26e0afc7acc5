/**
 * Selecting resources for patches and replacements: anchored regular expressions on group, version,
 * kind, name and namespace (original or current), plus Kubernetes label/annotation selectors.
 * @see kustomize api/types/selector.go, api/resmap/reswrangler.go Select
 */
import { KustomizeError } from '../core/errors.js';
import { isLiteralPattern, matchesLiteral } from '../core/literal-pattern.js';
import { compileGoRegexp, GoRegexpSyntaxError } from '../core/go-regexp.js';
import type { Selector } from '../load/types.js';
import { effectiveNamespace } from './resid.js';
import type { Resource } from './resource.js';

/** A whole-string matcher: a Go regular expression, built only for patterns that need one. */
interface Matcher {
  test(s: string): boolean;
}

function anchored(p: string | undefined, field: string): Matcher | undefined {
  if (!p) return undefined;
  if (isLiteralPattern(p)) return { test: (s) => matchesLiteral(p, s) };
  try {
    // kustomize's anchorRegex (api/types/selector.go).
    return compileGoRegexp(`^(?:${p})$`);
  } catch (e) {
    if (!(e instanceof GoRegexpSyntaxError)) throw e;
    // No field here: the caller knows which entry's target this is.
    throw new KustomizeError('INVALID_KUSTOMIZATION', `invalid ${field} regex: ${e.message}`, { cause: e });
  }
}

type Requirement =
  | { op: 'exists' | 'notexists'; key: string }
  | { op: 'in' | 'notin'; key: string; values: Set<string> };

/** Parses a Kubernetes label selector string (`a=b,c!=d,e in (x,y),!f`). */
export function parseLabelSelector(s: string): Requirement[] {
  const reqs: Requirement[] = [];
  let i = 0;
  const n = s.length;
  const ws = () => {
    while (i < n && /\s/.test(s[i]!)) i++;
  };
  const ident = () => {
    const st = i;
    while (i < n && !/[\s,=!()]/.test(s[i]!)) i++;
    return s.slice(st, i);
  };
  const fail = (msg: string): never => {
    throw new KustomizeError('INVALID_KUSTOMIZATION', `unable to parse requirement: ${msg} in selector "${s}"`);
  };
  ws();
  if (i >= n) return reqs;
  for (;;) {
    ws();
    if (s[i] === '!') {
      i++;
      ws();
      const key = ident();
      if (!key) fail('missing key after !');
      reqs.push({ op: 'notexists', key });
    } else {
      const key = ident();
      if (!key) fail('missing key');
      ws();
      if (i >= n || s[i] === ',') {
        reqs.push({ op: 'exists', key });
      } else if (s.startsWith('==', i) || s[i] === '=') {
        i += s.startsWith('==', i) ? 2 : 1;
        ws();
        reqs.push({ op: 'in', key, values: new Set([ident()]) });
      } else if (s.startsWith('!=', i)) {
        i += 2;
        ws();
        reqs.push({ op: 'notin', key, values: new Set([ident()]) });
      } else {
        const word = ident();
        if (word !== 'in' && word !== 'notin') fail(`unexpected "${word}"`);
        ws();
        if (s[i] !== '(') fail('expected (');
        i++;
        const values = new Set<string>();
        for (;;) {
          ws();
          const v = ident();
          values.add(v);
          ws();
          if (s[i] === ',') {
            i++;
            continue;
          }
          if (s[i] === ')') {
            i++;
            break;
          }
          fail('expected , or )');
        }
        reqs.push({ op: word === 'in' ? 'in' : 'notin', key, values });
      }
    }
    ws();
    if (i >= n) break;
    if (s[i] !== ',') fail(`unexpected "${s[i]}"`);
    i++;
  }
  return reqs;
}

/** Whether a label/annotation map satisfies the requirements. */
export function matchesRequirements(map: Record<string, string>, reqs: Requirement[]): boolean {
  for (const r of reqs) {
    const has = Object.prototype.hasOwnProperty.call(map, r.key);
    switch (r.op) {
      case 'exists':
        if (!has) return false;
        break;
      case 'notexists':
        if (has) return false;
        break;
      case 'in':
        if (!has || !r.values.has(map[r.key]!)) return false;
        break;
      case 'notin':
        if (has && r.values.has(map[r.key]!)) return false;
        break;
    }
  }
  return true;
}

/** A compiled selector, reusable over many resources. */
export function compileSelector(sel: Selector): (r: Resource) => boolean {
  const g = anchored(sel.group, 'group');
  const v = anchored(sel.version, 'version');
  const k = anchored(sel.kind, 'kind');
  const nm = anchored(sel.name, 'name');
  const ns = anchored(sel.namespace, 'namespace');
  const labels = sel.labelSelector ? parseLabelSelector(sel.labelSelector) : undefined;
  const annos = sel.annotationSelector ? parseLabelSelector(sel.annotationSelector) : undefined;
  return (r: Resource) => {
    const cur = r.curId();
    const org = r.orgId();
    if (ns && !ns.test(effectiveNamespace(org)) && !ns.test(effectiveNamespace(cur))) return false;
    if (nm && !nm.test(org.name) && !nm.test(cur.name)) return false;
    if (g && !g.test(cur.group)) return false;
    if (v && !v.test(cur.version)) return false;
    if (k && !k.test(cur.kind)) return false;
    if (labels && !matchesRequirements(r.labels, labels)) return false;
    if (annos && !matchesRequirements(r.annotations, annos)) return false;
    return true;
  };
}

/** kustomize's ResMap.Select. */
export function selectResources(resources: readonly Resource[], sel: Selector): Resource[] {
  const m = compileSelector(sel);
  return resources.filter(m);
}
