/**
 * Validation of a decoded kustomization against src/load/schema.ts with ajv. The schema is
 * compiled ahead of time by ajv's standalone code generator (scripts/gen-validator.mjs →
 * src/load/generated/kustomization-validator.ts), so builds use ajv's validator without paying
 * ajv's compile (~150 ms) at every cold start. test/load/validate.test.ts fails when the
 * generated module no longer matches the schema.
 */
import type { Json } from '../core/json.js';
import { validate } from './generated/kustomization-validator.js';

/** The first validation error (ajv with `allErrors: false`), path as segments, not a pointer. */
export interface SchemaError {
  keyword: 'type' | 'additionalProperties';
  /** Keys and array indices (as strings) from the root to the offending value. */
  path: string[];
  params: { type?: string | string[]; additionalProperty?: string };
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** Validates a decoded kustomization; undefined when valid, else ajv's first error. */
export function validateKustomization(data: Json | undefined): SchemaError | undefined {
  const fn = validate as unknown as ((d: unknown) => boolean) & { errors?: AjvError[] | null };
  if (fn(data)) return int64Error(data);
  const e = fn.errors![0]!;
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return { keyword: e.keyword as SchemaError['keyword'], path, params: e.params as SchemaError['params'] };
}

/**
 * The schema's integers (`replicas[].count`, replacement `options.index`) decode into Go int64s:
 * a number outside that range fails to unmarshal, which JSON Schema's `integer` does not see.
 */
function int64Error(data: Json | undefined): SchemaError | undefined {
  const bad = (v: unknown) => typeof v === 'number' && Math.abs(v) > 2 ** 63;
  const d = data as Record<string, unknown> | null | undefined;
  const replicas = d?.['replicas'];
  if (Array.isArray(replicas)) {
    for (let i = 0; i < replicas.length; i++) {
      const r = replicas[i] as Record<string, unknown> | null;
      if (r && bad(r['count'])) return { keyword: 'type', path: ['replicas', String(i), 'count'], params: { type: 'integer' } };
    }
  }
  const repl = d?.['replacements'];
  if (Array.isArray(repl)) {
    for (let i = 0; i < repl.length; i++) {
      const r = repl[i] as Record<string, any> | null;
      if (r?.['source']?.['options'] && bad(r['source']['options']['index'])) {
        return { keyword: 'type', path: ['replacements', String(i), 'source', 'options', 'index'], params: { type: 'integer' } };
      }
      const targets = r?.['targets'];
      if (Array.isArray(targets)) {
        for (let j = 0; j < targets.length; j++) {
          if (bad(targets[j]?.['options']?.['index'])) {
            return {
              keyword: 'type',
              path: ['replacements', String(i), 'targets', String(j), 'options', 'index'],
              params: { type: 'integer' },
            };
          }
        }
      }
    }
  }
  return undefined;
}
