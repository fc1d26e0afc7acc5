/**
 * kustomize's content hash for generated names (`name-<hash>`).
 * Ported from kustomize api/hasher/hasher.go (Apache-2.0).
 *
 * Quirk kept on purpose: kustomize looks the name up with the single path segment
 * `"metadata/name"`, which never matches, so the `name` entry of the hash input is always
 * `""`. ConfigMap `{"data":{"a":"1"},"kind":"ConfigMap","name":""}` hashes to `h29d89cmmt`
 * whatever the ConfigMap is called (checked against kubectl kustomize v5.5.0).
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import { type Json, type JsonObject, clone, compareStrings, getOwn, isObject } from '../core/json.js';
import { goJsonMarshal } from './go-json.js';
import type { ResourceMap } from '../resource/resmap.js';

/** The 10-character hash suffix kustomize appends to the name of a generated resource. */
export function hashSuffix(obj: JsonObject): string {
  const kind = getOwn(obj, 'kind');
  let encoded: string;
  if (kind === 'ConfigMap') encoded = encodeConfigMap(obj);
  else if (kind === 'Secret') encoded = encodeSecret(obj);
  // kustomize marshals the yaml.Node struct itself here (positions included), which no
  // JSON-level port can reproduce; see docs/compatibility.md. The object's JSON is the best stand-in.
  else encoded = goJsonMarshal(obj);
  return encodeHash(hex256(encoded));
}

/** kustomize's SortArrayAndComputeHash: sorts the strings and hashes their JSON array. */
export function sortArrayAndComputeHash(items: readonly string[]): string {
  const sorted = [...items].sort(compareStrings);
  return encodeHash(hex256(goJsonMarshal(sorted)));
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of `s`. */
export function hex256(s: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(s)));
}

/**
 * The first 10 hex characters with `0 1 3 a e` replaced by `g h k m t`, so the suffix
 * never looks like a number or a word (kubectl's pkg/kubectl/util/hash).
 */
export function encodeHash(hex: string): string {
  if (hex.length < 10) throw new Error('internal: input length must be at least 10');
  let out = '';
  for (const c of hex.slice(0, 10)) out += SUBSTITUTE[c] ?? c;
  return out;
}

const SUBSTITUTE: Record<string, string> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };

/** `{"binaryData"?, "data", "kind":"ConfigMap", "name":""}`; binaryData only when it is a map. */
function encodeConfigMap(obj: JsonObject): string {
  const m: JsonObject = { kind: 'ConfigMap', name: '', data: nodeValue(getOwn(obj, 'data')) };
  const bin = getOwn(obj, 'binaryData');
  if (isMapLike(bin)) m['binaryData'] = nodeValue(bin);
  return goJsonMarshal(m);
}

/** `{"data", "kind":"Secret", "name":"", "stringData"?, "type"}`; stringData only when it is a map. */
function encodeSecret(obj: JsonObject): string {
  const m: JsonObject = {
    kind: 'Secret',
    type: nodeValue(getOwn(obj, 'type')),
    name: '',
    data: nodeValue(getOwn(obj, 'data')),
  };
  const sd = getOwn(obj, 'stringData');
  if (isMapLike(sd)) m['stringData'] = nodeValue(sd);
  return goJsonMarshal(m);
}

/**
 * What kustomize's getNodeValues yields for a field: `""` when missing, the scalar's text for
 * scalars, the map itself for maps. A sequence fails to decode into a map and leaves a nil
 * map, which marshals as `null`.
 */
function nodeValue(v: Json | undefined): Json {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return null;
  return clone(v);
}

/** Whether kustomize's `.(map[string]interface{})` type assertion holds (a nil map from a sequence counts). */
function isMapLike(v: Json | undefined): boolean {
  return isObject(v) || Array.isArray(v);
}

/**
 * Appends `-<hash>` to the names of the generated resources of `map` that take one (kustomize's
 * HashTransformer: the root's last step, or a HashTransformer config, which hashes once more).
 */
export function appendHashSuffixes(map: ResourceMap): void {
  for (const r of map.resources()) {
    if (!r.needsHash) continue;
    const h = hashSuffix(r.obj);
    r.storePreviousId();
    r.setName(`${r.name}-${h}`);
  }
}
