/**
 * What a GitOps object would deploy, rendered from the local checkout: Argo CD `Application`s
 * and Flux `Kustomization`s, read from YAML (one per document), each built with the options
 * its controller would use.
 *
 * Argo CD (`argoproj.io/*` `Application`): every source with a `path` (`spec.source` or
 * `spec.sources[]`) is built from `<repoRoot>/<path>` (`repoURL` and `targetRevision` are
 * ignored: the checkout is what you have) with `spec.source.kustomize` as overrides, and the
 * default load restrictions, or the flags of Argo CD's `kustomize.buildOptions` setting
 * ({@link RenderOptions.argoKustomizeBuildOptions}: `--enable-helm` inflates `helmCharts`, with
 * the source's `kustomize.kubeVersion`/`apiVersions` as `--helm-kube-version`/`--helm-api-versions`
 * as Argo CD passes them). A source that is a Helm chart directory (`spec.source.helm`, or a
 * `Chart.yaml` and no kustomization) is rendered as Argo CD's `helm template` call renders it:
 * release name `helm.releaseName` (else the Application's name), the destination namespace,
 * `valueFiles` (relative to the chart), `values`/`valuesObject`, `parameters` (`--set`,
 * `--set-string`), `--include-crds` unless `skipCrds`, `skipTests`, through the injected Helm
 * renderer (`buildOptions.helmRenderer`). `spec.destination.namespace` is not a kustomize namespace: as Argo
 * CD documents it ("the namespace will only be set for namespace-scoped resources that have not
 * set a value for .metadata.namespace"), it fills `metadata.namespace` of namespaced resources
 * that have none, after the build (object references are not rewritten).
 *
 * Flux (`kustomize.toolkit.fluxcd.io/*` `Kustomization`): `spec.path` relative to the repo
 * root (`sourceRef` is ignored); `targetNamespace`, `namePrefix`, `nameSuffix`, `images`
 * (each replaces the entry of its name), `patches` and `components` are applied to the
 * kustomization as Flux's generator does; load restrictions are off (as in Flux); a directory
 * without a kustomization gets one listing its YAML files (Flux's generated kustomization);
 * `postBuild.substitute` runs after the build. Values Flux reads from the cluster
 * (`postBuild.substituteFrom`) can be supplied with the `substitute` option.
 *
 * @see argoproj/argo-cd util/kustomize/kustomize.go; fluxcd/pkg kustomize/kustomize_generator.go
 */
import { KustomizeError, isKustomizeError, type KustomizeWarning } from '../core/errors.js';
import { isObject, type Json, type JsonObject } from '../core/json.js';
import { build } from '../build.js';
import type { FileSystem } from '../fs/filesystem.js';
import { basename, dirname, normalize, relative, resolve } from '../fs/path.js';
import { KUSTOMIZATION_FILE_NAMES } from '../load/kustomization.js';
import type { BuildOptions } from '../options.js';
import { isClusterScopedKind } from '../resource/cluster-scoped.js';
import { parseGroupVersion } from '../resource/resid.js';
import { emitStream } from '../yaml/emit.js';
import { parseResourceDocuments } from '../yaml/parse.js';
import { resourcesFromText } from '../resource/factory.js';
import type { ImageOverride, KustomizeOverrides } from './overrides.js';
import type { PatchArg } from '../edit/commands.js';
import type { BuildInputs } from '../fs/inputs.js';
import { fluxGitRepository, fluxRefRevision, type FluxGitRepository, type PickedSource, type RepoRevisions, type RevisionTree } from './sources.js';
import { expandApplicationSet } from './appset.js';

export interface RenderOptions {
  /** Directory that `spec.source.path` / `spec.path` are relative to. */
  repoRoot: string;
  /** Base build options (e.g. `loadRestrictions` to mirror Argo CD's `kustomize.buildOptions`). */
  buildOptions?: BuildOptions;
  /**
   * Values for Flux post-build substitution that Flux would read from ConfigMaps/Secrets
   * (`substituteFrom`); `spec.postBuild.substitute` takes precedence over them.
   */
  substitute?: Record<string, string>;
  /** Strict substitution (Flux's StrictPostBuildSubstitutions feature gate). */
  substituteStrict?: boolean;
  /** Apply Argo CD's destination namespace to namespaced resources without one. Default true. */
  destinationNamespace?: boolean;
  /** File name used in messages. */
  file?: string;
  /**
   * Read each source at its revision (Argo CD `targetRevision`, Flux GitRepository `ref`) from
   * this repository; sources of other repositories are skipped (reported in
   * {@link RenderedObject.skipped}). Without it, every source is read from `fs` at `repoRoot`.
   */
  repo?: RepoRevisions;
  /** Flux GitRepository objects known besides those in the text (Kustomizations' `sourceRef`). */
  gitRepositories?: FluxGitRepository[];
  /**
   * Also render the Applications, ApplicationSets and Flux Kustomizations that a rendered object
   * deploys (app-of-apps), depth-first after it, each once (cycle-safe), at most this deep
   * (true: 10). Default false.
   */
  follow?: boolean | number;
  /**
   * Argo CD's `kustomize.buildOptions` setting (argocd-cm), e.g. `--enable-helm
   * --load-restrictor LoadRestrictionsNone`: kustomize flags for every Application's
   * kustomization builds (`--enable-helm`, `--helm-command`, `--helm-kube-version`,
   * `--helm-api-versions`, `--load-restrictor`, `--reorder`, `--enable-managedby-label`).
   */
  argoKustomizeBuildOptions?: string;
  /**
   * The destination cluster's version, which Argo CD hands to helm (`--kube-version`, or
   * kustomize's `--helm-kube-version`) unless the source sets `kubeVersion`. Default: none
   * (helm's own default).
   */
  kubeVersion?: string;
  /** The destination cluster's API versions (helm's `--api-versions`), unless the source sets `apiVersions`. */
  apiVersions?: string[];
}

/** Where one source of a rendered object was read from. */
export interface RenderedSource {
  /** Directory built, relative to the repo root. */
  path: string;
  /** The revision as the object names it ('' when read from the checkout). */
  revision: string;
  /** The tree it was read from (undefined without {@link RenderOptions.repo}). */
  tree?: RevisionTree;
  /** Build options used (overrides, post-build, restrictions): the same options at the same inputs give the same build. */
  options: BuildOptions;
  /** What the build read. */
  inputs: BuildInputs;
}

/** One rendered GitOps object. */
export interface RenderedObject {
  kind: 'Application' | 'Kustomization';
  apiVersion: string;
  name: string;
  namespace: string;
  /** Directories built, relative to the repo root. */
  paths: string[];
  /** Each built source: where it was read from, with what, and what the build read. */
  sources: RenderedSource[];
  /** Why the object (or some of its sources) was not rendered: a source in another repository. */
  skipped?: string[];
  /** Depth at which it was found by following (0: named in the text). */
  depth: number;
  /** The object itself (for ApplicationSets: each generated Application is an object). */
  object: JsonObject;
  resources: JsonObject[];
  /** The object's resources as a YAML stream. */
  yaml: string;
  warnings: KustomizeWarning[];
}

export interface RenderResult {
  objects: RenderedObject[];
  /** Every object's output, in order, each preceded by a `# Source:` comment and separated by `---`. */
  yaml: string;
  /** Documents that are neither an Argo CD Application nor a Flux Kustomization. */
  skipped: { index: number; kind: string; name: string }[];
  warnings: KustomizeWarning[];
}

/** Renders every Argo CD Application and Flux Kustomization in `text`. Throws KustomizeError. */
export function renderGitOps(fs: FileSystem, text: string, opts: RenderOptions): RenderResult {
  const file = opts.file ?? 'gitops.yaml';
  const docs = parseResourceDocuments(text, file)
    .map((d) => d.value)
    .filter(isObject);
  const objects: RenderedObject[] = [];
  const skipped: RenderResult['skipped'] = [];
  const warnings: KustomizeWarning[] = [];
  const gitRepos = [...(opts.gitRepositories ?? [])];
  for (const o of docs) if (gitopsKind(o) === 'GitRepository') gitRepos.push(fluxGitRepository(o)!);
  const maxDepth = opts.follow === true ? 10 : typeof opts.follow === 'number' ? opts.follow : 0;
  const seen = new Set<string>();
  const visit = (o: JsonObject, index: number, depth: number): void => {
    const kind = gitopsKind(o);
    const md = isObject(o['metadata']) ? o['metadata'] : {};
    const name = str(md['name']);
    const key = `${kind}/${str(md['namespace'])}/${name}`;
    if (kind === 'GitRepository') return;
    if (!kind) {
      if (depth === 0) {
        skipped.push({ index, kind: str(o['kind']), name });
        warnings.push({ message: `skipping ${str(o['kind']) || 'document'} ${name} (not an Argo CD Application or Flux Kustomization)`, file });
      }
      return;
    }
    if (seen.has(key)) {
      if (depth > 0) warnings.push({ message: `${kind} ${name} is deployed more than once (app-of-apps cycle?); rendered once`, file });
      return;
    }
    seen.add(key);
    if (kind === 'ApplicationSet') {
      const apps = withObjectContext(o, file, () => expandApplicationSet(o, { fs, repoRoot: opts.repoRoot, repo: opts.repo }));
      for (const a of apps) visit(a, index, depth);
      return;
    }
    const r = withObjectContext(o, file, () => renderOne(fs, o, kind, opts, gitRepos));
    r.depth = depth;
    objects.push(r);
    if (depth < maxDepth) {
      for (const child of r.resources) if (gitopsKind(child) === 'GitRepository') gitRepos.push(fluxGitRepository(child)!);
      for (const child of r.resources) visit(child, index, depth + 1);
    }
  };
  docs.forEach((o, i) => visit(o, i, 0));
  const parts = objects.map((r) => {
    const at = r.sources.map((x) => (x.revision ? `${x.path} @ ${x.revision}` : x.path));
    const where = r.paths.length ? ` (path: ${at.join(', ')})` : '';
    const skip = r.skipped?.length ? ` (skipped: ${r.skipped.join('; ')})` : '';
    return `# Source: ${r.kind} ${r.namespace ? r.namespace + '/' : ''}${r.name}${where}${skip}\n${r.yaml}`;
  });
  for (const r of objects) warnings.push(...r.warnings);
  return { objects, yaml: parts.join('---\n'), skipped, warnings };
}

/** 'Application', 'ApplicationSet', 'Kustomization' (Flux), 'GitRepository' (Flux), or ''. */
export function gitopsKind(o: JsonObject): 'Application' | 'ApplicationSet' | 'Kustomization' | 'GitRepository' | '' {
  const kind = str(o['kind']);
  const { group } = parseGroupVersion(str(o['apiVersion']));
  if (group === 'argoproj.io' && (kind === 'Application' || kind === 'ApplicationSet')) return kind;
  if (group === 'kustomize.toolkit.fluxcd.io' && kind === 'Kustomization') return kind;
  if (group === 'source.toolkit.fluxcd.io' && kind === 'GitRepository') return kind;
  return '';
}

function withObjectContext<T>(o: JsonObject, file: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isKustomizeError(e)) {
      const md = isObject(o['metadata']) ? o['metadata'] : {};
      e.message = `${str(o['kind'])} ${md['namespace'] ? `${str(md['namespace'])}/` : ''}${str(md['name'])}: ${e.message}`;
      if (!e.file) e.file = file;
    }
    throw e;
  }
}

/** Renders one Application or Flux Kustomization (see {@link renderGitOps}). */
export function renderOne(
  fs: FileSystem,
  o: JsonObject,
  kind: 'Application' | 'Kustomization',
  opts: RenderOptions,
  gitRepos: FluxGitRepository[] = opts.gitRepositories ?? [],
): RenderedObject {
  return kind === 'Application' ? renderArgo(fs, o, opts) : renderFlux(fs, o, opts, gitRepos);
}

/** Where a source is read from: the checkout, or (with a repository) its revision. */
function pick(fs: FileSystem, opts: RenderOptions, repoURL: string, revision: string): PickedSource {
  if (!opts.repo) return { tree: { fs, id: 'checkout', label: '' }, revision: '' };
  if (repoURL && !opts.repo.isThisRepo(repoURL)) return { skip: `source ${repoURL} is another repository` };
  const rev = revision || 'HEAD';
  return { tree: opts.repo.open(rev), revision: rev };
}

function rootOf(opts: RenderOptions): string {
  return normalize(opts.repo ? opts.repo.root : opts.repoRoot);
}

function str(v: Json | undefined): string {
  return typeof v === 'string' ? v : '';
}

function invalid(message: string, field: (string | number)[]): KustomizeError {
  return new KustomizeError('INVALID_GITOPS_OBJECT', message, { field });
}

// --- Argo CD ----------------------------------------------------------------------------------

function renderArgo(fs: FileSystem, app: JsonObject, opts: RenderOptions): RenderedObject {
  const md = isObject(app['metadata']) ? app['metadata'] : {};
  const spec = isObject(app['spec']) ? app['spec'] : null;
  if (!spec) throw invalid('spec is missing', ['spec']);
  const sources: { src: JsonObject; field: (string | number)[] }[] = [];
  if (Array.isArray(spec['sources']) && spec['sources'].length) {
    spec['sources'].forEach((s, i) => {
      if (isObject(s)) sources.push({ src: s, field: ['spec', 'sources', i] });
    });
  } else if (isObject(spec['source'])) sources.push({ src: spec['source'], field: ['spec', 'source'] });
  else throw invalid('spec.source is missing', ['spec', 'source']);

  const warnings: KustomizeWarning[] = [];
  const resources: JsonObject[] = [];
  const paths: string[] = [];
  const built: RenderedSource[] = [];
  const skipped: string[] = [];
  const root = rootOf(opts);
  const destNs = isObject(spec['destination']) ? str(spec['destination']['namespace']) : '';
  const argoFlags = parseArgoBuildOptions(opts.argoKustomizeBuildOptions ?? '');
  for (const { src, field } of sources) {
    if (src['chart'] !== undefined) {
      throw invalid('Helm chart sources from a chart repository are not supported (kustomize-ts renders the checkout)', [...field, 'chart']);
    }
    if (src['path'] === undefined) {
      if (src['ref'] !== undefined) continue; // a values-only source of a multi-source app
      throw invalid('source has no path', [...field, 'path']);
    }
    if (isObject(src['plugin'])) throw invalid('config management plugins are not supported', [...field, 'plugin']);
    const picked = pick(fs, opts, str(src['repoURL']), str(src['targetRevision']));
    if ('skip' in picked) {
      skipped.push(picked.skip);
      continue;
    }
    const tfs = picked.tree.fs;
    const rel = str(src['path']);
    const dir = resolve(root, rel);
    // Argo CD's source type: explicit (`helm:` or `kustomize:`), else discovered (a kustomization wins)
    const isHelm = isObject(src['helm']) || (!isObject(src['kustomize']) && !hasKustomization(tfs, dir) && tfs.exists(`${dir}/Chart.yaml`));
    if (isHelm) {
      const helm = isObject(src['helm']) ? src['helm'] : {};
      const r = renderArgoHelm(tfs, dir, helm, str(md['name']), destNs, opts, [...field, 'helm']);
      resources.push(...r);
      paths.push(relative(root, dir));
      continue;
    }
    if (!hasKustomization(tfs, dir)) {
      throw invalid(
        `no kustomization in '${rel}' (Argo CD would render it as a plain directory, which kustomize-ts does not)`,
        [...field, 'path'],
      );
    }
    const k = isObject(src['kustomize']) ? src['kustomize'] : {};
    const overrides = argoOverrides(k, [...field, 'kustomize']);
    const options: BuildOptions = { ...opts.buildOptions, ...argoFlags, overrides };
    if (argoFlags.enableHelm) {
      // Argo CD's parseKustomizeBuildOptions: the source's (else the cluster's) versions
      const kubeVersion = str(k['kubeVersion']) || opts.kubeVersion || '';
      const apiVersions = Array.isArray(k['apiVersions']) ? k['apiVersions'].map(String) : opts.apiVersions ?? [];
      if (kubeVersion) options.helmKubeVersion = kubeVersion;
      if (apiVersions.length) options.helmApiVersions = [...(argoFlags.helmApiVersions ?? []), ...apiVersions];
    }
    const r = build(tfs, dir, options);
    warnings.push(...r.warnings);
    resources.push(...r.resources);
    paths.push(relative(root, dir));
    built.push({ path: relative(root, dir), revision: picked.revision, tree: opts.repo ? picked.tree : undefined, options, inputs: r.inputs });
  }
  if (destNs && opts.destinationNamespace !== false) {
    for (const r of resources) setDefaultNamespace(r, destNs);
  }
  return {
    kind: 'Application',
    apiVersion: str(app['apiVersion']),
    name: str(md['name']),
    namespace: str(md['namespace']),
    paths,
    sources: built,
    ...(skipped.length ? { skipped } : {}),
    depth: 0,
    object: app,
    resources,
    yaml: emitStream(resources),
    warnings,
  };
}

/**
 * Argo CD's `kustomize.buildOptions`: the kustomize flags it appends to `kustomize build`
 * (strings.Fields), as build options.
 */
export function parseArgoBuildOptions(text: string): BuildOptions {
  const args = text.split(/[\t\n\v\f\r ]+/).filter(Boolean);
  const o: BuildOptions = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw invalid(`kustomize.buildOptions: flag needs an argument: ${name}`, []);
      return v;
    };
    const bool = (): boolean => (a.startsWith('--') && eq > 0 ? /^(1|t|T|true|TRUE|True)$/.test(a.slice(eq + 1)) : true);
    switch (name) {
      case '--enable-helm':
        o.enableHelm = bool();
        break;
      case '--helm-command':
        o.helmCommand = value();
        break;
      case '--helm-kube-version':
        o.helmKubeVersion = value();
        break;
      case '--helm-api-versions':
        o.helmApiVersions = [...(o.helmApiVersions ?? []), value()];
        break;
      case '--helm-debug':
        o.helmDebug = bool();
        break;
      case '--load-restrictor': {
        const v = value();
        if (v !== 'LoadRestrictionsNone' && v !== 'LoadRestrictionsRootOnly') {
          throw invalid(`kustomize.buildOptions: illegal flag value --load-restrictor ${v}`, []);
        }
        o.loadRestrictions = v === 'LoadRestrictionsNone' ? 'none' : 'rootOnly';
        break;
      }
      case '--reorder': {
        const v = value();
        if (v !== 'legacy' && v !== 'none') throw invalid(`kustomize.buildOptions: illegal flag value --reorder ${v}`, []);
        o.reorder = v;
        break;
      }
      case '--enable-managedby-label':
        o.enableManagedByLabel = bool();
        break;
      case '--enable-alpha-plugins':
      case '--enable-exec':
        throw invalid(`kustomize.buildOptions: ${name} is not supported (kustomize-ts runs no plugins)`, []);
      default:
        throw invalid(`kustomize.buildOptions: unknown flag ${a}`, []);
    }
  }
  return o;
}

/**
 * A Helm chart directory as Argo CD's repo server renders it (util/helm/cmd.go template):
 * `helm template <path> --name-template <release> --namespace <destination> [--kube-version]
 * [--set|--set-string ...] [--values <valueFiles>...] [--values <values/valuesObject>]
 * [--api-versions ...] [--include-crds] [--skip-tests]`, through the injected renderer.
 */
function renderArgoHelm(
  fs: FileSystem,
  dir: string,
  helm: JsonObject,
  appName: string,
  namespace: string,
  opts: RenderOptions,
  field: (string | number)[],
): JsonObject[] {
  const renderer = opts.buildOptions?.helmRenderer;
  if (!renderer) {
    throw new KustomizeError('HELM_FAILED', 'a Helm source needs a Helm renderer (buildOptions.helmRenderer)', { field });
  }
  if (!fs.isDir(dir)) throw new KustomizeError('FILE_NOT_FOUND', `'${dir}' is not a directory`, { field: [...field.slice(0, -1), 'path'] });
  const valueFiles: { path: string; contents: string | Uint8Array }[] = [];
  const ignoreMissing = helm['ignoreMissingValueFiles'] === true;
  (Array.isArray(helm['valueFiles']) ? helm['valueFiles'] : []).forEach((v, i) => {
    const f = String(v);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(f) || f.startsWith('$')) {
      throw invalid(`value file '${f}': remote and multi-source ($ref) value files are not supported`, [...field, 'valueFiles', i]);
    }
    const p = resolve(dir, f);
    const c = fs.exists(p) && !fs.isDir(p) ? fs.readFile(p) : undefined;
    if (c === undefined) {
      if (ignoreMissing) return;
      throw new KustomizeError('FILE_NOT_FOUND', `value file '${f}' does not exist`, { field: [...field, 'valueFiles', i] });
    }
    valueFiles.push({ path: p, contents: c });
  });
  // ApplicationSourceHelm.ValuesYAML: valuesObject wins over values
  if (isObject(helm['valuesObject'])) valueFiles.push({ path: `${dir}/.argocd-values.yaml`, contents: emitStream([helm['valuesObject']]) });
  else if (typeof helm['values'] === 'string' && helm['values'] !== '') {
    valueFiles.push({ path: `${dir}/.argocd-values.yaml`, contents: helm['values'] });
  }
  const set = (Array.isArray(helm['parameters']) ? helm['parameters'] : []).flatMap((p) =>
    isObject(p) && typeof p['name'] === 'string'
      ? [{ name: p['name'], value: cleanSetParameters(p['value'] === undefined || p['value'] === null ? '' : String(p['value'])), forceString: p['forceString'] === true }]
      : [],
  );
  const [first, ...rest] = valueFiles;
  const req = {
    command: opts.buildOptions?.helmCommand ?? 'helm',
    chart: { name: basename(dir), version: '', repo: '' },
    chartDir: dir,
    chartHome: dirname(dir),
    fs,
    releaseName: str(helm['releaseName']) || appName,
    namespace,
    nameTemplate: '',
    values: first ? first.contents : null,
    additionalValuesFiles: rest,
    set,
    apiVersions: Array.isArray(helm['apiVersions']) ? helm['apiVersions'].map(String) : opts.apiVersions ?? [],
    kubeVersion: str(helm['kubeVersion']) || opts.kubeVersion || '',
    includeCRDs: helm['skipCrds'] !== true,
    skipTests: helm['skipTests'] === true,
    skipHooks: false,
    debug: false,
    configHome: '',
  };
  let out: string;
  try {
    out = renderer.template(req);
  } catch (e) {
    if (isKustomizeError(e)) throw e;
    throw new KustomizeError('HELM_FAILED', e instanceof Error ? e.message : String(e), { field, cause: e });
  }
  return resourcesFromText(out, `${dir} (helm template)`).map((r) => r.obj);
}

/** Argo CD's cleanSetParameters: commas escaped unless the value is a `{...}` list. */
function cleanSetParameters(v: string): string {
  if (v.startsWith('{') && v.endsWith('}')) return v;
  let out = '';
  for (let i = 0; i < v.length; i++) out += v[i] === ',' && (i === 0 || v[i - 1] !== '\\') ? '\\,' : v[i];
  return out;
}

/** Argo CD's `spec.source.kustomize` → overrides (fields Argo CD ignores for builds are skipped). */
export function argoOverrides(k: JsonObject, field: (string | number)[] = []): KustomizeOverrides {
  const o: KustomizeOverrides = {};
  if (str(k['namePrefix'])) o.namePrefix = str(k['namePrefix']);
  if (str(k['nameSuffix'])) o.nameSuffix = str(k['nameSuffix']);
  if (str(k['namespace'])) o.namespace = str(k['namespace']);
  if (Array.isArray(k['images'])) {
    o.images = k['images'].map((i, n) => {
      if (typeof i !== 'string') throw invalid('images must be strings like name=newName:tag', [...field, 'images', n]);
      return i;
    });
  }
  if (Array.isArray(k['replicas'])) {
    o.replicas = k['replicas'].map((r, n) => {
      if (!isObject(r) || typeof r['name'] !== 'string' || (typeof r['count'] !== 'number' && typeof r['count'] !== 'string')) {
        throw invalid('replicas entries need a name and a count', [...field, 'replicas', n]);
      }
      return { name: r['name'], count: r['count'] };
    });
  }
  if (isObject(k['commonLabels'])) o.commonLabels = stringMap(k['commonLabels']);
  if (isObject(k['commonAnnotations'])) o.commonAnnotations = stringMap(k['commonAnnotations']);
  if (k['forceCommonLabels'] === true) o.forceCommonLabels = true;
  if (k['forceCommonAnnotations'] === true) o.forceCommonAnnotations = true;
  if (k['labelWithoutSelector'] === true) o.labelWithoutSelector = true;
  if (k['labelIncludeTemplates'] === true) o.labelIncludeTemplates = true;
  if (Array.isArray(k['patches'])) o.patches = k['patches'].map((p, n) => patchOf(p, [...field, 'patches', n]));
  if (Array.isArray(k['components'])) o.components = k['components'].map(String);
  if (k['ignoreMissingComponents'] === true) o.ignoreMissingComponents = true;
  return o;
}

function stringMap(m: JsonObject): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const key of Object.keys(m)) out[key] = m[key] === null ? '' : String(m[key]);
  return out;
}

function patchOf(p: Json, field: (string | number)[]): PatchArg {
  if (!isObject(p)) throw invalid('a patch must be a mapping', field);
  const out: PatchArg = {};
  if (typeof p['path'] === 'string') out.path = p['path'];
  if (typeof p['patch'] === 'string') out.patch = p['patch'];
  if (isObject(p['target'])) {
    const t = p['target'];
    out.target = {};
    for (const f of ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector'] as const) {
      if (typeof t[f] === 'string') out.target[f] = t[f] as string;
    }
  }
  if (isObject(p['options'])) {
    out.options = {};
    for (const key of Object.keys(p['options'])) out.options[key] = p['options'][key] === true;
  }
  return out;
}

/** Argo CD's destination namespace: only namespaced resources without a namespace get it. */
function setDefaultNamespace(r: JsonObject, ns: string): void {
  const { group, version } = parseGroupVersion(str(r['apiVersion']));
  if (isClusterScopedKind(group, version, str(r['kind']))) return;
  if (!isObject(r['metadata'])) r['metadata'] = {};
  const md = r['metadata'] as JsonObject;
  if (!str(md['namespace'])) md['namespace'] = ns;
}

// --- Flux -------------------------------------------------------------------------------------

function renderFlux(fsIn: FileSystem, ks: JsonObject, opts: RenderOptions, gitRepos: FluxGitRepository[]): RenderedObject {
  const md = isObject(ks['metadata']) ? ks['metadata'] : {};
  const spec = isObject(ks['spec']) ? ks['spec'] : null;
  if (!spec) throw invalid('spec is missing', ['spec']);
  const rel = str(spec['path']);
  const root = rootOf(opts);
  const dir = resolve(root, rel);
  const base = {
    kind: 'Kustomization' as const,
    apiVersion: str(ks['apiVersion']),
    name: str(md['name']),
    namespace: str(md['namespace']),
    depth: 0,
    object: ks,
  };
  // The source: the GitRepository of sourceRef (same namespace unless it says otherwise).
  let url = '';
  let revision = '';
  const warnings: KustomizeWarning[] = [];
  if (opts.repo) {
    const ref = isObject(spec['sourceRef']) ? spec['sourceRef'] : {};
    const refKind = str(ref['kind']) || 'GitRepository';
    const ns = str(ref['namespace']) || str(md['namespace']);
    if (refKind !== 'GitRepository') {
      return { ...base, paths: [], sources: [], skipped: [`source is a ${refKind}, not a GitRepository`], resources: [], yaml: '', warnings };
    }
    const gr = gitRepos.find((g) => g.name === str(ref['name']) && (g.namespace || ns) === ns);
    if (gr) {
      url = gr.url;
      revision = fluxRefRevision(gr.ref, () => opts.repo!.tags());
    } else {
      warnings.push({ message: `GitRepository ${ns ? ns + '/' : ''}${str(ref['name'])} not found; reading HEAD of this repository` });
    }
  }
  const picked = pick(fsIn, opts, url, revision);
  if ('skip' in picked) return { ...base, paths: [], sources: [], skipped: [picked.skip], resources: [], yaml: '', warnings };
  const fs = picked.tree.fs;
  if (!fs.isDir(dir)) throw new KustomizeError('FILE_NOT_FOUND', `spec.path '${rel}' is not a directory`, { field: ['spec', 'path'] });

  const o: KustomizeOverrides = {};
  if (str(spec['targetNamespace'])) o.namespace = str(spec['targetNamespace']);
  if (str(spec['namePrefix'])) o.namePrefix = str(spec['namePrefix']);
  if (str(spec['nameSuffix'])) o.nameSuffix = str(spec['nameSuffix']);
  if (Array.isArray(spec['images'])) {
    o.images = spec['images'].map((i, n): ImageOverride => {
      if (!isObject(i) || typeof i['name'] !== 'string') throw invalid('images entries need a name', ['spec', 'images', n]);
      return { name: i['name'], newName: str(i['newName']), newTag: str(i['newTag']), digest: str(i['digest']) };
    });
  }
  if (Array.isArray(spec['patches'])) {
    o.patches = spec['patches'].map((p, n) => {
      const out = patchOf(p, ['spec', 'patches', n]);
      delete out.path; // Flux patches are inline
      return out;
    });
  }
  if (Array.isArray(spec['components'])) o.components = spec['components'].map(String);
  if (spec['ignoreMissingComponents'] === true) o.ignoreMissingComponents = true;

  let postBuild: BuildOptions['postBuild'] = null;
  if (isObject(spec['postBuild'])) {
    const pb = spec['postBuild'];
    const substitute: Record<string, string> = { ...(opts.substitute ?? {}) };
    if (isObject(pb['substitute'])) Object.assign(substitute, stringMap(pb['substitute']));
    if (Array.isArray(pb['substituteFrom']) && pb['substituteFrom'].length) {
      const refs = pb['substituteFrom'].map((r) => (isObject(r) ? `${str(r['kind'])}/${str(r['name'])}` : '?')).join(', ');
      warnings.push({
        message: `postBuild.substituteFrom (${refs}) is read from the cluster by Flux; supply those values with --substitute`,
      });
    }
    postBuild = { substitute, strict: opts.substituteStrict ?? false };
  }
  if (isObject(spec['commonMetadata'])) {
    warnings.push({ message: 'spec.commonMetadata is applied by Flux at apply time and is not rendered' });
  }

  const buildFs = hasKustomization(fs, dir) ? fs : withGeneratedKustomization(fs, dir);
  const options: BuildOptions = { loadRestrictions: 'none', ...opts.buildOptions, overrides: o, postBuild };
  const r = build(buildFs, dir, options);
  warnings.push(...r.warnings);
  return {
    ...base,
    paths: [relative(root, dir)],
    sources: [{ path: relative(root, dir), revision: picked.revision, tree: opts.repo ? picked.tree : undefined, options, inputs: r.inputs }],
    resources: r.resources,
    yaml: r.yaml,
    warnings,
  };
}

function hasKustomization(fs: FileSystem, dir: string): boolean {
  return KUSTOMIZATION_FILE_NAMES.some((n) => {
    const p = resolve(dir, n);
    return fs.exists(p) && !fs.isDir(p);
  });
}

/**
 * Flux's generated kustomization for a directory without one: every `.yaml`/`.yml` file below
 * it, and every subdirectory that holds a kustomization (not descended into), in walk order.
 */
export function generatedKustomization(fs: FileSystem, dir: string): string {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of [...fs.readDir(d)].sort()) {
      const p = resolve(d, name);
      if (fs.isDir(p)) {
        if (hasKustomization(fs, p)) found.push(p);
        else walk(p);
        continue;
      }
      if (/\.ya?ml$/.test(name)) found.push(p);
    }
  };
  walk(dir);
  const lines = ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization'];
  if (found.length) {
    lines.push('resources:');
    for (const p of found) lines.push(`- ${JSON.stringify('./' + relative(dir, p))}`);
  }
  return lines.join('\n') + '\n';
}

function withGeneratedKustomization(base: FileSystem, dir: string): FileSystem {
  const file = resolve(dir, 'kustomization.yaml');
  const text = generatedKustomization(base, dir);
  return {
    readFile: (p) => (normalize(p) === file ? text : base.readFile(p)),
    exists: (p) => normalize(p) === file || base.exists(p),
    isDir: (p) => normalize(p) !== file && base.isDir(p),
    readDir: (p) => {
      const names = base.readDir(p);
      return normalize(p) === dir && !names.includes(basename(file)) ? [...names, basename(file)] : names;
    },
    ...(base.resolveRemote ? { resolveRemote: (u: string) => base.resolveRemote!(u) } : {}),
    ...(base.realPath ? { realPath: (p: string) => (normalize(p) === file ? resolve(base.realPath!(dirname(file)), basename(file)) : base.realPath!(p)) } : {}),
  };
}
