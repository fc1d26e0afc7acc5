#!/usr/bin/env node
// Records the expected outputs of the GitOps fixture repository (scripts/make-gitops-repo.mjs)
// with `kubectl kustomize`, never with our own code: the repository is made in a temporary
// directory, each revision is checked out (`git worktree add --detach`), and every
// kustomization directory of that checkout (Components aside) is built by kubectl. Writes
// fixtures/gitops-repo/expected/<revision, / as __>/<directory, / as __>.yaml (failures as
// .error files holding kubectl's message) and RECORDED_WITH (kubectl version, commit ids).
//
// usage: node scripts/record-gitops-repo.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeGitopsRepo } from './make-gitops-repo.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'fixtures', 'gitops-repo', 'expected');
export const REVISIONS = ['v1.0.0', 'develop', 'feature/web-banner', 'main', 'rollback'];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-record-gitops-'));
try {
  const repo = path.join(tmp, 'repo');
  const ids = makeGitopsRepo(repo);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const version = execFileSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  let count = 0;
  for (const rev of REVISIONS) {
    const wt = path.join(tmp, rev.replace(/\//g, '__'));
    execFileSync('git', ['worktree', 'add', '-q', '--detach', wt, rev], { cwd: repo, stdio: 'pipe' });
    const dirs = [];
    const walk = (d) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (e.name === '.git') continue;
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name === 'kustomization.yaml' && !/^kind:\s*Component\s*$/m.test(fs.readFileSync(p, 'utf8'))) {
          dirs.push(path.relative(wt, d));
        }
      }
    };
    walk(wt);
    const revDir = path.join(out, rev.replace(/\//g, '__'));
    fs.mkdirSync(revDir, { recursive: true });
    for (const d of dirs) {
      const r = spawnSync('kubectl', ['kustomize', d], { cwd: wt, encoding: 'utf8' });
      const name = d.replace(/\//g, '__');
      if (r.status === 0) fs.writeFileSync(path.join(revDir, `${name}.yaml`), r.stdout);
      else fs.writeFileSync(path.join(revDir, `${name}.error`), r.stderr);
      count++;
    }
  }
  fs.writeFileSync(
    path.join(out, 'RECORDED_WITH'),
    `${version.trim()}\nrepository: scripts/make-gitops-repo.mjs\n` +
      Object.entries(ids)
        .map(([k, v]) => `${k} ${v}`)
        .join('\n') +
      `\nrevisions: ${REVISIONS.join(' ')}\n`,
  );
  console.log(`recorded ${count} outputs of ${REVISIONS.length} revisions in ${path.relative(root, out)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
