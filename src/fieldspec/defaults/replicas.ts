// Ported from kustomize api/internal/konfig/builtinpluginconsts/replicas.go (Apache-2.0).
// Data as embedded in kustomize v5.5.0 (kubectl v1.32); order kept as in the source.
import type { FieldSpec } from '../types.js';

/** `replicas` targets. */
export const REPLICA_FIELD_SPECS: readonly FieldSpec[] = [
  { path: 'spec/replicas', kind: 'Deployment', create: true },
  { path: 'spec/replicas', kind: 'ReplicationController', create: true },
  { path: 'spec/replicas', kind: 'ReplicaSet', create: true },
  { path: 'spec/replicas', kind: 'StatefulSet', create: true },
];
