import { copyScalarTexts } from './scalar-text.js';

/**
 * The data model's leaf: resources are plain JSON values, exactly what kustomize's
 * `RNode.MarshalJSON()` would produce, so every stage works on the same shape. The YAML
 * spelling of scalars, which kyaml keeps and reads in a few places, rides beside them
 * (core/scalar-text.ts).
 */
export type Json = null | boolean | number | string | Json[] | JsonObject;
/** A JSON object. Keys are kept in insertion order; the emitter sorts them as yaml.v2 does. */
export interface JsonObject {
  [key: string]: Json;
}

/** True when `v` is a JSON object (not null, not an array). */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Deep clone of a JSON value. Objects get a null-free plain prototype copy, keys kept in order;
 * scalar spellings (core/scalar-text.ts) come along, as kyaml's `RNode.Copy` keeps them.
 */
export function clone<T extends Json>(v: T): T {
  if (Array.isArray(v)) {
    const out = v.map((x) => clone(x));
    copyScalarTexts(v, out);
    return out as T;
  }
  if (isObject(v)) {
    const out: JsonObject = {};
    for (const k of Object.keys(v)) setOwn(out, k, clone(v[k] as Json));
    copyScalarTexts(v, out);
    return out as T;
  }
  return v;
}

/**
 * Sets a key as an own data property, even for `__proto__`, so hostile keys in
 * user YAML can never reach a prototype.
 */
export function setOwn(o: JsonObject, k: string, v: Json): void {
  if (k === '__proto__') {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  } else {
    o[k] = v;
  }
}

/** Freezes a value and everything reachable from it (an acyclic value, as JSON is). */
export function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object') {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

/** Own-property lookup that never walks the prototype chain. */
export function getOwn(o: JsonObject, k: string): Json | undefined {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

/** Structural equality of two JSON values (key order ignored). */
export function deepEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) {
      if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
      if (!deepEqual(a[k], b[k])) return false;
    }
    return true;
  }
  return false;
}

/** Compares strings by Unicode code point, as Go compares UTF-8 bytes. Never use localeCompare. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) {
      // Surrogates (0xD800-0xDFFF) encode code points above 0xFFFF, which sort after 0xE000-0xFFFF in UTF-8.
      const sa = ca >= 0xd800 && ca <= 0xdfff;
      const sb = cb >= 0xd800 && cb <= 0xdfff;
      if (sa !== sb) return sa ? 1 : -1;
      return ca < cb ? -1 : 1;
    }
  }
  return a.length - b.length;
}
