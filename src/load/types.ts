/**
 * The kustomization file, as kustomize v5.5.0 defines it (api/types/kustomization.go).
 * Fields keep their YAML spelling. After loading, legacy fields are folded in:
 * `bases` into `resources`, `imageTags` into `images` (a generator's `env` is appended to its
 * `envs` when the generator decodes its entry).
 */
import type { Json, JsonObject } from '../core/json.js';

export interface Selector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

export interface FieldSpecConfig {
  group?: string;
  version?: string;
  kind?: string;
  path?: string;
  create?: boolean;
}

export interface GeneratorOptions {
  labels?: Record<string, string> | null;
  annotations?: Record<string, string> | null;
  disableNameSuffixHash?: boolean;
  immutable?: boolean;
}

export interface GeneratorArgs {
  namespace?: string;
  name?: string;
  behavior?: string;
  literals?: string[] | null;
  files?: string[] | null;
  envs?: string[] | null;
  env?: string;
  options?: GeneratorOptions | null;
}

export interface SecretArgs extends GeneratorArgs {
  type?: string;
}

export interface PatchEntry {
  path?: string;
  patch?: string;
  target?: Selector | null;
  options?: Record<string, boolean> | null;
}

export interface ImageEntry {
  name?: string;
  newName?: string;
  tagSuffix?: string;
  newTag?: string;
  digest?: string;
}

export interface LabelEntry {
  pairs?: Record<string, string> | null;
  includeSelectors?: boolean;
  includeTemplates?: boolean;
  fields?: FieldSpecConfig[] | null;
}

export interface ReplicaEntry {
  name?: string;
  count?: number;
}

export interface VarEntry {
  name?: string;
  objref?: { group?: string; version?: string; kind?: string; apiVersion?: string; name?: string; namespace?: string };
  fieldref?: { fieldPath?: string };
}

export interface FieldOptions {
  delimiter?: string;
  index?: number;
  encoding?: string;
  create?: boolean;
}

export interface ReplacementEntry {
  path?: string;
  source?: (Selector & { fieldPath?: string; options?: FieldOptions | null }) | null;
  sourceValue?: string;
  targets?:
    | {
        select?: Selector | null;
        reject?: Selector[] | null;
        fieldPaths?: string[] | null;
        options?: FieldOptions | null;
      }[]
    | null;
}

export interface SortOptions {
  order?: string;
  legacySortOptions?: { orderFirst?: string[] | null; orderLast?: string[] | null } | null;
}

export interface Kustomization {
  apiVersion: string;
  kind: 'Kustomization' | 'Component' | string;
  metadata?: JsonObject | null;
  openapi?: Record<string, string> | null;
  namePrefix?: string;
  nameSuffix?: string;
  namespace?: string;
  commonLabels?: Record<string, string> | null;
  labels?: LabelEntry[] | null;
  commonAnnotations?: Record<string, string> | null;
  patchesStrategicMerge?: string[] | null;
  patchesJson6902?: PatchEntry[] | null;
  patches?: PatchEntry[] | null;
  images?: ImageEntry[] | null;
  replacements?: ReplacementEntry[] | null;
  replicas?: ReplicaEntry[] | null;
  vars?: VarEntry[] | null;
  sortOptions?: SortOptions | null;
  resources?: string[] | null;
  components?: string[] | null;
  crds?: string[] | null;
  configMapGenerator?: GeneratorArgs[] | null;
  secretGenerator?: SecretArgs[] | null;
  helmGlobals?: JsonObject | null;
  helmCharts?: JsonObject[] | null;
  helmChartInflationGenerator?: JsonObject[] | null;
  generatorOptions?: GeneratorOptions | null;
  configurations?: string[] | null;
  generators?: string[] | null;
  transformers?: string[] | null;
  validators?: string[] | null;
  buildMetadata?: string[] | null;
  [extra: string]: Json | undefined | unknown;
}
