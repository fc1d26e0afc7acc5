/**
 * Go's `encoding/json` Marshal for the plain values kustomize's hasher feeds it
 * (`map[string]interface{}` trees after a JSON round trip): keys sorted byte-wise, no
 * whitespace, HTML-safe string escaping, float64 number formatting.
 * @see go/src/encoding/json/encode.go (appendString, floatEncoder)
 */
import type { Json } from '../core/json.js';
import { compareStrings, isObject } from '../core/json.js';

const HEX = '0123456789abcdef';

/**
 * A JSON string literal exactly as Go's `json.Marshal` writes it (escapeHTML on):
 * `<`, `>`, `&`, U+2028 and U+2029 become `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`;
 * `\b` `\f` `\n` `\r` `\t` get short escapes (Go 1.22+), other C0 controls `\u00XX`;
 * text that is not valid UTF-8 (here: lone surrogates) becomes `\ufffd`. DEL stays raw.
 */
export function goJsonString(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c < 0x80) {
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c && c !== 0x3c && c !== 0x3e && c !== 0x26) continue;
      switch (c) {
        case 0x22:
          esc = '\\"';
          break;
        case 0x5c:
          esc = '\\\\';
          break;
        case 0x08:
          esc = '\\b';
          break;
        case 0x0c:
          esc = '\\f';
          break;
        case 0x0a:
          esc = '\\n';
          break;
        case 0x0d:
          esc = '\\r';
          break;
        case 0x09:
          esc = '\\t';
          break;
        default:
          esc = '\\u00' + HEX[c >> 4]! + HEX[c & 0xf]!;
      }
    } else if (c === 0x2028 || c === 0x2029) {
      esc = c === 0x2028 ? '\\u2028' : '\\u2029';
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++; // a valid pair: kept as is
        continue;
      }
      esc = '\\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      esc = '\\ufffd';
    } else {
      continue;
    }
    out += s.slice(start, i) + esc;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

/** A number as Go formats a float64 in JSON ('f' or 'e' shortest form; same cut-offs as JavaScript). */
export function goJsonNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`internal: cannot encode ${n} as JSON`);
  if (Object.is(n, -0)) return '-0';
  return JSON.stringify(n);
}

/** Go's `json.Marshal` of a decoded JSON value (maps sorted by key in byte order). */
export function goJsonMarshal(v: Json): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'number') return goJsonNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return '[' + v.map(goJsonMarshal).join(',') + ']';
  if (isObject(v)) {
    const keys = Object.keys(v).sort(compareStrings);
    return '{' + keys.map((k) => goJsonString(k) + ':' + goJsonMarshal(v[k] as Json)).join(',') + '}';
  }
  throw new Error('internal: not a JSON value');
}
