/**
 * Per-build state shared by every kustomization of one build. Nothing here is module-level:
 * concurrent builds never share it.
 */
import type { KustomizeWarning } from '../core/errors.js';
import type { FileSystem } from '../fs/filesystem.js';
import type { BuildOptions } from '../options.js';
import type { DecodedKustomizations } from '../load/kustomization.js';
import type { OpenApiState } from './openapi.js';

export interface BuildContext {
  readonly fs: FileSystem;
  readonly options: Required<BuildOptions>;
  readonly warnings: KustomizeWarning[];
  /** The build root directory. */
  readonly root: string;
  /**
   * kyaml's process-global OpenAPI state, kept per build (see accumulate/openapi.ts): the version
   * asked for, the custom document, whether the schema is loaded, and what has been loaded.
   */
  openapi: OpenApiState;
  /** Whether any kustomization asked for origin / transformer annotations. */
  buildMetadata: Set<string>;
  /**
   * This build's decoded kustomization files (see loadKustomization): a component or base that
   * many overlays include is parsed and validated once per build.
   */
  decoded?: DecodedKustomizations;
}
