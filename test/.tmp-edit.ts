import { setImage, setReplicas, addResource, removeResource, addLabel, addPatch, setNamespace, addAnnotation } from '../src/edit/index.js';
const text = `# top comment
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

# resources comment
resources:
- ../../base   # inline
- extra.yaml
images:
- name: nginx # trailing
  newTag: "1.0"
commonLabels: {app: x, tier: "web"}
patches:
- patch: |-
    - op: replace
      path: /spec/replicas
      value: 3
  target:
    kind: Deployment
`;
let t = setImage(text, ['nginx:1.2', 'alpine=reg/alpine:3.1@sha256:abc', 'mysql:1234']);
console.log(t);
t = setReplicas(t, ['web=3']); console.log(t);
t = addResource(t, ['new.yaml', 'extra.yaml'], { warn: (m) => console.log('WARN', m) }); console.log(t);
t = removeResource(t, ['../../*']); console.log(t);
t = addLabel(t, ['env:prod', 'yes:on']); console.log(t);
t = addPatch(t, { path: 'p.yaml', target: { kind: 'Deployment', name: 'web' } }); console.log(t);
t = setNamespace(t, 'prod'); console.log(t);
t = addAnnotation(t, ['a:1:2']); console.log(t);
