// Inputs of the patch-engine fixtures. test/patch/record-fixtures.mjs writes each case to
// fixtures/patch/input/<name>/ and records what `kubectl kustomize` (kustomize v5.5.0) prints into
// fixtures/patch/expected/<name>.yaml (or .err). Never edit the expected files by hand.
//
// Case fields: name, note, resources (YAML text), patch (YAML/JSON text), and
//   type: 'smp' (default; `patches: [{path: patch.yaml}]`, targets by the patch's own id),
//         'psm' (`patchesStrategicMerge: [patch.yaml]`), or 'json6902' (`patches` with `target`),
//   target (for json6902), openapi (YAML text of a custom schema file), options (patch options).

const deployment = (containers, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
  labels:
    app: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
${extra}      containers:
${containers}`;

const twoContainers = `      - name: a
        image: a:1
        args: [x, y]
        env:
        - name: E1
          value: "1"
        - name: E2
          value: "2"
        ports:
        - containerPort: 80
          protocol: TCP
        volumeMounts:
        - name: v1
          mountPath: /v1
      - name: b
        image: b:1
`;

const base = deployment(twoContainers);

const patchOf = (body) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
${body}`;

const podSpecPatch = (body) =>
  patchOf(`spec:
  template:
    spec:
${body}`);

const GROUPS = [
  [/^(map-|target-null|configmap-|unknown-directive|kind-mismatch|directives-|deployment-strategy)/, 'maps, nulls and $patch on maps'],
  [/^resource-/, 'resource-level $patch'],
  [/^(name-kind|allow-|targeted-|psm-)/, 'resource identity (ApplySmPatch)'],
  [/^(list-|containers-(delete|replace|null)|new-containers|finalizers-(replace|delete))/, '$patch on lists and list items'],
  [/^(ports-|service-ports|topologyspread)/, 'multi-key lists (x-kubernetes-list-map-keys)'],
  [/^finalizers-/, 'primitive merge lists'],
  [/^(args-|tolerations-|statefulset-|crd-list)/, 'lists without merge strategy (replaced)'],
  [/^(target-item|patch-item|target-duplicate|patch-duplicate|env-empty|patch-scalar|target-scalar|primitive-list-with|ports-string)/, 'kyaml list quirks'],
  [/^(custom-schema|crd-embedded)/, 'schema sources'],
  [/./, 'lists merged by key (prepend order)'],
];
const grouped = (cases) => cases.map((c) => ({ group: GROUPS.find(([re]) => re.test(c.name))[1], ...c }));

export const smpCases = grouped([
  // ---- maps -------------------------------------------------------------------------------------
  {
    name: 'map-merge-recursive',
    note: 'maps merge field by field; scalars from the patch win; new fields are added',
    resources: base,
    patch: patchOf(`  labels:
    tier: front
    app: web2
spec:
  replicas: 3
  template:
    metadata:
      annotations:
        a: b
`),
  },
  {
    name: 'map-null-deletes',
    note: 'a null in the patch deletes the field; a null for a missing field adds nothing',
    resources: base,
    patch: patchOf(`  labels:
    app: null
spec:
  replicas: null
  nothere: null
  selector:
    matchLabels: null
`),
  },
  {
    name: 'target-null-kept',
    note: 'nulls in the target survive fields the patch does not name; patch values replace them; a patch null removes them',
    resources: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
data:
  keep: null
  replaced: null
  removed: null
  x: "1"
`,
    patch: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
data:
  replaced: now
  removed: null
  y: "2"
`,
  },
  {
    name: 'map-patch-delete',
    note: '$patch: delete on a map removes it; on a missing map does nothing',
    resources: base,
    patch: patchOf(`spec:
  selector:
    $patch: delete
  nothere:
    $patch: delete
    a: 1
  template:
    metadata:
      $patch: delete
`),
  },
  {
    name: 'map-patch-replace',
    note: '$patch: replace on a map replaces it; on a missing map adds it without the directive',
    resources: base,
    patch: patchOf(`spec:
  selector:
    $patch: replace
    matchLabels:
      other: x
  strategy:
    $patch: replace
    type: Recreate
`),
  },
  {
    name: 'map-patch-merge',
    note: '$patch: merge is the default and is removed',
    resources: base,
    patch: patchOf(`spec:
  selector:
    $patch: merge
    matchLabels:
      extra: x
`),
  },
  {
    name: 'resource-patch-delete',
    note: 'a top-level $patch: delete removes the resource',
    resources: `${base}
---
apiVersion: v1
kind: Service
metadata:
  name: svc
spec:
  ports:
  - port: 80
`,
    patch: patchOf(`$patch: delete
`),
  },
  {
    name: 'resource-patch-replace',
    note: 'a top-level $patch: replace replaces the whole resource (name and namespace are restored)',
    resources: base,
    patch: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
$patch: replace
spec:
  replicas: 9
`,
  },
  {
    name: 'unknown-directive',
    note: 'an unknown $patch value is an error',
    resources: base,
    patch: patchOf(`spec:
  template:
    $patch: foo
`),
  },
  {
    name: 'unknown-directive-new-field',
    note: 'an unknown $patch value under a field the target lacks is kept as a field',
    resources: base,
    patch: patchOf(`spec:
  newfield:
    $patch: foo
    a: 1
`),
  },
  {
    name: 'kind-mismatch-map-scalar',
    note: 'a map where the target has a scalar is an error',
    resources: base,
    patch: patchOf(`spec:
  replicas:
    a: 1
`),
  },
  {
    name: 'kind-mismatch-list-map',
    note: 'a list where the target has a map is an error',
    resources: base,
    patch: patchOf(`spec:
  selector:
  - a
`),
  },
  {
    name: 'kind-mismatch-scalar-list',
    note: 'a scalar where the target has a list is an error',
    resources: base,
    patch: podSpecPatch(`      containers: foo
`),
  },
  {
    name: 'name-kind-namespace-restored',
    note: 'the patch cannot rename, re-kind or move the target without options',
    resources: base,
    patch: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
spec:
  replicas: 5
`,
  },
  {
    name: 'allow-name-change',
    note: 'allowNameChange lets metadata.name through (targeted patch)',
    type: 'smp-target',
    target: { kind: 'Deployment', name: 'web' },
    options: { allowNameChange: true },
    resources: base,
    patch: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-renamed
spec:
  replicas: 5
`,
  },
  {
    name: 'allow-kind-change',
    note: 'allowKindChange lets kind through (targeted patch); apiVersion comes from the target',
    type: 'smp-target',
    target: { kind: 'Deployment', name: 'web' },
    options: { allowKindChange: true },
    resources: base,
    patch: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
`,
  },
  {
    name: 'targeted-patch-kind-ignored',
    note: 'a targeted patch of another kind/apiVersion merges into the target, whose kind and name stay',
    type: 'smp-target',
    target: { kind: 'Deployment' },
    resources: base,
    patch: `apiVersion: batch/v1
kind: Job
metadata:
  name: whatever
spec:
  template:
    spec:
      containers:
      - name: z
        image: z
`,
  },
  {
    name: 'targeted-patch-namespace-dropped',
    note: 'the target\'s namespace is restored, so a namespace-less target stays without one',
    type: 'smp-target',
    target: { kind: 'ConfigMap' },
    resources: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
data:
  a: "1"
`,
    patch: `apiVersion: v1
kind: ConfigMap
metadata:
  name: whatever
  namespace: foo
data:
  b: "2"
`,
  },
  {
    name: 'deployment-strategy-retainkeys-ignored',
    note: 'kyaml ignores the retainKeys strategy of DeploymentSpec.strategy: rollingUpdate stays',
    resources: deployment(twoContainers).replace(
      '  replicas: 2\n',
      '  replicas: 2\n  strategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxSurge: 1\n',
    ),
    patch: patchOf(`spec:
  strategy:
    type: Recreate
`),
  },
  {
    name: 'directives-passed-through',
    note: '$setElementOrder, $retainKeys and $deleteFromPrimitiveList are not interpreted; they end up as fields',
    resources: base,
    patch: podSpecPatch(`      $setElementOrder/containers:
      - name: b
      - name: a
      containers:
      - name: a
        $retainKeys: [name]
        $deleteFromPrimitiveList/args: [x]
`),
  },

  // ---- associative lists (merge key) --------------------------------------------------------------
  {
    name: 'containers-new-prepended',
    note: 'a new container is placed before the existing ones',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: c
        image: c:1
`),
  },
  {
    name: 'containers-merge-existing-reorders',
    note: 'patched items come first, in patch order; the rest follow in target order',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: b
        image: b:2
`),
  },
  {
    name: 'containers-patch-order',
    note: 'patch order [c, a] gives [c, a, b]',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: c
        image: c:1
      - name: a
        image: a:2
`),
  },
  {
    name: 'containers-delete-item',
    note: '$patch: delete on a list element removes it',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        $patch: delete
`),
  },
  {
    name: 'containers-delete-missing-item',
    note: '$patch: delete on an element the target lacks does nothing',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: zz
        $patch: delete
`),
  },
  {
    name: 'containers-replace-item',
    note: '$patch: replace on a list element',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        image: a:9
        $patch: replace
`),
  },
  {
    name: 'list-replace-directive-item',
    note: 'an apimachinery-style list directive item {$patch: replace}',
    resources: base,
    patch: podSpecPatch(`      containers:
      - $patch: replace
      - name: c
        image: c:1
`),
  },
  {
    name: 'list-delete-directive',
    note: 'a list item {$patch: delete} deletes the whole list',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        env:
        - $patch: delete
`),
  },
  {
    name: 'list-merge-directive',
    note: 'a list item {$patch: merge} is removed and the list merges',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        env:
        - name: E9
          value: "9"
        - $patch: merge
`),
  },
  {
    name: 'list-replace-directive-env',
    note: 'a list item {$patch: replace} makes the patch list replace the target list',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        env:
        - name: E9
          value: "9"
        - $patch: replace
`),
  },
  {
    name: 'list-replace-directive-new-field',
    note: 'a list directive where the target has no list is not interpreted',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        volumeDevices:
        - $patch: replace
        - name: d
          devicePath: /dev/x
`),
  },
  {
    name: 'list-directive-non-associative',
    note: 'lists without a merge strategy do not read directives: the item stays',
    resources: base,
    patch: podSpecPatch(`      tolerations:
      - $patch: replace
      - key: k
`),
  },
  {
    name: 'list-directive-unknown',
    note: 'an unknown list directive is an error',
    resources: base,
    patch: podSpecPatch(`      containers:
      - $patch: sideways
`),
  },
  {
    name: 'list-directive-with-fields',
    note: 'a $patch item with other fields is an item directive, not a list directive',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: b
        image: b:3
        $patch: replace
      - name: c
        image: c
`),
  },
  {
    name: 'finalizers-replace-directive',
    note: 'a primitive merge list with a {$patch: replace} item is replaced',
    resources: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  finalizers: [a, b]
`,
    patch: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  finalizers:
  - c
  - $patch: replace
`,
  },
  {
    name: 'finalizers-delete-directive',
    note: 'a {$patch: delete} item deletes a primitive merge list',
    resources: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  finalizers: [a, b]
`,
    patch: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  finalizers:
  - $patch: delete
`,
  },
  {
    name: 'containers-null',
    note: 'a null list deletes it',
    resources: base,
    patch: podSpecPatch(`      containers: null
`),
  },
  {
    name: 'env-empty-list',
    note: 'an empty associative list in the patch keeps the target list',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        env: []
`),
  },
  {
    name: 'args-replaced',
    note: 'lists without a patch strategy (args) are replaced',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        args: [z]
`),
  },
  {
    name: 'env-prepend-merge-delete',
    note: 'env merges by name: new vars first, changed in place, $patch: delete removes',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        env:
        - name: E3
          value: "3"
        - name: E2
          value: two
        - name: E1
          $patch: delete
`),
  },
  {
    name: 'env-valuefrom-replaces-value',
    note: 'env items merge as maps: value and valueFrom both remain',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        env:
        - name: E1
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
`),
  },
  {
    name: 'volumemounts-by-mountpath',
    note: 'volumeMounts merge by mountPath',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        volumeMounts:
        - mountPath: /v1
          readOnly: true
        - mountPath: /v2
          name: v2
`),
  },
  {
    name: 'volumes-merge-retainkeys',
    note: 'volumes (merge,retainKeys) merge by name; retainKeys is not applied, so both sources remain',
    resources: deployment(twoContainers, `      volumes:
      - name: v1
        configMap:
          name: cm
      - name: v0
        emptyDir: {}
`),
    patch: podSpecPatch(`      volumes:
      - name: v1
        secret:
          secretName: s
      - name: v2
        emptyDir: {}
`),
  },
  {
    name: 'imagepullsecrets-by-name',
    note: 'imagePullSecrets merge by name',
    resources: deployment(twoContainers, `      imagePullSecrets:
      - name: s1
`),
    patch: podSpecPatch(`      imagePullSecrets:
      - name: s2
      - name: s1
`),
  },
  {
    name: 'tolerations-replaced',
    note: 'tolerations have no merge strategy in v1.21.2: replaced',
    resources: deployment(twoContainers, `      tolerations:
      - key: a
        operator: Exists
`),
    patch: podSpecPatch(`      tolerations:
      - key: b
        operator: Exists
`),
  },
  {
    name: 'hostaliases-by-ip',
    note: 'hostAliases merge by ip',
    resources: deployment(twoContainers, `      hostAliases:
      - ip: 1.1.1.1
        hostnames: [a]
`),
    patch: podSpecPatch(`      hostAliases:
      - ip: 2.2.2.2
        hostnames: [b]
      - ip: 1.1.1.1
        hostnames: [c]
`),
  },
  {
    name: 'ports-multikey-new-protocol',
    note: 'container ports merge by (containerPort, protocol): same port, other protocol is a new item',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        ports:
        - containerPort: 80
          protocol: UDP
        - containerPort: 81
`),
  },
  {
    name: 'ports-multikey-same',
    note: 'container ports with equal keys merge',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        ports:
        - containerPort: 80
          protocol: TCP
          name: http
`),
  },
  {
    name: 'ports-multikey-missing-protocol-target',
    note: 'a target port without protocol and a patch port with one (kyaml mergeValues)',
    resources: deployment(`      - name: a
        image: a:1
        ports:
        - containerPort: 80
        - containerPort: 90
`),
    patch: podSpecPatch(`      containers:
      - name: a
        ports:
        - containerPort: 80
          protocol: TCP
          name: http
`),
  },
  {
    name: 'ports-multikey-missing-protocol-patch',
    note: 'a patch port without protocol against a target port with one',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        ports:
        - containerPort: 80
          name: http
`),
  },
  {
    name: 'ports-multikey-reorder',
    note: 'with several merge keys, kept target items move behind the patch-only items (kyaml appendListNode deletes and re-appends them)',
    resources: deployment(`      - name: a
        image: a:1
        ports:
        - containerPort: 80
          protocol: TCP
        - containerPort: 81
          protocol: TCP
        - containerPort: 83
          protocol: TCP
`),
    patch: podSpecPatch(`      containers:
      - name: a
        ports:
        - containerPort: 81
          protocol: TCP
          name: changed
        - containerPort: 82
          protocol: TCP
`),
  },
  {
    name: 'service-ports-multikey',
    note: 'Service ports merge by (port, protocol)',
    resources: `apiVersion: v1
kind: Service
metadata:
  name: svc
spec:
  ports:
  - port: 80
    protocol: TCP
    targetPort: 8080
  - port: 443
    protocol: TCP
`,
    patch: `apiVersion: v1
kind: Service
metadata:
  name: svc
spec:
  ports:
  - port: 80
    protocol: TCP
    targetPort: 9090
  - port: 53
    protocol: UDP
`,
  },
  {
    name: 'topologyspread-multikey',
    note: 'topologySpreadConstraints merge by (topologyKey, whenUnsatisfiable)',
    resources: deployment(twoContainers, `      topologySpreadConstraints:
      - topologyKey: zone
        whenUnsatisfiable: DoNotSchedule
        maxSkew: 1
`),
    patch: podSpecPatch(`      topologySpreadConstraints:
      - topologyKey: zone
        whenUnsatisfiable: DoNotSchedule
        maxSkew: 2
      - topologyKey: zone
        whenUnsatisfiable: ScheduleAnyway
        maxSkew: 3
`),
  },
  {
    name: 'initcontainers-merge',
    note: 'initContainers merge by name like containers',
    resources: deployment(twoContainers, `      initContainers:
      - name: i1
        image: i:1
`),
    patch: podSpecPatch(`      initContainers:
      - name: i2
        image: i:2
      - name: i1
        image: i:9
`),
  },
  {
    name: 'finalizers-primitive-merge',
    note: 'finalizers (merge, no key) merge as a set: patch values first, then the others',
    resources: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  finalizers: [a, b, a]
`,
    patch: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  finalizers: [c, b]
`,
  },
  {
    name: 'finalizers-null-item',
    note: 'a null item in a primitive merge list',
    resources: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  finalizers: [a, null, b]
`,
    patch: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  finalizers: [c, a]
`,
  },
  {
    name: 'ownerreferences-by-uid',
    note: 'ownerReferences merge by uid',
    resources: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  ownerReferences:
  - apiVersion: v1
    kind: Pod
    name: p1
    uid: u1
`,
    patch: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  ownerReferences:
  - apiVersion: v1
    kind: Pod
    name: p2
    uid: u2
  - apiVersion: v1
    kind: Pod
    name: renamed
    uid: u1
`,
  },
  {
    name: 'cronjob-nested-containers',
    note: 'schemas descend through CronJob jobTemplate to the pod spec',
    resources: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: a
            image: a
`,
    patch: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: b
            image: b
`,
  },
  {
    name: 'statefulset-volumeclaimtemplates-replaced',
    note: 'volumeClaimTemplates have no merge strategy: replaced',
    resources: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ss
spec:
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ReadWriteOnce]
  template:
    spec:
      containers:
      - name: a
        image: a
`,
    patch: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ss
spec:
  volumeClaimTemplates:
  - metadata:
      name: logs
`,
  },
  {
    name: 'crd-list-replaced',
    note: 'custom resources have no schema: their lists are replaced, their maps merged',
    resources: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  items:
  - name: a
    v: 1
  - name: b
  config:
    x: 1
`,
    patch: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  items:
  - name: c
  config:
    y: 2
`,
  },
  {
    name: 'crd-embedded-typed-object',
    note: 'an embedded map with apiVersion and kind gets that type\'s schema inside a custom resource',
    resources: `apiVersion: example.com/v1
kind: Wrapper
metadata:
  name: w
spec:
  template:
    apiVersion: apps/v1
    kind: Deployment
    spec:
      template:
        spec:
          containers:
          - name: a
            image: a
`,
    patch: `apiVersion: example.com/v1
kind: Wrapper
metadata:
  name: w
spec:
  template:
    spec:
      template:
        spec:
          containers:
          - name: b
            image: b
`,
  },
  {
    name: 'configmap-data',
    note: 'ConfigMap data merges; null deletes a key',
    resources: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
data:
  a: "1"
  b: "2"
`,
    patch: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
data:
  b: null
  c: "3"
`,
  },
  {
    name: 'target-item-missing-key',
    note: 'a target container without a name: kyaml leaves only that item (appendListNode quirk)',
    resources: deployment(`      - image: x
      - name: b
        image: b
`),
    patch: podSpecPatch(`      containers:
      - name: a
        image: a
`),
  },
  {
    name: 'patch-item-missing-key',
    note: 'a patch container without a name',
    resources: base,
    patch: podSpecPatch(`      containers:
      - image: z
`),
  },
  {
    name: 'target-duplicate-keys',
    note: 'two target containers with the same name',
    resources: deployment(`      - name: a
        image: first
      - name: a
        image: second
      - name: b
        image: b
`),
    patch: podSpecPatch(`      containers:
      - name: a
        args: [p]
`),
  },
  {
    name: 'patch-scalar-item-in-keyed-list',
    note: 'a scalar item in a patch list merged by key',
    resources: base,
    patch: podSpecPatch(`      containers:
      - foo
      - name: c
        image: c
`),
  },
  {
    name: 'target-scalar-item-in-keyed-list',
    note: 'a scalar item in a target list merged by key',
    resources: deployment(`      - foo
      - name: b
        image: b
`),
    patch: podSpecPatch(`      containers:
      - name: a
        image: a
`),
  },
  {
    name: 'primitive-list-with-map-item',
    note: 'a map item in a primitive merge list',
    resources: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  finalizers: [a]
`,
    patch: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  finalizers:
  - b
  - x: 1
`,
  },
  {
    name: 'ports-string-vs-int-key',
    note: 'merge keys compare as text: "80" matches 80',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: a
        ports:
        - containerPort: "80"
          protocol: TCP
          name: http
`),
  },
  {
    name: 'patch-duplicate-keys',
    note: 'two patch containers with the same name',
    resources: base,
    patch: podSpecPatch(`      containers:
      - name: c
        image: c1
      - name: c
        image: c2
`),
  },
  {
    name: 'finalizers-new-field',
    note: 'a merge list the target lacks is added as is',
    resources: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
    patch: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  finalizers: [b, a, b]
`,
  },
  {
    name: 'new-containers-field-with-directive',
    note: 'an associative list added where the target has none keeps $patch: delete items out',
    resources: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  restartPolicy: Never
`,
    patch: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: a
    image: a
  - name: b
    $patch: delete
`,
  },
  {
    name: 'psm-multiple-patches',
    note: 'patchesStrategicMerge with two documents for two resources',
    type: 'psm',
    resources: `${base}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
data:
  a: "1"
`,
    patch: `${podSpecPatch(`      containers:
      - name: c
        image: c
`)}---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
data:
  b: "2"
`,
  },
  {
    name: 'custom-schema-kustomization-type',
    note: 'kustomize\'s own Kustomization type keeps its merge keys next to a custom schema',
    openapi: `definitions: {}
`,
    resources: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
metadata:
  name: k
configMapGenerator:
- name: a
  literals: [x=1]
`,
    patch: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
metadata:
  name: k
configMapGenerator:
- name: b
  literals: [y=2]
`,
  },
  {
    name: 'custom-schema-replaces-builtin',
    note: 'a custom openapi schema adds merge keys for a CRD and replaces the built-in schema (Deployment containers are then replaced)',
    openapi: `definitions:
  io.example.Widget:
    type: object
    x-kubernetes-group-version-kind:
    - group: example.com
      kind: Widget
      version: v1
    properties:
      spec:
        $ref: '#/definitions/io.example.WidgetSpec'
  io.example.WidgetSpec:
    type: object
    properties:
      items:
        type: array
        x-kubernetes-patch-strategy: merge
        x-kubernetes-patch-merge-key: id
        items:
          type: object
      ports:
        type: array
        x-kubernetes-patch-strategy: merge
        x-kubernetes-patch-merge-key: port
        x-kubernetes-list-map-keys: [port, protocol]
        items:
          type: object
`,
    resources: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  items:
  - id: 1
    v: a
  - id: 2
    v: b
  ports:
  - port: 80
    protocol: TCP
---
${base}`,
    patch: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  items:
  - id: 3
    v: c
  - id: 1
    v: z
  ports:
  - port: 80
    protocol: UDP
---
${podSpecPatch(`      containers:
      - name: c
        image: c
`)}`,
  },
]);

const jsonTarget = { kind: 'Deployment', name: 'web' };
const j = (name, note, patch, resources = base) => ({ group: 'json6902', name, note, type: 'json6902', target: jsonTarget, resources, patch });

export const jsonCases = [
  j('add-map-key', 'add creates or overwrites a map key', '[{"op":"add","path":"/metadata/labels/tier","value":"x"},{"op":"add","path":"/spec/replicas","value":7}]'),
  j('add-array-index', 'add inserts at an index; "-" appends; negative indices count from the end', '[{"op":"add","path":"/spec/template/spec/containers/0/args/1","value":"i1"},{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"end"},{"op":"add","path":"/spec/template/spec/containers/0/args/-1","value":"end2"},{"op":"add","path":"/spec/template/spec/containers/0/args/-2","value":"beforelast"}]'),
  j('add-index-leading-zero-plus', 'array indices are parsed like Go strconv.Atoi (01, +1)', '[{"op":"add","path":"/spec/template/spec/containers/0/args/01","value":"z"},{"op":"add","path":"/spec/template/spec/containers/0/args/+0","value":"w"}]'),
  j('add-missing-value', 'add without value adds null', '[{"op":"add","path":"/spec/paused"}]'),
  j('add-missing-parent', 'add below a missing parent is an error', '[{"op":"add","path":"/spec/nope/x","value":1}]'),
  j('add-index-out-of-range', 'add past the end is an error', '[{"op":"add","path":"/spec/template/spec/containers/0/args/5","value":"z"}]'),
  j('add-non-numeric-index', 'a non-numeric array index is an error', '[{"op":"add","path":"/spec/template/spec/containers/x","value":1}]'),
  j('path-without-slash', 'a path without a leading slash drops its first segment', '[{"op":"add","path":"spec/minReadySeconds","value":3}]'),
  j('remove-key-and-index', 'remove a key and an array element (negative index allowed)', '[{"op":"remove","path":"/metadata/labels/app"},{"op":"remove","path":"/spec/template/spec/containers/0/args/-1"}]'),
  j('remove-missing', 'removing a missing key is an error', '[{"op":"remove","path":"/spec/nope"}]'),
  j('remove-dash', 'remove with "-" is an error', '[{"op":"remove","path":"/spec/template/spec/containers/0/args/-"}]'),
  j('replace-key', 'replace an existing key', '[{"op":"replace","path":"/spec/replicas","value":5}]'),
  j('replace-missing-key-adds', 'replace of a missing map key adds it (evanphx v5 behaviour)', '[{"op":"replace","path":"/spec/minReadySeconds","value":5}]'),
  j('replace-missing-index', 'replace past the end of an array is an error', '[{"op":"replace","path":"/spec/template/spec/containers/0/args/2","value":"z"}]'),
  j('replace-whole-document', 'replace with path "" replaces the document', '[{"op":"replace","path":"","value":{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"prod"},"spec":{"replicas":1}}}]'),
  j('move-and-copy', 'move and copy (copy deep-copies)', '[{"op":"move","from":"/spec/replicas","path":"/spec/template/replicas"},{"op":"copy","from":"/spec/template/spec/containers/0","path":"/spec/template/spec/containers/-"},{"op":"replace","path":"/spec/template/spec/containers/2/name","value":"copy"}]'),
  j('copy-missing-from-null', 'copy from a missing key copies null', '[{"op":"copy","from":"/spec/nope","path":"/spec/x"}]'),
  j('move-missing-from', 'move from a missing key is an error', '[{"op":"move","from":"/spec/nope","path":"/spec/x"}]'),
  j('test-pass', 'test passes on equal values; a missing key equals null', '[{"op":"test","path":"/spec/template/spec/containers/0/args","value":["x","y"]},{"op":"test","path":"/spec/nope","value":null},{"op":"replace","path":"/spec/replicas","value":4}]'),
  j('test-fail', 'a failing test is an error', '[{"op":"test","path":"/spec/replicas","value":3}]'),
  j('unknown-op', 'an unknown op is an error', '[{"op":"bogus","path":"/spec/replicas","value":2}]'),
  j('missing-op', 'an op without "op" is an error', '[{"path":"/spec/replicas","value":2}]'),
  j('missing-path', 'an op without "path" is an error', '[{"op":"add","value":2}]'),
  j('escaped-keys', '~0 and ~1 escapes', '[{"op":"add","path":"/metadata/annotations","value":{"a~b/c":"1"}},{"op":"replace","path":"/metadata/annotations/a~0b~1c","value":"2"}]'),
  j('yaml-ops', 'ops written as YAML', `- op: add
  path: /metadata/labels/from-yaml
  value: "yes"
- op: remove
  path: /spec/template/spec/containers/1
`),
  j('proto-key', 'a __proto__ key is an ordinary key', '[{"op":"add","path":"/metadata/annotations","value":{}},{"op":"add","path":"/metadata/annotations/__proto__","value":"x"},{"op":"add","path":"/metadata/labels/constructor","value":"y"}]'),
];
