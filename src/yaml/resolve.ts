/**
 * Implicit typing of plain YAML scalars, as go-yaml does it.
 *
 * - {@link resolvePlain} with `v3` = yaml.v3 `resolve()` (YAML 1.2 core-ish, what kyaml uses to
 *   read resources): only `true`/`false` spellings are booleans, `0o17`/`017`/`0x1F`/`0b1` are ints.
 * - with `v2` = yaml.v2 `resolve()` (YAML 1.1: `yes`/`on`/`y`... are booleans), used for
 *   kustomization files and, through {@link isPlainSafeV2}, to decide output quoting.
 *
 * @see go-yaml/yaml resolve.go (branches v2 and v3)
 * Ported from go-yaml resolve.go (Apache-2.0): the resolve tables and their order of checks.
 */
import { goParseInt, goParseUint, YAML_STYLE_FLOAT, goParseDecimalFloat, goParseFloatDot } from './go-strconv.js';
import { formatRfc3339Nano, parseGoTimestamp, type GoTimestamp } from './timestamp.js';
import type { Json } from '../core/json.js';

/** The outcome of resolving a scalar. Ints carry a bigint so callers can see their exact value. */
export type Resolved =
  | { tag: 'null' }
  | { tag: 'bool'; value: boolean }
  | { tag: 'int'; value: bigint }
  | { tag: 'float'; value: number }
  | { tag: 'timestamp'; value: GoTimestamp }
  | { tag: 'merge' }
  | { tag: 'str' };

const NULL: Resolved = { tag: 'null' };
const TRUE: Resolved = { tag: 'bool', value: true };
const FALSE: Resolved = { tag: 'bool', value: false };
const MERGE: Resolved = { tag: 'merge' };
const STR: Resolved = { tag: 'str' };
const NAN: Resolved = { tag: 'float', value: NaN };
const INF: Resolved = { tag: 'float', value: Infinity };
const NINF: Resolved = { tag: 'float', value: -Infinity };

function buildMap(v2: boolean): Map<string, Resolved> {
  const m = new Map<string, Resolved>();
  const add = (r: Resolved, l: string[]) => l.forEach((s) => m.set(s, r));
  if (v2) {
    add(TRUE, ['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
    add(FALSE, ['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
  }
  add(TRUE, ['true', 'True', 'TRUE']);
  add(FALSE, ['false', 'False', 'FALSE']);
  add(NULL, ['', '~', 'null', 'Null', 'NULL']);
  add(NAN, ['.nan', '.NaN', '.NAN']);
  add(INF, ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']);
  add(NINF, ['-.inf', '-.Inf', '-.INF']);
  add(MERGE, ['<<']);
  return m;
}

const MAP_V2 = buildMap(true);
const MAP_V3 = buildMap(false);

/** resolveTable hint of the first UTF-8 byte: 'S' sign, 'D' digit, 'M' map, '.' dot, 0 none. */
function hintOf(c: number): string {
  if (c === 43 || c === 45) return 'S';
  if (c >= 48 && c <= 57) return 'D';
  if (c === 46) return '.';
  switch (c) {
    case 121: case 89: case 110: case 78: case 116: case 84: case 102: case 70: case 111: case 79: case 126:
      return 'M';
  }
  return '';
}

/**
 * go-yaml `resolve("", s)` for an untagged plain scalar. `version` picks the yaml.v2 (YAML 1.1)
 * or yaml.v3 tables; the numeric rules are the same in both (v3 adds `0o` octal).
 */
export function resolvePlain(s: string, version: 'v2' | 'v3'): Resolved {
  if (s.length === 0) return NULL;
  const hint = hintOf(s.charCodeAt(0));
  if (hint === '') return STR;
  const hit = (version === 'v2' ? MAP_V2 : MAP_V3).get(s);
  if (hit) return hit;
  if (hint === 'M') return STR;
  if (hint === '.') {
    const f = goParseFloatDot(s);
    return f !== undefined ? { tag: 'float', value: f } : STR;
  }
  return resolveNumberish(s, version, true);
}

/** The 'D'/'S' branch of go-yaml resolve: timestamp, int, uint, float, 0b.., 0o... */
function resolveNumberish(s: string, version: 'v2' | 'v3', tryTimestamp: boolean): Resolved {
  if (tryTimestamp) {
    const t = parseGoTimestamp(s);
    if (t) return { tag: 'timestamp', value: t };
  }
  const plain = s.indexOf('_') >= 0 ? s.replace(/_/g, '') : s;
  const i = goParseInt(plain, 0);
  if (i.err === 0) return { tag: 'int', value: i.value };
  const u = goParseUint(plain, 0);
  if (u.err === 0) return { tag: 'int', value: u.value };
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = goParseDecimalFloat(plain);
    if (f !== undefined) return { tag: 'float', value: f };
  }
  if (plain.startsWith('0b')) {
    const r = goParseInt(plain.slice(2), 2);
    if (r.err === 0) return { tag: 'int', value: r.value };
    const ru = goParseUint(plain.slice(2), 2);
    if (ru.err === 0) return { tag: 'int', value: ru.value };
  } else if (plain.startsWith('-0b')) {
    const r = goParseInt('-' + plain.slice(3), 2);
    if (r.err === 0) return { tag: 'int', value: r.value };
  }
  if (version === 'v3') {
    if (plain.startsWith('0o')) {
      const r = goParseInt(plain.slice(2), 8);
      if (r.err === 0) return { tag: 'int', value: r.value };
      const ru = goParseUint(plain.slice(2), 8);
      if (ru.err === 0) return { tag: 'int', value: ru.value };
    } else if (plain.startsWith('-0o')) {
      const r = goParseInt('-' + plain.slice(3), 8);
      if (r.err === 0) return { tag: 'int', value: r.value };
    }
  }
  return STR;
}

/**
 * go-yaml `resolve(tag, s)` for an explicitly tagged scalar with a resolvable short tag
 * (`!!str`, `!!bool`, `!!int`, `!!float`, `!!null`, `!!timestamp`). Returns the resolution,
 * or an error message matching go-yaml's "cannot decode ..." text.
 */
export function resolveTagged(tag: string, s: string, version: 'v2' | 'v3'): Resolved | string {
  if (tag === '!!str') return STR;
  let r: Resolved;
  if (s.length === 0) r = NULL;
  else {
    const hint = hintOf(s.charCodeAt(0));
    if (hint === '') r = STR;
    else {
      const hit = (version === 'v2' ? MAP_V2 : MAP_V3).get(s);
      if (hit) r = hit;
      else if (hint === 'M') r = STR;
      else if (hint === '.') {
        const f = goParseFloatDot(s);
        r = f !== undefined ? { tag: 'float', value: f } : STR;
      } else r = resolveNumberish(s, version, tag === '!!timestamp');
    }
  }
  const want = tag.slice(2);
  if (r.tag === want) return r;
  if (want === 'float' && r.tag === 'int') return { tag: 'float', value: Number(r.value) };
  return `cannot decode !!${r.tag} \`${s}\` as a ${tag}`;
}

const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/**
 * True when yaml.v2's encoder may print `s` as a plain scalar: `resolve("", s)` gives `!!str`
 * and it is not a YAML 1.1 base-60 float (`1:20`). Otherwise it is double-quoted.
 * @see go-yaml/yaml v2 encode.go `stringv`
 */
export function isPlainSafeV2(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  const hint = hintOf(c);
  if (hint === '') return true;
  if (MAP_V2.has(s)) return false;
  if (hint === 'M') return true;
  if (hint === '.') return goParseFloatDot(s) === undefined;
  // Fast reject: most strings starting with a digit/sign contain letters that make every
  // numeric parse fail; still run the exact checks (they are cheap) for correctness.
  if (resolveNumberish(s, 'v2', true).tag !== 'str') return false;
  if (s.indexOf(':') >= 0 && BASE60.test(s)) return false;
  return true;
}

/** Why a resolved scalar has no JSON value: NaN/±Inf, or a timestamp Go cannot marshal. */
export type ScalarJsonFailure = { failure: 'nonfinite' | 'timezone' };

/**
 * The JSON value kustomize ends up with for a resolved scalar whose text is `raw`. `v2`:
 * sigs.k8s.io/yaml keeps a timestamp's text; kyaml (v3) prints it as RFC 3339, except a plain
 * scalar in a flow collection with ':' or ',' (`inFlowPlain`), which kyaml's re-encoding quotes,
 * so it reads back as a string.
 */
export function resolvedJson(r: Resolved, raw: string, v2: boolean, inFlowPlain: boolean): Json | ScalarJsonFailure {
  switch (r.tag) {
    case 'null':
      return null;
    case 'bool':
      return r.value;
    case 'int':
      return Number(r.value);
    case 'float':
      return Number.isFinite(r.value) ? r.value : { failure: 'nonfinite' };
    case 'timestamp': {
      if (v2 || (inFlowPlain && /[,:?[\]{}]| #/.test(raw))) return raw;
      return formatRfc3339Nano(r.value) ?? { failure: 'timezone' };
    }
    case 'merge':
      return '<<';
    case 'str':
      return raw;
  }
}

/** True for the failures of {@link resolvedJson} (its JSON values are scalars, never objects). */
export function isScalarJsonFailure(v: Json | ScalarJsonFailure): v is ScalarJsonFailure {
  return typeof v === 'object' && v !== null;
}
