// Ported from kustomize api/internal/konfig/builtinpluginconsts/nameprefix.go, namesuffix.go (Apache-2.0).
// Data as embedded in kustomize v5.5.0 (kubectl v1.32); order kept as in the source.
import type { FieldSpec } from '../types.js';

/** `namePrefix` targets. */
export const NAME_PREFIX_FIELD_SPECS: readonly FieldSpec[] = [
  { path: 'metadata/name' },
];

/** `nameSuffix` targets. */
export const NAME_SUFFIX_FIELD_SPECS: readonly FieldSpec[] = [
  { path: 'metadata/name' },
];
