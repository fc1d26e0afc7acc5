/**
 * YAML scalar typing as kustomize sees it through go-yaml v3: a scalar node is a tag plus its
 * text, and the JSON value a resource finally holds is what `RNode.MarshalJSON` (encode the node,
 * decode into Go values, `json.Marshal`) makes of that pair. Replacements copy only the text into
 * an existing scalar (the target keeps its tag), and created fields carry no tag at all, so the
 * JSON type of a result is decided here.
 * @see go-yaml v3 resolve.go (resolve, parseTimestamp), encode.go (tag dropping), kyaml fns.go
 */
import type { Json } from '../core/json.js';
import { isObject } from '../core/json.js';

/** A scalar's tag as kyaml's nodes carry it; '' is an untagged (freshly created) node. */
export type ScalarTag = 'str' | 'int' | 'float' | 'bool' | 'null' | '';

/** The outcome of go-yaml's resolve(): the implicit tag of a plain scalar and its JSON value. */
export interface Resolved {
  tag: 'str' | 'int' | 'float' | 'bool' | 'null' | 'timestamp';
  value: Json;
}

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const SPECIAL_FLOATS = new Set(['.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF']);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** Go's strconv.ParseFloat accepts these spellings (underscores already removed). No two quantifiers may share a run of digits: linear time. */
const GO_FLOAT = /^[-+]?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0[xX](?:[0-9a-fA-F]+(?:\.[0-9a-fA-F]*)?|\.[0-9a-fA-F]+)[pP][-+]?[0-9]+|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])$/;

/**
 * Go's strconv.ParseInt(s, 0, 64) followed by ParseUint: base prefixes 0x, 0o, 0b and a bare
 * leading 0 (octal), an optional sign. Returns undefined when Go would fail.
 */
function goParseInt(s: string): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const neg = m[1] === '-';
  const body = m[2]!;
  let big: bigint;
  if (/^0[xXoObB]/.test(body)) big = BigInt(body.toLowerCase());
  else if (body.length > 1 && body[0] === '0') big = BigInt('0o' + body.slice(1));
  else big = BigInt(body);
  if (neg) big = -big;
  // int64, then uint64 (ParseUint rejects any sign but '+' is consumed by ParseInt's range).
  if (big >= -(2n ** 63n) && big < 2n ** 63n) return Number(big);
  if (!neg && m[1] === '' && big < 2n ** 64n) return Number(big);
  return undefined;
}

function goParseFloat(s: string): number | undefined {
  if (!GO_FLOAT.test(s)) return undefined;
  const lower = s.toLowerCase().replace(/^\+/, '');
  if (/^-?inf(inity)?$/.test(lower)) return lower.startsWith('-') ? -Infinity : Infinity;
  if (lower === 'nan') return NaN;
  if (/^-?0x/.test(lower)) return undefined; // hex floats: out of scope, treat as text
  const v = Number(s);
  if (Number.isNaN(v)) return undefined;
  // Go reports a range error (and the value is then not a float) for overflow.
  if (!Number.isFinite(v)) return undefined;
  return v;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * go-yaml's parseTimestamp with its four layouts, returned as Go's time.Time JSON form
 * (RFC 3339 with nanoseconds, trailing zeros dropped, the offset kept).
 */
export function parseYamlTimestamp(s: string): string | undefined {
  const m =
    /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:([Tt ])([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\.([0-9]+))?(Z|[+-][0-9]{2}:[0-9]{2})?)?$/.exec(
      s,
    );
  if (!m) return undefined;
  const [, y, mo, d, sep, hh, mi, ss, frac, tz] = m;
  const month = Number(mo);
  const day = Number(d);
  const year = Number(y);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return undefined;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return undefined;
  const p2 = (n: number) => String(n).padStart(2, '0');
  const date = `${y}-${p2(month)}-${p2(day)}`;
  if (sep === undefined) return `${date}T00:00:00Z`;
  // "2006-1-2T15:4:5.999999999Z07:00" needs a zone; "2006-1-2 15:4:5.999999999" must not have one.
  if (sep === ' ' ? tz !== undefined : tz === undefined) return undefined;
  const h = Number(hh);
  const min = Number(mi);
  const sec = Number(ss);
  if (h > 23 || min > 59 || sec > 59) return undefined;
  let fraction = '';
  if (frac !== undefined) {
    const ns = frac.slice(0, 9).replace(/0+$/, '');
    if (ns) fraction = '.' + ns;
  }
  // Go writes a zero offset as "Z".
  const zone = tz === undefined || tz === '+00:00' || tz === '-00:00' ? 'Z' : tz;
  return `${date}T${p2(h)}:${p2(min)}:${p2(sec)}${fraction}${zone}`;
}

/**
 * go-yaml v3's resolve() for a plain (untagged) scalar, or with `explicitTag` set, the implicit
 * resolution it runs before checking an explicit tag (timestamps are only tried untagged).
 */
export function resolveScalar(text: string, explicitTag: ScalarTag = ''): Resolved {
  const hintChar = text === '' ? 'N' : text[0]!;
  let hint: string | undefined;
  if (hintChar === 'N' && text === '') hint = 'N';
  else if (hintChar === '+' || hintChar === '-') hint = 'S';
  else if (hintChar >= '0' && hintChar <= '9') hint = 'D';
  else if ('yYnNtTfFoO~'.includes(hintChar)) hint = 'M';
  else if (hintChar === '.') hint = '.';
  if (hint !== undefined && explicitTag !== 'str') {
    if (NULLS.has(text)) return { tag: 'null', value: null };
    if (TRUES.has(text)) return { tag: 'bool', value: true };
    if (FALSES.has(text)) return { tag: 'bool', value: false };
    if (SPECIAL_FLOATS.has(text)) {
      const v = text.toLowerCase().includes('nan') ? NaN : text.startsWith('-') ? -Infinity : Infinity;
      return { tag: 'float', value: v };
    }
    if (hint === '.') {
      const f = goParseFloat(text);
      if (f !== undefined) return { tag: 'float', value: f };
    } else if (hint === 'D' || hint === 'S') {
      if (explicitTag === '') {
        const ts = parseYamlTimestamp(text);
        if (ts !== undefined) return { tag: 'timestamp', value: ts };
      }
      const plain = text.replace(/_/g, '');
      const i = goParseInt(plain);
      if (i !== undefined) return { tag: 'int', value: i };
      if (YAML_STYLE_FLOAT.test(plain)) {
        const f = goParseFloat(plain);
        if (f !== undefined) return { tag: 'float', value: f };
      }
      const bin = /^(-?)0b([01]+)$/.exec(plain);
      if (bin) return { tag: 'int', value: Number(BigInt('0b' + bin[2]!)) * (bin[1] ? -1 : 1) };
      const oct = /^(-?)0o([0-7]+)$/.exec(plain);
      if (oct) return { tag: 'int', value: Number(BigInt('0o' + oct[2]!)) * (oct[1] ? -1 : 1) };
    }
  }
  return { tag: 'str', value: text };
}

/** Thrown when a tagged scalar's text cannot be decoded as its tag (go-yaml's failf). */
export class ScalarDecodeError extends Error {}

/**
 * The JSON value of a scalar node with the given tag and text, as the MarshalJSON round trip
 * produces it; throws ScalarDecodeError where go-yaml fails (e.g. `!!int abc`).
 */
export function decodeScalar(tag: ScalarTag, text: string): Json {
  if (tag === 'str') return text;
  const r = resolveScalar(text, tag);
  if (tag === '') return jsonNumberCheck(r.value, text);
  if (r.tag === tag) return jsonNumberCheck(r.value, text);
  if (tag === 'float' && r.tag === 'int') return r.value;
  throw new ScalarDecodeError(`yaml: cannot decode !!${r.tag} \`${text}\` as a !!${tag}`);
}

function jsonNumberCheck(v: Json, text: string): Json {
  if (typeof v === 'number' && !Number.isFinite(v)) {
    throw new ScalarDecodeError(`json: unsupported value: ${text}`);
  }
  return v;
}

/** The tag kyaml would hold for a JSON scalar of the resource model. */
export function tagOfJson(v: Json): ScalarTag {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  return '';
}

/** True for the values kyaml holds in a ScalarNode. */
export function isScalar(v: Json): v is string | number | boolean | null {
  return v === null || typeof v !== 'object';
}

/**
 * The `Value` text of a node: the scalar's text (numbers as Go's JSON encoder writes them, which is
 * what a node re-read from JSON holds), "" for mappings and sequences.
 */
export function nodeText(v: Json): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return String(v);
  return '';
}

/**
 * The text kyaml's `RNode.String()` gives a node, trimmed, for the regular expressions of
 * `[field=regex]` path parts. Strings that YAML would read as another type come out quoted.
 */
export function nodeYamlText(v: Json): string {
  if (typeof v === 'string') {
    if (v === '' || resolveScalar(v).tag !== 'str') return JSON.stringify(v);
    return v.trim();
  }
  if (isObject(v) || Array.isArray(v)) return JSON.stringify(v);
  return nodeText(v);
}

/**
 * Go's `fmt.Sprintf("%v", f)` for a float64: shortest digits, `%e` form when the exponent is below
 * -4 or at least 6 (exponent written with at least two digits).
 */
export function goFormatFloatV(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const sign = n < 0 ? '-' : '';
  const [mant, e] = Math.abs(n).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const exp = Number(e);
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ae = Math.abs(exp);
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${ae < 10 ? '0' : ''}${ae}`;
  }
  if (exp >= 0) {
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    return sign + intPart + (frac ? '.' + frac : '');
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}
