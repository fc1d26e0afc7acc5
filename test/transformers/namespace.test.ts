/**
 * namespace: expected outputs recorded from `kubectl kustomize` (kustomize v5.5.0) on the same
 * resources with `namespace: ns1` (or the equivalent NamespaceTransformer config), fifo order.
 * The root name-reference fix-up runs after the transformer, as in a build.
 */
import { describe } from 'vitest';
import { applyNamespace, fixNameReferences } from '../../src/transformers/index.js';
import { defaultTransformerConfig, mergeTransformerConfigs, parseTransformerConfig } from '../../src/fieldspec/index.js';
import { type TransformerCase, runCases } from './helpers.js';

const cfg = defaultTransformerConfig();

const cases: TransformerCase[] = [
  {
    name: "sets metadata.namespace on namespaced kinds, renames v1 Namespace, fills APIService and RoleBinding subjects",
    input: `apiVersion: v1
kind: Namespace
metadata:
  name: foo
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: sa
  namespace: other
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
subjects:
- kind: ServiceAccount
  name: default
- kind: ServiceAccount
  name: sa
  namespace: other
- kind: ServiceAccount
  name: sa2
- kind: User
  name: default
  namespace: zzz
roleRef:
  kind: Role
  name: r
  apiGroup: rbac.authorization.k8s.io
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: crb
subjects:
- kind: ServiceAccount
  name: default
  namespace: kube-system
roleRef:
  kind: ClusterRole
  name: cr
  apiGroup: rbac.authorization.k8s.io
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: v1.foo
spec:
  service:
    name: s
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
spec:
  conversion:
    webhook:
      clientConfig:
        service:
          name: s
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd2
spec:
  conversion:
    webhook:
      clientConfig:
        service:
          name: s
          namespace: null
---
apiVersion: example.com/v1
kind: MyThing
metadata:
  name: t
  namespace: null
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv
  namespace: shouldstay
`,
    run: (m) => {
      applyNamespace(m, { namespace: 'ns1', fieldSpecs: cfg.namespace });
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: v1
kind: Namespace
metadata:
  name: ns1
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: sa
  namespace: ns1
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
  namespace: ns1
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: r
subjects:
- kind: ServiceAccount
  name: default
  namespace: ns1
- kind: ServiceAccount
  name: sa
  namespace: ns1
- kind: ServiceAccount
  name: sa2
- kind: User
  name: default
  namespace: ns1
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: crb
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cr
subjects:
- kind: ServiceAccount
  name: default
  namespace: ns1
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: v1.foo
spec:
  service:
    name: s
    namespace: ns1
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
spec:
  conversion:
    webhook:
      clientConfig:
        service:
          name: s
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd2
spec:
  conversion:
    webhook:
      clientConfig:
        service:
          name: s
          namespace: ns1
---
apiVersion: example.com/v1
kind: MyThing
metadata:
  name: t
  namespace: ns1
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv
  namespace: shouldstay
`,
  },
  {
    name: "leaves a Namespace kind of another apiVersion named as it is (it is namespaced)",
    input: `apiVersion: example.com/v1
kind: Namespace
metadata:
  name: foo
`,
    run: (m) => {
      applyNamespace(m, { namespace: 'ns1', fieldSpecs: cfg.namespace });
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: example.com/v1
kind: Namespace
metadata:
  name: foo
  namespace: ns1
`,
  },
  {
    name: "two resources moved into one namespace conflict",
    input: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  namespace: a
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  namespace: b
`,
    run: (m) => {
      applyNamespace(m, { namespace: 'ns1', fieldSpecs: cfg.namespace });
      fixNameReferences(m, cfg.nameReference);
    },
    error: 'ID_CONFLICT',
  },
  {
    name: "a namespace fieldSpec reaching a map is an error",
    input: `apiVersion: v1
kind: Foo
metadata:
  name: f
spec:
  target:
    a: b
`,
    run: (m) => {
      const c = mergeTransformerConfigs(cfg, parseTransformerConfig({ namespace: [{ path: 'spec/target', kind: 'Foo' }] }));
      applyNamespace(m, { namespace: 'ns1', fieldSpecs: c.namespace });
    },
    error: 'BAD_FIELD_PATH',
  },
  {
    name: "a namespace fieldSpec creates missing fields when create is set",
    input: `apiVersion: v1
kind: Foo
metadata:
  name: f
spec:
  list:
  - a
`,
    run: (m) => {
      const c = mergeTransformerConfigs(
        cfg,
        parseTransformerConfig({
          namespace: [
            { path: 'spec/target/ns', kind: 'Foo', create: true },
            { path: 'spec/other/ns', kind: 'Foo' },
          ],
        }),
      );
      applyNamespace(m, { namespace: 'ns1', fieldSpecs: c.namespace });
      fixNameReferences(m, c.nameReference);
    },
    expected: `apiVersion: v1
kind: Foo
metadata:
  name: f
  namespace: ns1
spec:
  list:
  - a
  target:
    ns: ns1
`,
  },
  {
    name: "subjects that are not a list are an error",
    input: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
subjects:
  name: default
`,
    run: (m) => {
      applyNamespace(m, { namespace: 'ns1', fieldSpecs: cfg.namespace });
      fixNameReferences(m, cfg.nameReference);
    },
    error: 'BAD_FIELD_PATH',
  },
  {
    name: "a subject whose name is a map is an error",
    input: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
subjects:
- name:
    a: b
`,
    run: (m) => {
      applyNamespace(m, { namespace: 'ns1', fieldSpecs: cfg.namespace });
      fixNameReferences(m, cfg.nameReference);
    },
    error: 'BAD_FIELD_PATH',
  },
  {
    name: "unsetOnly keeps existing namespaces; allServiceAccounts sets every ServiceAccount subject",
    input: `apiVersion: v1
kind: ConfigMap
metadata:
  name: keep
  namespace: mine
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: empty
  namespace: ""
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
subjects:
- kind: ServiceAccount
  name: a
- kind: ServiceAccount
  name: b
  namespace: there
- kind: User
  name: default
roleRef:
  kind: Role
  name: r
  apiGroup: rbac.authorization.k8s.io
`,
    run: (m) => {
      applyNamespace(m, { namespace: 'ns1', fieldSpecs: [], unsetOnly: true, setRoleBindingSubjects: 'allServiceAccounts' });
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: v1
kind: ConfigMap
metadata:
  name: keep
  namespace: mine
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: empty
  namespace: ns1
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
  namespace: ns1
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: r
subjects:
- kind: ServiceAccount
  name: a
  namespace: ns1
- kind: ServiceAccount
  name: b
  namespace: there
- kind: User
  name: default
`,
  },
  {
    name: "setRoleBindingSubjects none leaves subjects alone",
    input: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: crb
subjects:
- kind: ServiceAccount
  name: default
roleRef:
  kind: ClusterRole
  name: r
  apiGroup: rbac.authorization.k8s.io
`,
    run: (m) => {
      applyNamespace(m, { namespace: 'ns1', fieldSpecs: [], setRoleBindingSubjects: 'none' });
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: crb
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: r
subjects:
- kind: ServiceAccount
  name: default
`,
  },
];

describe('namespace', () => {
  runCases(cases);
});
