#!/usr/bin/env node
// Creates the GitOps fixture repository deterministically (fixed names, e-mails and dates, so
// every commit id is the same on every machine): a multi-stack repo (a web frontend, an API, a
// PostgreSQL database, a shared monitoring component) with dev/staging/production overlays,
// Argo CD Applications per environment gathered by an app-of-apps, two ApplicationSets (git
// directories; list + git files in goTemplate mode), an Application of another repository, and
// a Flux GitRepository (semver range) with its Kustomization.
//
// History (`git log --graph --all`):
//   c1  main        initial; tagged v1.0.0 (annotated)
//   c2  develop     api v1.1.0: new image, a new setting, a second replica in dev
//   main fast-forwards to c2; tagged v1.1.0 (lightweight)
//   c3  feature/web-banner (from develop)   web: banner text changed; tools/mailhog added
//   c4  main        promotion: production Applications move from v1.0.0 to v1.1.0
//   c5  rollback (from main)                revert of c4
//
// The preview scenarios of docs/gitops.md (and test/gitops/preview.test.ts):
//   preview --base develop --head feature/web-banner     what a developer's change deploys (dev only)
//   preview --base main~1 --head main --branch main      the promotion (production only)
//   preview --base main --head rollback                  the rollback (production back to v1.0.0)
//
// usage: node scripts/make-gitops-repo.mjs DIR       (DIR must not exist or be empty)
// As a module: import { makeGitopsRepo, FIXTURE_REPO_URL } from './scripts/make-gitops-repo.mjs'
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_REPO_URL = 'https://git.example.com/shop/deploy.git';
const OTHER_REPO_URL = 'https://git.example.com/platform/charts.git';

const ENVS = {
  dev: { replicas: 1, rev: 'develop', tag: 'dev' },
  staging: { replicas: 2, rev: 'main', tag: 'staging' },
  production: { replicas: 3, rev: 'v1.0.0', tag: 'prod' },
};

function files(version) {
  const f = {};
  const apiTag = version === 1 ? '1.0.0' : '1.1.0';
  // --- shared component
  f['components/monitoring/kustomization.yaml'] = `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
commonAnnotations:
  prometheus.io/scrape: "true"
patches:
- target:
    kind: Deployment
  patch: |-
    - op: add
      path: /spec/template/metadata/annotations
      value:
        prometheus.io/port: "9102"
`;
  // --- web frontend
  f['apps/web/base/kustomization.yaml'] = `resources:
- deployment.yaml
- service.yaml
configMapGenerator:
- name: web-config
  literals:
  - BANNER=Welcome to the shop
  - API_URL=http://api
labels:
- pairs:
    app.kubernetes.io/part-of: shop
    app.kubernetes.io/name: web
  includeSelectors: true
`;
  f['apps/web/base/deployment.yaml'] = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  template:
    spec:
      containers:
      - name: web
        image: registry.example.com/shop/web:2.4.0
        ports:
        - containerPort: 8080
        envFrom:
        - configMapRef:
            name: web-config
`;
  f['apps/web/base/service.yaml'] = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
  - port: 80
    targetPort: 8080
`;
  // --- API
  f['apps/api/base/kustomization.yaml'] = `resources:
- deployment.yaml
- service.yaml
configMapGenerator:
- name: api-config
  literals:
  - LOG_LEVEL=info
  - DB_HOST=db${version === 2 ? '\n  - FEATURE_RECOMMENDATIONS=on' : ''}
secretGenerator:
- name: api-credentials
  literals:
  - DB_PASSWORD=s3cr3t-api
images:
- name: api
  newName: registry.example.com/shop/api
  newTag: ${apiTag}
labels:
- pairs:
    app.kubernetes.io/part-of: shop
    app.kubernetes.io/name: api
  includeSelectors: true
`;
  f['apps/api/base/deployment.yaml'] = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 1
  template:
    spec:
      containers:
      - name: api
        image: api
        envFrom:
        - configMapRef:
            name: api-config
        - secretRef:
            name: api-credentials
`;
  f['apps/api/base/service.yaml'] = `apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  ports:
  - port: 80
    targetPort: 8000
`;
  // --- database
  f['apps/db/base/kustomization.yaml'] = `resources:
- statefulset.yaml
- service.yaml
secretGenerator:
- name: db-credentials
  literals:
  - POSTGRES_PASSWORD=s3cr3t-db
labels:
- pairs:
    app.kubernetes.io/part-of: shop
    app.kubernetes.io/name: db
  includeSelectors: true
`;
  f['apps/db/base/statefulset.yaml'] = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 1
  template:
    spec:
      containers:
      - name: postgres
        image: postgres:16.3
        envFrom:
        - secretRef:
            name: db-credentials
        volumeMounts:
        - name: data
          mountPath: /var/lib/postgresql/data
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 1Gi
`;
  f['apps/db/base/service.yaml'] = `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  ports:
  - port: 5432
`;
  for (const [env, e] of Object.entries(ENVS)) {
    for (const app of ['web', 'api', 'db']) {
      const replicas = app === 'api' && env === 'dev' && version === 2 ? 2 : e.replicas;
      f[`apps/${app}/overlays/${env}/kustomization.yaml`] = `namespace: shop-${env}
resources:
- ../../base
components:
- ../../../../components/monitoring
commonLabels:
  environment: ${env}
replicas:
- name: ${app}
  count: ${app === 'db' ? 1 : replicas}
`;
    }
  }
  // --- Argo CD: one Application per app and environment, gathered by the app-of-apps
  const argoFiles = [];
  for (const [env, e] of Object.entries(ENVS)) {
    for (const app of ['web', 'api', 'db']) {
      const file = `argocd/${env}/${app}.yaml`;
      argoFiles.push(file.slice('argocd/'.length));
      f[file] = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${app}-${env}
  namespace: argocd
spec:
  project: shop
  source:
    repoURL: ${FIXTURE_REPO_URL}
    targetRevision: ${env === 'production' && version === 3 ? 'v1.1.0' : e.rev}
    path: apps/${app}/overlays/${env}
  destination:
    server: https://kubernetes.default.svc
    namespace: shop-${env}
`;
    }
  }
  f['argocd/tools.yaml'] = `# Every directory under tools/ becomes an Application (dev cluster, develop branch).
apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: tools
  namespace: argocd
spec:
  generators:
  - git:
      repoURL: ${FIXTURE_REPO_URL}
      revision: develop
      directories:
      - path: tools/*
  template:
    metadata:
      name: 'tool-{{path.basename}}'
    spec:
      project: tools
      source:
        repoURL: ${FIXTURE_REPO_URL}
        targetRevision: develop
        path: '{{path}}'
      destination:
        server: https://kubernetes.default.svc
        namespace: 'tools-{{path.basename}}'
`;
  f['argocd/regions.yaml'] = `# The web frontend once per region: a list of clusters crossed with regions/*.json (goTemplate).
apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: web-regions
  namespace: argocd
spec:
  goTemplate: true
  generators:
  - matrix:
      generators:
      - list:
          elements:
          - env: staging
      - git:
          repoURL: ${FIXTURE_REPO_URL}
          revision: main
          files:
          - path: regions/*.json
  template:
    metadata:
      name: 'web-{{ .region }}-{{ .env }}'
      labels:
        region: '{{ .region }}'
        dir: '{{ index .path.segments 0 }}'
    spec:
      project: shop
      source:
        repoURL: ${FIXTURE_REPO_URL}
        targetRevision: main
        path: 'apps/web/overlays/{{ .env }}'
        kustomize:
          namePrefix: '{{ .region }}-'
          commonLabels:
            region: '{{ .region }}'
            tier: '{{ default "standard" .tier }}'
      destination:
        server: https://kubernetes.default.svc
        namespace: '{{ printf "web-%s" .region }}'
`;
  f['regions/eu-west.json'] = '{ "region": "eu-west", "tier": "gold" }\n';
  f['regions/us-east.json'] = '{ "region": "us-east" }\n';
  f['argocd/charts.yaml'] = `# A source in another repository: reported as skipped by render and preview.
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ingress-nginx
  namespace: argocd
spec:
  project: platform
  source:
    repoURL: ${OTHER_REPO_URL}
    targetRevision: 4.10.0
    path: ingress-nginx
  destination:
    server: https://kubernetes.default.svc
    namespace: ingress-nginx
`;
  f['argocd/kustomization.yaml'] = `resources:\n${[...argoFiles, 'tools.yaml', 'regions.yaml', 'charts.yaml'].map((x) => `- ${x}`).join('\n')}\n`;
  f['root.yaml'] = `# The app of apps: every Application and ApplicationSet under argocd/, as on main.
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: root
  namespace: argocd
spec:
  project: default
  source:
    repoURL: ${FIXTURE_REPO_URL}
    targetRevision: main
    path: argocd
  destination:
    server: https://kubernetes.default.svc
    namespace: argocd
`;
  f['tools/redis/kustomization.yaml'] = `resources:
- redis.yaml
`;
  f['tools/redis/redis.yaml'] = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: redis
spec:
  template:
    spec:
      containers:
      - name: redis
        image: redis:7.2
`;
  // --- Flux: the database of a second cluster, following the newest v1 release tag
  f['flux/cluster-b.yaml'] = `apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: shop
  namespace: flux-system
spec:
  url: ${FIXTURE_REPO_URL}
  interval: 5m
  ref:
    semver: ">=1.0.0 <2.0.0"
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: api-cluster-b
  namespace: flux-system
spec:
  interval: 10m
  path: ./apps/api/overlays/production
  sourceRef:
    kind: GitRepository
    name: shop
  targetNamespace: shop-b
  prune: true
`;
  return f;
}

function git(dir, args, env = {}) {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Dev Eloper',
      GIT_AUTHOR_EMAIL: 'dev@example.com',
      GIT_COMMITTER_NAME: 'Dev Eloper',
      GIT_COMMITTER_EMAIL: 'dev@example.com',
      ...env,
    },
  });
}

function write(dir, f) {
  for (const [rel, text] of Object.entries(f)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
}

function commit(dir, message, day) {
  const date = `2024-03-${String(day).padStart(2, '0')}T10:00:00+00:00`;
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--no-verify', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

/** Creates the fixture repository in `dir` (created; must be empty). Returns the commit ids. */
export function makeGitopsRepo(dir) {
  fs.mkdirSync(dir, { recursive: true });
  if (fs.readdirSync(dir).length) throw new Error(`${dir} is not empty`);
  git(dir, ['init', '-q', '-b', 'main']);
  for (const [k, v] of [
    ['core.autocrlf', 'false'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false'],
    ['gc.auto', '0'],
  ]) git(dir, ['config', k, v]);
  git(dir, ['remote', 'add', 'origin', FIXTURE_REPO_URL]);
  const ids = {};
  write(dir, files(1));
  ids.c1 = commit(dir, 'Initial shop deployment', 1);
  git(dir, ['tag', '-a', 'v1.0.0', '-m', 'Release 1.0.0'], { GIT_COMMITTER_DATE: '2024-03-01T11:00:00+00:00' });
  git(dir, ['checkout', '-q', '-b', 'develop']);
  write(dir, files(2));
  ids.c2 = commit(dir, 'api 1.1.0: recommendations setting, two replicas in dev', 2);
  git(dir, ['checkout', '-q', 'main']);
  git(dir, ['merge', '-q', '--ff-only', 'develop']);
  git(dir, ['tag', 'v1.1.0']);
  git(dir, ['checkout', '-q', '-b', 'feature/web-banner', 'develop']);
  const web = files(2)['apps/web/base/kustomization.yaml'].replace('- BANNER=Welcome to the shop', '- "BANNER=Spring sale: 20% off"');
  write(dir, { 'apps/web/base/kustomization.yaml': web });
  write(dir, {
    'tools/mailhog/kustomization.yaml': 'resources:\n- mailhog.yaml\n',
    'tools/mailhog/mailhog.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: mailhog
spec:
  template:
    spec:
      containers:
      - name: mailhog
        image: mailhog/mailhog:v1.0.1
`,
  });
  ids.c3 = commit(dir, 'web: spring sale banner; tools: mailhog', 3);
  git(dir, ['checkout', '-q', 'main']);
  const promoted = files(3);
  write(dir, Object.fromEntries(Object.entries(promoted).filter(([k]) => k.startsWith('argocd/production/'))));
  ids.c4 = commit(dir, 'Promote production to v1.1.0', 4);
  git(dir, ['checkout', '-q', '-b', 'rollback']);
  git(dir, ['revert', '--no-edit', 'HEAD'], { GIT_AUTHOR_DATE: '2024-03-05T10:00:00+00:00', GIT_COMMITTER_DATE: '2024-03-05T10:00:00+00:00' });
  ids.c5 = git(dir, ['rev-parse', 'HEAD']).trim();
  git(dir, ['checkout', '-q', 'main']);
  return ids;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/make-gitops-repo.mjs DIR');
    process.exit(2);
  }
  const ids = makeGitopsRepo(path.resolve(dir));
  for (const [k, v] of Object.entries(ids)) console.log(`${k} ${v}`);
}
