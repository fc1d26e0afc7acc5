/**
 * The OpenAPI schema a kustomization's patches use: the built-in Kubernetes schema, or the one
 * its `openapi` field names. kustomize keeps this process-global; we keep it per build.
 * @see kustomize kyaml/openapi/openapi.go SetSchema, api/internal/target/kusttarget.go accumulateDirectory
 */
import { KustomizeError } from '../core/errors.js';
import { parseKustomizationText } from '../yaml/parse.js';
import { createSchema } from '../patch/schema.js';
import type { Schema } from '../patch/schema-types.js';
import type { BuildContext } from './context.js';
import type { Target } from './target.js';

export function schemaFor(ctx: BuildContext, t: Target): Schema {
  const openapi = t.k.openapi;
  if (openapi && openapi['path']) {
    const text = t.ldr.readText(openapi['path']);
    const custom = parseKustomizationText(text, t.ldr.abs(openapi['path']));
    ctx.openapi = createSchema(custom);
  } else if (openapi && openapi['version'] && openapi['version'] !== 'v1.21.2') {
    throw new KustomizeError('UNSUPPORTED_FIELD', `openapi version ${openapi['version']} is not built in (only v1.21.2)`, {
      file: t.loaded.file,
      field: ['openapi', 'version'],
    });
  }
  ctx.openapi ??= createSchema(undefined);
  return ctx.openapi as Schema;
}
