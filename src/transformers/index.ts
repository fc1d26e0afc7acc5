/** The fieldspec-driven builtin transformers and the name-reference fix-up. */
export { applyNamespace, type NamespaceOptions, type RoleBindingSubjectMode } from './namespace.js';
export {
  applyPrefix,
  applySuffix,
  applyPrefixSuffix,
  type PrefixOptions,
  type SuffixOptions,
} from './prefix-suffix.js';
export { applyLabels, labelEntryFieldSpecs, type LabelsOptions, type LabelEntry } from './labels.js';
export { applyAnnotations, type AnnotationsOptions } from './annotations.js';
export { applyImages, splitImage, imageMatcher, LegacyImageSites, type ImageTag, type ImagesOptions } from './images.js';
export { applyReplicas, type ReplicasOptions } from './replicas.js';
export { fixNameReferences, subsetThatCouldBeReferencedBy } from './name-reference.js';
export {
  applyBuiltinTransformerConfig,
  configureBuiltinTransformer,
  isFieldSpecTransformerKind,
  FIELD_SPEC_TRANSFORMER_KINDS,
  type ConfiguredTransformer,
  type FieldSpecTransformerKind,
  type BuiltinConfigOptions,
} from './builtin-plugins.js';
