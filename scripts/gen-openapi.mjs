#!/usr/bin/env node
// Generates src/openapi/generated/*.ts from the Kubernetes OpenAPI document that kustomize embeds.
//
// kustomize v5.5.0 (kyaml/openapi/kubernetesapi/v1_21_2) compiles the Kubernetes v1.21.2 OpenAPI v2
// document into its binary as a gzipped gnostic protobuf (swagger.pb). kubectl embeds kustomize, so the
// exact bytes kustomize uses live inside the kubectl binary on this machine. This script finds that
// blob, decodes the protobuf (gnostic openapi_v2.Document), and writes two compact modules:
//
//   k8s-schema.ts  the patch-relevant part of every definition (as a lazily parsed JSON string)
//   k8s-scope.ts   resource types and whether they are namespaced (kyaml findNamespaceability)
//
// Usage: node scripts/gen-openapi.mjs [path/to/kubectl]
// The kubectl must report "Kustomize Version: v5.5.0". Run from the repository root.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import YAML from 'yaml';

const EXPECTED_VERSION = 'v1.21.2';
const OUT_DIR = path.join('src', 'openapi', 'generated');

function findKubectl() {
  if (process.argv[2]) return process.argv[2];
  const p = execFileSync('sh', ['-c', 'command -v kubectl'], { encoding: 'utf8' }).trim();
  return fs.realpathSync(p);
}

const kubectl = findKubectl();
const versionText = execFileSync(kubectl, ['version', '--client'], { encoding: 'utf8' });
const kustomizeVersion = /Kustomize Version: (\S+)/.exec(versionText)?.[1] ?? 'unknown';
if (kustomizeVersion !== 'v5.5.0') {
  console.error(`warning: ${kubectl} embeds kustomize ${kustomizeVersion}, expected v5.5.0`);
}

// ---- minimal protobuf reader ------------------------------------------------------------------
function fields(b) {
  const out = [];
  let i = 0;
  const varint = () => {
    let r = 0n;
    let s = 0n;
    for (;;) {
      const c = b[i++];
      r |= BigInt(c & 0x7f) << s;
      if (!(c & 0x80)) return r;
      s += 7n;
    }
  };
  while (i < b.length) {
    const key = Number(varint());
    const fno = key >>> 3;
    const wt = key & 7;
    if (wt === 0) out.push([fno, varint()]);
    else if (wt === 1) (out.push([fno, b.subarray(i, i + 8)]), (i += 8));
    else if (wt === 5) (out.push([fno, b.subarray(i, i + 4)]), (i += 4));
    else if (wt === 2) {
      const n = Number(varint());
      out.push([fno, b.subarray(i, i + n)]);
      i += n;
    } else throw new Error(`unsupported wire type ${wt}`);
  }
  return out;
}
const str = (b) => Buffer.from(b).toString('utf8');

// gnostic OpenAPIv2.proto: NamedAny{name=1, value=2: Any{yaml=2}}
function vendorExtension(b) {
  let name;
  let value;
  for (const [n, v] of fields(b)) {
    if (n === 1) name = str(v);
    if (n === 2) for (const [m, w] of fields(v)) if (m === 2) value = YAML.parse(str(w));
  }
  return [name, value];
}

// gnostic Schema: _ref=1, additional_properties=21 {schema=1|boolean=2}, type=22 {value=1},
// items=23 {schema=1 repeated}, properties=25 {NamedSchema{name=1,value=2}}, vendor_extension=31.
function schema(b) {
  const s = {};
  for (const [n, v] of fields(b)) {
    if (n === 1) s.$ref = str(v);
    else if (n === 21) {
      for (const [m, w] of fields(v)) s.additionalProperties = m === 1 ? schema(w) : w !== 0n;
    } else if (n === 22) s.type = fields(v).map(([, w]) => str(w));
    else if (n === 23) {
      const items = fields(v).map(([, w]) => schema(w));
      s.items = items.length === 1 ? items[0] : items;
    } else if (n === 25) {
      s.properties = {};
      for (const [, w] of fields(v)) {
        let name;
        let value;
        for (const [m, x] of fields(w)) if (m === 1) name = str(x);
        else value = schema(x);
        s.properties[name] = value;
      }
    } else if (n === 31) {
      const [k, value] = vendorExtension(v);
      s[k] = value;
    }
  }
  return s;
}

// gnostic Document: swagger=1, info=2 {version=2}, paths=8 {path=2: NamedPathItem{name=1, value=2:
// PathItem{get=2: Operation{vendor_extension=13}}}}, definitions=9 {NamedSchema}.
function decodeDocument(pb) {
  const doc = { swagger: '', version: '', definitions: {}, paths: {} };
  for (const [n, v] of fields(pb)) {
    if (n === 1) doc.swagger = str(v);
    else if (n === 2) {
      for (const [m, w] of fields(v)) if (m === 2) doc.version = str(w);
    } else if (n === 9) {
      for (const [, w] of fields(v)) {
        let name;
        let value;
        for (const [m, x] of fields(w)) if (m === 1) name = str(x);
        else value = schema(x);
        doc.definitions[name] = value;
      }
    } else if (n === 8) {
      for (const [m, w] of fields(v)) {
        if (m !== 2) continue;
        let name;
        const item = {};
        for (const [k, x] of fields(w)) {
          if (k === 1) name = str(x);
          else
            for (const [op, y] of fields(x)) {
              if (op !== 2) continue;
              const get = {};
              for (const [q, z] of fields(y)) {
                if (q !== 13) continue;
                const [a, val] = vendorExtension(z);
                get[a] = val;
              }
              item.get = get;
            }
        }
        doc.paths[name] = item;
      }
    }
  }
  return doc;
}

function findEmbeddedDocument(file) {
  const buf = fs.readFileSync(file);
  for (let i = 0; i < buf.length - 3; i++) {
    if (buf[i] !== 0x1f || buf[i + 1] !== 0x8b || buf[i + 2] !== 8) continue;
    let out;
    try {
      out = zlib.gunzipSync(buf.subarray(i), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } catch {
      continue;
    }
    if (out.length < 100000 || out[0] !== 0x0a) continue;
    try {
      const doc = decodeDocument(out);
      if (doc.swagger === '2.0' && doc.version === EXPECTED_VERSION) return { doc, size: out.length };
    } catch {
      // not the document we want
    }
  }
  throw new Error(`no embedded Kubernetes ${EXPECTED_VERSION} OpenAPI document found in ${file}`);
}

const { doc, size } = findEmbeddedDocument(kubectl);

// kyaml/openapi/kustomizationapi/swagger.json, which kyaml always adds (built-in or custom schema).
// Only the patch-relevant part is kept: Kustomization.configMapGenerator/secretGenerator merge by name.
const KUSTOMIZATION_API = {
  'io.k8s.api.apps.v1.ConfigMapArgs': { gvk: 'ConfigMapArgs' },
  'io.k8s.api.apps.v1.SecretArgs': { gvk: 'SecretArgs' },
  'io.k8s.api.apps.v1.GeneratorArgs': { gvk: 'GeneratorArgs' },
  'io.k8s.api.apps.v1.KvPairSources': { gvk: 'KvPairSources' },
  'io.k8s.api.apps.v1.Kustomization': { gvk: 'Kustomization' },
};
const kustomizationDefs = {
  'io.k8s.api.apps.v1.ConfigMapArgs': {
    properties: { GeneratorArgs: { $ref: '#/definitions/io.k8s.api.apps.v1.GeneratorArgs' } },
  },
  'io.k8s.api.apps.v1.SecretArgs': {
    properties: { GeneratorArgs: { $ref: '#/definitions/io.k8s.api.apps.v1.GeneratorArgs' } },
  },
  'io.k8s.api.apps.v1.GeneratorArgs': {
    properties: { KvPairSources: { $ref: '#/definitions/io.k8s.api.apps.v1.KvPairSources' } },
  },
  'io.k8s.api.apps.v1.KvPairSources': {},
  'io.k8s.api.apps.v1.Kustomization': {
    properties: {
      configMapGenerator: {
        type: ['array'],
        items: { $ref: '#/definitions/io.k8s.api.apps.v1.ConfigMapArgs' },
        'x-kubernetes-patch-merge-key': 'name',
        'x-kubernetes-patch-strategy': 'merge',
      },
      secretGenerator: {
        type: ['array'],
        items: { $ref: '#/definitions/io.k8s.api.apps.v1.SecretArgs' },
        'x-kubernetes-patch-merge-key': 'name',
        'x-kubernetes-patch-strategy': 'merge',
      },
    },
  },
};
for (const [name, def] of Object.entries(kustomizationDefs)) {
  doc.definitions[name] = {
    ...def,
    'x-kubernetes-group-version-kind': [
      { group: 'kustomize.config.k8s.io', kind: KUSTOMIZATION_API[name].gvk, version: 'v1beta1' },
    ],
  };
}

// ---- compaction ---------------------------------------------------------------------------------
// Node encoding (read by src/openapi/schema.ts):
//   number n          $ref to defs[n]
//   {p?, a?}          object: p = properties (name -> node), a = additionalProperties node
//   {s, k?, i?}       array with a merge patch strategy: s = x-kubernetes-patch-strategy,
//                     k = merge keys (x-kubernetes-list-map-keys, else [x-kubernetes-patch-merge-key]),
//                     i = items node
// Dropped, because kyaml's merge cannot observe them (see schema.ts): properties of primitive type,
// arrays without a "merge" strategy (merged as non-associative lists, whose items are never walked),
// descriptions, formats, validation.
const PREFIX = '#/definitions/';
const names = Object.keys(doc.definitions).sort();
const index = new Map(names.map((n, i) => [n, i]));
const hasMerge = (s) => typeof s['x-kubernetes-patch-strategy'] === 'string' && s['x-kubernetes-patch-strategy'].split(',').includes('merge');

function compact(s) {
  if (typeof s.$ref === 'string') {
    const i = index.get(s.$ref.slice(PREFIX.length));
    if (i === undefined) throw new Error(`dangling $ref ${s.$ref}`);
    return i;
  }
  const isArray = Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'array';
  if (isArray) {
    if (!hasMerge(s)) return undefined;
    const o = { s: s['x-kubernetes-patch-strategy'] };
    const mapKeys = s['x-kubernetes-list-map-keys'];
    const mergeKey = s['x-kubernetes-patch-merge-key'];
    const keys = Array.isArray(mapKeys) ? mapKeys : typeof mergeKey === 'string' ? [mergeKey] : [];
    if (keys.length) o.k = keys;
    if (s.items && !Array.isArray(s.items)) {
      const it = compact(s.items);
      if (it !== undefined) o.i = it;
    }
    return o;
  }
  const o = {};
  if (s.properties) {
    const p = {};
    for (const k of Object.keys(s.properties).sort()) {
      const c = compact(s.properties[k]);
      if (c !== undefined) p[k] = c;
    }
    if (Object.keys(p).length) o.p = p;
  }
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    const a = compact(s.additionalProperties);
    if (a !== undefined) o.a = a;
  }
  return Object.keys(o).length ? o : undefined;
}

const defs = names.map((n) => compact(doc.definitions[n]) ?? {});

// GVK -> definition index. kyaml iterates a Go map here, so a GVK claimed twice would be random: refuse.
const gvk = {};
for (const n of names) {
  const exts = doc.definitions[n]['x-kubernetes-group-version-kind'];
  if (!Array.isArray(exts)) continue;
  for (const g of exts) {
    const apiVersion = g.group ? `${g.group}/${g.version}` : g.version;
    const key = `${apiVersion} ${g.kind}`;
    if (key in gvk && gvk[key] !== index.get(n)) throw new Error(`ambiguous gvk ${key}`);
    gvk[key] = index.get(n);
  }
}

// kyaml findNamespaceability: a GET path with "namespaces/{namespace}" makes the type namespaced.
const namespaced = new Map();
for (const [p, item] of Object.entries(doc.paths)) {
  const g = item.get?.['x-kubernetes-group-version-kind'];
  if (!g || typeof g !== 'object') continue;
  const key = `${g.group ? `${g.group}/${g.version}` : g.version} ${g.kind}`;
  if (p.includes('namespaces/{namespace}')) namespaced.set(key, true);
  else if (!namespaced.has(key)) namespaced.set(key, false);
}
const scopeEntries = [...namespaced.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const header = (what) =>
  `// generated by scripts/gen-openapi.mjs; do not edit.\n` +
  `// Source: the Kubernetes ${EXPECTED_VERSION} OpenAPI document (swagger.pb, ${size} bytes) that kustomize\n` +
  `// ${kustomizeVersion} embeds (kyaml/openapi/kubernetesapi/v1_21_2), read from kubectl's binary.\n` +
  `// ${what}\n` +
  `// Ported from kustomize kyaml/openapi (Apache-2.0); data from Kubernetes (Apache-2.0).\n`;

// names[i] is the definition name of defs[i]: a custom schema layered on the built-in one (see
// src/accumulate/openapi.ts) refers to built-in definitions by name.
const data = JSON.stringify({ defs, gvk, names });
fs.mkdirSync(OUT_DIR, { recursive: true });
fs.writeFileSync(
  path.join(OUT_DIR, 'k8s-schema.ts'),
  header('Patch-relevant schema data; format documented in scripts/gen-openapi.mjs (compact()).') +
    `\n/** Kubernetes version of the built-in schema. */\nexport const K8S_SCHEMA_VERSION = '${EXPECTED_VERSION}';\n\n` +
    `/** JSON text of { defs, gvk, names }; parsed on first use to keep module load cheap. */\n` +
    `export const K8S_SCHEMA_JSON =\n  ${JSON.stringify(data)};\n`,
);
fs.writeFileSync(
  path.join(OUT_DIR, 'k8s-scope.ts'),
  header('Resource types with a GET path, and whether that path is namespaced (kyaml findNamespaceability).') +
    `\n/** "apiVersion kind" -> namespaced. Types not listed are of unknown scope. */\n` +
    `export const K8S_NAMESPACED: ReadonlyMap<string, boolean> = new Map([\n` +
    scopeEntries.map(([k, v]) => `  [${JSON.stringify(k)}, ${v}],\n`).join('') +
    `]);\n`,
);
console.log(
  `wrote ${OUT_DIR}: ${names.length} definitions, ${Object.keys(gvk).length} gvks, ` +
    `${scopeEntries.length} scoped types, schema ${data.length} chars`,
);
