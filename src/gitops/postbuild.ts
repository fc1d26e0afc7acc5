/**
 * Post-build variable substitution, as Flux's kustomize-controller does it after `kustomize
 * build` (`spec.postBuild.substitute`): every resource is printed as YAML, `${...}` references
 * are expanded in that text (see {@link envsubst}), and the text is read back as
 * `sigs.k8s.io/yaml` reads it (so `replicas: ${N}` becomes a number once substituted).
 *
 * As in Flux: variable names must match `^[_[:alpha:]][_[:alpha:][:digit:]]*$`; newlines are
 * removed from values; nothing happens when there are no variables; a resource labelled or
 * annotated `kustomize.toolkit.fluxcd.io/substitute: disabled` is left alone.
 *
 * @see fluxcd/pkg kustomize/kustomize_varsub.go (SubstituteVariables, varSubstitution)
 */
import { KustomizeError } from '../core/errors.js';
import { isObject, type JsonObject } from '../core/json.js';
import { parseGroupVersion, resIdString } from '../resource/resid.js';
import { emitDocument } from '../yaml/emit.js';
import { parseKustomizationText } from '../yaml/parse.js';
import { envsubst, EnvsubstError } from './envsubst.js';

/** The `postBuild` build option. */
export interface PostBuildOptions {
  /** Variables for `${VAR}` references. */
  substitute: Record<string, string>;
  /** Fail on a reference to an unset variable that has no default (Flux's StrictPostBuildSubstitutions). */
  strict?: boolean;
}

export const SUBSTITUTE_ANNOTATION = 'kustomize.toolkit.fluxcd.io/substitute';
const VAR_NAME = /^[_A-Za-z][_A-Za-z0-9]*$/;

/**
 * Substitutes variables in built resources. Returns a new array; resources that do not change
 * are the same objects. Throws `SUBSTITUTION_FAILED`.
 */
export function applyPostBuild(resources: JsonObject[], pb: PostBuildOptions | null | undefined): JsonObject[] {
  if (!pb) return resources;
  const vars = new Map<string, string>();
  for (const k of Object.keys(pb.substitute ?? {})) {
    if (!VAR_NAME.test(k)) {
      throw new KustomizeError(
        'SUBSTITUTION_FAILED',
        `'${k}' var name is invalid, must match '^[_[:alpha:]][_[:alpha:][:digit:]]*$'`,
      );
    }
    vars.set(k, String(pb.substitute[k]).replace(/\n/g, ''));
  }
  if (vars.size === 0) return resources;
  const lookup = (name: string) => vars.get(name);
  return resources.map((obj) => {
    if (isDisabled(obj)) return obj;
    const text = emitDocument(obj);
    let out: string;
    try {
      out = envsubst(text, lookup, pb.strict ?? false);
    } catch (e) {
      if (e instanceof EnvsubstError) {
        throw new KustomizeError('SUBSTITUTION_FAILED', `variable substitution failed: ${e.message}`, { resource: idOf(obj) });
      }
      throw e;
    }
    if (out === text) return obj;
    let parsed;
    try {
      parsed = parseKustomizationText(out, idOf(obj));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      throw new KustomizeError('SUBSTITUTION_FAILED', `YAMLToJSON: ${msg}`, { resource: idOf(obj), cause: e });
    }
    if (!isObject(parsed)) {
      throw new KustomizeError('SUBSTITUTION_FAILED', 'substituted resource is not a YAML mapping', { resource: idOf(obj) });
    }
    return parsed;
  });
}

function isDisabled(obj: JsonObject): boolean {
  const md = isObject(obj['metadata']) ? obj['metadata'] : {};
  const labels = isObject(md['labels']) ? md['labels'] : {};
  const annotations = isObject(md['annotations']) ? md['annotations'] : {};
  return labels[SUBSTITUTE_ANNOTATION] === 'disabled' || annotations[SUBSTITUTE_ANNOTATION] === 'disabled';
}

/** kustomize's ResId string of a plain object. */
export function idOf(obj: JsonObject): string {
  const { group, version } = parseGroupVersion(typeof obj['apiVersion'] === 'string' ? obj['apiVersion'] : '');
  const md = isObject(obj['metadata']) ? obj['metadata'] : {};
  return resIdString({
    group,
    version,
    kind: typeof obj['kind'] === 'string' ? obj['kind'] : '',
    name: typeof md['name'] === 'string' ? md['name'] : '',
    namespace: typeof md['namespace'] === 'string' ? md['namespace'] : '',
  });
}
