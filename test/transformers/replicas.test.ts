/**
 * replicas: expected outputs recorded from `kubectl kustomize` (kustomize v5.5.0), fifo order;
 * the base with `namePrefix: p-` is simulated by applyPrefix.
 */
import { describe, expect, test } from 'vitest';
import { applyPrefix, applyReplicas } from '../../src/transformers/index.js';
import { defaultTransformerConfig, mergeTransformerConfigs, parseTransformerConfig } from '../../src/fieldspec/index.js';
import { type TransformerCase, resmapFromYaml, runCases } from './helpers.js';

const cfg = defaultTransformerConfig();

const cases: TransformerCase[] = [
  {
    name: "sets the count on the four workload kinds, creating spec/replicas; later entries win",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: d
spec:
  replicas: 1
---
apiVersion: example.com/v1
kind: Deployment
metadata:
  name: d
---
apiVersion: v1
kind: ReplicationController
metadata:
  name: rc
spec:
  replicas: null
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: d
`,
    run: (m) => {
      applyPrefix(m, { prefix: 'p-', fieldSpecs: cfg.namePrefix });
      applyReplicas(m, { name: 'd', count: 3, fieldSpecs: cfg.replicas });
      applyReplicas(m, { name: 'p-d', count: 5, fieldSpecs: cfg.replicas });
      applyReplicas(m, { name: 'p-rc', count: 0, fieldSpecs: cfg.replicas });
    },
    expected: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: p-d
spec:
  replicas: 5
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: p-d
spec:
  replicas: 5
---
apiVersion: example.com/v1
kind: Deployment
metadata:
  name: p-d
spec:
  replicas: 5
---
apiVersion: v1
kind: ReplicationController
metadata:
  name: p-rc
spec:
  replicas: 0
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: p-d
`,
  },
  {
    name: "a name no resource ever had is an error",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
`,
    run: (m) => applyReplicas(m, { name: 'zz', count: 3, fieldSpecs: cfg.replicas }),
    error: 'REPLICAS_NO_TARGET',
  },
  {
    name: "user replica fieldspecs reach custom kinds",
    input: `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: r
`,
    run: (m) => {
      const c = mergeTransformerConfigs(cfg, parseTransformerConfig({ replicas: [{ path: 'spec/size', kind: 'Rollout', create: true }] }));
      applyReplicas(m, { name: 'r', count: 2, fieldSpecs: c.replicas });
    },
    expected: `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: r
spec:
  size: 2
`,
  },
  {
    name: "replicas on a map is an error",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  replicas:
    a: 1
`,
    run: (m) => applyReplicas(m, { name: 'd', count: 3, fieldSpecs: cfg.replicas }),
    error: 'BAD_FIELD_PATH',
  },
  {
    name: "a previous name reaches the renamed resource",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: other
`,
    run: (m) => {
      applyPrefix(m, { prefix: 'p-', fieldSpecs: cfg.namePrefix });
      applyReplicas(m, { name: 'd', count: 3, fieldSpecs: cfg.replicas });
    },
    expected: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: p-d
spec:
  replicas: 3
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: p-other
`,
  },
];

describe('replicas', () => {
  runCases(cases);

  test('the no-match message lists the sorted fieldspec GVKs as kustomize does', () => {
    const m = resmapFromYaml('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n');
    expect(() => applyReplicas(m, { name: 'zz', count: 3, fieldSpecs: cfg.replicas })).toThrow(
      'resource with name zz does not match a config with the following GVK ' +
        '[Deployment.[noVer].[noGrp] StatefulSet.[noVer].[noGrp] ReplicaSet.[noVer].[noGrp] ReplicationController.[noVer].[noGrp]]',
    );
  });
});
