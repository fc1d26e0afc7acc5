/**
 * secretGenerator: one Secret per entry, `type` Opaque unless given. Every value is
 * base64-encoded in `data` (70-column lines once long), text or not; `data` is always present.
 * @see kustomize api/internal/generators/secret.go, kyaml/yaml/datamap.go
 */
import type { Json, JsonObject } from '../core/json.js';
import { setOwn } from '../core/json.js';
import type { Resource } from '../resource/resource.js';
import { type FieldBase, decodeGeneratorArgs, decodeGlobalOptions, mergeGlobalOptionsIntoLocal } from './args.js';
import { encodeBase64Wrapped } from './base64.js';
import {
  copyLabelsAndAnnotations,
  makeBaseObject,
  makeGeneratedResource,
  makeValidatedDataMap,
  setImmutable,
} from './common.js';
import type { GeneratorLoader } from './kv-sources.js';
import type { GenerateOptions } from './configmap.js';
import { rememberGeneratorField } from './absorb.js';

/**
 * Builds the Secret of one secretGenerator entry, with `generatorOptions` merged in.
 * Sets `behavior` and `needsHash`; the name carries no hash yet (the root adds it).
 */
export function generateSecret(
  args: Json,
  global: Json | undefined,
  ldr: GeneratorLoader,
  opts: GenerateOptions = {},
): Resource {
  const base: FieldBase = opts.field;
  const a = decodeGeneratorArgs(args, 'SecretArgs', opts.field?.[0] === 'generators' ? 'generators' : 'secretGenerator', base);
  const options = mergeGlobalOptionsIntoLocal(a.options, decodeGlobalOptions(global, 'SecretGenerator'));
  const obj = makeBaseObject('Secret', a, base);
  obj['type'] = a.type === '' ? 'Opaque' : a.type;
  const pairs = makeValidatedDataMap(a, ldr, base);
  const data: JsonObject = {};
  const utf8 = new TextEncoder();
  for (const p of pairs) {
    const bytes = typeof p.value === 'string' ? utf8.encode(p.value) : p.value;
    setOwn(data, p.key, encodeBase64Wrapped(bytes));
  }
  obj['data'] = data;
  copyLabelsAndAnnotations(obj, options);
  setImmutable(obj, options);
  const r = makeGeneratedResource(obj, a, options);
  rememberGeneratorField(r, ldr.kustomizationFile, base);
  return r;
}
