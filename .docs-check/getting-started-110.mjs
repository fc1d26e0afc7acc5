import { build, MemoryFs } from 'kustomize-ts';

const fs = new MemoryFs({
  'app/kustomization.yaml': 'resources:\n- svc.yaml\n- cm.yaml\n',
  'app/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n',
  'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n',
});

const { yaml } = build(fs, 'app', {
  reorder: 'none', //                 --reorder none (input order; default 'legacy')
  loadRestrictions: 'rootOnly', //    --load-restrictor LoadRestrictionsRootOnly (the default)
  enableManagedByLabel: true, //      --enable-managedby-label
});
process.stdout.write(yaml);
