// Seeded random strategic-merge cases for differential testing against kubectl kustomize.
// Each case is a Pod (target) and a patch for it; a batch is one kustomization holding many
// cases, so kubectl runs once per batch. Used by record-fixtures.mjs only.

/** mulberry32: a small deterministic PRNG (Math.random is not reproducible). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const q = (s) => JSON.stringify(s);

/**
 * Builds one batch. `quirky` adds items without merge keys, duplicate keys, list directives and
 * empty lists, which exercise kyaml's less obvious paths.
 */
export function fuzzBatch(seed, count, quirky) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const chance = (p) => r() < p;
  const subset = (xs, max) => {
    const n = Math.floor(r() * (max + 1));
    const out = [];
    for (let i = 0; i < n; i++) {
      let x = pick(xs);
      if (!quirky) {
        let guard = 0;
        while (out.includes(x) && guard++ < 10) x = pick(xs);
        if (out.includes(x)) continue;
      }
      out.push(x);
    }
    return out;
  };

  /** A list-level directive item ({$patch: ...}), a null item, or nothing. */
  const listQuirk = (list, isPatch) => {
    if (!quirky) return list;
    if (isPatch && chance(0.08)) list.splice(Math.floor(r() * (list.length + 1)), 0, { $patch: pick(['replace', 'merge', 'delete', 'replace']) });
    if (chance(0.04)) list.splice(Math.floor(r() * (list.length + 1)), 0, null);
    return list;
  };
  const envList = (isPatch) =>
    listQuirk(subset(['A', 'B', 'C', 'D'], 3).map((n) => {
      const item = {};
      if (!(quirky && chance(0.08))) item.name = n;
      if (isPatch && chance(0.15)) item.$patch = 'delete';
      else if (isPatch && quirky && chance(0.08)) item.$patch = 'replace';
      if (chance(0.8)) item.value = `${n.toLowerCase()}${Math.floor(r() * 3)}`;
      if (quirky && chance(0.05)) item.value = null;
      return item;
    }), isPatch);
  const portList = (isPatch, portKey = 'containerPort') =>
    listQuirk(subset([80, 81, 82], 3).map((p) => {
      const item = { [portKey]: p };
      const proto = pick(['TCP', 'UDP', undefined]);
      if (proto) item.protocol = proto;
      if (chance(0.5)) item.name = `p${p}${Math.floor(r() * 2)}`;
      if (isPatch && chance(0.1)) item.$patch = 'delete';
      return item;
    }), isPatch);
  const container = (n, isPatch) => {
    const c = {};
    if (!(quirky && chance(0.06))) c.name = n;
    if (isPatch && chance(0.12)) {
      c.$patch = 'delete';
      return c;
    }
    if (isPatch && quirky && chance(0.08)) c.$patch = 'replace';
    if (!isPatch || chance(0.6)) c.image = `${n}:${Math.floor(r() * 3)}`;
    if (chance(0.5)) c.env = quirky && isPatch && chance(0.1) ? [] : envList(isPatch);
    if (chance(0.4)) c.ports = portList(isPatch);
    if (chance(0.3)) c.args = subset(['x', 'y', 'z'], 3);
    if (quirky && chance(0.08)) c.command = null;
    if (quirky && isPatch && chance(0.05)) c.image = null;
    return c;
  };
  const service = (i, isPatch) => {
    const spec = {};
    if (!isPatch || chance(0.8)) spec.ports = portList(isPatch, 'port');
    if (chance(0.3)) spec.selector = { app: isPatch && chance(0.3) ? null : `s${i}` };
    return { apiVersion: 'v1', kind: 'Service', metadata: { name: `s${i}` }, spec };
  };
  const pod = (i, isPatch) => {
    const metadata = { name: `p${i}` };
    if (chance(0.4)) metadata.finalizers = subset(['f1', 'f2', 'f3'], 3);
    if (chance(0.4)) {
      metadata.labels = {};
      for (const k of subset(['a', 'b', 'c'], 2)) metadata.labels[k] = isPatch && chance(0.3) ? null : `${k}${Math.floor(r() * 2)}`;
    }
    const spec = {};
    if (!isPatch || chance(0.85)) {
      const names = quirky ? subset(['a', 'b', 'c', 'd'], 4) : subset(['a', 'b', 'c', 'd'], 4);
      spec.containers = listQuirk(names.map((n) => container(n, isPatch)), isPatch);
      if (quirky && isPatch && chance(0.05)) spec.containers = [];
      if (quirky && isPatch && chance(0.05)) spec.containers.unshift({ $patch: 'replace' });
    }
    if (chance(0.3)) spec.imagePullSecrets = subset(['s1', 's2', 's3'], 2).map((name) => ({ name }));
    return { apiVersion: 'v1', kind: 'Pod', metadata, spec };
  };

  const resources = [];
  const patches = [];
  for (let i = 0; i < count; i++) {
    resources.push(pod(i, false));
    patches.push(pod(i, true));
    if (i % 3 === 0) {
      resources.push(service(i, false));
      patches.push(service(i, true));
    }
  }
  // JSON documents are valid YAML; one per line keeps the inputs compact and unambiguous.
  const stream = (docs) => docs.map((d) => `---\n${q(d)}\n`).join('');
  return { resources: stream(resources), patch: stream(patches) };
}
