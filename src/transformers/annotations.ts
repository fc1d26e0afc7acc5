/**
 * `commonAnnotations` (and the builtin AnnotationsTransformer): adds annotations to the fields the
 * fieldspecs designate (metadata, pod templates, job templates by default).
 * @see kustomize api/filters/annotations/annotations.go, api/internal/builtins/AnnotationsTransformer.go
 */
import type { ResourceMap } from '../resource/resmap.js';
import type { FieldSpec } from '../fieldspec/types.js';
import { applyStringMap } from './labels.js';

export interface AnnotationsOptions {
  annotations: Readonly<Record<string, string>>;
  /** The `commonAnnotations` list of the transformer config. */
  fieldSpecs: readonly FieldSpec[];
}

/** Sets every annotation on every designated field, in place. No annotations: no-op. */
export function applyAnnotations(map: ResourceMap, opts: AnnotationsOptions): void {
  applyStringMap(map, opts.annotations, opts.fieldSpecs);
}
