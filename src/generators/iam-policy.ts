/**
 * The builtin IAMPolicyGenerator (a `generators:` entry): a ServiceAccount bound to a GKE
 * service account. kustomize fills a YAML template with the arguments and parses it, so odd
 * values fail the way they fail there (e.g. an empty service account name gives a YAML error).
 * @see kustomize api/internal/builtins/IAMPolicyGenerator.go, api/filters/iampolicygenerator
 */
import { KustomizeError } from '../core/errors.js';
import { type Json, isObject } from '../core/json.js';
import { Resource } from '../resource/resource.js';
import { parseResourceDocuments } from '../yaml/parse.js';

function str(o: Json | undefined, key: string): string {
  if (!isObject(o)) return '';
  const v = o[key];
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

export function generateIamPolicy(config: Json, file: string): Resource[] {
  const cloud = str(config, 'cloud');
  if (cloud !== 'gke') {
    throw new KustomizeError('GENERATOR_FAILED', `cloud provider ${cloud} not supported yet`, { file, field: ['cloud'] });
  }
  const ks = isObject(config) ? config['kubernetesService'] : undefined;
  const sa = isObject(config) ? config['serviceAccount'] : undefined;
  let text =
    '\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  annotations:\n' +
    `    iam.gke.io/gcp-service-account: ${str(sa, 'name')}@${str(sa, 'projectId')}.iam.gserviceaccount.com\n` +
    `  name: ${str(ks, 'name')}\n`;
  const ns = str(ks, 'namespace');
  if (ns !== '') text += `\n  namespace: ${ns}`;
  return parseResourceDocuments(text, file).flatMap((d) => (isObject(d.value) ? [new Resource(d.value)] : []));
}
