/**
 * images: expected outputs recorded from `kubectl kustomize` (kustomize v5.5.0), fifo order, one
 * applyImages call per `images` entry as kustomize configures one ImageTagTransformer per entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../../src/build.js';
import { type KustomizeError, isKustomizeError } from '../../src/core/errors.js';
import { memoryFsFromDir } from '../helpers.js';
import { applyImages, splitImage } from '../../src/transformers/index.js';
import { defaultTransformerConfig, mergeTransformerConfigs, parseTransformerConfig } from '../../src/fieldspec/index.js';
import { type TransformerCase, runCases } from './helpers.js';

const cfg = defaultTransformerConfig();

const cases: TransformerCase[] = [
  {
    name: "newTag replaces tag and digest wherever the name matches exactly",
    input: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: a
    image: nginx
  - name: b
    image: nginx:1.0
  - name: c
    image: nginx@sha256:abc
  - name: d
    image: nginx:1.0@sha256:abc
  - name: e
    image: docker.io/nginx:1.0
  - name: f
    image: nginxx:1.0
  - name: g
  - name: h
    image: null
  initContainers:
  - name: i
    image: localhost:5000/nginx:2
  - name: j
    image: localhost:5000/nginx
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  template:
    spec:
      containers: null
      initContainers:
      - name: x
        image: redis:5
---
apiVersion: example.com/v1
kind: Custom
metadata:
  name: c
spec:
  deep:
    containers:
    - name: a
      image: nginx:0
    initContainers:
      image: nginx
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
spec:
  containers:
  - name: a
    image: nginx
`,
    run: (m) => {
      applyImages(m, { image: { name: 'nginx', newTag: '1.25' }, fieldSpecs: cfg.images });
      applyImages(m, { image: { name: 'localhost:5000/nginx', newTag: '3' }, fieldSpecs: cfg.images });
      applyImages(m, { image: { name: 'redis', newName: 'my.registry:5000/cache/redis' }, fieldSpecs: cfg.images });
    },
    expected: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - image: nginx:1.25
    name: a
  - image: nginx:1.25
    name: b
  - image: nginx:1.25
    name: c
  - image: nginx:1.25
    name: d
  - image: docker.io/nginx:1.0
    name: e
  - image: nginxx:1.0
    name: f
  - name: g
  - image: null
    name: h
  initContainers:
  - image: localhost:5000/nginx:3
    name: i
  - image: localhost:5000/nginx:3
    name: j
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  template:
    spec:
      containers: []
      initContainers:
      - image: my.registry:5000/cache/redis:5
        name: x
---
apiVersion: example.com/v1
kind: Custom
metadata:
  name: c
spec:
  deep:
    containers:
    - image: nginx:1.25
      name: a
    initContainers:
      image: nginx
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
spec:
  containers:
  - image: nginx
    name: a
`,
  },
  {
    name: "digest, newTag with digest, and tagSuffix (applied by both passes)",
    input: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: a
    image: nginx
  - name: b
    image: nginx:1.0
  - name: c
    image: nginx@sha256:abc
  - name: d
    image: nginx:1.0@sha256:abc
  - name: e
    image: docker.io/nginx:1.0
  - name: f
    image: nginxx:1.0
  - name: g
  - name: h
    image: null
  initContainers:
  - name: i
    image: localhost:5000/nginx:2
  - name: j
    image: localhost:5000/nginx
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  template:
    spec:
      containers: null
      initContainers:
      - name: x
        image: redis:5
---
apiVersion: example.com/v1
kind: Custom
metadata:
  name: c
spec:
  deep:
    containers:
    - name: a
      image: nginx:0
    initContainers:
      image: nginx
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
spec:
  containers:
  - name: a
    image: nginx
`,
    run: (m) => {
      applyImages(m, { image: { name: 'nginx', digest: 'sha256:fff' }, fieldSpecs: cfg.images });
      applyImages(m, { image: { name: 'localhost:5000/nginx', newTag: 'v9', digest: 'sha256:eee' }, fieldSpecs: cfg.images });
      applyImages(m, { image: { name: 'redis', tagSuffix: '-debug' }, fieldSpecs: cfg.images });
    },
    expected: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - image: nginx@sha256:fff
    name: a
  - image: nginx@sha256:fff
    name: b
  - image: nginx@sha256:fff
    name: c
  - image: nginx@sha256:fff
    name: d
  - image: docker.io/nginx:1.0
    name: e
  - image: nginxx:1.0
    name: f
  - name: g
  - image: null
    name: h
  initContainers:
  - image: localhost:5000/nginx:v9@sha256:eee
    name: i
  - image: localhost:5000/nginx:v9@sha256:eee
    name: j
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  template:
    spec:
      containers: []
      initContainers:
      - image: redis:5-debug-debug
        name: x
---
apiVersion: example.com/v1
kind: Custom
metadata:
  name: c
spec:
  deep:
    containers:
    - image: nginx@sha256:fff
      name: a
    initContainers:
      image: nginx
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
spec:
  containers:
  - image: nginx
    name: a
`,
  },
  {
    name: "the name is a regular expression",
    input: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: a
    image: nginx
  - name: b
    image: nginx:1.0
  - name: c
    image: nginx@sha256:abc
  - name: d
    image: nginx:1.0@sha256:abc
  - name: e
    image: docker.io/nginx:1.0
  - name: f
    image: nginxx:1.0
  - name: g
  - name: h
    image: null
  initContainers:
  - name: i
    image: localhost:5000/nginx:2
  - name: j
    image: localhost:5000/nginx
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  template:
    spec:
      containers: null
      initContainers:
      - name: x
        image: redis:5
---
apiVersion: example.com/v1
kind: Custom
metadata:
  name: c
spec:
  deep:
    containers:
    - name: a
      image: nginx:0
    initContainers:
      image: nginx
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
spec:
  containers:
  - name: a
    image: nginx
`,
    run: (m) => {
      applyImages(m, { image: { name: 'ngin.*', newName: 'proxy' }, fieldSpecs: cfg.images });
    },
    expected: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - image: proxy
    name: a
  - image: proxy:1.0
    name: b
  - image: proxy@sha256:abc
    name: c
  - image: proxy:1.0@sha256:abc
    name: d
  - image: docker.io/nginx:1.0
    name: e
  - image: proxy:1.0
    name: f
  - name: g
  - image: null
    name: h
  initContainers:
  - image: localhost:5000/nginx:2
    name: i
  - image: localhost:5000/nginx
    name: j
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  template:
    spec:
      containers: []
      initContainers:
      - image: redis:5
        name: x
---
apiVersion: example.com/v1
kind: Custom
metadata:
  name: c
spec:
  deep:
    containers:
    - image: proxy:0
      name: a
    initContainers:
      image: nginx
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
spec:
  containers:
  - image: nginx
    name: a
`,
  },
  {
    name: "a container that is not a map is an error",
    input: `apiVersion: example.com/v1
kind: Custom
metadata:
  name: c
spec:
  containers:
  - 5
`,
    run: (m) => {
      applyImages(m, { image: { name: 'nginx', newTag: '2' }, fieldSpecs: cfg.images });
    },
    error: 'BAD_FIELD_PATH',
  },
  {
    name: "an image that is not a scalar is an error",
    input: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: a
    image: [nginx]
`,
    run: (m) => {
      applyImages(m, { image: { name: 'nginx', newTag: '2' }, fieldSpecs: cfg.images });
    },
    error: 'BAD_FIELD_PATH',
  },
  {
    name: "user image fieldspecs reach other fields",
    input: `apiVersion: example.com/v1
kind: Custom
metadata:
  name: c
spec:
  runner:
    image: nginx:1
`,
    run: (m) => {
      const c = mergeTransformerConfigs(
        cfg,
        parseTransformerConfig({
          images: [
            { path: 'spec/runner/image', kind: 'Custom' },
            { path: 'spec/created/image', kind: 'Custom', create: true },
          ],
        }),
      );
      applyImages(m, { image: { name: 'nginx', newTag: '2' }, fieldSpecs: c.images });
    },
    expected: `apiVersion: example.com/v1
kind: Custom
metadata:
  name: c
spec:
  runner:
    image: nginx:2
`,
  },
  {
    name: "an image name that is not a regular expression fails once an image is checked",
    input: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: deploy
spec:
  template:
    spec:
      containers:
      - name: nginx
        image: nginx:1.7.9
`,
    run: (m) => {
      applyImages(m, { image: { name: '[', newTag: 'v2' }, fieldSpecs: cfg.images });
    },
    error: 'TRANSFORMER_FAILED',
  },
  {
    name: "an invalid image name is harmless when there is no image to check",
    input: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
    run: (m) => {
      applyImages(m, { image: { name: '[', newTag: 'v2' }, fieldSpecs: cfg.images });
    },
    expected: `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
`,
  },
];

describe('images', () => {
  runCases(cases);

  test.each([
    ['nginx', { name: 'nginx', tag: '', digest: '' }],
    ['nginx:1.0', { name: 'nginx', tag: '1.0', digest: '' }],
    ['nginx@sha256:abc', { name: 'nginx', tag: '', digest: 'sha256:abc' }],
    ['nginx:1.0@sha256:abc', { name: 'nginx', tag: '1.0', digest: 'sha256:abc' }],
    ['localhost:5000/nginx', { name: 'localhost:5000/nginx', tag: '', digest: '' }],
    ['localhost:5000/a/b:2@sha256:f', { name: 'localhost:5000/a/b', tag: '2', digest: 'sha256:f' }],
  ])('splitImage(%j)', (image, want) => {
    expect(splitImage(image)).toEqual(want);
  });
});

describe('images of one kustomization share one legacy walk', () => {
  // fixtures/matching holds the recorded outputs; these check which error kustomize reports first
  // when the walk's own error and an image update's error are both in the tree.
  const dir = path.resolve(__dirname, '..', '..', 'fixtures', 'matching', 'input');
  test.each([
    ['images-error-order', 'expected ScalarNode but got SequenceNode'],
    ['images-error-order2', 'expected MappingNode but got ScalarNode'],
  ])('%s fails as kustomize does', (name, message) => {
    const expected = fs.readFileSync(path.join(dir, '..', 'expected', `${name}.err`), 'utf8');
    expect(expected).toContain(message);
    const mfs = memoryFsFromDir(path.join(dir, name), '/repo');
    let err: unknown;
    try {
      build(mfs, '/repo');
    } catch (e) {
      err = e;
    }
    expect(isKustomizeError(err)).toBe(true);
    expect((err as KustomizeError).code).toBe('BAD_FIELD_PATH');
    expect((err as KustomizeError).message).toContain(message);
  });
});
