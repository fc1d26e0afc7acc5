import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildDirAsync } from 'kustomize-ts/node';

// A local repository stands in for a hosted one.
const repo = mkdtempSync(join(tmpdir(), 'repo-'));
writeFileSync(join(repo, 'kustomization.yaml'), 'resources:\n- cm.yaml\n');
writeFileSync(join(repo, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n');
const git = (...args) => execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 'x', GIT_AUTHOR_EMAIL: 'x@x', GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@x' } });
git('init', '-q');
git('add', '-A');
git('commit', '-qm', 'v1');
git('tag', 'v1');

const app = mkdtempSync(join(tmpdir(), 'app-'));
writeFileSync(join(app, 'kustomization.yaml'), `resources:\n- file://${repo}?ref=v1\nnamePrefix: team-\n`);

const { yaml } = await buildDirAsync(app, { git: { cacheDir: join(app, '.cache') } });
process.stdout.write(yaml);
