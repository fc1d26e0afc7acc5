/**
 * The Node Helm renderer: runs the helm binary exactly as kustomize v5.5.0's
 * HelmChartInflationGenerator does: a `kustomize-helm-*` temporary directory holding the values
 * file (`{name}-kustomize-values.yaml`) and, unless `helmGlobals.configHome` is set, helm's
 * config home (`{tmp}/helm`); HELM_CONFIG_HOME, HELM_CACHE_HOME (`{configHome}/.cache`) and
 * HELM_DATA_HOME (`{configHome}/.data`) added to the environment; `helm version -c --short`
 * (helm v3 required), then `helm template` with kustomize's arguments; kustomize's error text
 * when helm fails.
 *
 * A chart the build reads from the disk is passed to helm where it is; a chart that exists only
 * in the build's filesystem (a MemoryFs, a chart fetched by `load`) is copied into the temporary
 * directory first, and so are additional values files.
 * @see kustomize plugin/builtin/helmchartinflationgenerator/HelmChartInflationGenerator.go
 */
import { spawn, spawnSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { KustomizeError } from '../core/errors.js';
import type { FileSystem } from '../fs/filesystem.js';
import { helmPullArgs, helmTemplateArgs } from '../helm/chart.js';
import type { HelmRenderer, HelmTemplateRequest } from '../helm/types.js';

export interface HelmRendererOptions {
  /** Environment helm runs with, before kustomize's HELM_* variables (default: process.env). */
  env?: Record<string, string | undefined>;
  /** Parent of the temporary directories (default: the OS temporary directory). */
  tmpDir?: string;
  /** Time allowed for one helm command (default 120 s). */
  timeoutMs?: number;
}

/** The result of one helm command. */
interface HelmRun {
  status: number | null;
  stdout: Buffer;
  stderr: Buffer;
  error?: Error;
  signal?: NodeJS.Signals | null;
}

/**
 * A {@link HelmRenderer} that runs the helm binary (`request.command`, kustomize's
 * `--helm-command`) as kustomize v5.5.0 does.
 *
 * @example
 * const { yaml } = buildDir('deploy/app', { enableHelm: true, helmRenderer: createHelmRenderer() });
 */
export function createHelmRenderer(options: HelmRendererOptions = {}): HelmRenderer {
  const tmpDir = (): string => nodeFs.mkdtempSync(nodePath.join(options.tmpDir ?? os.tmpdir(), 'kustomize-helm-'));
  return {
    checkVersion(req: { command: string; configHome: string }): void {
      const tmp = tmpDir();
      try {
        const env = helmEnv(req.configHome !== '' ? req.configHome : nodePath.join(tmp, 'helm'));
        checkHelmVersion(runHelm(req.command, ['version', '-c', '--short'], env, options).toString('utf8'));
      } finally {
        nodeFs.rmSync(tmp, { recursive: true, force: true });
      }
    },
    template(req: HelmTemplateRequest): string {
      const tmp = tmpDir();
      try {
        const configHome = req.configHome !== '' ? req.configHome : nodePath.join(tmp, 'helm');
        const env = helmEnv(configHome);
        const run = (args: string[]): Buffer => runHelm(req.command, args, env, options, req.debug);
        const chartHome = onDisk(req.fs, req.chartDir) ? req.chartHome : materializeChart(req, tmp);
        let valuesFile: string | null = null;
        if (req.values !== null) {
          valuesFile = nodePath.join(tmp, `${req.chart.name}-kustomize-values.yaml`);
          nodeFs.mkdirSync(nodePath.dirname(valuesFile), { recursive: true });
          nodeFs.writeFileSync(valuesFile, req.values, { mode: 0o644 });
        }
        const additionalValuesFiles = req.additionalValuesFiles.map((f, i) => {
          if (sameFileOnDisk(f.path, f.contents)) return f;
          const p = nodePath.join(tmp, 'additional-values', String(i), nodePath.basename(f.path));
          nodeFs.mkdirSync(nodePath.dirname(p), { recursive: true });
          nodeFs.writeFileSync(p, f.contents);
          return { path: p, contents: f.contents };
        });
        const args = helmTemplateArgs({ ...req, chartHome, additionalValuesFiles }, valuesFile);
        return run(args).toString('utf8');
      } finally {
        nodeFs.rmSync(tmp, { recursive: true, force: true });
      }
    },
  };
}

/** kustomize's additions to helm's environment. */
function helmEnv(configHome: string): string[] {
  return [`HELM_CONFIG_HOME=${configHome}`, `HELM_CACHE_HOME=${configHome}/.cache`, `HELM_DATA_HOME=${configHome}/.data`];
}

/** runHelmCommand: stdout, or kustomize's error (helm's stderr, then what was run). */
export function runHelm(
  command: string,
  args: string[],
  env: string[],
  options: HelmRendererOptions,
  debug = false,
): Buffer {
  const fullEnv = fullEnvOf(env, options);
  const r: HelmRun = spawnSync(command, args, {
    env: fullEnv,
    maxBuffer: 1 << 30,
    timeout: options.timeoutMs ?? 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return helmResult(command, args, env, r, debug);
}

function fullEnvOf(env: string[], options: HelmRendererOptions): Record<string, string> {
  const base = options.env ?? process.env;
  const fullEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined) fullEnv[k] = v;
  for (const kv of env) {
    const eq = kv.indexOf('=');
    fullEnv[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return fullEnv;
}

/** {@link runHelm} without blocking the event loop (for pulls, which may talk to this process). */
export function runHelmAsync(
  command: string,
  args: string[],
  env: string[],
  options: HelmRendererOptions,
  signal?: AbortSignal,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let error: Error | undefined;
    const child = spawn(command, args, { env: fullEnvOf(env, options), stdio: ['ignore', 'pipe', 'pipe'], signal });
    const timer = setTimeout(() => {
      error = Object.assign(new Error(`spawn ${command} ETIMEDOUT`), { code: 'ETIMEDOUT' });
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 120_000);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => (error ??= e));
    child.on('close', (status, sig) => {
      clearTimeout(timer);
      try {
        resolve(helmResult(command, args, env, { status, signal: sig, error, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }, false));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** stdout of a finished helm command, or kustomize's error for it. */
function helmResult(command: string, args: string[], env: string[], r: HelmRun, debug: boolean): Buffer {
  const stdout = r.stdout ?? Buffer.alloc(0);
  if (r.status === 0 && !r.error) return stdout;
  let errorOutput = (r.stderr ?? Buffer.alloc(0)).toString('utf8');
  if (debug) errorOutput = ' Helm stack trace:\n' + errorOutput + '\nHelm template:\n' + stdout.toString('utf8') + '\n';
  const why = r.error
    ? (r.error as NodeJS.ErrnoException).code === 'ENOENT'
      ? `exec: "${command}": executable file not found in $PATH`
      : r.error.message
    : r.signal
      ? `signal: ${r.signal}`
      : `exit status ${r.status}`;
  throw new KustomizeError(
    'HELM_FAILED',
    `${errorOutput}: unable to run: '${command} ${args.join(' ')}' with env=[${env.join(' ')}] (is '${command}' installed?): ${why}`,
  );
}

/** checkHelmVersion: helm v3 only. */
function checkHelmVersion(stdout: string): void {
  const m = /v?\d+(\.\d+)+/.exec(stdout);
  if (!m) throw new KustomizeError('HELM_FAILED', `cannot find version string in ${stdout}`);
  const v = m[0].startsWith('v') ? m[0].slice(1) : m[0];
  if (v.split('.')[0] !== '3') throw new KustomizeError('HELM_FAILED', `this plugin requires helm V3 but got v${v}`);
}

/** Whether the build reads `chartDir` from the disk at the same path (its Chart.yaml is the disk's). */
function onDisk(fs: FileSystem, chartDir: string): boolean {
  let c: string | Uint8Array | undefined;
  try {
    c = fs.readFile(`${chartDir}/Chart.yaml`);
  } catch {
    c = undefined;
  }
  if (c === undefined) return nodeFs.existsSync(chartDir) && nodeFs.statSync(chartDir).isDirectory();
  return sameFileOnDisk(`${chartDir}/Chart.yaml`, c);
}

function sameFileOnDisk(path: string, contents: string | Uint8Array): boolean {
  let disk: Buffer;
  try {
    disk = nodeFs.readFileSync(path);
  } catch {
    return false;
  }
  const want = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : Buffer.from(contents);
  return disk.equals(want);
}

/** Copies the chart directory out of the build's filesystem; returns the chart home to pass to helm. */
function materializeChart(req: HelmTemplateRequest, tmp: string): string {
  const home = nodePath.join(tmp, 'chart-home');
  copyTree(req.fs, req.chartDir, nodePath.join(home, req.chart.name), 0);
  return home;
}

function copyTree(fs: FileSystem, from: string, to: string, depth: number): void {
  if (depth > 64) throw new KustomizeError('LIMIT_EXCEEDED', `chart directory '${from}' nested too deeply`);
  nodeFs.mkdirSync(to, { recursive: true });
  for (const name of fs.readDir(from)) {
    const src = `${from}/${name}`;
    const dst = nodePath.join(to, name);
    if (fs.isDir(src)) copyTree(fs, src, dst, depth + 1);
    else {
      const c = fs.readFile(src);
      if (c !== undefined) nodeFs.writeFileSync(dst, c);
    }
  }
}

/**
 * `helm pull` as kustomize runs it (pullCommand), into `untarDir`, with kustomize's environment
 * for `configHome`. Used by the chart fetcher of {@link createGitResolver}.
 */
export async function helmPull(
  command: string,
  chart: { name: string; version: string; repo: string },
  untarDir: string,
  configHome: string,
  options: HelmRendererOptions = {},
  signal?: AbortSignal,
): Promise<void> {
  await runHelmAsync(command, helmPullArgs(chart, untarDir), helmEnv(configHome), options, signal);
}
