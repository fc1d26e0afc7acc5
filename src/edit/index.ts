/**
 * `kustomize edit`, as pure functions on a kustomization file's text.
 * @example
 * const next = setImage(text, ['registry.example.com/api:v1.2.0']);
 */
export {
  setImage,
  setReplicas,
  setNamespace,
  setNamePrefix,
  setNameSuffix,
  addResource,
  addComponent,
  removeResource,
  addPatch,
  addLabel,
  addAnnotation,
  parseImageArg,
  parseReplicaArg,
  parseMetadataArgs,
  IMAGE_ARGS_ERROR,
  REPLICAS_ARGS_ERROR,
  type EditOptions,
  type AddLabelOptions,
  type ImageArg,
  type PatchArg,
} from './commands.js';
export { pathMatch } from './match.js';
