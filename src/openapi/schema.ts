/**
 * The OpenAPI data behind strategic-merge patches and resource scope: kyaml's `openapi` package,
 * held per build instead of in process-global state.
 *
 * kustomize (kyaml v0.18, kustomize v5.5.0) loads either its built-in Kubernetes v1.21.2 schema or,
 * when a kustomization sets `openapi: {path: file}`, that file INSTEAD of the built-in one (the
 * custom schema replaces it; only kustomize's own Kustomization types are always added). Scope
 * (namespaced or cluster-scoped) comes first from a fixed table of the built-in types, then from
 * the GET paths of whichever schema is loaded.
 * @see kustomize kyaml/openapi/openapi.go (SetSchema, initSchema, AddDefinitions, SchemaForResourceType,
 *      ResourceSchema.Field/Elements/PatchStrategyAndKeyList, IsNamespaceScoped, IsCertainlyClusterScoped)
 */
import { KustomizeError } from '../core/errors.js';
import { type Json, type JsonObject, isObject, getOwn } from '../core/json.js';
import { K8S_SCHEMA_JSON, K8S_SCHEMA_VERSION } from './generated/k8s-schema.js';
import { K8S_NAMESPACED } from './generated/k8s-scope.js';

/**
 * The schema of one node of a resource (kyaml's `ResourceSchema`). Only what the merge engine
 * observes is modelled: field and element schemas, and the list patch strategy.
 */
export interface SchemaNode {
  /** Schema of a map field: a named property, else the additionalProperties schema, else undefined. */
  field(name: string): SchemaNode | undefined;
  /** Schema of the items of an array (only when the schema's type is exactly ["array"]). */
  elements(): SchemaNode | undefined;
  /** `x-kubernetes-patch-strategy`, or '' when absent (e.g. 'merge', 'merge,retainKeys'). */
  readonly patchStrategy: string;
  /**
   * kyaml's PatchStrategyAndKeyList keys: `x-kubernetes-list-map-keys` when present, else
   * `[x-kubernetes-patch-merge-key]`, else [] (a primitive list such as finalizers). Empty when
   * there is no patch strategy.
   */
  readonly mergeKeys: readonly string[];
}

/** A build's OpenAPI schema: the built-in Kubernetes one, or a kustomization's custom one. */
export interface Schema {
  /** 'v1.21.2' for the built-in schema, 'custom' when a custom schema replaced it. */
  readonly version: string;
  /** kyaml SchemaForResourceType: the schema of a top-level resource type, if known. */
  forResourceType(apiVersion: string, kind: string): SchemaNode | undefined;
  /** kyaml IsNamespaceScoped: true/false when the scope is known, undefined when not. */
  isNamespaceScoped(apiVersion: string, kind: string): boolean | undefined;
  /** kyaml IsCertainlyClusterScoped: known and not namespaced. Unknown kinds are namespaced. */
  isClusterScoped(apiVersion: string, kind: string): boolean;
}

/** OpenAPI versions kustomize v5.5.0 has built in (`openapi: {version: ...}`). */
export const BUILTIN_OPENAPI_VERSIONS: readonly string[] = [K8S_SCHEMA_VERSION];

const EMPTY_KEYS: readonly string[] = Object.freeze([]);

// ---- built-in data --------------------------------------------------------------------------------

/** Compact node, as written by scripts/gen-openapi.mjs: a definition index, or an object. */
type CompactNode = number | CompactObject;
interface CompactObject {
  /** properties */
  p?: Record<string, CompactNode>;
  /** additionalProperties */
  a?: CompactNode;
  /** items (only for type ["array"]) */
  i?: CompactNode;
  /** x-kubernetes-patch-strategy */
  s?: string;
  /** merge keys */
  k?: string[];
}
interface BuiltinData {
  defs: CompactObject[];
  gvk: Record<string, number>;
  /** The definition name of each entry of defs. */
  names: string[];
}

class CompactSchemaNode implements SchemaNode {
  readonly patchStrategy: string;
  readonly mergeKeys: readonly string[];
  constructor(
    private readonly store: BuiltinStore,
    private readonly node: CompactObject,
  ) {
    this.patchStrategy = node.s ?? '';
    this.mergeKeys = node.s !== undefined && node.k ? node.k : EMPTY_KEYS;
  }
  field(name: string): SchemaNode | undefined {
    const p = this.node.p;
    const c = p && Object.prototype.hasOwnProperty.call(p, name) ? p[name] : this.node.a;
    return c === undefined ? undefined : this.store.node(c);
  }
  elements(): SchemaNode | undefined {
    return this.node.i === undefined ? undefined : this.store.node(this.node.i);
  }
}

class BuiltinStore {
  private readonly data: BuiltinData;
  private readonly defNodes: (CompactSchemaNode | undefined)[] = [];
  private readonly inline = new WeakMap<CompactObject, CompactSchemaNode>();
  constructor(json: string) {
    this.data = JSON.parse(json) as BuiltinData;
  }
  node(c: CompactNode): SchemaNode {
    if (typeof c === 'number') {
      let n = this.defNodes[c];
      if (!n) {
        const def = this.data.defs[c];
        if (!def) throw new Error(`internal: openapi definition ${c} out of range`);
        n = new CompactSchemaNode(this, def);
        this.defNodes[c] = n;
      }
      return n;
    }
    let n = this.inline.get(c);
    if (!n) {
      n = new CompactSchemaNode(this, c);
      this.inline.set(c, n);
    }
    return n;
  }
  forResourceType(apiVersion: string, kind: string): SchemaNode | undefined {
    const key = `${apiVersion} ${kind}`;
    const i = Object.prototype.hasOwnProperty.call(this.data.gvk, key) ? this.data.gvk[key] : undefined;
    return i === undefined ? undefined : this.node(i);
  }
  private byName: Map<string, number> | undefined;
  /** The definition of that name, if the built-in schema has it. */
  definition(name: string): SchemaNode | undefined {
    this.byName ??= new Map(this.data.names.map((n, i) => [n, i]));
    const i = this.byName.get(name);
    return i === undefined ? undefined : this.node(i);
  }
}

let builtinStore: BuiltinStore | undefined;
/** The built-in data is immutable, so it is parsed once, on first use, and shared by all builds. */
function builtin(): BuiltinStore {
  builtinStore ??= new BuiltinStore(K8S_SCHEMA_JSON);
  return builtinStore;
}

/** kustomize's Kustomization types (kyaml/openapi/kustomizationapi), added to every schema. */
const KUSTOMIZATION_API_VERSION = 'kustomize.config.k8s.io/v1beta1';

// ---- custom schema --------------------------------------------------------------------------------

const REF_PREFIX = '#/definitions/';

/** A node of a user-supplied swagger document, read lazily (go-openapi spec.Schema semantics). */
class SwaggerSchemaNode implements SchemaNode {
  readonly patchStrategy: string;
  readonly mergeKeys: readonly string[];
  constructor(
    private readonly store: CustomStore,
    private readonly s: JsonObject,
  ) {
    const ps = getOwn(s, 'x-kubernetes-patch-strategy');
    this.patchStrategy = typeof ps === 'string' ? ps : '';
    let keys: readonly string[] = EMPTY_KEYS;
    if (typeof ps === 'string') {
      const mapKeys = getOwn(s, 'x-kubernetes-list-map-keys');
      const mergeKey = getOwn(s, 'x-kubernetes-patch-merge-key');
      if (Array.isArray(mapKeys)) keys = mapKeys.map((k) => (typeof k === 'string' ? k : String(k)));
      else if (typeof mergeKey === 'string') keys = [mergeKey];
    }
    this.mergeKeys = keys;
  }
  field(name: string): SchemaNode | undefined {
    const props = getOwn(this.s, 'properties');
    let f = isObject(props) ? getOwn(props, name) : undefined;
    if (f === undefined) {
      const ap = getOwn(this.s, 'additionalProperties');
      if (isObject(ap)) f = ap;
    }
    return isObject(f) ? this.store.resolve(f) : undefined;
  }
  elements(): SchemaNode | undefined {
    const t = getOwn(this.s, 'type');
    const isArray = t === 'array' || (Array.isArray(t) && t.length === 1 && t[0] === 'array');
    const items = getOwn(this.s, 'items');
    if (!isArray || !isObject(items)) return undefined;
    return this.store.resolve(items);
  }
}

class CustomStore {
  private readonly definitions: JsonObject;
  private readonly nodes = new WeakMap<JsonObject, SwaggerSchemaNode>();
  readonly gvk = new Map<string, JsonObject>();
  readonly namespaced = new Map<string, boolean>();

  /** `layered`: the built-in definitions were loaded first, so names not defined here resolve there. */
  constructor(
    doc: JsonObject,
    readonly layered = false,
  ) {
    const defs = getOwn(doc, 'definitions');
    if (defs !== undefined && defs !== null && !isObject(defs)) {
      throw new KustomizeError('INVALID_OPENAPI', 'invalid schema file: "definitions" must be a map');
    }
    this.definitions = defs ?? {};
    for (const name of Object.keys(this.definitions)) {
      const d = this.definitions[name];
      if (!isObject(d)) continue;
      const exts = getOwn(d, 'x-kubernetes-group-version-kind');
      if (!Array.isArray(exts)) continue;
      for (const e of exts) {
        const key = typeMetaKey(e);
        if (key !== undefined) this.gvk.set(key, d);
      }
    }
    // kyaml findNamespaceability
    const paths = getOwn(doc, 'paths');
    if (isObject(paths)) {
      for (const p of Object.keys(paths)) {
        const item = paths[p];
        const get = isObject(item) ? getOwn(item, 'get') : undefined;
        const g = isObject(get) ? getOwn(get, 'x-kubernetes-group-version-kind') : undefined;
        const key = typeMetaKey(g);
        if (key === undefined) continue;
        if (p.includes('namespaces/{namespace}')) this.namespaced.set(key, true);
        else if (!this.namespaced.has(key)) this.namespaced.set(key, false);
      }
    }
  }

  /** Follows `$ref`s (kyaml loops until a schema without a ref; a dangling ref gives no schema). */
  resolve(s: JsonObject): SchemaNode | undefined {
    let cur: JsonObject = s;
    const seen = new Set<JsonObject>();
    for (;;) {
      const ref = getOwn(cur, '$ref');
      if (typeof ref !== 'string' || ref === '') break;
      if (seen.has(cur)) return undefined;
      seen.add(cur);
      if (!ref.startsWith(REF_PREFIX)) return undefined;
      const name = decodePointerToken(ref.slice(REF_PREFIX.length));
      const target = getOwn(this.definitions, name);
      if (target === undefined && this.layered) return builtin().definition(name);
      if (!isObject(target)) return undefined;
      cur = target;
    }
    let n = this.nodes.get(cur);
    if (!n) {
      n = new SwaggerSchemaNode(this, cur);
      this.nodes.set(cur, n);
    }
    return n;
  }
}

function decodePointerToken(t: string): string {
  return t.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** kyaml toTypeMeta: `{group, version, kind}` -> "apiVersion kind". */
function typeMetaKey(e: Json | undefined): string | undefined {
  if (!isObject(e)) return undefined;
  const version = getOwn(e, 'version');
  const kind = getOwn(e, 'kind');
  const group = getOwn(e, 'group');
  if (typeof version !== 'string' || typeof kind !== 'string') return undefined;
  const apiVersion = typeof group === 'string' && group !== '' ? `${group}/${version}` : version;
  return `${apiVersion} ${kind}`;
}

// ---- schema objects -------------------------------------------------------------------------------

function builtinNamespaceScoped(apiVersion: string, kind: string): boolean | undefined {
  return K8S_NAMESPACED.get(`${apiVersion} ${kind}`);
}

/**
 * Creates the schema for one build.
 * @param custom the parsed content of the file named by a kustomization's `openapi: {path: ...}`
 *   (a swagger 2.0 document: `definitions` with `x-kubernetes-*` extensions, optional `paths`), or
 *   undefined for kustomize's built-in Kubernetes v1.21.2 schema. A custom schema replaces the
 *   built-in Kubernetes definitions, unless `layered`.
 * @param layered kyaml adds a custom document's definitions to those already loaded: when the
 *   built-in schema was loaded before the custom one was named, both are in force, the custom
 *   definitions and types winning.
 * @throws KustomizeError INVALID_OPENAPI when `custom` is not a swagger-like map.
 */
export function createSchema(custom?: Json, layered = false): Schema {
  if (custom === undefined) {
    return {
      version: K8S_SCHEMA_VERSION,
      forResourceType: (apiVersion, kind) => builtin().forResourceType(apiVersion, kind),
      isNamespaceScoped: builtinNamespaceScoped,
      isClusterScoped: (apiVersion, kind) => builtinNamespaceScoped(apiVersion, kind) === false,
    };
  }
  if (!isObject(custom)) {
    throw new KustomizeError('INVALID_OPENAPI', 'invalid schema file: expected a swagger document (a map)');
  }
  const store = new CustomStore(custom, layered);
  const isNamespaceScoped = (apiVersion: string, kind: string): boolean | undefined =>
    builtinNamespaceScoped(apiVersion, kind) ?? store.namespaced.get(`${apiVersion} ${kind}`);
  return {
    version: 'custom',
    forResourceType(apiVersion, kind) {
      // kyaml parses the Kustomization types after the custom document, so they win.
      if (apiVersion === KUSTOMIZATION_API_VERSION) {
        const k = builtin().forResourceType(apiVersion, kind);
        if (k) return k;
      }
      const d = store.gvk.get(`${apiVersion} ${kind}`);
      if (d) return store.resolve(d);
      return layered ? builtin().forResourceType(apiVersion, kind) : undefined;
    },
    isNamespaceScoped,
    isClusterScoped: (apiVersion, kind) => isNamespaceScoped(apiVersion, kind) === false,
  };
}
