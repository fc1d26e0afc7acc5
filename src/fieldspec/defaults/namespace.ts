// Ported from kustomize api/internal/konfig/builtinpluginconsts/namespace.go (Apache-2.0).
// Data as embedded in kustomize v5.5.0 (kubectl v1.32); order kept as in the source.
import type { FieldSpec } from '../types.js';

/** `namespace` targets besides metadata/namespace. */
export const NAMESPACE_FIELD_SPECS: readonly FieldSpec[] = [
  { path: 'metadata/name', kind: 'Namespace', create: true },
  { path: 'spec/service/namespace', group: 'apiregistration.k8s.io', kind: 'APIService', create: true },
  { path: 'spec/conversion/webhook/clientConfig/service/namespace', group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
];
