/**
 * The OpenAPI schema patches use: the built-in Kubernetes v1.21.2 schema, or a custom one named by
 * a kustomization's `openapi` field.
 *
 * kustomize keeps this in process-global variables of kyaml's openapi package; a kubectl process
 * builds once, so per build we keep the same variables and run the same steps on them:
 * - `SetSchema` (applyOpenApiField) runs for the root (`reset`) before anything else, then for each
 *   base or component as it is entered; it only takes effect while nothing has set the schema yet
 *   (or for the root), and it marks the schema for reloading;
 * - `initSchema` (loadSchema) runs the first time kyaml needs the schema: every resource id asks
 *   whether its kind is cluster-scoped, so the first resource read loads it. Loading adds the
 *   definitions (of the custom document, or the built-in ones) to those already loaded.
 * So a custom schema named by a component or base after resources were read is layered on the
 * built-in one; named before any resource, it stands alone.
 * @see kustomize kyaml/openapi/openapi.go SetSchema, initSchema, AddDefinitions,
 *      api/internal/target/kusttarget.go accumulateDirectory, api/krusty/kustomizer.go Run
 */
import { KustomizeError } from '../core/errors.js';
import type { Json } from '../core/json.js';
import { parseKustomizationText } from '../yaml/parse.js';
import { createSchema, BUILTIN_OPENAPI_VERSIONS } from '../patch/schema.js';
import type { Schema } from '../patch/schema-types.js';
import type { BuildContext } from './context.js';
import type { Target } from './target.js';

/** kyaml's openapi globals for one build. */
export interface OpenApiState {
  /** kubernetesOpenAPIVersion: '' (default), a built-in version, or 'custom'. */
  version: string;
  /** customSchema: the parsed custom document, when one is named. */
  custom?: Json;
  /** globalSchema.schemaInit: whether the schema in force is loaded. */
  init: boolean;
  /** Whether the built-in definitions have been loaded (they stay when a custom one is added). */
  builtinLoaded: boolean;
  /** The schema as loaded (undefined until first loaded). */
  schema?: Schema;
}

export function newOpenApiState(): OpenApiState {
  return { version: '', init: false, builtinLoaded: false };
}

/** kustomize's SetSchema for one kustomization's `openapi` field (`reset` for the root). */
export function applyOpenApiField(ctx: BuildContext, t: Target, reset: boolean): void {
  const st = ctx.openapi;
  const isSet = st.version !== '' || st.custom !== undefined;
  if (isSet && !reset) return;
  const openapi = t.k.openapi ?? {};
  const path = openapi['path'];
  const version = openapi['version'];
  if (path) {
    if (version !== undefined) {
      throw new KustomizeError('INVALID_KUSTOMIZATION', 'builtin version and custom schema provided, cannot use both', {
        file: t.loaded.file,
        field: ['openapi'],
      });
    }
    const text = t.ldr.readText(path);
    const doc = parseKustomizationText(text, t.ldr.abs(path));
    // Validated when named, so that a bad document fails where kustomize's loading would.
    createSchema(doc);
    st.custom = doc;
    st.version = 'custom';
    st.init = false;
    return;
  }
  st.version = version ?? '';
  if (!version) return;
  if (!BUILTIN_OPENAPI_VERSIONS.includes(version)) {
    throw new KustomizeError('INVALID_KUSTOMIZATION', 'the specified OpenAPI version is not built in', {
      file: t.loaded.file,
      field: ['openapi', 'version'],
    });
  }
  st.custom = undefined;
  st.init = false;
}

/** kyaml's initSchema: loads the schema in force unless it is loaded (see the file comment). */
export function loadSchema(ctx: BuildContext): void {
  const st = ctx.openapi;
  if (st.init) return;
  st.init = true;
  if (st.custom !== undefined) {
    st.schema = createSchema(st.custom, st.builtinLoaded);
  } else {
    st.builtinLoaded = true;
    st.schema = createSchema(undefined);
  }
}

/** The schema in force for this build (loading it if needed). */
export function schemaFor(ctx: BuildContext, _t: Target): Schema {
  loadSchema(ctx);
  return ctx.openapi.schema!;
}
