/**
 * configMapGenerator, secretGenerator, generatorOptions, and kustomize's name hash.
 * The pipeline generates one resource per entry, absorbs it into the kustomization's
 * resources ({@link absorbGenerated}), and at the root appends `-` + {@link hashSuffix} to
 * the names of resources with `needsHash`.
 */
export { generateConfigMap, type GenerateOptions } from './configmap.js';
export { generateSecret } from './secret.js';
export { absorbGenerated } from './absorb.js';
export { appendHashSuffixes, hashSuffix, sortArrayAndComputeHash } from './hash.js';
export type { GeneratorLoader } from './kv-sources.js';
