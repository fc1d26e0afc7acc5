/**
 * `transformers:` entries with `apiVersion: builtin`: expected outputs recorded from
 * `kubectl kustomize` (kustomize v5.5.0) with the same config file, fifo order.
 */
import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../../src/core/json.js';
import { applyBuiltinTransformerConfig, fixNameReferences } from '../../src/transformers/index.js';
import { defaultTransformerConfig } from '../../src/fieldspec/index.js';
import { type TransformerCase, parseDocs, resmapFromYaml, runCases } from './helpers.js';

const cfg = defaultTransformerConfig();
const config = (text: string): JsonObject => parseDocs(text)[0]!;

const cases: TransformerCase[] = [
  {
    name: "LabelTransformer uses only its own fieldSpecs; numbers become strings; unknown fields are ignored",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - name: c
        image: nginx:1
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
    run: (m) => {
      applyBuiltinTransformerConfig(m, config(`
apiVersion: builtin
kind: LabelTransformer
metadata:
  name: x
unknownField: 1
labels:
  n: 1
  b: true
fieldSpecs:
- path: spec/template/metadata/labels
  kind: Deployment
  create: true
- path: data
  kind: ConfigMap
  create: true
`));
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
        b: "true"
        "n": "1"
    spec:
      containers:
      - image: nginx:1
        name: c
---
apiVersion: v1
data:
  b: "true"
  "n": "1"
kind: ConfigMap
metadata:
  name: cm
`,
  },
  {
    name: "AnnotationsTransformer with field names in any case",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - name: c
        image: nginx:1
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
    run: (m) => {
      applyBuiltinTransformerConfig(m, config(`
apiVersion: builtin
kind: AnnotationsTransformer
metadata:
  name: x
Annotations:
  a: b
FIELDSPECS:
- path: metadata/annotations
  create: true
`));
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    a: b
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - image: nginx:1
        name: c
---
apiVersion: v1
kind: ConfigMap
metadata:
  annotations:
    a: b
  name: cm
`,
  },
  {
    name: "ImageTagTransformer runs the legacy walk and its fieldSpecs",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - name: c
        image: nginx:1
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
    run: (m) => {
      applyBuiltinTransformerConfig(m, config(`
apiVersion: builtin
kind: ImageTagTransformer
metadata:
  name: x
imageTag:
  name: nginx
  newName: registry/nginx
  newTag: "2"
`));
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - image: registry/nginx:2
        name: c
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
  },
  {
    name: "ReplicaCountTransformer",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - name: c
        image: nginx:1
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
    run: (m) => {
      applyBuiltinTransformerConfig(m, config(`
apiVersion: builtin
kind: ReplicaCountTransformer
metadata:
  name: x
replica:
  name: d
  count: 4
fieldSpecs:
- path: spec/replicas
  kind: Deployment
`));
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 4
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - image: nginx:1
        name: c
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
  },
  {
    name: "a ReplicaCountTransformer count that is a string is an error",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - name: c
        image: nginx:1
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
    run: (m) => {
      applyBuiltinTransformerConfig(m, config(`
apiVersion: builtin
kind: ReplicaCountTransformer
metadata:
  name: x
replica:
  name: d
  count: "4"
fieldSpecs:
- path: spec/replicas
  kind: Deployment
`));
      fixNameReferences(m, cfg.nameReference);
    },
    error: 'INVALID_TRANSFORMER_CONFIG',
  },
  {
    name: "PrefixTransformer requires fieldSpecs",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - name: c
        image: nginx:1
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
    run: (m) => {
      applyBuiltinTransformerConfig(m, config(`
apiVersion: builtin
kind: PrefixTransformer
metadata:
  name: x
prefix: p-
`));
      fixNameReferences(m, cfg.nameReference);
    },
    error: 'INVALID_TRANSFORMER_CONFIG',
  },
  {
    name: "PrefixTransformer and SuffixTransformer record renames for references",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - name: c
        image: nginx:1
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
      applyBuiltinTransformerConfig(m, config(`
apiVersion: builtin
kind: SuffixTransformer
metadata:
  name: x
suffix: -s
fieldSpecs:
- path: metadata/name
  kind: ConfigMap
`));
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - image: nginx:1
        name: c
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm-s
---
apiVersion: v1
kind: Pod
metadata:
  name: pod
spec:
  volumes:
  - configMap:
      name: cm-s
    name: v
`,
  },
  {
    name: "NamespaceTransformer takes the namespace from metadata and its own fieldSpecs",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - name: c
        image: nginx:1
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
---
apiVersion: v1
kind: Namespace
metadata:
  name: old
`,
    run: (m) => {
      applyBuiltinTransformerConfig(m, config(`
apiVersion: builtin
kind: NamespaceTransformer
metadata:
  name: x
  namespace: team
fieldSpecs:
- path: metadata/name
  kind: Namespace
`));
      fixNameReferences(m, cfg.nameReference);
    },
    expected: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
  namespace: team
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - image: nginx:1
        name: c
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  namespace: team
---
apiVersion: v1
kind: Namespace
metadata:
  name: team
`,
  },
  {
    name: "NamespaceTransformer rejects an unknown setRoleBindingSubjects",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: d
    spec:
      containers:
      - name: c
        image: nginx:1
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
    run: (m) => {
      applyBuiltinTransformerConfig(m, config(`
apiVersion: builtin
kind: NamespaceTransformer
metadata:
  name: x
  namespace: team
setRoleBindingSubjects: some
`));
      fixNameReferences(m, cfg.nameReference);
    },
    error: 'INVALID_TRANSFORMER_CONFIG',
  },
];

describe('builtin transformer configs', () => {
  runCases(cases);

  test('kinds handled elsewhere are left to the caller', () => {
    const m = resmapFromYaml('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n');
    expect(applyBuiltinTransformerConfig(m, { apiVersion: 'builtin', kind: 'PatchTransformer' })).toBe(false);
  });

  test('config errors name the plugin as kustomize does', () => {
    const m = resmapFromYaml('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n');
    const c = config('apiVersion: builtin\nkind: ReplicaCountTransformer\nmetadata:\n  name: x\nreplica:\n  count: "4"\n');
    expect(() => applyBuiltinTransformerConfig(m, c)).toThrow(
      'plugin ReplicaCountTransformer.builtin.[noGrp]/x.[noNs] fails configuration: error unmarshaling JSON: ' +
        'while decoding JSON: json: cannot unmarshal string into Go struct field Replica.replica.count of type int64',
    );
  });
});
