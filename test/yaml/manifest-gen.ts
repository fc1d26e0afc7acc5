/**
 * A generator of YAML manifests for the fast-path differential test (fast-parse.test.ts): random
 * Kubernetes-like documents mixing every construct the fast path reads with, at a random rate,
 * constructs it leaves to the full parser and plain mistakes; plus random edits of a text.
 */

/** mulberry32: a small deterministic PRNG for the generator. */
export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    let t = (this.a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(a: readonly T[]): T {
    return a[this.int(a.length)]!;
  }
}

/** Plain scalars of every type that read fine. */
const PLAIN = [
  'x', 'nginx:1.25', 'v1', 'ConfigMap', 'hello world', 'a b  c', 'true', 'True', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n',
  '~', 'null', 'Null', 'NULL', '0', '7', '42', '8080', '65536', '-1', '+1', '-0', '0x1F', '0X1f', '0o17', '017', '08', '1_000',
  '1e3', '1E3', '1.0', '1.50', '.5', '-.5', '5.', '6.02e23', '1e400', '2001-12-14',
  '2001-12-14T21:59:43Z', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10', '12:30',
  '1:20', 'a:b', 'http://example.com:8080/x', 'a#b', 'x # comment', '-x', '--flag=1', '--', '<<', '=', 'é', '日本', '😀',
  '0.0.0.0', '1Gi', '500m', '$(VAR)', '${X}', 'a,b', 'a]', 'a}', '9007199254740993', '123456789012345678901234567890', '0b101',
  '-0b1', '1__0', '_1', 'x  ', "it's", 'say "hi"', 'List', 'FooList', '1234567890123456', '999999999999999', '0.1', '-1e-7',
  'a\tb', 'x [y]', 'x {y}', 'x & y', 'x * y', 'x ! y', 'x | y', 'x > y', 'x: y'.replace(': ', ':'),
];
/** Plain-looking text the fast path leaves to the full parser (or that is an error). */
const ODD_PLAIN = [
  '.inf', '-.Inf', '.nan', '2001-12-14T21:59:43+24:00', '-', '%x', '@x', '`x', '?x', ':x', 'x:', 'a: b', '*a', '&a x', '!x y',
  '!!str 1', '!!int "2"', '|', '>', '[a]', '{a: b}', '? x', 'a\tb ', '\tx',
];
const KEYS = [
  'apiVersion', 'kind', 'metadata', 'name', 'namespace', 'annotations', 'labels', 'items', 'spec', 'data', 'a', 'b', 'c', 'x.io/y',
  'app.kubernetes.io/name', 'image', 'args', 'containers', 'env', 'value', 'ports', 'port', 'k', 'key with space', 'é',
];
const ODD_KEYS = [
  '"quoted"', "'single'", '"a\\tb"', '1', 'true', 'null', '~', '<<', '"<<"', 'k:', '-k', '? k', '"a":', '', '1.5', '2001-12-14',
  '__proto__', 'on', 'y', '"x" ', '&a k', '*a', '!t k', '[k]', '{k}', 'k ', 'a#b', 'a #b', '"unterminated', 'x'.repeat(1100),
];

/** Probability of odd constructs in the document being generated. */
let odd = 0.05;

/** A scalar for a value in a collection at column `indent`. */
function scalar(r: Rng, indent: number): string {
  if (r.chance(odd)) return r.pick(ODD_PLAIN).replace(/\\t/g, '\t');
  switch (r.int(8)) {
    case 0:
    case 1:
    case 2:
    case 3:
      return r.pick(PLAIN).replace(/\\t/g, '\t');
    case 4: {
      // double-quoted, with escapes
      const parts = ['a', ' ', 'é', '\\n', '\\t', '\\x41', '\\u00e9', '\\U0001F600', "\\'", '\\"', '\\\\', "'", '#', ': ', '1', '  '];
      const oddParts = ['\\/', '\\q', '\\ud83d', '\t'];
      let s = '';
      for (let i = r.int(5); i > 0; i--) s += r.chance(odd) ? r.pick(oddParts) : r.pick(parts);
      const more = () => ' '.repeat(r.chance(odd * 4) ? r.int(indent + 1) : indent + 1 + r.int(4));
      if (r.chance(0.1)) s += '\n' + more() + r.pick(['b', '', 'c d', '\\']) + (r.chance(0.3) ? '\n\n' + more() + 'e' : '');
      return r.chance(odd) ? `"${s}` : `"${s}"`;
    }
    case 5: {
      const parts = ['a', ' ', "''", '\\', '"', '#', ': ', 'ü', '1', 'true'];
      let s = '';
      for (let i = r.int(5); i > 0; i--) s += r.chance(odd) ? '\t' : r.pick(parts);
      if (r.chance(0.1)) s += '\n' + ' '.repeat(r.chance(odd * 4) ? r.int(indent + 1) : indent + 1 + r.int(4)) + r.pick(['b', '', "''"]);
      return r.chance(odd) ? `'${s}` : `'${s}'`;
    }
    case 6:
      if (r.chance(odd * 4)) return r.pick(['[a, [b]]', '{a: {b: c}}', '[a, ]', '{a: }', '{a:1}', '[x: 1]', '[2001-12-14, 1:20]', '[a]]', '{a: b} x', '[a, b', '[a,\tb]', '{"a":1}']);
      return r.pick(['[]', '{}', '[a, b]', '[1, "two", 3.0, ~, true]', '{a: 1, b: x}', '{"a": "b"}', '[a,b]', '[ a , b ]', '{ a: 1 , b: 2 }', '[a] # c', '[-1, -x]', '{x: 0x10, y: ~, n: 8080, b: true, f: 1.50}', "['a', \"b\"]", '[2001-12-14]']);
    default: {
      let s = r.pick(PLAIN);
      for (let i = r.int(3); i > 0; i--) s += r.pick([' ', '-', '_', '.', '/', ':', '=']) + r.pick(PLAIN);
      // A long plain scalar folded over more indented lines, as kustomize prints them.
      if (r.chance(0.1)) s += '\n' + ' '.repeat(r.chance(odd * 4) ? r.int(indent + 1) : indent + 1 + r.int(4)) + r.pick(PLAIN) + (r.chance(0.3) ? '\n\n' + ' '.repeat(indent + 2) + 'more' : '');
      return s;
    }
  }
}

function comment(r: Rng): string {
  if (r.chance(odd)) return '#nc';
  return r.chance(0.1) ? r.pick([' # c', '  #c', ' #', ' # x: y']) : '';
}

/** A key not used yet in the map (a duplicate only as an odd construct). */
function uniqueKey(r: Rng, used: Set<string>, pool: readonly string[]): string {
  if (r.chance(odd)) return r.pick([...ODD_KEYS, ...used]);
  let k = r.pick(pool);
  while (used.has(k)) k = r.pick(pool) + r.int(1000);
  used.add(k);
  return k;
}

function blockScalar(r: Rng, indent: number, out: string[], head: string): void {
  const ind = r.pick(['', '', '', '1', '2', '4']);
  const chomp = r.pick(['', '', '-', '+']);
  const header = (r.chance(0.5) ? '|' : '>') + (r.chance(0.5) ? ind + chomp : chomp + ind);
  out.push(head + header + comment(r));
  const base = indent + (ind ? Number(ind) : r.pick([1, 2, 2, 4]));
  const lines = r.chance(odd) ? r.int(2) : 1 + r.int(6);
  for (let i = 0; i < lines; i++) {
    // The first line sets the indentation (unless odd).
    const c = i === 0 && !r.chance(odd * 4) ? 6 : r.int(9);
    switch (c) {
      case 0:
        out.push('');
        break;
      case 1:
        out.push(' '.repeat(r.int(base + 3)));
        break;
      case 2:
        out.push(' '.repeat(base + 1 + r.int(3)) + r.pick(PLAIN));
        break;
      case 3:
        out.push(' '.repeat(base) + r.pick(['# not a comment', 'x  ', '\tx', 'x\ty', 'a b', '---', '- x', 'k: v', '"q"', '\t']));
        break;
      case 4:
        if (r.chance(odd * 4)) out.push(' '.repeat(r.int(base)) + r.pick(['x', '\tx', '# comment']));
        else out.push(' '.repeat(base) + 'plain text');
        break;
      default:
        out.push(' '.repeat(base) + r.pick(PLAIN));
    }
  }
}

function genMap(r: Rng, indent: number, depth: number, out: string[], firstPrefix: string | null, keys: string[]): void {
  const n = Math.max(keys.length, 1 + r.int(depth > 3 ? 2 : 5));
  const used = new Set(keys);
  for (let i = 0; i < n; i++) {
    const key = i < keys.length ? keys[i]! : uniqueKey(r, used, KEYS);
    const head = (i === 0 && firstPrefix !== null ? firstPrefix : ' '.repeat(indent)) + key + ':';
    genValue(r, indent, depth, out, head, key);
  }
}

function genValue(r: Rng, indent: number, depth: number, out: string[], head: string, key: string): void {
  const step = r.pick([1, 2, 2, 2, 4]);
  const c = depth > 4 ? r.int(3) : r.int(10);
  if (key === 'annotations' || key === 'labels') {
    if (r.chance(0.7)) {
      out.push(head + comment(r));
      const n = 1 + r.int(4);
      const used = new Set<string>();
      for (let i = 0; i < n; i++) {
        const k = uniqueKey(r, used, ['a', 'b', 'x.io/y', 'port', 'n', 'e', 'z', 'w']);
        if (r.chance(0.15)) blockScalar(r, indent + 2, out, ' '.repeat(indent + 2) + k + ': ');
        else if (r.chance(0.1)) out.push(' '.repeat(indent + 2) + k + ':');
        else out.push(' '.repeat(indent + 2) + k + ': ' + scalar(r, indent + 2) + comment(r));
      }
      return;
    }
  }
  switch (c) {
    case 0:
    case 1:
    case 2:
      out.push(head + ' ' + scalar(r, indent) + comment(r));
      return;
    case 3:
      out.push(head + comment(r));
      return;
    case 4:
      blockScalar(r, indent, out, head + ' ');
      return;
    case 5:
    case 6:
      out.push(head + comment(r));
      if (r.chance(0.1)) out.push(' '.repeat(r.int(indent + 4)) + '# between');
      genMap(r, indent + step, depth + 1, out, null, key === 'metadata' ? ['name'] : []);
      return;
    default:
      out.push(head + comment(r));
      genSeq(r, r.chance(0.4) ? indent : indent + step, depth + 1, out, key === 'items');
  }
}

function genSeq(r: Rng, indent: number, depth: number, out: string[], resources: boolean): void {
  const n = 1 + r.int(4);
  for (let i = 0; i < n; i++) {
    const dash = ' '.repeat(indent) + '-';
    const c = resources ? 1 : depth > 4 ? r.int(2) : r.int(8);
    switch (c) {
      case 0:
        out.push(dash + ' ' + scalar(r, indent) + comment(r));
        break;
      case 1:
      case 2: {
        const gap = r.pick([1, 1, 1, 3]);
        genMap(r, indent + 1 + gap, depth + 1, out, dash + ' '.repeat(gap), resources ? ['apiVersion', 'kind', 'metadata'] : []);
        break;
      }
      case 3:
        out.push(dash + comment(r));
        if (r.chance(0.7)) genMap(r, indent + r.pick([1, 2, 4]), depth + 1, out, null, []);
        break;
      case 4:
        blockScalar(r, indent, out, dash + ' ');
        break;
      case 5:
        out.push(dash + ' ' + (r.chance(odd * 4) ? r.pick(['&a x', '*a', '? x', '- - ']) : r.pick(['- x', '- [a]', '[a, b]', '{}', '', '- k: v', '- - y'])));
        break;
      default:
        out.push(dash + comment(r));
        if (r.chance(0.7)) genSeq(r, indent + r.pick([1, 2]), depth + 1, out, false);
    }
  }
}

function generateDoc(r: Rng): string {
  const out: string[] = [];
  if (r.chance(0.1)) out.push(r.pick(['# leading comment', '', '  # indented comment']));
  if (r.chance(0.05)) {
    genSeq(r, 0, 1, out, false);
  } else {
    const isList = r.chance(0.1);
    out.push('apiVersion: v1');
    if (isList && r.chance(0.8)) out.push(`kind: ${r.pick(['List', 'ConfigMapList', 'Foo'])}`);
    else out.push(`kind: ${r.pick(['ConfigMap', 'Deployment', 'List'])}`);
    const keys = ['apiVersion', 'kind'];
    if (isList) {
      out.push('items:');
      genSeq(r, r.pick([0, 2]), 1, out, true);
      keys.push('items');
    }
    if (r.chance(0.9)) {
      out.push('metadata:');
      genMap(r, 2, 1, out, null, ['name', r.pick(['annotations', 'labels', 'namespace', 'annotations'])]);
      keys.push('metadata');
    }
    const more: string[] = [];
    genMap(r, 0, 0, more, null, [...keys, r.pick(['spec', 'data'])]);
    // genMap printed the given keys again: keep only what follows them.
    out.push(...more.slice(more.findIndex((l) => /^(spec|data):/.test(l))));
  }
  return out.join('\n') + '\n';
}

/** A random JSON value (for JSON-like documents). */
function jsonValue(r: Rng, depth: number): unknown {
  switch (depth > 3 ? r.int(4) : r.int(7)) {
    case 0:
      return r.pick([0, 1, -1, -0, 8080, 1.5, 1e21, 1e-7, 123456789, 2 ** 53 + 2, 0.1, 3.0, 1e300]);
    case 1:
      return r.pick([true, false, null]);
    case 2:
    case 3: {
      const parts = ['a', ' ', 'é', '\n', '\t', '"', '\\', '/', '😀', '\u2028', '#', ': ', '1', '0x10', 'true', '~', '\u0007'];
      let s = '';
      for (let i = r.int(4); i > 0; i--) s += r.pick(parts);
      return s;
    }
    case 4: {
      const a: unknown[] = [];
      for (let i = r.int(4); i > 0; i--) a.push(jsonValue(r, depth + 1));
      return a;
    }
    default: {
      const o: Record<string, unknown> = {};
      for (let i = r.int(4); i > 0; i--) o[r.pick([...KEYS, '<<', '1', 'true', ''])] = jsonValue(r, depth + 1);
      return o;
    }
  }
}

/** A JSON document (a resource, sometimes a List), compact or pretty-printed, sometimes with YAML-only twists. */
function jsonDoc(r: Rng): string {
  const doc: Record<string, unknown> = { apiVersion: 'v1', kind: r.pick(['ConfigMap', 'List', 'PodList']) };
  if (r.chance(0.3)) doc['items'] = [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', annotations: { a: jsonValue(r, 3), b: 1 } } }];
  doc['metadata'] = { name: 'x', annotations: { n: jsonValue(r, 2), m: r.pick([1, 1.5, true, null, 'x', [1], { a: 1 }]) }, labels: { l: jsonValue(r, 3) } };
  doc['spec'] = jsonValue(r, 0);
  let text = JSON.stringify(doc, null, r.pick([0, 0, 1, 2, 4]));
  if (r.chance(odd * 4)) {
    // YAML flow twists: \/ escapes, a comment, single quotes, plain keys, trailing commas.
    text = text.replace(r.pick(['/', '"', ',', ':', '\n', '{']), r.pick(['\\/', "'", ',,', ': ', '\n# c\n', '{ ']));
  }
  return text + '\n';
}

export function generate(r: Rng): string {
  odd = r.pick([0, 0, 0.01, 0.05]);
  if (r.chance(0.1)) return jsonDoc(r) + (r.chance(0.3) ? '---\n' + jsonDoc(r) : '');
  let text = '';
  const docs = 1 + r.int(3);
  if (r.chance(0.1)) text += r.pick(['---\n', '--- # c\n', '--- x\n', '---\t\n']);
  for (let i = 0; i < docs; i++) {
    if (i > 0) text += r.pick(['---\n', '--- # sep\n', '---  \n']);
    text += generateDoc(r);
  }
  if (r.chance(0.2)) text = mutate(text, r);
  if (r.chance(0.05)) text = text.slice(0, -1); // no final line break
  return text;
}

/** A few random edits: the results (errors included) must still agree. */
export function mutate(text: string, r: Rng): string {
  const lines = text.split('\n');
  for (let k = 1 + r.int(3); k > 0; k--) {
    if (lines.length === 0) lines.push('');
    const i = r.int(lines.length);
    const l = lines[i]!;
    switch (r.int(9)) {
      case 0:
        lines[i] = ' ' + l;
        break;
      case 1:
        lines[i] = l.replace(/^ /, '');
        break;
      case 2: {
        const j = r.int(l.length + 1);
        lines[i] = l.slice(0, j) + r.pick(['\t', ' ', '#', ':', '"', "'", '&a ', '*a', '!!str ', '[', '{', '- ', ', ', '\\', '|', '>', 'é', '\r']) + l.slice(j);
        break;
      }
      case 3: {
        const j = r.int(l.length);
        lines[i] = l.slice(0, j) + l.slice(j + 1);
        break;
      }
      case 4:
        lines.splice(i, 0, l);
        break;
      case 5:
        lines.splice(i, 0, r.pick(['...', '---', '? x', ': y', '%YAML 1.2', '# c', '', '   ', '<<: {a: 1}', 'x: &a 1', 'y: *a', '- z']));
        break;
      case 6:
        lines.splice(i, 1);
        break;
      case 7:
        lines[i] = l + r.pick([' # c', ':', ' x', '  ', ': v', ' "q"']);
        break;
      default:
        lines.splice(i, 0, ' '.repeat(r.int(8)) + r.pick(PLAIN));
    }
  }
  return lines.join('\n');
}
