import { build, MemoryFs } from 'kustomize-ts';

const fs = new MemoryFs({
  'base/kustomization.yaml': 'resources:\n- deployment.yaml\n',
  'base/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: web
        image: nginx:1.27
`,
  'prod/kustomization.yaml': `resources:
- ../base
namePrefix: prod-
images:
- name: nginx
  newTag: "1.27.3"
`,
});

const { yaml, resources, warnings } = build(fs, 'prod');
process.stdout.write(yaml);
console.log(resources.length, 'resource(s),', warnings.length, 'warning(s)');
