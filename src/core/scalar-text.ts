/**
 * The YAML text of scalars, kept beside our JSON values.
 *
 * kustomize holds resources as kyaml nodes: every scalar keeps its source text (`RNode.Value`),
 * whatever type it resolves to. Most of the pipeline only sees the typed value (`MarshalJSON`),
 * which is what our JSON model stores. A few places read the text instead, and then the spelling
 * matters:
 *
 * - kyaml merge2 (every strategic-merge patch walks the whole target): a null the patch does not
 *   mention is kept when its text is non-empty (`key: null`, `key: ~`) and dropped when it is
 *   empty (`key:` with nothing after it, `key: !!null`), see {@link isValuelessNull};
 * - `GetLabels` (label selectors of patch targets and replacements, generator merges) reads label
 *   values as text: `x: ~` is the label value `~`, `x:` is `""`, `v: 1.10` is `1.10`;
 * - the image transformer reads `image: ~` as the image name `~`.
 *
 * So a scalar whose text differs from the canonical text of its JSON value ({@link canonicalText})
 * gets an entry on its parent object or array, under a symbol key: invisible to `Object.keys`,
 * `JSON.stringify`, the emitter and equality. Each entry remembers the value it describes, so a
 * value set later by a transformer is never given the old text. {@link forgetScalarTexts} drops
 * every entry of a value, as kustomize's JSON round trips (JSON 6902 patches) drop the spellings.
 *
 * Only resource documents (kyaml, yaml.v3) carry entries; kustomization files are decoded through
 * JSON by kustomize, so their spellings never matter.
 */
import type { Json, JsonObject } from './json.js';

const TEXTS: unique symbol = Symbol('kyaml.scalarTexts');

interface Entry {
  /** The value the text belongs to (`null`, a number or a boolean; `""` for a flow empty). */
  readonly v: Json;
  /** The scalar's YAML text (kyaml's `Value`). */
  readonly t: string;
}

type Container = JsonObject | Json[];
type Carrier = { [TEXTS]?: Map<string, Entry> };

/**
 * The text kyaml gives a scalar of this value after a JSON round trip: `null`, `true`, `80`...
 * A string is its own text.
 */
export function canonicalText(v: Json): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  return String(v);
}

/**
 * Records that `parent[key]` (just set to `v`) was written `text` in the source. Nothing is
 * recorded for canonical spellings, nor for strings, except the `""` of an empty scalar in a
 * flow collection (`{a: }`): a null node to kyaml, which its final re-encoding prints as `""`
 * (so our value is `""`), and which merge2 drops like any valueless null.
 */
export function noteScalarText(parent: Container, key: string | number, v: Json, text: string): void {
  if (v !== null && typeof v === 'object') return;
  if (typeof v === 'string' ? v !== '' || text !== '' : text === canonicalText(v)) return;
  let m = (parent as Carrier)[TEXTS];
  if (m === undefined) {
    if (Object.isFrozen(parent)) return;
    m = new Map();
    Object.defineProperty(parent, TEXTS, { value: m, enumerable: false, writable: true, configurable: true });
  }
  m.set(String(key), { v, t: text });
}

/** The source text of `parent[key]` when it differs from its canonical text, else undefined. */
export function scalarText(parent: Container, key: string | number): string | undefined {
  const m = (parent as Carrier)[TEXTS];
  if (m === undefined) return undefined;
  const e = m.get(String(key));
  if (e === undefined) return undefined;
  const cur = (parent as JsonObject)[key as string];
  return Object.is(cur, e.v) ? e.t : undefined;
}

/** kyaml's `RNode.Value` of a scalar field: its source text, or the canonical text of its value. */
export function textOf(parent: Container, key: string | number): string {
  const t = scalarText(parent, key);
  return t !== undefined ? t : canonicalText((parent as JsonObject)[key as string] as Json);
}

/**
 * True when `parent[key]` is a null written with no text at all (`key:` followed by nothing,
 * `key: !!null`, or an empty value in a flow collection): a tagged-null node with an empty Value,
 * which kyaml merge2 drops.
 */
export function isValuelessNull(parent: Container, key: string | number): boolean {
  const v = (parent as JsonObject)[key as string];
  return (v === null || v === '') && scalarText(parent, key) === '';
}

/** Carries the text of `from[fromKey]` over to `to[toKey]` (which must hold the same value). */
export function copyScalarText(from: Container, fromKey: string | number, to: Container, toKey: string | number): void {
  const t = scalarText(from, fromKey);
  if (t !== undefined) noteScalarText(to, toKey, (to as JsonObject)[toKey as string] as Json, t);
}

/** Gives `to` the text entries of `from` (a shallow copy of the same keys, e.g. a clone). */
export function copyScalarTexts(from: Container, to: Container): void {
  const m = (from as Carrier)[TEXTS];
  if (m === undefined || m.size === 0) return;
  Object.defineProperty(to, TEXTS, { value: new Map(m), enumerable: false, writable: true, configurable: true });
}

/** The spellings recorded for the direct children of `v`, by key (for tests and diagnostics). */
export function scalarTextsOf(v: Json): Record<string, string> {
  const out: Record<string, string> = {};
  if (v === null || typeof v !== 'object') return out;
  const m = (v as Carrier)[TEXTS];
  if (m !== undefined) {
    for (const k of [...m.keys()].sort()) {
      const t = scalarText(v, k);
      if (t !== undefined) out[k] = t;
    }
  }
  return out;
}

/**
 * Drops every text entry in `v`, deeply: the spellings a JSON round trip forgets. With
 * `numberText`, each number is then given the text that round trip writes for it (kyaml's
 * `UnmarshalJSON` decodes numbers as float64 and yaml.v3 writes them with Go's `%g`, so
 * `1000000` reads back as `1e+06`).
 */
export function forgetScalarTexts(v: Json, numberText?: (n: number) => string): void {
  if (v === null || typeof v !== 'object') return;
  if ((v as Carrier)[TEXTS] !== undefined && !Object.isFrozen(v)) delete (v as Carrier)[TEXTS];
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i]!;
      if (x !== null && typeof x === 'object') forgetScalarTexts(x, numberText);
      else if (numberText !== undefined && typeof x === 'number') noteScalarText(v, i, x, numberText(x));
    }
  } else {
    for (const k in v) {
      const x = v[k]!;
      if (x !== null && typeof x === 'object') forgetScalarTexts(x, numberText);
      else if (numberText !== undefined && typeof x === 'number') noteScalarText(v, k, x, numberText(x));
    }
  }
}
