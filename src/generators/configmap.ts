/**
 * configMapGenerator: one ConfigMap per entry. Text values go to `data`; file contents that are
 * not valid UTF-8 go to `binaryData`, base64-encoded (70-column lines once long).
 * @see kustomize api/internal/generators/configmap.go, kyaml/yaml/datamap.go
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
import { type GeneratorLoader, decodeUtf8 } from './kv-sources.js';
import { rememberGeneratorField } from './absorb.js';

/** Options for {@link generateConfigMap} and {@link generateSecret}. */
export interface GenerateOptions {
  /**
   * Path of this entry in the kustomization, e.g. `['configMapGenerator', 2]`. Errors then
   * carry full field paths such as `['configMapGenerator', 2, 'literals', 1]`; without it
   * they carry none and the caller adds its own.
   */
  field?: (string | number)[];
}

/**
 * Builds the ConfigMap of one configMapGenerator entry (`args` as parsed from the
 * kustomization), with `generatorOptions` (`global`) merged in as kustomize does.
 * Sets `behavior` and `needsHash`; the name carries no hash yet (the root adds it).
 */
export function generateConfigMap(
  args: Json,
  global: Json | undefined,
  ldr: GeneratorLoader,
  opts: GenerateOptions = {},
): Resource {
  const base: FieldBase = opts.field;
  const a = decodeGeneratorArgs(args, 'ConfigMapArgs', opts.field?.[0] === 'generators' ? 'generators' : 'configMapGenerator', base);
  const options = mergeGlobalOptionsIntoLocal(a.options, decodeGlobalOptions(global, 'ConfigMapGenerator'));
  const obj = makeBaseObject('ConfigMap', a, base);
  const pairs = makeValidatedDataMap(a, ldr, base);
  let data: JsonObject | undefined;
  let binaryData: JsonObject | undefined;
  for (const p of pairs) {
    const text = typeof p.value === 'string' ? p.value : decodeUtf8(p.value);
    if (text !== undefined) setOwn((data ??= {}), p.key, text);
    else setOwn((binaryData ??= {}), p.key, encodeBase64Wrapped(p.value as Uint8Array));
  }
  if (data) obj['data'] = data;
  if (binaryData) obj['binaryData'] = binaryData;
  copyLabelsAndAnnotations(obj, options);
  setImmutable(obj, options);
  const r = makeGeneratedResource(obj, a, options);
  rememberGeneratorField(r, ldr.kustomizationFile, base);
  return r;
}
