// Ported from kustomize api/internal/konfig/builtinpluginconsts/images.go (Apache-2.0).
// Data as embedded in kustomize v5.5.0 (kubectl v1.32); order kept as in the source.
import type { FieldSpec } from '../types.js';

/** `images` targets (the legacy containers walk is separate). */
export const IMAGE_FIELD_SPECS: readonly FieldSpec[] = [
  { path: 'spec/containers[]/image', create: true },
  { path: 'spec/initContainers[]/image', create: true },
  { path: 'spec/template/spec/containers[]/image', create: true },
  { path: 'spec/template/spec/initContainers[]/image', create: true },
];
