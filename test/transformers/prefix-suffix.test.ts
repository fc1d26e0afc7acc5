/**
 * namePrefix / nameSuffix: expected outputs recorded from `kubectl kustomize` (kustomize v5.5.0),
 * fifo order; bases are simulated by applying their transformers to slices of the map. The root
 * name-reference fix-up runs last, as in a build.
 */
import { describe } from 'vitest';
import {
  applyPrefix,
  applyPrefixSuffix,
  applySuffix,
  fixNameReferences,
} from '../../src/transformers/index.js';
import { defaultTransformerConfig, mergeTransformerConfigs, parseTransformerConfig } from '../../src/fieldspec/index.js';
import { type TransformerCase, runCases, slice } from './helpers.js';

const cfg = defaultTransformerConfig();

const cases: TransformerCase[] = [
  {
    name: "renames everything but CRDs, APIServices and Namespaces, and fixes the references",
    input: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
---
apiVersion: v1
kind: Secret
metadata:
  name: sec
---
apiVersion: v1
kind: Service
metadata:
  name: svc
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dep
spec:
  template:
    spec:
      serviceAccountName: sa
      volumes:
      - name: v
        configMap:
          name: cm
      - name: w
        secret:
          secretName: sec
      - name: x
        configMap:
          name: not-in-build
      containers:
      - name: c
        envFrom:
        - configMapRef:
            name: cm
        env:
        - name: E
          valueFrom:
            secretKeyRef:
              name: sec
              key: k
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: sa
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: hpa
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: dep
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ing
spec:
  rules:
  - http:
      paths:
      - backend:
          service:
            name: svc
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: role
rules:
- resources: [configmaps]
  resourceNames: [cm, other]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: role
subjects:
- kind: ServiceAccount
  name: sa
---
apiVersion: v1
kind: Namespace
metadata:
  name: ns
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: v1.foo
spec:
  service:
    name: svc
`,
    run: (m) => {
      applyPrefix(m, { prefix: 'p-', fieldSpecs: cfg.namePrefix });
      applySuffix(m, { suffix: '-s', fieldSpecs: cfg.nameSuffix });
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: v1
kind: ConfigMap
metadata:
  name: p-cm-s
---
apiVersion: v1
kind: Secret
metadata:
  name: p-sec-s
---
apiVersion: v1
kind: Service
metadata:
  name: p-svc-s
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: p-dep-s
spec:
  template:
    spec:
      containers:
      - env:
        - name: E
          valueFrom:
            secretKeyRef:
              key: k
              name: p-sec-s
        envFrom:
        - configMapRef:
            name: p-cm-s
        name: c
      serviceAccountName: p-sa-s
      volumes:
      - configMap:
          name: p-cm-s
        name: v
      - name: w
        secret:
          secretName: p-sec-s
      - configMap:
          name: not-in-build
        name: x
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: p-sa-s
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: p-hpa-s
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: p-dep-s
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: p-ing-s
spec:
  rules:
  - http:
      paths:
      - backend:
          service:
            name: p-svc-s
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: p-role-s
rules:
- resourceNames:
  - p-cm-s
  - other
  resources:
  - configmaps
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: p-rb-s
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: p-role-s
subjects:
- kind: ServiceAccount
  name: p-sa-s
---
apiVersion: v1
kind: Namespace
metadata:
  name: ns
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: v1.foo
spec:
  service:
    name: p-svc-s
`,
  },
  {
    name: "a numeric name stays numeric, a quoted one stays a string",
    input: `apiVersion: v1
kind: ConfigMap
metadata:
  name: "23"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: 24
`,
    run: (m) => applyPrefix(m, { prefix: '1', fieldSpecs: cfg.namePrefix }),
    expected: `apiVersion: v1
kind: ConfigMap
metadata:
  name: "123"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: 124
`,
  },
  {
    name: "user fieldspecs add prefixes to other fields, creating them when asked",
    input: `apiVersion: example.com/v1
kind: Foo
metadata:
  name: f
spec:
  ref: thing
  items:
  - name: a
  - other: b
`,
    run: (m) => {
      const c = mergeTransformerConfigs(
        cfg,
        parseTransformerConfig({
          namePrefix: [
            { path: 'spec/ref', kind: 'Foo' },
            { path: 'spec/made', kind: 'Foo', create: true },
            { path: 'spec/items[]/name', kind: 'Foo' },
          ],
        }),
      );
      applyPrefix(m, { prefix: 'p-', fieldSpecs: c.namePrefix });
      fixNameReferences(m, c.nameReference);
    },
    expected: `apiVersion: example.com/v1
kind: Foo
metadata:
  name: p-f
spec:
  items:
  - name: p-a
  - other: b
  made: p-
  ref: p-thing
`,
  },
  {
    name: "a prefix fieldSpec reaching a map is an error",
    input: `apiVersion: example.com/v1
kind: Foo
metadata:
  name: f
spec:
  a: b
`,
    run: (m) => {
      const c = mergeTransformerConfigs(cfg, parseTransformerConfig({ namePrefix: [{ path: 'spec', kind: 'Foo' }] }));
      applyPrefix(m, { prefix: 'p-', fieldSpecs: c.namePrefix });
    },
    error: 'BAD_FIELD_PATH',
  },
  {
    name: "references resolve to the resource whose prefixes match the referrer",
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
  containers:
  - name: c
    envFrom:
    - configMapRef:
        name: cm
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
    run: (m) => {
      applyPrefix(slice(m, 0, 2), { prefix: 'a-', fieldSpecs: cfg.namePrefix });
      applyPrefix(slice(m, 2), { prefix: 'b-', fieldSpecs: cfg.namePrefix });
      applyPrefix(m, { prefix: 'top-', fieldSpecs: cfg.namePrefix });
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: v1
kind: ConfigMap
metadata:
  name: top-a-cm
---
apiVersion: v1
kind: Pod
metadata:
  name: top-a-pod
spec:
  containers:
  - envFrom:
    - configMapRef:
        name: top-a-cm
    name: c
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: top-b-cm
`,
  },
  {
    name: "an unprefixed referrer matching targets of other prefixes is left alone",
    input: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
---
apiVersion: v1
kind: Pod
metadata:
  name: pod
spec:
  containers:
  - name: c
    envFrom:
    - configMapRef:
        name: cm
`,
    run: (m) => {
      applyPrefix(slice(m, 0, 1), { prefix: 'a-', fieldSpecs: cfg.namePrefix });
      applyPrefix(slice(m, 1, 2), { prefix: 'b-', fieldSpecs: cfg.namePrefix });
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: v1
kind: ConfigMap
metadata:
  name: a-cm
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: b-cm
---
apiVersion: v1
kind: Pod
metadata:
  name: pod
spec:
  containers:
  - envFrom:
    - configMapRef:
        name: cm
    name: c
`,
  },
  {
    name: "a referrer with the prefixes of one target resolves to it",
    input: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
---
apiVersion: v1
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
      applyPrefix(slice(m, 0, 1), { prefix: 'a-', fieldSpecs: cfg.namePrefix });
      applyPrefix(slice(m, 1), { prefix: 'b-', fieldSpecs: cfg.namePrefix });
      applySuffix(m, { suffix: '-x', fieldSpecs: cfg.nameSuffix });
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: v1
kind: ConfigMap
metadata:
  name: a-cm-x
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: b-cm-x
---
apiVersion: v1
kind: Pod
metadata:
  name: b-pod-x
spec:
  volumes:
  - configMap:
      name: b-cm-x
    name: v
`,
  },
  {
    name: "PrefixSuffixTransformer applies the prefix pass then the suffix pass",
    input: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: hpa
spec:
  scaleTargetRef:
    kind: Deployment
    name: dep
`,
    run: (m) => {
      applyPrefixSuffix(m, {
        prefix: 'p-',
        suffix: '-s',
        fieldSpecs: [{ path: 'metadata/name' }, { path: 'spec/scaleTargetRef/name', kind: 'HorizontalPodAutoscaler' }],
      });
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: p-hpa-s
spec:
  scaleTargetRef:
    kind: Deployment
    name: p-dep-s
`,
  },
  {
    name: "a reference matching two targets with compatible prefixes is ambiguous",
    input: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
---
apiVersion: v1
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
      applyPrefix(slice(m, 0, 1), { prefix: 'q-', fieldSpecs: cfg.namePrefix });
      applyPrefix(m, { prefix: 'p-', fieldSpecs: cfg.namePrefix });
      fixNameReferences(m, cfg.nameReference);
    },
    error: 'AMBIGUOUS_REFERENCE',
  },
];

describe('namePrefix / nameSuffix', () => {
  runCases(cases);
});
