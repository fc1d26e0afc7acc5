/**
 * Root-only steps after accumulation (kustomize's makeCustomizedResMap and Kustomizer.Run):
 * hash suffixes, name-reference fix-up, vars, dropping local-config resources, sorting, the
 * managed-by label, and stripping build annotations.
 * @see kustomize api/internal/target/kusttarget.go makeCustomizedResMap, api/krusty/kustomizer.go
 */
import { KustomizeError } from '../core/errors.js';
import { getOwn, isObject, setOwn } from '../core/json.js';
import { appendHashSuffixes } from '../generators/index.js';
import type { Accumulator } from '../accumulate/accumulator.js';
import type { BuildContext } from '../accumulate/context.js';
import type { Target } from '../accumulate/target.js';
import type { Resource } from '../resource/resource.js';
import { legacySort } from './sort.js';
import {
  BUILD_ANNOTATIONS,
  LOCAL_CONFIG_ANNOTATION,
  ORIGIN_ANNOTATION,
  TRANSFORMATIONS_ANNOTATION,
  removeAnnotations,
} from './annotations.js';
import { fixNameReferences } from '../transformers/name-reference.js';
import { resolveVars } from '../vars/index.js';
import { writeProvenance } from './provenance.js';

/** Appends the content hash to the names of generated resources. */
export function addHashesToNames(ra: Accumulator): void {
  appendHashSuffixes(ra.resmap);
}

export function finalize(ctx: BuildContext, root: Target, ra: Accumulator): Resource[] {
  addHashesToNames(ra);
  fixNameReferences(ra.resmap, ra.config);
  resolveVars(ra.resmap, ra.vars, ra.config.varReference);
  let list = ra.resmap.resources().filter((r) => {
    const md = r.metadata;
    const a = md ? getOwn(md, 'annotations') : undefined;
    return !(isObject(a) && Object.prototype.hasOwnProperty.call(a, LOCAL_CONFIG_ANNOTATION));
  });
  list = sortResources(ctx, root, list);
  const meta = new Set(root.k.buildMetadata ?? []);
  if (ctx.options.enableManagedByLabel || meta.has('managedByLabel')) {
    for (const r of list) {
      const md = r.ensureMetadata();
      let labels = getOwn(md, 'labels');
      if (!isObject(labels)) {
        labels = {};
        md['labels'] = labels;
      }
      setOwn(labels, 'app.kubernetes.io/managed-by', ctx.options.managedByVersion);
    }
  }
  writeProvenance(list, meta);
  for (const r of list) {
    const strip = [...BUILD_ANNOTATIONS];
    if (!meta.has('originAnnotations')) strip.push(ORIGIN_ANNOTATION);
    if (!meta.has('transformerAnnotations')) strip.push(TRANSFORMATIONS_ANNOTATION);
    removeAnnotations(r, strip);
  }
  return list;
}

function sortResources(ctx: BuildContext, root: Target, list: Resource[]): Resource[] {
  const so = root.k.sortOptions;
  if (so) {
    const order = so.order ?? '';
    if (order !== 'fifo' && order !== 'legacy') {
      throw new KustomizeError('INVALID_KUSTOMIZATION', "the field 'sortOptions.order' must be one of [fifo, legacy]", {
        file: root.loaded.file,
        field: ['sortOptions', 'order'],
      });
    }
    if (order === 'fifo') {
      if (so.legacySortOptions) {
        throw new KustomizeError(
          'INVALID_KUSTOMIZATION',
          "the field 'sortOptions.legacySortOptions' is set but the selected sort order is 'fifo', not 'legacy'",
          { file: root.loaded.file, field: ['sortOptions', 'legacySortOptions'] },
        );
      }
      return list;
    }
    if (so.legacySortOptions) {
      return legacySort(list, so.legacySortOptions.orderFirst ?? [], so.legacySortOptions.orderLast ?? []);
    }
    return legacySort(list);
  }
  return ctx.options.reorder === 'legacy' ? legacySort(list) : list;
}
