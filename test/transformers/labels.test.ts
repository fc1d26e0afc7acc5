/**
 * commonLabels, labels and commonAnnotations: expected outputs recorded from `kubectl kustomize`
 * (kustomize v5.5.0), fifo order. `labels` entries run in order, as kustomize configures one
 * LabelTransformer per entry.
 */
import { describe } from 'vitest';
import { applyAnnotations, applyLabels, labelEntryFieldSpecs } from '../../src/transformers/index.js';
import { defaultTransformerConfig } from '../../src/fieldspec/index.js';
import { type TransformerCase, runCases } from './helpers.js';

const cfg = defaultTransformerConfig();

const cases: TransformerCase[] = [
  {
    name: "commonLabels reach metadata, selectors and templates",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: dep
  labels:
    existing: "1"
spec:
  selector:
    matchLabels:
      app: dep
  template:
    metadata:
      labels:
        app: dep
    spec:
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 1
            podAffinityTerm:
              labelSelector:
                matchLabels:
                  app: dep
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector:
              matchExpressions: []
      topologySpreadConstraints:
      - labelSelector:
          matchLabels:
            app: dep
      containers:
      - name: c
        image: nginx
---
apiVersion: v1
kind: Service
metadata:
  name: svc
spec:
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: sts
spec:
  volumeClaimTemplates:
  - metadata:
      name: data
  - spec: {}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: job
spec:
  template:
    spec: {}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  jobTemplate:
    spec:
      template:
        spec: {}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: np
spec:
  podSelector: {}
  ingress:
  - from:
    - podSelector:
        matchLabels: {}
    - namespaceSelector: {}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: pdb
spec:
  selector:
    matchLabels:
      app: dep
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  labels: null
---
apiVersion: example.com/v1
kind: Thing
metadata:
  name: thing
spec:
  selector: {}
`,
    run: (m) => applyLabels(m, { labels: { team: 'a', enabled: 'true' }, fieldSpecs: cfg.commonLabels }),
    expected: `apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    enabled: "true"
    existing: "1"
    team: a
  name: dep
spec:
  selector:
    matchLabels:
      app: dep
      enabled: "true"
      team: a
  template:
    metadata:
      labels:
        app: dep
        enabled: "true"
        team: a
    spec:
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - podAffinityTerm:
              labelSelector:
                matchLabels:
                  app: dep
                  enabled: "true"
                  team: a
            weight: 1
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector:
              matchExpressions: []
      containers:
      - image: nginx
        name: c
      topologySpreadConstraints:
      - labelSelector:
          matchLabels:
            app: dep
            enabled: "true"
            team: a
---
apiVersion: v1
kind: Service
metadata:
  labels:
    enabled: "true"
    team: a
  name: svc
spec:
  ports:
  - port: 80
  selector:
    enabled: "true"
    team: a
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  labels:
    enabled: "true"
    team: a
  name: sts
spec:
  selector:
    matchLabels:
      enabled: "true"
      team: a
  template:
    metadata:
      labels:
        enabled: "true"
        team: a
  volumeClaimTemplates:
  - metadata:
      labels:
        enabled: "true"
        team: a
      name: data
  - metadata:
      labels:
        enabled: "true"
        team: a
    spec: {}
---
apiVersion: batch/v1
kind: Job
metadata:
  labels:
    enabled: "true"
    team: a
  name: job
spec:
  template:
    metadata:
      labels:
        enabled: "true"
        team: a
    spec: {}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  labels:
    enabled: "true"
    team: a
  name: cj
spec:
  jobTemplate:
    metadata:
      labels:
        enabled: "true"
        team: a
    spec:
      template:
        metadata:
          labels:
            enabled: "true"
            team: a
        spec: {}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  labels:
    enabled: "true"
    team: a
  name: np
spec:
  ingress:
  - from:
    - podSelector:
        matchLabels:
          enabled: "true"
          team: a
    - namespaceSelector: {}
  podSelector: {}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  labels:
    enabled: "true"
    team: a
  name: pdb
spec:
  selector:
    matchLabels:
      app: dep
      enabled: "true"
      team: a
---
apiVersion: v1
kind: ConfigMap
metadata:
  labels:
    enabled: "true"
    team: a
  name: cm
---
apiVersion: example.com/v1
kind: Thing
metadata:
  labels:
    enabled: "true"
    team: a
  name: thing
spec:
  selector: {}
`,
  },
  {
    name: "labels entries: plain, includeTemplates, includeSelectors, fields",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: dep
  labels:
    existing: "1"
spec:
  selector:
    matchLabels:
      app: dep
  template:
    metadata:
      labels:
        app: dep
    spec:
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 1
            podAffinityTerm:
              labelSelector:
                matchLabels:
                  app: dep
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector:
              matchExpressions: []
      topologySpreadConstraints:
      - labelSelector:
          matchLabels:
            app: dep
      containers:
      - name: c
        image: nginx
---
apiVersion: v1
kind: Service
metadata:
  name: svc
spec:
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: sts
spec:
  volumeClaimTemplates:
  - metadata:
      name: data
  - spec: {}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: job
spec:
  template:
    spec: {}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  jobTemplate:
    spec:
      template:
        spec: {}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: np
spec:
  podSelector: {}
  ingress:
  - from:
    - podSelector:
        matchLabels: {}
    - namespaceSelector: {}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: pdb
spec:
  selector:
    matchLabels:
      app: dep
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  labels: null
---
apiVersion: example.com/v1
kind: Thing
metadata:
  name: thing
spec:
  selector: {}
`,
    run: (m) => {
      applyLabels(m, { labels: { plain: 'p' }, fieldSpecs: labelEntryFieldSpecs({}, cfg) });
      applyLabels(m, { labels: { tmpl: 't' }, fieldSpecs: labelEntryFieldSpecs({ includeTemplates: true }, cfg) });
      applyLabels(m, { labels: { sel: 's' }, fieldSpecs: labelEntryFieldSpecs({ includeSelectors: true }, cfg) });
      const fields = [
        { path: 'spec/custom', kind: 'Thing', create: true },
        { path: 'spec/absent/labels', kind: 'Thing' },
      ];
      applyLabels(m, { labels: { fld: 'f' }, fieldSpecs: labelEntryFieldSpecs({ fields }, cfg) });
    },
    expected: `apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    existing: "1"
    fld: f
    plain: p
    sel: s
    tmpl: t
  name: dep
spec:
  selector:
    matchLabels:
      app: dep
      sel: s
  template:
    metadata:
      labels:
        app: dep
        sel: s
        tmpl: t
    spec:
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - podAffinityTerm:
              labelSelector:
                matchLabels:
                  app: dep
                  sel: s
            weight: 1
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector:
              matchExpressions: []
      containers:
      - image: nginx
        name: c
      topologySpreadConstraints:
      - labelSelector:
          matchLabels:
            app: dep
            sel: s
---
apiVersion: v1
kind: Service
metadata:
  labels:
    fld: f
    plain: p
    sel: s
    tmpl: t
  name: svc
spec:
  ports:
  - port: 80
  selector:
    sel: s
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  labels:
    fld: f
    plain: p
    sel: s
    tmpl: t
  name: sts
spec:
  selector:
    matchLabels:
      sel: s
  template:
    metadata:
      labels:
        sel: s
        tmpl: t
  volumeClaimTemplates:
  - metadata:
      labels:
        sel: s
        tmpl: t
      name: data
  - metadata:
      labels:
        sel: s
        tmpl: t
    spec: {}
---
apiVersion: batch/v1
kind: Job
metadata:
  labels:
    fld: f
    plain: p
    sel: s
    tmpl: t
  name: job
spec:
  template:
    metadata:
      labels:
        sel: s
        tmpl: t
    spec: {}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  labels:
    fld: f
    plain: p
    sel: s
    tmpl: t
  name: cj
spec:
  jobTemplate:
    metadata:
      labels:
        sel: s
        tmpl: t
    spec:
      template:
        metadata:
          labels:
            sel: s
            tmpl: t
        spec: {}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  labels:
    fld: f
    plain: p
    sel: s
    tmpl: t
  name: np
spec:
  ingress:
  - from:
    - podSelector:
        matchLabels:
          sel: s
    - namespaceSelector: {}
  podSelector: {}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  labels:
    fld: f
    plain: p
    sel: s
    tmpl: t
  name: pdb
spec:
  selector:
    matchLabels:
      app: dep
      sel: s
---
apiVersion: v1
kind: ConfigMap
metadata:
  labels:
    fld: f
    plain: p
    sel: s
    tmpl: t
  name: cm
---
apiVersion: example.com/v1
kind: Thing
metadata:
  labels:
    fld: f
    plain: p
    sel: s
    tmpl: t
  name: thing
spec:
  custom:
    fld: f
  selector: {}
`,
  },
  {
    name: "a labels entry whose fields conflict with metadata/labels is an error",
    input: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
    run: (m) => applyLabels(m, { labels: { a: 'b' }, fieldSpecs: labelEntryFieldSpecs({ fields: [{ path: 'metadata/labels' }] }, cfg) }),
    error: 'FIELDSPEC_CONFLICT',
  },
  {
    name: "labels on a scalar labels field are an error",
    input: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  labels: oops
`,
    run: (m) => applyLabels(m, { labels: { a: 'b' }, fieldSpecs: cfg.commonLabels }),
    error: 'BAD_FIELD_PATH',
  },
  {
    name: "a path through a scalar is an error",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec: oops
`,
    run: (m) => applyLabels(m, { labels: { a: 'b' }, fieldSpecs: cfg.commonLabels }),
    error: 'BAD_FIELD_PATH',
  },
  {
    name: "null selectors are left alone without create, replaced with create",
    input: `apiVersion: batch/v1
kind: Job
metadata:
  name: j
spec:
  selector:
    matchLabels: null
  template: null
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  selector:
    matchLabels: null
  template:
    spec:
      affinity: null
`,
    run: (m) => applyLabels(m, { labels: { a: 'b' }, fieldSpecs: cfg.commonLabels }),
    expected: `apiVersion: batch/v1
kind: Job
metadata:
  labels:
    a: b
  name: j
spec:
  selector:
    matchLabels: null
  template:
    metadata:
      labels:
        a: b
---
apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    a: b
  name: d
spec:
  selector:
    matchLabels:
      a: b
  template:
    metadata:
      labels:
        a: b
    spec:
      affinity: null
`,
  },
  {
    name: "commonAnnotations reach metadata and pod and job templates",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: dep
  labels:
    existing: "1"
spec:
  selector:
    matchLabels:
      app: dep
  template:
    metadata:
      labels:
        app: dep
    spec:
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 1
            podAffinityTerm:
              labelSelector:
                matchLabels:
                  app: dep
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector:
              matchExpressions: []
      topologySpreadConstraints:
      - labelSelector:
          matchLabels:
            app: dep
      containers:
      - name: c
        image: nginx
---
apiVersion: v1
kind: Service
metadata:
  name: svc
spec:
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: sts
spec:
  volumeClaimTemplates:
  - metadata:
      name: data
  - spec: {}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: job
spec:
  template:
    spec: {}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  jobTemplate:
    spec:
      template:
        spec: {}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: np
spec:
  podSelector: {}
  ingress:
  - from:
    - podSelector:
        matchLabels: {}
    - namespaceSelector: {}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: pdb
spec:
  selector:
    matchLabels:
      app: dep
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  labels: null
---
apiVersion: example.com/v1
kind: Thing
metadata:
  name: thing
spec:
  selector: {}
`,
    run: (m) => applyAnnotations(m, { annotations: { note: 'yes', 'x/y': 'z' }, fieldSpecs: cfg.commonAnnotations }),
    expected: `apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    note: "yes"
    x/y: z
  labels:
    existing: "1"
  name: dep
spec:
  selector:
    matchLabels:
      app: dep
  template:
    metadata:
      annotations:
        note: "yes"
        x/y: z
      labels:
        app: dep
    spec:
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - podAffinityTerm:
              labelSelector:
                matchLabels:
                  app: dep
            weight: 1
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector:
              matchExpressions: []
      containers:
      - image: nginx
        name: c
      topologySpreadConstraints:
      - labelSelector:
          matchLabels:
            app: dep
---
apiVersion: v1
kind: Service
metadata:
  annotations:
    note: "yes"
    x/y: z
  name: svc
spec:
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  annotations:
    note: "yes"
    x/y: z
  name: sts
spec:
  template:
    metadata:
      annotations:
        note: "yes"
        x/y: z
  volumeClaimTemplates:
  - metadata:
      name: data
  - spec: {}
---
apiVersion: batch/v1
kind: Job
metadata:
  annotations:
    note: "yes"
    x/y: z
  name: job
spec:
  template:
    metadata:
      annotations:
        note: "yes"
        x/y: z
    spec: {}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  annotations:
    note: "yes"
    x/y: z
  name: cj
spec:
  jobTemplate:
    metadata:
      annotations:
        note: "yes"
        x/y: z
    spec:
      template:
        metadata:
          annotations:
            note: "yes"
            x/y: z
        spec: {}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  annotations:
    note: "yes"
    x/y: z
  name: np
spec:
  ingress:
  - from:
    - podSelector:
        matchLabels: {}
    - namespaceSelector: {}
  podSelector: {}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  annotations:
    note: "yes"
    x/y: z
  name: pdb
spec:
  selector:
    matchLabels:
      app: dep
---
apiVersion: v1
kind: ConfigMap
metadata:
  annotations:
    note: "yes"
    x/y: z
  labels: null
  name: cm
---
apiVersion: example.com/v1
kind: Thing
metadata:
  annotations:
    note: "yes"
    x/y: z
  name: thing
spec:
  selector: {}
`,
  },
];

describe('labels and annotations', () => {
  runCases(cases);
});
