/**
 * Programmatic overrides of the root kustomization, in the shape of Argo CD's
 * `Application.spec.source.kustomize`, applied without writing any file.
 *
 * Argo CD applies these by running `kustomize edit` in the checked-out directory before
 * `kustomize build`; here the same edits are made by the `src/edit` functions on the root
 * kustomization's text, which is then decoded again, so a build with overrides is the build of
 * the edited kustomization by construction. Order as Argo CD runs them: name prefix, name
 * suffix, images, replicas, common labels, common annotations, namespace, patches, components.
 *
 * @see argoproj/argo-cd util/kustomize/kustomize.go (Build)
 */
import { KustomizeError } from '../core/errors.js';
import { isMap } from 'yaml';
import { decodeKustomization } from '../load/kustomization.js';
import type { BuildContext } from '../accumulate/context.js';
import type { Target } from '../accumulate/target.js';
import {
  addAnnotation,
  addComponent,
  addLabel,
  addPatch,
  setImage,
  setNamePrefix,
  setNameSuffix,
  setNamespace,
  setReplicas,
  type PatchArg,
} from '../edit/commands.js';
import { KustFile, fieldString, newMap, setField } from '../edit/kustfile.js';

/** An image override given as an object: replaces the `images` entry of that name (Flux's semantics). */
export interface ImageOverride {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

/**
 * Overrides of the root kustomization (Argo CD's `spec.source.kustomize`). Every field is
 * optional; empty strings and empty lists are ignored, as Argo CD ignores them.
 */
export interface KustomizeOverrides {
  /** `kustomize edit set nameprefix`. */
  namePrefix?: string;
  /** `kustomize edit set namesuffix`. */
  nameSuffix?: string;
  /** `kustomize edit set namespace`. */
  namespace?: string;
  /**
   * Strings are `kustomize edit set image` arguments (`nginx=nginx:1.25`, `nginx:1.25`,
   * `app@sha256:...`), merged into `images` as that command does. Objects replace the entry of
   * the same name, or are appended (Flux's `spec.images`).
   */
  images?: (string | ImageOverride)[];
  /** `kustomize edit set replicas NAME=COUNT`; `count` may be a numeric string (Argo CD's intstr). */
  replicas?: { name: string; count: number | string }[];
  /** `kustomize edit add label` (into `commonLabels`, or `labels` with `labelWithoutSelector`). */
  commonLabels?: Record<string, string>;
  /** Overwrite labels the kustomization already sets (`--force`). */
  forceCommonLabels?: boolean;
  /** Add the labels without touching selectors (`--without-selector`). */
  labelWithoutSelector?: boolean;
  /** With `labelWithoutSelector`, also label pod templates (`--include-templates`). */
  labelIncludeTemplates?: boolean;
  /** `kustomize edit add annotation` into `commonAnnotations`. */
  commonAnnotations?: Record<string, string>;
  /** Overwrite annotations the kustomization already sets (`--force`). */
  forceCommonAnnotations?: boolean;
  /**
   * Appended to `patches`. Inline patches stay inline (`patch:`); a `path` is relative to the
   * root kustomization's directory.
   */
  patches?: PatchArg[];
  /** `kustomize edit add component`; paths relative to the root kustomization's directory. */
  components?: string[];
  /** Skip components whose directory does not exist instead of failing. */
  ignoreMissingComponents?: boolean;
}

export interface ApplyOverridesOptions {
  /** The kustomization file's name, for messages. */
  fileName?: string;
  /** Whether a component path (relative to the kustomization directory) exists; default: all exist. */
  componentExists?: (path: string) => boolean;
}

/**
 * The text of a kustomization file after the overrides, as `kustomize edit` would leave it
 * (comments and formatting kept). Returns `text` itself when there is nothing to apply.
 */
export function applyOverridesToText(text: string, o: KustomizeOverrides, opts: ApplyOverridesOptions = {}): string {
  const e = { fileName: opts.fileName };
  let t = text;
  if (o.namePrefix) t = setNamePrefix(t, o.namePrefix, e);
  if (o.nameSuffix) t = setNameSuffix(t, o.nameSuffix, e);
  const images = o.images ?? [];
  const imageArgs = images.filter((i): i is string => typeof i === 'string' && i !== '');
  if (imageArgs.length) t = setImage(t, imageArgs, e);
  const imageObjects = images.filter((i): i is ImageOverride => typeof i === 'object' && i !== null);
  if (imageObjects.length) t = replaceImages(t, imageObjects, e.fileName);
  if (o.replicas?.length) t = setReplicas(t, o.replicas.map((r) => `${r.name}=${intCount(r.count)}`), e);
  if (o.commonLabels && Object.keys(o.commonLabels).length) {
    t = addLabel(t, o.commonLabels, {
      ...e,
      force: o.forceCommonLabels ?? false,
      withoutSelector: o.labelWithoutSelector ?? false,
      includeTemplates: o.labelIncludeTemplates ?? false,
    });
  }
  if (o.commonAnnotations && Object.keys(o.commonAnnotations).length) {
    t = addAnnotation(t, o.commonAnnotations, { ...e, force: o.forceCommonAnnotations ?? false });
  }
  if (o.namespace) t = setNamespace(t, o.namespace, e);
  for (const p of o.patches ?? []) t = addPatch(t, p, e);
  if (o.components?.length) {
    const exists = opts.componentExists ?? (() => true);
    const present = o.components.filter((c) => {
      if (exists(c)) return true;
      if (o.ignoreMissingComponents) return false;
      throw new KustomizeError('FILE_NOT_FOUND', `kustomize component '${c}' not found (set ignoreMissingComponents to skip it)`, {
        field: ['components'],
      });
    });
    t = addComponent(t, present, e);
  }
  return t;
}

/** Argo CD's `KustomizeReplica.GetIntCount`: an int, or a string holding one. */
function intCount(c: number | string): string {
  if (typeof c === 'number' && Number.isInteger(c)) return String(c);
  if (typeof c === 'string' && /^[+-]?[0-9]+$/.test(c)) return String(BigInt(c));
  throw new KustomizeError('INVALID_EDIT', `expected integer value for count. Received: ${String(c)}`);
}

/** Flux's image overrides: each replaces the entry of the same name in place, or is appended. */
function replaceImages(text: string, images: ImageOverride[], fileName?: string): string {
  const kf = KustFile.open(text, fileName);
  const seq = kf.seq('images');
  for (const img of images) {
    const node = seq.items.find((n) => isMap(n) && fieldString(n, 'name') === img.name);
    if (node && isMap(node)) {
      node.items = [];
      for (const f of ['name', 'newName', 'newTag', 'digest'] as const) setField(node, f, img[f] ?? '');
    } else {
      seq.items.push(
        newMap(
          [
            ['name', img.name],
            ['newName', img.newName],
            ['newTag', img.newTag],
            ['digest', img.digest],
          ],
          seq.items.find((n) => isMap(n)) as never,
        ),
      );
    }
  }
  return kf.toString();
}

/**
 * The build hook: applies `overrides` to the root target right after it is loaded (before
 * accumulation), replacing its decoded kustomization. Nothing is written.
 */
export function applyOverrides(ctx: BuildContext, t: Target, overrides: KustomizeOverrides | null | undefined): void {
  if (!overrides) return;
  const text = t.ldr.readText(t.loaded.fileName);
  let next: string;
  try {
    next = applyOverridesToText(text, overrides, {
      fileName: t.loaded.fileName,
      componentExists: (p) => ctx.fs.isDir(t.ldr.abs(p)),
    });
  } catch (e) {
    if (e instanceof KustomizeError && !e.file) e.file = t.loaded.file;
    throw e;
  }
  if (next === text) return;
  const loaded = decodeKustomization(next, t.loaded.file, t.loaded.fileName);
  t.loaded = loaded;
  t.k = loaded.k;
}
