#!/usr/bin/env node
// Records the expected output of golden fixtures from the real kustomize (`kubectl kustomize`).
// Run by hand after adding or changing a fixture; never by the tests, never from our own output.
//
// A fixture area is a folder fixtures/<area>/ with `input/` (a kustomization tree) and
// `targets.json`: [{ "name": "...", "dir": "path/under/input", "flags": [], "error": {...} }].
// For each target this writes fixtures/<area>/expected/<name>.yaml (stdout) or, when kustomize
// fails, expected/<name>.err (its message). It rewrites expected/ only. A failing target needs an
// `error` entry in targets.json, written by hand once our error is checked to name the cause that
// kubectl's message names: {"code": "PATCH_FAILED", "file": "overlay/patch.yaml", "field":
// "patches.0", "kustomization": "overlay/kustomization.yaml"} (paths relative to input/; `field`
// when the error is about a kustomization field, `kustomization` when that field is in another
// file than `file`). test/fixtures.test.ts fails on an .err golden without one.
//
// Helm: a flag "{HELM}" (e.g. ["--enable-helm", "--helm-command", "{HELM}"]) stands for helm v3
// (scripts/get-helm.mjs installs it in .tools/helm); kustomize then runs a logging wrapper around
// it, and expected/<name>.helm.txt records every helm call (arguments, HELM_* variables, the
// values files kustomize wrote), with machine paths replaced by {HELM}, {FIXTURE} and {TMP}.
// Nothing machine-specific is written to expected/.
//
// usage: node scripts/record-fixtures.mjs [AREA...]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { findHelm, makeHelmWrapper, normalizeHelmText } from './lib/helm-tools.mjs';

/**
 * A target with `helmTemplate` (an Argo CD Helm source, `argo` names the Application): helm runs
 * with those arguments (as Argo CD's repo server runs it) in the input directory, a
 * `{VALUES:...}` argument becoming a file with that text, and the output goes through
 * `kubectl kustomize --reorder none` (resources as the build prints them, in helm's order).
 */
function recordHelmTemplate(dir, out, t) {
  const helm = findHelm();
  if (!helm) throw new Error('helm v3 not found: run node scripts/get-helm.mjs');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'record-helm-'));
  try {
    let n = 0;
    const args = t.helmTemplate.map((a) => {
      if (!a.startsWith('{VALUES:')) return a;
      const f = path.join(tmp, `values-${n++}.yaml`);
      fs.writeFileSync(f, a.slice('{VALUES:'.length, -1));
      return f;
    });
    const env = { ...process.env, HELM_CONFIG_HOME: path.join(tmp, 'helm'), HELM_CACHE_HOME: path.join(tmp, 'helm', '.cache'), HELM_DATA_HOME: path.join(tmp, 'helm', '.data') };
    const h = spawnSync(helm, args, { cwd: path.join(dir, 'input'), env, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (h.status !== 0) {
      fs.writeFileSync(path.join(out, `${t.name}.err`), h.stderr);
      console.log(`${path.basename(dir)}/${t.name}: error (helm)`);
      return;
    }
    fs.mkdirSync(path.join(tmp, 'k'));
    fs.writeFileSync(path.join(tmp, 'k', 'out.yaml'), h.stdout);
    fs.writeFileSync(path.join(tmp, 'k', 'kustomization.yaml'), 'resources:\n- out.yaml\n');
    const r = spawnSync('kubectl', ['kustomize', '--reorder', 'none', path.join(tmp, 'k')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`kubectl kustomize of helm's output failed: ${r.stderr}`);
    fs.writeFileSync(path.join(out, `${t.name}.yaml`), r.stdout);
    console.log(`${path.basename(dir)}/${t.name}: output (helm template)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const version = execFileSync('kubectl', ['version', '--client'], { encoding: 'utf8' })
  .split('\n')
  .find((l) => l.startsWith('Kustomize Version'))
  ?.trim();
const areas = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs.readdirSync(root).filter((a) => fs.existsSync(path.join(root, a, 'targets.json')));

let helm;
let wrapper;
for (const area of areas) {
  const dir = path.join(root, area);
  const targets = JSON.parse(fs.readFileSync(path.join(dir, 'targets.json'), 'utf8'));
  if (targets.some((t) => (t.flags ?? []).includes('{HELM}')) && !wrapper) {
    helm = findHelm();
    if (!helm) throw new Error('helm v3 not found: run node scripts/get-helm.mjs');
    wrapper = makeHelmWrapper(helm);
  }
  const out = path.join(dir, 'expected');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  for (const t of targets) {
    if (t.helmTemplate) {
      recordHelmTemplate(dir, out, t);
      continue;
    }
    const usesHelm = (t.flags ?? []).includes('{HELM}');
    const flags = (t.flags ?? []).map((f) => (f === '{HELM}' ? wrapper.command : f));
    if (usesHelm) wrapper.read();
    const r = spawnSync('kubectl', ['kustomize', ...flags, path.join(dir, 'input', t.dir)], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const norm = (s) => normalizeHelmText(s, { fixtureDir: path.join(dir, 'input'), helm: wrapper?.command }).replaceAll(dir, '{FIXTURE}');
    if (r.status === 0) fs.writeFileSync(path.join(out, `${t.name}.yaml`), r.stdout);
    else {
      // Without klog's time/pid prefix and Go pointers, so re-recording gives the same bytes.
      const err = norm(r.stderr)
        .replace(/^E\d{4} [\d:.]+\s+\d+ \S+\] /gm, '')
        .replace(/0xc[0-9a-f]+/g, '0xc000000000');
      fs.writeFileSync(path.join(out, `${t.name}.err`), err);
    }
    if (usesHelm) {
      const log = wrapper.read();
      if (log) fs.writeFileSync(path.join(out, `${t.name}.helm.txt`), norm(log));
    }
    const note = r.status !== 0 && !t.error ? ' (declare its "error" in targets.json)' : '';
    console.log(`${area}/${t.name}: ${r.status === 0 ? 'output' : 'error'}${note}`);
  }
  const helmVersion = helm ? `, ${execFileSync(helm, ['version', '--short'], { encoding: 'utf8' }).trim()}` : '';
  fs.writeFileSync(path.join(out, 'RECORDED_WITH'), `kubectl kustomize (${version})${helmVersion}\n`);
}
wrapper?.dispose();
