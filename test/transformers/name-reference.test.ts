/**
 * The root name-reference fix-up: expected outputs recorded from `kubectl kustomize`
 * (kustomize v5.5.0), fifo order; bases are simulated by transforming slices of the map.
 */
import { describe, expect, test } from 'vitest';
import { applyNamespace, applyPrefix, fixNameReferences } from '../../src/transformers/index.js';
import { defaultTransformerConfig, mergeTransformerConfigs, parseTransformerConfig } from '../../src/fieldspec/index.js';
import { type TransformerCase, resmapFromYaml, runCases, slice } from './helpers.js';

const cfg = defaultTransformerConfig();

const cases: TransformerCase[] = [
  {
    name: "role refs follow Role or ClusterRole by roleRef kind; webhooks get name and namespace",
    input: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: same
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: same
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: to-role
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: same
subjects:
- kind: ServiceAccount
  name: sa
  namespace: elsewhere
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: to-clusterrole
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: same
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: crb
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: same
subjects:
- kind: ServiceAccount
  name: sa
  namespace: default
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: sa
---
apiVersion: v1
kind: Service
metadata:
  name: hook
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: vwc
webhooks:
- name: a.example.com
  clientConfig:
    service:
      name: hook
      namespace: default
- name: b.example.com
  clientConfig:
    service:
      name: hook
- name: c.example.com
  clientConfig:
    url: https://x
`,
    run: (m) => {
      applyNamespace(m, { namespace: 'prod', fieldSpecs: cfg.namespace });
      applyPrefix(m, { prefix: 'x-', fieldSpecs: cfg.namePrefix });
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: x-same
  namespace: prod
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: x-same
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: x-to-role
  namespace: prod
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: x-same
subjects:
- kind: ServiceAccount
  name: sa
  namespace: elsewhere
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: x-to-clusterrole
  namespace: prod
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: x-same
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: x-crb
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: x-same
subjects:
- kind: ServiceAccount
  name: x-sa
  namespace: prod
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: x-sa
  namespace: prod
---
apiVersion: v1
kind: Service
metadata:
  name: x-hook
  namespace: prod
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: x-vwc
webhooks:
- clientConfig:
    service:
      name: x-hook
      namespace: prod
  name: a.example.com
- clientConfig:
    service:
      name: x-hook
      namespace: prod
  name: b.example.com
- clientConfig:
    url: https://x
  name: c.example.com
`,
  },
  {
    name: "volumes, storage and scheduling classes, ingress annotations; IngressClass is not followed",
    input: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: pvc
spec:
  storageClassName: fast
  volumeName: pv
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv
spec:
  storageClassName: fast
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: high
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: nginx
---
apiVersion: v1
kind: Secret
metadata:
  name: auth
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ing
  annotations:
    nginx.ingress.kubernetes.io/auth-secret: auth
spec:
  ingressClassName: nginx
  tls:
  - secretName: auth
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  jobTemplate:
    spec:
      template:
        spec:
          priorityClassName: high
          volumes:
          - name: data
            persistentVolumeClaim:
              claimName: pvc
          - name: s
            secret:
              secretName: auth
          imagePullSecrets:
          - name: auth
`,
    run: (m) => {
      applyNamespace(m, { namespace: 'prod', fieldSpecs: cfg.namespace });
      applyPrefix(m, { prefix: 'x-', fieldSpecs: cfg.namePrefix });
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: x-pvc
  namespace: prod
spec:
  storageClassName: x-fast
  volumeName: x-pv
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: x-pv
spec:
  storageClassName: x-fast
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: x-fast
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: x-high
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: x-nginx
---
apiVersion: v1
kind: Secret
metadata:
  name: x-auth
  namespace: prod
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  annotations:
    nginx.ingress.kubernetes.io/auth-secret: x-auth
  name: x-ing
  namespace: prod
spec:
  ingressClassName: nginx
  tls:
  - secretName: x-auth
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: x-cj
  namespace: prod
spec:
  jobTemplate:
    spec:
      template:
        spec:
          imagePullSecrets:
          - name: x-auth
          priorityClassName: x-high
          volumes:
          - name: data
            persistentVolumeClaim:
              claimName: x-pvc
          - name: s
            secret:
              secretName: x-auth
`,
  },
  {
    name: "a reference to a resource in another namespace is not followed",
    input: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
---
apiVersion: v1
kind: Pod
metadata:
  name: pod
spec:
  volumes:
  - name: v
    configMap:
      name: cm
`,
    run: (m) => {
      applyNamespace(slice(m, 0, 1), { namespace: 'a', fieldSpecs: cfg.namespace });
      applyPrefix(slice(m, 0, 1), { prefix: 'a-', fieldSpecs: cfg.namePrefix });
      applyNamespace(slice(m, 1), { namespace: 'b', fieldSpecs: cfg.namespace });
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: v1
kind: ConfigMap
metadata:
  name: a-cm
  namespace: a
---
apiVersion: v1
kind: Pod
metadata:
  name: pod
  namespace: b
spec:
  volumes:
  - configMap:
      name: cm
    name: v
`,
  },
  {
    name: "user nameReference configs add referrers",
    input: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
---
apiVersion: example.com/v1
kind: Thing
metadata:
  name: t1
spec:
  configRef: cm
  refs: [cm, other]
  thingRef:
    name: t2
---
apiVersion: example.com/v1
kind: Thing
metadata:
  name: t2
`,
    run: (m) => {
      const c = mergeTransformerConfigs(
        cfg,
        parseTransformerConfig({
          nameReference: [
            {
              kind: 'ConfigMap',
              version: 'v1',
              fieldSpecs: [
                { path: 'spec/configRef', kind: 'Thing' },
                { path: 'spec/refs', kind: 'Thing' },
              ],
            },
            { kind: 'Thing', fieldSpecs: [{ path: 'spec/thingRef/name', kind: 'Thing' }] },
          ],
        }),
      );
      applyPrefix(m, { prefix: 'x-', fieldSpecs: c.namePrefix });
      fixNameReferences(m, c.nameReference);
    },
    expected: `apiVersion: v1
kind: ConfigMap
metadata:
  name: x-cm
---
apiVersion: example.com/v1
kind: Thing
metadata:
  name: x-t1
spec:
  configRef: x-cm
  refs:
  - x-cm
  - other
  thingRef:
    name: x-t2
---
apiVersion: example.com/v1
kind: Thing
metadata:
  name: x-t2
`,
  },
  {
    name: "a map reference without a name is a configuration error",
    input: `apiVersion: v1
kind: Service
metadata:
  name: hook
---
apiVersion: admissionregistration.k8s.io/v1
kind: MutatingWebhookConfiguration
metadata:
  name: mwc
webhooks:
- name: a.example.com
  clientConfig:
    service:
      namespace: default
`,
    run: (m) => {
      applyPrefix(m, { prefix: 'x-', fieldSpecs: cfg.namePrefix });
      fixNameReferences(m, cfg.nameReference);
    },
    error: 'BAD_FIELD_PATH',
  },
];

describe('name references', () => {
  runCases(cases);

  test('resolved referrals are recorded in the target refBy', () => {
    const m = resmapFromYaml(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n---\n' +
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: pod\nspec:\n  volumes:\n  - name: v\n    configMap:\n      name: cm\n',
    );
    applyPrefix(m, { prefix: 'x-', fieldSpecs: cfg.namePrefix });
    fixNameReferences(m, cfg.nameReference);
    const [cm] = m.resources();
    expect(cm!.refBy).toEqual([{ group: '', version: 'v1', kind: 'Pod', name: 'x-pod', namespace: '' }]);
  });
});
