/**
 * The OpenAPI data against facts taken from the sources:
 * - merge strategies and keys from kustomize's own patch-metadata table derived from the same
 *   Kubernetes v1.21.2 document (kyaml/openapi/zz_generated_patchmeta.go, precomputedPatchDefs)
 *   and the `patchStrategy`/`patchMergeKey` struct tags of k8s.io/api v0.21 (e.g. core/v1 types.go:
 *   `Containers []Container ... patchStrategy:"merge" patchMergeKey:"name"`);
 * - scope from kyaml/openapi/openapi.go precomputedIsNamespaceScoped.
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Json } from '../../src/core/json.js';
import { createSchema, type Schema, type SchemaNode } from '../../src/openapi/schema.js';
import { isClusterScopedKind } from '../../src/resource/cluster-scoped.js';

/** Follows a dotted path from a resource type; "[]" steps into list items. */
function lookup(schema: Schema, apiVersion: string, kind: string, path: string): SchemaNode | undefined {
  let s = schema.forResourceType(apiVersion, kind);
  for (const p of path.split('.')) {
    if (!s) return undefined;
    s = p === '[]' ? s.elements() : s.field(p);
  }
  return s;
}

const builtin = createSchema();

// [apiVersion, kind, path, strategy, keys]; strategy '' = no list strategy (lists are replaced)
const FACTS: [string, string, string, string, string[]][] = [
  ['v1', 'Pod', 'spec.containers', 'merge', ['name']],
  ['v1', 'Pod', 'spec.initContainers', 'merge', ['name']],
  ['v1', 'Pod', 'spec.ephemeralContainers', 'merge', ['name']],
  ['v1', 'Pod', 'spec.volumes', 'merge,retainKeys', ['name']],
  ['v1', 'Pod', 'spec.imagePullSecrets', 'merge', ['name']],
  ['v1', 'Pod', 'spec.hostAliases', 'merge', ['ip']],
  ['v1', 'Pod', 'spec.topologySpreadConstraints', 'merge', ['topologyKey', 'whenUnsatisfiable']],
  ['v1', 'Pod', 'spec.tolerations', '', []],
  ['v1', 'Pod', 'spec.containers.[].env', 'merge', ['name']],
  ['v1', 'Pod', 'spec.containers.[].ports', 'merge', ['containerPort', 'protocol']],
  ['v1', 'Pod', 'spec.containers.[].volumeMounts', 'merge', ['mountPath']],
  ['v1', 'Pod', 'spec.containers.[].volumeDevices', 'merge', ['devicePath']],
  ['v1', 'Pod', 'spec.containers.[].args', '', []],
  ['v1', 'Pod', 'spec.containers.[].envFrom', '', []],
  ['v1', 'Pod', 'spec.initContainers.[].env', 'merge', ['name']],
  ['v1', 'Pod', 'spec.ephemeralContainers.[].env', 'merge', ['name']],
  ['v1', 'Pod', 'spec.ephemeralContainers.[].ports', '', []],
  ['v1', 'Pod', 'spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution', '', []],
  ['v1', 'Pod', 'status.conditions', 'merge', ['type']],
  ['v1', 'Pod', 'status.podIPs', 'merge', ['ip']],
  ['v1', 'Pod', 'metadata.finalizers', 'merge', []],
  ['v1', 'Pod', 'metadata.ownerReferences', 'merge', ['uid']],
  ['v1', 'Pod', 'metadata.managedFields', '', []],
  ['apps/v1', 'Deployment', 'spec.template.spec.containers', 'merge', ['name']],
  ['apps/v1', 'Deployment', 'spec.template.spec.containers.[].ports', 'merge', ['containerPort', 'protocol']],
  ['apps/v1', 'Deployment', 'status.conditions', 'merge', ['type']],
  ['apps/v1', 'StatefulSet', 'spec.volumeClaimTemplates', '', []],
  ['apps/v1', 'StatefulSet', 'spec.template.spec.volumes', 'merge,retainKeys', ['name']],
  ['apps/v1', 'DaemonSet', 'spec.template.spec.initContainers', 'merge', ['name']],
  ['apps/v1', 'ReplicaSet', 'status.conditions', 'merge', ['type']],
  ['batch/v1', 'CronJob', 'spec.jobTemplate.spec.template.spec.containers', 'merge', ['name']],
  ['batch/v1beta1', 'CronJob', 'spec.jobTemplate.spec.template.spec.containers', 'merge', ['name']],
  ['batch/v1', 'Job', 'status.conditions', 'merge', ['type']],
  ['v1', 'PodTemplate', 'template.spec.containers', 'merge', ['name']],
  ['v1', 'ReplicationController', 'spec.template.spec.containers', 'merge', ['name']],
  ['v1', 'Service', 'spec.ports', 'merge', ['port', 'protocol']],
  ['v1', 'Service', 'status.conditions', 'merge', ['type']],
  ['v1', 'ServiceAccount', 'secrets', 'merge', ['name']],
  ['v1', 'ServiceAccount', 'imagePullSecrets', '', []],
  ['v1', 'Node', 'spec.podCIDRs', 'merge', []],
  ['v1', 'Node', 'status.addresses', 'merge', ['type']],
  ['v1', 'Node', 'status.conditions', 'merge', ['type']],
  ['v1', 'Namespace', 'status.conditions', 'merge', ['type']],
  ['v1', 'PersistentVolumeClaim', 'status.conditions', 'merge', ['type']],
  ['v1', 'ComponentStatus', 'conditions', 'merge', ['type']],
  ['v1', 'Endpoints', 'subsets', '', []],
  ['storage.k8s.io/v1', 'CSINode', 'spec.drivers', 'merge', ['name']],
  ['admissionregistration.k8s.io/v1', 'MutatingWebhookConfiguration', 'webhooks', 'merge', ['name']],
  ['admissionregistration.k8s.io/v1beta1', 'ValidatingWebhookConfiguration', 'webhooks', 'merge', ['name']],
  ['policy/v1', 'PodDisruptionBudget', 'status.conditions', 'merge', ['type']],
  ['apiregistration.k8s.io/v1', 'APIService', 'status.conditions', 'merge', ['type']],
  ['networking.k8s.io/v1', 'Ingress', 'spec.rules', '', []],
  ['networking.k8s.io/v1', 'NetworkPolicy', 'spec.ingress', '', []],
  ['rbac.authorization.k8s.io/v1', 'ClusterRole', 'rules', '', []],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding', 'subjects', '', []],
  ['apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'spec.versions', '', []],
  ['storage.k8s.io/v1beta1', 'CSIStorageCapacityList', 'items', '', []],
  ['v1', 'PodList', 'items', '', []],
  ['kustomize.config.k8s.io/v1beta1', 'Kustomization', 'configMapGenerator', 'merge', ['name']],
  ['kustomize.config.k8s.io/v1beta1', 'Kustomization', 'secretGenerator', 'merge', ['name']],
];

describe('built-in schema (Kubernetes v1.21.2)', () => {
  test.each(FACTS)('%s %s %s: %s %j', (apiVersion, kind, path, strategy, keys) => {
    const s = lookup(builtin, apiVersion, kind, path);
    expect(s?.patchStrategy ?? '').toBe(strategy);
    expect(s?.mergeKeys ?? []).toEqual(keys);
  });

  test('schemas are found by exact apiVersion and kind only', () => {
    expect(builtin.version).toBe('v1.21.2');
    expect(builtin.forResourceType('apps/v1', 'Deployment')).toBeDefined();
    expect(builtin.forResourceType('apps/v1beta1', 'Deployment')).toBeUndefined(); // not served by v1.21.2
    expect(builtin.forResourceType('extensions/v1beta1', 'Ingress')).toBeDefined();
    expect(builtin.forResourceType('example.com/v1', 'Widget')).toBeUndefined();
    expect(builtin.forResourceType('v1', 'List')).toBeUndefined();
  });

  test('map fields reach their value schema through additionalProperties', () => {
    // JSONSchemaProps.properties is a map of JSONSchemaProps
    const base = 'spec.validation.openAPIV3Schema.properties';
    expect(lookup(builtin, 'apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition', `${base}.anything`)).toBeDefined();
    expect(lookup(builtin, 'apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition', `${base}.a.properties.b`)).toBeDefined();
    // only what a merge can observe is kept: maps of strings and lists without a merge strategy
    // behave exactly like fields without a schema
    expect(lookup(builtin, 'v1', 'Pod', 'spec.nodeSelector')).toBeUndefined();
    expect(lookup(builtin, 'v1', 'PodList', 'items.[]')).toBeUndefined();
  });

  test('a $ref property loses its own patch strategy, as kyaml Field resolves it', () => {
    // DeploymentSpec.strategy carries x-kubernetes-patch-strategy: retainKeys next to its $ref
    expect(lookup(builtin, 'apps/v1', 'Deployment', 'spec.strategy')?.patchStrategy).toBe('');
    expect(lookup(builtin, 'policy/v1', 'PodDisruptionBudget', 'spec.selector')?.patchStrategy).toBe('');
  });
});

// kyaml/openapi/openapi.go precomputedIsNamespaceScoped (82 entries)
const PRECOMPUTED_NAMESPACED: [string, string, boolean][] = [
  ['admissionregistration.k8s.io/v1', 'MutatingWebhookConfiguration', false],
  ['admissionregistration.k8s.io/v1', 'ValidatingWebhookConfiguration', false],
  ['admissionregistration.k8s.io/v1beta1', 'MutatingWebhookConfiguration', false],
  ['admissionregistration.k8s.io/v1beta1', 'ValidatingWebhookConfiguration', false],
  ['apiextensions.k8s.io/v1', 'CustomResourceDefinition', false],
  ['apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition', false],
  ['apiregistration.k8s.io/v1', 'APIService', false],
  ['apiregistration.k8s.io/v1beta1', 'APIService', false],
  ['apps/v1', 'ControllerRevision', true],
  ['apps/v1', 'DaemonSet', true],
  ['apps/v1', 'Deployment', true],
  ['apps/v1', 'ReplicaSet', true],
  ['apps/v1', 'StatefulSet', true],
  ['autoscaling/v1', 'HorizontalPodAutoscaler', true],
  ['autoscaling/v1', 'Scale', true],
  ['autoscaling/v2beta1', 'HorizontalPodAutoscaler', true],
  ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', true],
  ['batch/v1', 'CronJob', true],
  ['batch/v1', 'Job', true],
  ['batch/v1beta1', 'CronJob', true],
  ['certificates.k8s.io/v1', 'CertificateSigningRequest', false],
  ['certificates.k8s.io/v1beta1', 'CertificateSigningRequest', false],
  ['coordination.k8s.io/v1', 'Lease', true],
  ['coordination.k8s.io/v1beta1', 'Lease', true],
  ['discovery.k8s.io/v1', 'EndpointSlice', true],
  ['discovery.k8s.io/v1beta1', 'EndpointSlice', true],
  ['events.k8s.io/v1', 'Event', true],
  ['events.k8s.io/v1beta1', 'Event', true],
  ['extensions/v1beta1', 'Ingress', true],
  ['flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema', false],
  ['flowcontrol.apiserver.k8s.io/v1beta1', 'PriorityLevelConfiguration', false],
  ['networking.k8s.io/v1', 'Ingress', true],
  ['networking.k8s.io/v1', 'IngressClass', false],
  ['networking.k8s.io/v1', 'NetworkPolicy', true],
  ['networking.k8s.io/v1beta1', 'Ingress', true],
  ['networking.k8s.io/v1beta1', 'IngressClass', false],
  ['node.k8s.io/v1', 'RuntimeClass', false],
  ['node.k8s.io/v1beta1', 'RuntimeClass', false],
  ['policy/v1', 'PodDisruptionBudget', true],
  ['policy/v1beta1', 'PodDisruptionBudget', true],
  ['policy/v1beta1', 'PodSecurityPolicy', false],
  ['rbac.authorization.k8s.io/v1', 'ClusterRole', false],
  ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', false],
  ['rbac.authorization.k8s.io/v1', 'Role', true],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding', true],
  ['rbac.authorization.k8s.io/v1beta1', 'ClusterRole', false],
  ['rbac.authorization.k8s.io/v1beta1', 'ClusterRoleBinding', false],
  ['rbac.authorization.k8s.io/v1beta1', 'Role', true],
  ['rbac.authorization.k8s.io/v1beta1', 'RoleBinding', true],
  ['scheduling.k8s.io/v1', 'PriorityClass', false],
  ['scheduling.k8s.io/v1beta1', 'PriorityClass', false],
  ['storage.k8s.io/v1', 'CSIDriver', false],
  ['storage.k8s.io/v1', 'CSINode', false],
  ['storage.k8s.io/v1', 'StorageClass', false],
  ['storage.k8s.io/v1', 'VolumeAttachment', false],
  ['storage.k8s.io/v1beta1', 'CSIDriver', false],
  ['storage.k8s.io/v1beta1', 'CSINode', false],
  ['storage.k8s.io/v1beta1', 'CSIStorageCapacity', true],
  ['storage.k8s.io/v1beta1', 'StorageClass', false],
  ['storage.k8s.io/v1beta1', 'VolumeAttachment', false],
  ['v1', 'ComponentStatus', false],
  ['v1', 'ConfigMap', true],
  ['v1', 'Endpoints', true],
  ['v1', 'Event', true],
  ['v1', 'LimitRange', true],
  ['v1', 'Namespace', false],
  ['v1', 'Node', false],
  ['v1', 'NodeProxyOptions', false],
  ['v1', 'PersistentVolume', false],
  ['v1', 'PersistentVolumeClaim', true],
  ['v1', 'Pod', true],
  ['v1', 'PodAttachOptions', true],
  ['v1', 'PodExecOptions', true],
  ['v1', 'PodPortForwardOptions', true],
  ['v1', 'PodProxyOptions', true],
  ['v1', 'PodTemplate', true],
  ['v1', 'ReplicationController', true],
  ['v1', 'ResourceQuota', true],
  ['v1', 'Secret', true],
  ['v1', 'Service', true],
  ['v1', 'ServiceAccount', true],
  ['v1', 'ServiceProxyOptions', true],
];

const split = (apiVersion: string): [string, string] => {
  const i = apiVersion.indexOf('/');
  return i < 0 ? ['', apiVersion] : [apiVersion.slice(0, i), apiVersion.slice(i + 1)];
};

describe('resource scope', () => {
  test.each(PRECOMPUTED_NAMESPACED)('%s %s namespaced=%s', (apiVersion, kind, namespaced) => {
    expect(builtin.isNamespaceScoped(apiVersion, kind)).toBe(namespaced);
    expect(builtin.isClusterScoped(apiVersion, kind)).toBe(!namespaced);
    const [group, version] = split(apiVersion);
    expect(isClusterScopedKind(group, version, kind)).toBe(!namespaced);
  });

  test('kinds without a GET path in the schema are of unknown scope, hence namespaced', () => {
    // verified with kubectl kustomize: `namespace:` is set on all of these
    for (const [apiVersion, kind] of [
      ['authentication.k8s.io/v1', 'TokenReview'],
      ['authorization.k8s.io/v1', 'SubjectAccessReview'],
      ['rbac.authorization.k8s.io/v1alpha1', 'ClusterRole'],
      ['storage.k8s.io/v1alpha1', 'VolumeAttachment'],
      ['example.com/v1', 'Widget'],
    ]) {
      expect(builtin.isNamespaceScoped(apiVersion!, kind!)).toBeUndefined();
      expect(builtin.isClusterScoped(apiVersion!, kind!)).toBe(false);
      const [group, version] = split(apiVersion!);
      expect(isClusterScopedKind(group, version, kind!)).toBe(false);
    }
  });
});

describe('custom schema (openapi: {path: ...})', () => {
  const doc = parse(`
swagger: "2.0"
paths:
  /apis/example.com/v1/widgets/{name}:
    get:
      x-kubernetes-group-version-kind: {group: example.com, kind: Widget, version: v1}
  /apis/example.com/v1/namespaces/{namespace}/gadgets/{name}:
    get:
      x-kubernetes-group-version-kind: {group: example.com, kind: Gadget, version: v1}
  /api/v1/namespaces/{name}:
    get:
      x-kubernetes-group-version-kind: {group: "", kind: Namespace, version: v1}
  /api/v1/namespaces/{namespace}/configmaps/{name}:
    get:
      x-kubernetes-group-version-kind: {group: "", kind: ConfigMap, version: v1}
definitions:
  com.example.Widget:
    type: object
    x-kubernetes-group-version-kind:
    - {group: example.com, kind: Widget, version: v1}
    - {group: example.com, kind: Widget, version: v2}
    properties:
      spec: {$ref: '#/definitions/com.example.WidgetSpec'}
  com.example.WidgetSpec:
    type: object
    properties:
      items:
        type: array
        x-kubernetes-patch-strategy: merge
        x-kubernetes-patch-merge-key: id
        items: {$ref: '#/definitions/com.example.Item'}
      ports:
        type: array
        x-kubernetes-patch-strategy: merge
        x-kubernetes-patch-merge-key: port
        x-kubernetes-list-map-keys: [port, protocol]
        items: {type: object}
      tags: {type: array, x-kubernetes-patch-strategy: merge, items: {type: string}}
      untyped: {x-kubernetes-patch-strategy: merge, x-kubernetes-patch-merge-key: k, items: {type: object}}
      mapKeysOnly: {type: array, x-kubernetes-list-type: map, x-kubernetes-list-map-keys: [a], items: {type: object}}
      byName: {type: object, additionalProperties: {$ref: '#/definitions/com.example.Item'}}
      dangling: {$ref: '#/definitions/com.example.Nope'}
  com.example.Item:
    type: object
    properties:
      subs: {type: array, x-kubernetes-patch-strategy: merge, x-kubernetes-patch-merge-key: name, items: {type: object}}
`) as Json;
  const custom = createSchema(doc);

  test('lookups follow $ref, items and additionalProperties', () => {
    expect(custom.version).toBe('custom');
    expect(lookup(custom, 'example.com/v1', 'Widget', 'spec.items')?.mergeKeys).toEqual(['id']);
    expect(lookup(custom, 'example.com/v2', 'Widget', 'spec.items')?.mergeKeys).toEqual(['id']);
    expect(lookup(custom, 'example.com/v1', 'Widget', 'spec.items.[].subs')?.mergeKeys).toEqual(['name']);
    expect(lookup(custom, 'example.com/v1', 'Widget', 'spec.byName.anything.subs')?.mergeKeys).toEqual(['name']);
    expect(lookup(custom, 'example.com/v1', 'Widget', 'spec.ports')?.mergeKeys).toEqual(['port', 'protocol']);
    const tags = lookup(custom, 'example.com/v1', 'Widget', 'spec.tags');
    expect([tags?.patchStrategy, tags?.mergeKeys]).toEqual(['merge', []]);
    expect(lookup(custom, 'example.com/v1', 'Widget', 'spec.dangling')).toBeUndefined();
  });

  test('list-map-keys count only with a patch strategy; items need type array', () => {
    const mk = lookup(custom, 'example.com/v1', 'Widget', 'spec.mapKeysOnly');
    expect([mk?.patchStrategy, mk?.mergeKeys]).toEqual(['', []]);
    const untyped = lookup(custom, 'example.com/v1', 'Widget', 'spec.untyped');
    expect(untyped?.mergeKeys).toEqual(['k']);
    expect(untyped?.elements()).toBeUndefined();
  });

  test('replaces the built-in Kubernetes schema but keeps the Kustomization types', () => {
    expect(custom.forResourceType('apps/v1', 'Deployment')).toBeUndefined();
    expect(lookup(custom, 'kustomize.config.k8s.io/v1beta1', 'Kustomization', 'configMapGenerator')?.mergeKeys).toEqual(['name']);
  });

  test('scope: built-in table first, then the custom GET paths', () => {
    expect(custom.isClusterScoped('example.com/v1', 'Widget')).toBe(true);
    expect(custom.isNamespaceScoped('example.com/v1', 'Gadget')).toBe(true);
    expect(custom.isNamespaceScoped('example.com/v1', 'Other')).toBeUndefined();
    expect(custom.isClusterScoped('v1', 'Namespace')).toBe(true);
    expect(custom.isClusterScoped('v1', 'Node')).toBe(true); // from the built-in table, absent from the file
  });

  test('a document that is not a map is rejected', () => {
    expect(() => createSchema(['x'])).toThrow(expect.objectContaining({ code: 'INVALID_OPENAPI' }));
    expect(() => createSchema({ definitions: 'x' })).toThrow(expect.objectContaining({ code: 'INVALID_OPENAPI' }));
    expect(createSchema({}).forResourceType('v1', 'Pod')).toBeUndefined();
  });

  test('builds do not share custom state', () => {
    const a = createSchema(doc);
    const b = createSchema({});
    expect(a.forResourceType('example.com/v1', 'Widget')).toBeDefined();
    expect(b.forResourceType('example.com/v1', 'Widget')).toBeUndefined();
    expect(createSchema().forResourceType('apps/v1', 'Deployment')).toBeDefined();
  });
});
