/**
 * Per-build state shared by every kustomization of one build. Nothing here is module-level:
 * concurrent builds never share it.
 */
import type { KustomizeWarning } from '../core/errors.js';
import type { FileSystem } from '../fs/filesystem.js';
import type { BuildOptions } from '../options.js';
import type { DecodedKustomizations } from '../load/kustomization.js';
import type { Budget } from '../core/limits.js';

export interface BuildContext {
  readonly fs: FileSystem;
  readonly options: Required<BuildOptions>;
  readonly warnings: KustomizeWarning[];
  /** The build root directory. */
  readonly root: string;
  /** This build's work and memory budgets (options.limits). */
  readonly budget: Budget;
  /**
   * The OpenAPI schema in force. kustomize keeps it process-global and lets the first
   * kustomization that sets `openapi` win; we keep it per build.
   */
  openapi?: unknown;
  /** Whether a kustomization has set the schema (kustomize sets it only once per build). */
  openapiSet?: boolean;
  /** Whether any kustomization asked for origin / transformer annotations. */
  buildMetadata: Set<string>;
  /**
   * This build's decoded kustomization files (see loadKustomization): a component or base that
   * many overlays include is parsed and validated once per build.
   */
  decoded?: DecodedKustomizations;
}
