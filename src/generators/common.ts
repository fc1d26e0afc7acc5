/**
 * Pieces shared by the ConfigMap and Secret generators.
 * @see kustomize api/internal/generators/utils.go, api/resource/factory.go makeOne
 */
import { KustomizeError } from '../core/errors.js';
import { type JsonObject, compareStrings, setOwn } from '../core/json.js';
import { Resource, type Behavior } from '../resource/resource.js';
import { type FieldBase, type GeneratorArgs, type GeneratorOptions, fieldAt } from './args.js';
import { type GeneratorLoader, type KvPair, loadKvPairs } from './kv-sources.js';

/** `apiVersion: v1`, the kind, and metadata with the name (required) and the namespace (if any). */
export function makeBaseObject(kind: string, args: GeneratorArgs, base: FieldBase): JsonObject {
  if (args.name === '') {
    // kustomize says "configmap" for Secrets too.
    throw new KustomizeError('GENERATOR_FAILED', 'a configmap must have a name', { field: fieldAt(base, 'name') });
  }
  const metadata: JsonObject = { name: args.name };
  if (args.namespace !== '') metadata['namespace'] = args.namespace;
  return { apiVersion: 'v1', kind, metadata };
}

/** The pairs of a generator, rejecting a key given twice. Keys are not validated (kustomize's validator accepts all). */
export function makeValidatedDataMap(args: GeneratorArgs, ldr: GeneratorLoader, base: FieldBase): KvPair[] {
  const pairs = loadKvPairs(args, ldr, base);
  const seen = new Set<string>();
  for (const p of pairs) {
    if (seen.has(p.key)) {
      throw new KustomizeError('GENERATOR_FAILED', `configmap ${args.name} illegally repeats the key \`${p.key}\``, {
        field: fieldAt(base, ...p.from),
      });
    }
    seen.add(p.key);
  }
  return pairs.sort((a, b) => compareStrings(a.key, b.key));
}

/** Copies the options' labels and annotations into metadata (only non-empty maps create a field). */
export function copyLabelsAndAnnotations(obj: JsonObject, opts: GeneratorOptions | undefined): void {
  if (!opts) return;
  const md = obj['metadata'] as JsonObject;
  for (const field of ['labels', 'annotations'] as const) {
    const m = opts[field];
    if (!m) continue;
    const keys = Object.keys(m).sort(compareStrings);
    if (keys.length === 0) continue;
    const target: JsonObject = {};
    for (const k of keys) setOwn(target, k, m[k]!);
    md[field] = target;
  }
}

export function setImmutable(obj: JsonObject, opts: GeneratorOptions | undefined): void {
  if (opts?.immutable) obj['immutable'] = true;
}

/** The Resource with kustomize's generator bookkeeping (behavior, hash suffix). */
export function makeGeneratedResource(obj: JsonObject, args: GeneratorArgs, opts: GeneratorOptions | undefined): Resource {
  const r = new Resource(obj);
  r.behavior = parseBehavior(args.behavior);
  r.needsHash = !opts?.disableNameSuffixHash;
  return r;
}

/** kustomize's NewGenerationBehavior: exact, case-sensitive words; anything else is unspecified. */
export function parseBehavior(s: string): Behavior {
  return s === 'create' || s === 'merge' || s === 'replace' ? s : 'unspecified';
}
