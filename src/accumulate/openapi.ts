/**
 * The OpenAPI schema patches use: the built-in Kubernetes v1.21.2 schema, or a custom one named by
 * a kustomization's `openapi` field. kustomize keeps this process-global and sets it once: the
 * root's `openapi` wins, otherwise the first kustomization loaded (depth-first) that sets it
 * applies to the whole build. We keep the same rule, per build.
 * @see kustomize kyaml/openapi/openapi.go SetSchema, api/internal/target/kusttarget.go accumulateDirectory
 */
import { KustomizeError } from '../core/errors.js';
import { parseKustomizationText } from '../yaml/parse.js';
import { createSchema, BUILTIN_OPENAPI_VERSIONS } from '../patch/schema.js';
import type { Schema } from '../patch/schema-types.js';
import type { BuildContext } from './context.js';
import type { Target } from './target.js';

/** kustomize's SetSchema for one kustomization's `openapi` field (`reset` for the root). */
export function applyOpenApiField(ctx: BuildContext, t: Target, reset: boolean): void {
  if (ctx.openapiSet && !reset) return;
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
    ctx.openapi = createSchema(parseKustomizationText(text, t.ldr.abs(path)));
    ctx.openapiSet = true;
    return;
  }
  if (!version) {
    ctx.openapi = undefined;
    ctx.openapiSet = false;
    return;
  }
  if (!BUILTIN_OPENAPI_VERSIONS.includes(version)) {
    throw new KustomizeError('INVALID_KUSTOMIZATION', 'the specified OpenAPI version is not built in', {
      file: t.loaded.file,
      field: ['openapi', 'version'],
    });
  }
  ctx.openapi = createSchema(undefined);
  ctx.openapiSet = true;
}

/** The schema in force for this build. */
export function schemaFor(ctx: BuildContext, _t: Target): Schema {
  ctx.openapi ??= createSchema(undefined);
  return ctx.openapi as Schema;
}
