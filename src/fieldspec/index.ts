/** Fieldspecs: types, the walker, default tables, configs and their merge. */
export type { FieldSpec, NameBackReferences, TransformerConfig, FieldSpecListKey } from './types.js';
export { FIELD_SPEC_LIST_KEYS } from './types.js';
export {
  type FieldRef,
  type WalkOptions,
  type CreateKind,
  type NodeKind,
  NodeKindError,
  applyFieldSpec,
  applyFieldSpecs,
  fieldSpecMatchesObject,
  splitFieldPath,
} from './walk.js';
export {
  mergeFieldSpec,
  mergeFieldSpecs,
  mergeNameBackReferences,
  mergeTransformerConfigs,
  emptyTransformerConfig,
  frozenEmptyTransformerConfig,
  freezeTransformerConfig,
  cloneTransformerConfig,
  sortByGvk,
  compareGvk,
} from './merge.js';
export {
  defaultTransformerConfig,
  parseTransformerConfig,
  makeTransformerConfig,
  normalizeFieldSpecs,
} from './config.js';
export { transformerConfigFromCrds, type CrdSource } from './crds.js';
