/**
 * Loading the `replacements` field and ReplacementTransformer configs: entries given by `path`
 * replaced by the file's replacement or list of replacements (kustomize's
 * ReplacementTransformer Config).
 * @see kustomize api/internal/builtins/ReplacementTransformer.go
 */
import { type ErrorCode, KustomizeError, withContext } from '../core/errors.js';
import { type Json, isObject } from '../core/json.js';
import type { ReplacementEntry } from '../load/types.js';
import { parseKustomizationText } from '../yaml/parse.js';
import type { Target } from './target.js';

/**
 * `replacements` entries: inline, or `path:` to a file holding one replacement or a list. Errors
 * carry `[...field, i]` in `owner` (the file holding the entries); `code` is that of a malformed
 * entry (INVALID_KUSTOMIZATION in a kustomization).
 */
export function loadReplacements(
  t: Target,
  entries: readonly ReplacementEntry[],
  field: (string | number)[] = ['replacements'],
  owner: string = t.loaded.file,
  code: ErrorCode = 'INVALID_KUSTOMIZATION',
): Json[] {
  const out: Json[] = [];
  entries.forEach((r, i) => {
    if (!r) return;
    if (r.path) {
      if (r.source || (r.targets && r.targets.length)) {
        throw new KustomizeError(code, 'cannot specify both path and inline replacement', {
          file: owner,
          field: [...field, i],
        });
      }
      const file = t.ldr.abs(r.path);
      let v: Json;
      try {
        v = parseKustomizationText(t.ldr.readText(r.path), file);
      } catch (e) {
        throw withContext(e, { file: owner, field: [...field, i, 'path'] });
      }
      if (Array.isArray(v)) out.push(...v);
      else if (isObject(v)) out.push(v);
      else {
        const err = new KustomizeError(
          code,
          `unsupported replacement type encountered within replacement path: ${v === null ? 'invalid' : typeof v}`,
          { file },
        );
        throw withContext(err, { file: owner, field: [...field, i, 'path'] });
      }
    } else {
      const { path: _p, ...inline } = r;
      out.push(inline as unknown as Json);
    }
  });
  return out;
}
