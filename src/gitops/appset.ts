/**
 * ApplicationSets → the Applications they generate, as Argo CD's ApplicationSet controller
 * does for the generators that read nothing but the repository:
 *
 * - `list`: `elements` (objects; each is one parameter set);
 * - `git` `directories`: every directory of the repository at `revision` matching a `path`
 *   glob (`*` within a segment, `**` across; `exclude: true` entries remove matches);
 *   parameters `path`, `path.basename`, `path.basenameNormalized`, `path[N]`
 *   (goTemplate: `.path.path`, `.path.basename`, `.path.basenameNormalized`, `.path.segments`);
 * - `git` `files`: every JSON/YAML file matching a glob, its content as parameters (an array
 *   gives one set per element; fasttemplate flattens nested keys with `.`), plus
 *   `path` (the file's directory), `path.basename`, `path.filename`, `path.basenameNormalized`,
 *   `path.filenameNormalized`, `path[N]`;
 * - `matrix` (two generators, every combination) and `merge` (by `mergeKeys`).
 *
 * Generators that ask a cluster or an API (clusters, pullRequest, scmProvider, clusterDecisionResource,
 * plugin) are refused with INVALID_GITOPS_OBJECT. `template` is rendered per parameter set with
 * fasttemplate or, with `goTemplate: true`, Go templates (src/gitops/template.ts); a generator's own
 * `template` is merged over the set's. `values` are added as `values.<key>`.
 */
import { KustomizeError } from '../core/errors.js';
import { isObject, type Json, type JsonObject } from '../core/json.js';
import type { FileSystem } from '../fs/filesystem.js';
import { normalize, resolve } from '../fs/path.js';
import { parseResourceDocuments } from '../yaml/parse.js';
import type { RepoRevisions } from './sources.js';
import { mapStrings, normalizeName, renderFastTemplate, renderGoTemplate, type Params } from './template.js';

export interface AppSetContext {
  /** The checkout (used when there is no repository). */
  fs: FileSystem;
  repoRoot: string;
  repo?: RepoRevisions;
}

function invalid(message: string, field: (string | number)[] = []): KustomizeError {
  return new KustomizeError('INVALID_GITOPS_OBJECT', message, { field });
}

const str = (v: Json | undefined): string => (typeof v === 'string' ? v : '');

/** The Applications an ApplicationSet generates, in generator order. */
export function expandApplicationSet(appset: JsonObject, ctx: AppSetContext): JsonObject[] {
  const spec = isObject(appset['spec']) ? appset['spec'] : null;
  if (!spec) throw invalid('spec is missing', ['spec']);
  const goTemplate = spec['goTemplate'] === true;
  const missingKeyError =
    Array.isArray(spec['goTemplateOptions']) && spec['goTemplateOptions'].some((x) => x === 'missingkey=error');
  const template = isObject(spec['template']) ? spec['template'] : null;
  if (!template) throw invalid('spec.template is missing', ['spec', 'template']);
  if (!Array.isArray(spec['generators'])) throw invalid('spec.generators is missing', ['spec', 'generators']);
  const out: JsonObject[] = [];
  spec['generators'].forEach((g, i) => {
    if (!isObject(g)) throw invalid('a generator must be a mapping', ['spec', 'generators', i]);
    for (const { params, template: own } of generate(g, ctx, goTemplate, ['spec', 'generators', i])) {
      const t = own ? mergeTemplate(template, own) : template;
      const rendered = mapStrings(t, (s) =>
        goTemplate ? renderGoTemplate(s, params, { missingKeyError }) : renderFastTemplate(s, flatParams(params)),
      ) as JsonObject;
      const md = isObject(rendered['metadata']) ? rendered['metadata'] : {};
      const appMd: JsonObject = { ...md };
      if (!appMd['namespace']) {
        const asMd = isObject(appset['metadata']) ? appset['metadata'] : {};
        if (asMd['namespace']) appMd['namespace'] = asMd['namespace'];
      }
      out.push({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: appMd,
        spec: isObject(rendered['spec']) ? rendered['spec'] : {},
      });
    }
  });
  return out;
}

interface Generated {
  params: Params;
  template?: JsonObject;
}

function generate(g: JsonObject, ctx: AppSetContext, goTemplate: boolean, field: (string | number)[]): Generated[] {
  const own = isObject(g[Object.keys(g)[0]!]) ? ((g[Object.keys(g)[0]!] as JsonObject)['template'] as JsonObject | undefined) : undefined;
  const withTemplate = (list: Params[], t: Json | undefined): Generated[] =>
    list.map((params) => (isObject(t) ? { params, template: t } : { params }));
  if (isObject(g['list'])) {
    const elements = g['list']['elements'];
    if (!Array.isArray(elements)) throw invalid('list.elements must be a list', [...field, 'list', 'elements']);
    return withTemplate(
      elements.map((e, i) => {
        if (!isObject(e)) throw invalid('list elements must be mappings', [...field, 'list', 'elements', i]);
        return addValues(e, g['list'] as JsonObject);
      }),
      own,
    );
  }
  if (isObject(g['git'])) return withTemplate(gitParams(g['git'], ctx, goTemplate, [...field, 'git']), own);
  if (isObject(g['matrix']) || isObject(g['merge'])) {
    const m = (g['matrix'] ?? g['merge']) as JsonObject;
    const kind = g['matrix'] ? 'matrix' : 'merge';
    const children = m['generators'];
    if (!Array.isArray(children) || children.length < 2) throw invalid(`${kind} needs at least two generators`, [...field, kind, 'generators']);
    const lists = children.map((c, i) => {
      if (!isObject(c)) throw invalid('a generator must be a mapping', [...field, kind, 'generators', i]);
      return generate(c, ctx, goTemplate, [...field, kind, 'generators', i]).map((x) => x.params);
    });
    if (kind === 'matrix') {
      if (lists.length !== 2) throw invalid('matrix takes exactly two generators', [...field, 'matrix', 'generators']);
      const out: Params[] = [];
      for (const a of lists[0]!) for (const b of lists[1]!) out.push({ ...a, ...b });
      return withTemplate(out, m['template']);
    }
    const keys = Array.isArray(m['mergeKeys']) ? m['mergeKeys'].map(String) : [];
    if (!keys.length) throw invalid('merge needs mergeKeys', [...field, 'merge', 'mergeKeys']);
    const keyOf = (p: Params) => JSON.stringify(keys.map((k) => flatParams(p)[k] ?? null));
    const base = lists[0]!.map((p) => ({ ...p }));
    for (const other of lists.slice(1)) {
      for (const p of other) {
        const hit = base.find((b) => keyOf(b) === keyOf(p));
        if (hit) Object.assign(hit, p);
      }
    }
    return withTemplate(base, m['template']);
  }
  const name = Object.keys(g)[0] ?? '';
  throw invalid(`the ${name} generator asks a cluster or an API; kustomize-ts renders list, git, matrix and merge generators`, [...field, name]);
}

function addValues(params: Params, gen: JsonObject): Params {
  if (!isObject(gen['values'])) return params;
  return { ...params, values: gen['values'] };
}

/** Parameters as fasttemplate sees them: nested keys joined with `.`, values as text. */
export function flatParams(p: Params): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  const walk = (v: Json, prefix: string) => {
    if (isObject(v)) {
      for (const k of Object.keys(v)) walk(v[k]!, prefix ? `${prefix}.${k}` : k);
      if (prefix && !(prefix in out) && prefix.startsWith('__')) out[prefix] = '';
    } else if (Array.isArray(v)) out[prefix] = JSON.stringify(v);
    else out[prefix] = v === null ? '' : String(v);
  };
  walk(p, '');
  // path parameters keep their documented flat names (`path`, `path.basename`, `path[0]`)
  if (isObject(p['__flat'])) Object.assign(out, p['__flat']);
  for (const k of Object.keys(out)) if (k.startsWith('__flat.')) delete out[k];
  return out;
}

function gitParams(git: JsonObject, ctx: AppSetContext, goTemplate: boolean, field: (string | number)[]): Params[] {
  let fs = ctx.fs;
  let root = normalize(ctx.repoRoot);
  if (ctx.repo) {
    const url = str(git['repoURL']);
    if (url && !ctx.repo.isThisRepo(url)) {
      throw invalid(`git generator of another repository (${url}) cannot be rendered from here`, [...field, 'repoURL']);
    }
    fs = ctx.repo.open(str(git['revision']) || 'HEAD').fs;
    root = normalize(ctx.repo.root);
  }
  const all = listTree(fs, root);
  const pathParams = (rel: string, file?: string): Params => {
    const segs = rel.split('/');
    const basename = segs[segs.length - 1] ?? '';
    if (goTemplate) {
      const p: JsonObject = { path: rel, basename, basenameNormalized: normalizeName(basename), segments: segs };
      if (file !== undefined) {
        p['filename'] = file;
        p['filenameNormalized'] = normalizeName(file);
      }
      return { path: p };
    }
    const flat: JsonObject = { path: rel, 'path.basename': basename, 'path.basenameNormalized': normalizeName(basename) };
    segs.forEach((s, i) => (flat[`path[${i}]`] = s));
    if (file !== undefined) {
      flat['path.filename'] = file;
      flat['path.filenameNormalized'] = normalizeName(file);
    }
    return { __flat: flat };
  };
  const out: Params[] = [];
  if (Array.isArray(git['directories'])) {
    const include: RegExp[] = [];
    const exclude: RegExp[] = [];
    git['directories'].forEach((d, i) => {
      if (!isObject(d) || typeof d['path'] !== 'string') throw invalid('directories entries need a path', [...field, 'directories', i]);
      (d['exclude'] === true ? exclude : include).push(globRegExp(d['path']));
    });
    for (const rel of all.dirs) {
      if (include.some((r) => r.test(rel)) && !exclude.some((r) => r.test(rel))) out.push(addValues(pathParams(rel), git));
    }
  } else if (Array.isArray(git['files'])) {
    const include: RegExp[] = [];
    git['files'].forEach((f, i) => {
      if (!isObject(f) || typeof f['path'] !== 'string') throw invalid('files entries need a path', [...field, 'files', i]);
      include.push(globRegExp(f['path']));
    });
    for (const rel of all.files) {
      if (!include.some((r) => r.test(rel))) continue;
      const text = fs.readFile(resolve(root, rel));
      const content = typeof text === 'string' ? text : new TextDecoder().decode(text);
      const slash = rel.lastIndexOf('/');
      const dir = slash < 0 ? '' : rel.slice(0, slash);
      const file = rel.slice(slash + 1);
      const docs = parseResourceDocuments(content, resolve(root, rel)).map((d) => d.value);
      for (const d of docs) {
        const sets = Array.isArray(d) ? d : [d];
        for (const s of sets) {
          if (!isObject(s)) continue;
          out.push(addValues({ ...s, ...pathParams(dir, file) }, git));
        }
      }
    }
  } else throw invalid('a git generator needs directories or files', field);
  return out;
}

/** Every file and directory below `root` (relative paths, sorted), dot-directories included as git lists them. */
function listTree(fs: FileSystem, root: string): { dirs: string[]; files: string[] } {
  const dirs: string[] = [];
  const files: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of [...fs.readDir(d)].sort()) {
      if (name === '.git') continue;
      const p = `${d === '/' ? '' : d}/${name}`;
      const r = rel ? `${rel}/${name}` : name;
      if (fs.isDir(p)) {
        dirs.push(r);
        walk(p, r);
      } else files.push(r);
    }
  };
  walk(root, '');
  return { dirs, files };
}

/** A path glob as Argo CD matches it: `*` and `?` within a segment, `**` across segments. */
export function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const j = glob.indexOf(']', i);
      if (j < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, j).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = j;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function mergeTemplate(base: JsonObject, over: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const k of Object.keys(over)) {
    const a = out[k];
    const b = over[k]!;
    out[k] = isObject(a) && isObject(b) ? mergeTemplate(a, b) : b;
  }
  return out;
}
