/**
 * Field specifications: which field of which kinds a transformer touches.
 * @see kustomize api/types/fieldspec.go, api/internal/plugins/builtinconfig/transformerconfig.go
 */

/**
 * One kustomizable field. Empty (or absent) group/version/kind are wildcards.
 * `path` is slash separated (`spec/template/metadata/labels`); `\/` escapes a slash inside a key,
 * `name[]` marks a sequence. With `create`, missing fields along the path are created.
 */
export interface FieldSpec {
  group?: string;
  version?: string;
  kind?: string;
  path: string;
  create?: boolean;
}

/**
 * A referral target (by GVK) and the referrer fields that may hold its name (kustomize's
 * NameBackReferences; the YAML key `fieldSpecs` holds the referrers).
 */
export interface NameBackReferences {
  group?: string;
  version?: string;
  kind?: string;
  fieldSpecs: FieldSpec[];
}

/**
 * kustomize's TransformerConfig: the fieldspecs of every builtin transformer, defaults merged with
 * the kustomization's `configurations` files (and CRD-derived name references).
 */
export interface TransformerConfig {
  namePrefix: FieldSpec[];
  nameSuffix: FieldSpec[];
  namespace: FieldSpec[];
  commonLabels: FieldSpec[];
  /** Extra fieldspecs merged into every `labels` entry (empty by default). */
  labels: FieldSpec[];
  templateLabels: FieldSpec[];
  commonAnnotations: FieldSpec[];
  nameReference: NameBackReferences[];
  varReference: FieldSpec[];
  images: FieldSpec[];
  replicas: FieldSpec[];
}

/** The FieldSpec-list keys of TransformerConfig, in kustomize's Merge order. */
export const FIELD_SPEC_LIST_KEYS = [
  'namePrefix',
  'nameSuffix',
  'namespace',
  'commonAnnotations',
  'commonLabels',
  'labels',
  'templateLabels',
  'varReference',
  'images',
  'replicas',
] as const;

export type FieldSpecListKey = (typeof FIELD_SPEC_LIST_KEYS)[number];
