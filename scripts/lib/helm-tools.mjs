// Shared by the fixture recorder, the Helm tests and the benchmark: where helm v3 is, and a
// logging wrapper around it that records every call kustomize (or kustomize-ts) makes: the
// arguments, kustomize's HELM_* variables and the values files passed with -f.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The helm v3 binary: .tools/helm/helm (scripts/get-helm.mjs), else `helm` on PATH if it is v3; undefined when none. */
export function findHelm() {
  for (const bin of [path.join(root, '.tools', 'helm', 'helm'), 'helm']) {
    try {
      const v = execFileSync(bin, ['version', '--short'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      if (/^v3\./.test(v.trim())) return bin === 'helm' ? execFileSync('sh', ['-c', 'command -v helm'], { encoding: 'utf8' }).trim() : bin;
    } catch {
      /* not there */
    }
  }
  return undefined;
}

/**
 * A bash script that logs each call to `logFile` and then runs `realHelm`. Returns its path and
 * the log file; `read()` returns the log so far and empties it.
 */
export function makeHelmWrapper(realHelm) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helm-wrapper-'));
  const command = path.join(dir, 'helm');
  const logFile = path.join(dir, 'calls.log');
  fs.writeFileSync(
    command,
    `#!/usr/bin/env bash
{
  printf 'helm'; printf ' %s' "$@"; printf '\\n'
  printf '  HELM_CONFIG_HOME=%s\\n  HELM_CACHE_HOME=%s\\n  HELM_DATA_HOME=%s\\n' "$HELM_CONFIG_HOME" "$HELM_CACHE_HOME" "$HELM_DATA_HOME"
  prev=
  for a in "$@"; do
    if [ "$prev" = -f ]; then
      printf '  values %s:\\n' "$a"
      sed 's/^/    | /' "$a"
      printf '  (end of %s)\\n' "$a"
    fi
    prev=$a
  done
} >> ${JSON.stringify(logFile)}
exec ${JSON.stringify(realHelm)} "$@"
`,
    { mode: 0o755 },
  );
  fs.writeFileSync(logFile, '');
  return {
    command,
    logFile,
    read() {
      const s = fs.readFileSync(logFile, 'utf8');
      fs.writeFileSync(logFile, '');
      return s;
    },
    dispose() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Makes a log (or an error message) independent of the machine: paths become placeholders. */
export function normalizeHelmText(text, { fixtureDir, helm }) {
  let s = text;
  if (helm) s = s.split(helm).join('{HELM}');
  if (fixtureDir) s = s.split(fixtureDir).join('{FIXTURE}');
  return s.replace(/\/[^\s'"`]*?\/kustomize-helm-[A-Za-z0-9]+/g, '{TMP}');
}
