/**
 * Turning file contents into resources: multi-document YAML, empty documents skipped, metadata
 * validated, `*List` kinds with `items` expanded, as kustomize's resource factory does.
 * @see kustomize api/resource/factory.go (RNodesFromBytes, dropBadNodes, inlineAnyEmbeddedLists)
 */
import { KustomizeError } from '../core/errors.js';
import { type JsonObject, isObject, getOwn } from '../core/json.js';
import { parseResourceDocuments } from '../yaml/parse.js';
import { Resource } from './resource.js';

/**
 * Parses a resource file's text into resources (patches too): the values' YAML spellings come
 * along (core/scalar-text.ts), so a null annotation prints as the text it was written with.
 */
export function resourcesFromText(text: string, file: string, opts: { firstKeyWins?: boolean } = {}): Resource[] {
  const docs = parseResourceDocuments(text, file, opts);
  const queue: { obj: JsonObject; doc: number; line: number }[] = [];
  for (const d of docs) {
    const v = d.value;
    if (v === null || (isObject(v) && Object.keys(v).length === 0)) continue;
    if (!isObject(v)) {
      throw new KustomizeError(
        'INVALID_RESOURCE',
        `expected a YAML mapping for a resource, got ${Array.isArray(v) ? 'a sequence' : 'a scalar'}`,
        { file, line: d.line },
      );
    }
    validateMetadata(v, file, d.line);
    queue.push({ obj: v, doc: d.index, line: d.line });
  }
  const out: Resource[] = [];
  // kustomize appends list items to the end of its work queue, so they follow the other documents.
  for (let i = 0; i < queue.length; i++) {
    const { obj, doc, line } = queue[i]!;
    const kind = getOwn(obj, 'kind');
    if (typeof kind === 'string' && kind.endsWith('List') && Object.prototype.hasOwnProperty.call(obj, 'items')) {
      const items = obj['items'];
      if (items === null) continue;
      if (!Array.isArray(items)) {
        throw new KustomizeError('INVALID_RESOURCE', `expected array for items in ${kind}`, { file, line });
      }
      for (const it of items) {
        if (it === null) continue;
        if (!isObject(it)) {
          throw new KustomizeError('INVALID_RESOURCE', `expected a mapping for an item of ${kind}`, { file, line });
        }
        queue.push({ obj: it, doc, line });
      }
      continue;
    }
    const r = new Resource(obj);
    r.source = { file, doc, line };
    out.push(r);
  }
  return out;
}

function validateMetadata(v: JsonObject, file: string, line: number): void {
  // kustomize reads kind and name as YAML scalars: `kind: 123` and `name: true` are fine, a map,
  // a list or null is missing.
  const kind = scalarText(getOwn(v, 'kind'));
  if (kind === '') {
    throw new KustomizeError('INVALID_RESOURCE', 'missing kind in object', { file, line, field: ['kind'] });
  }
  if (kind.endsWith('List')) return;
  const md = getOwn(v, 'metadata');
  const name = scalarText(isObject(md) ? getOwn(md, 'name') : undefined);
  if (name === '') {
    throw new KustomizeError('INVALID_RESOURCE', `missing metadata.name in object of kind ${kind}`, {
      file,
      line,
      field: ['metadata', 'name'],
    });
  }
}

function scalarText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}
