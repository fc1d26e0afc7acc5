// Ported from kustomize api/internal/konfig/builtinpluginconsts/commonannotations.go (Apache-2.0).
// Data as embedded in kustomize v5.5.0 (kubectl v1.32); order kept as in the source.
import type { FieldSpec } from '../types.js';

/** `commonAnnotations` targets. */
export const COMMON_ANNOTATION_FIELD_SPECS: readonly FieldSpec[] = [
  { path: 'metadata/annotations', create: true },
  { path: 'spec/template/metadata/annotations', version: 'v1', kind: 'ReplicationController', create: true },
  { path: 'spec/template/metadata/annotations', kind: 'Deployment', create: true },
  { path: 'spec/template/metadata/annotations', kind: 'ReplicaSet', create: true },
  { path: 'spec/template/metadata/annotations', kind: 'DaemonSet', create: true },
  { path: 'spec/template/metadata/annotations', kind: 'StatefulSet', create: true },
  { path: 'spec/template/metadata/annotations', group: 'batch', kind: 'Job', create: true },
  { path: 'spec/jobTemplate/metadata/annotations', group: 'batch', kind: 'CronJob', create: true },
  { path: 'spec/jobTemplate/spec/template/metadata/annotations', group: 'batch', kind: 'CronJob', create: true },
];
