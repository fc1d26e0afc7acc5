/**
 * JSON Schema of a kustomization (kustomize v5.5.0 `types.Kustomization`), used with ajv to give
 * kustomize's strict decoding (unknown fields and wrong types are errors) with precise field paths.
 * @see kustomize api/types/kustomization.go and the types it references
 */
type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const bool: Schema = { type: 'boolean' };
const int: Schema = { type: 'integer' };
const strList: Schema = { type: ['array', 'null'], items: str };
const strMap: Schema = { type: ['object', 'null'], additionalProperties: { type: ['string', 'null'] } };
const anyMap: Schema = { type: ['object', 'null'] };

function obj(properties: Record<string, Schema>): Schema {
  return { type: ['object', 'null'], properties, additionalProperties: false };
}
function list(items: Schema): Schema {
  return { type: ['array', 'null'], items };
}

const gvk = { group: str, version: str, kind: str };
const resId = { ...gvk, name: str, namespace: str };

export const selectorSchema = obj({ ...resId, labelSelector: str, annotationSelector: str });

const objectMeta = obj({
  name: str,
  namespace: str,
  labels: strMap,
  annotations: strMap,
});

const generatorOptions = obj({
  labels: strMap,
  annotations: strMap,
  disableNameSuffixHash: bool,
  immutable: bool,
});

const generatorArgs = {
  namespace: str,
  name: str,
  behavior: str,
  literals: strList,
  files: strList,
  envs: strList,
  env: str,
  options: generatorOptions,
};

const fieldSpec = obj({ ...gvk, path: str, create: bool });

const fieldOptions = obj({ delimiter: str, index: int, encoding: str, create: bool });

const replacement = {
  source: obj({ ...resId, fieldPath: str, options: fieldOptions }),
  targets: list(
    obj({
      select: selectorSchema,
      reject: list(selectorSchema),
      fieldPaths: strList,
      options: fieldOptions,
    }),
  ),
};

const helmChart = obj({
  name: str,
  version: str,
  repo: str,
  releaseName: str,
  namespace: str,
  additionalValuesFiles: strList,
  valuesFile: str,
  valuesInline: anyMap,
  valuesMerge: str,
  includeCRDs: bool,
  skipHooks: bool,
  apiVersions: strList,
  kubeVersion: str,
  nameTemplate: str,
  skipTests: bool,
  debug: bool,
});

/** The schema of a kustomization file (both kind Kustomization and Component). */
export const kustomizationSchema: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    apiVersion: str,
    kind: str,
    metadata: objectMeta,
    openapi: strMap,
    namePrefix: str,
    nameSuffix: str,
    namespace: str,
    commonLabels: strMap,
    labels: list(
      obj({
        pairs: strMap,
        includeSelectors: bool,
        includeTemplates: bool,
        fields: list(fieldSpec),
      }),
    ),
    commonAnnotations: strMap,
    patchesStrategicMerge: strList,
    patchesJson6902: list(obj({ path: str, patch: str, target: selectorSchema, options: { type: ['object', 'null'], additionalProperties: bool } })),
    patches: list(obj({ path: str, patch: str, target: selectorSchema, options: { type: ['object', 'null'], additionalProperties: bool } })),
    images: list(obj({ name: str, newName: str, tagSuffix: str, newTag: str, digest: str })),
    imageTags: list(obj({ name: str, newName: str, tagSuffix: str, newTag: str, digest: str })),
    replacements: list(obj({ ...replacement, path: str })),
    replicas: list(obj({ name: str, count: int })),
    vars: list(
      obj({
        name: str,
        objref: obj({ ...gvk, apiVersion: str, name: str, namespace: str }),
        fieldref: obj({ fieldPath: str }),
      }),
    ),
    sortOptions: obj({
      order: str,
      legacySortOptions: obj({ orderFirst: strList, orderLast: strList }),
    }),
    resources: strList,
    components: strList,
    crds: strList,
    bases: strList,
    configMapGenerator: list(obj(generatorArgs)),
    secretGenerator: list(obj({ ...generatorArgs, type: str })),
    helmGlobals: obj({ chartHome: str, configHome: str }),
    helmCharts: list(helmChart),
    helmChartInflationGenerator: list(
      obj({
        chartName: str,
        chartVersion: str,
        chartRepoUrl: str,
        chartHome: str,
        chartRepoName: str,
        helmBin: str,
        helmHome: str,
        values: str,
        valuesLocal: anyMap,
        valuesMerge: str,
        releaseName: str,
        releaseNamespace: str,
        extraArgs: strList,
      }),
    ),
    generatorOptions,
    configurations: strList,
    generators: strList,
    transformers: strList,
    validators: strList,
    buildMetadata: strList,
  },
};
