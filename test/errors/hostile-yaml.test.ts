/**
 * Hostile YAML: alias bombs, deep nesting, long lines, duplicate keys, invalid UTF-8, tabs, control
 * characters, multi-megabyte files, huge numbers. Every build must end in bounded time with the
 * output kubectl prints, or a KustomizeError where kubectl fails (or hangs: noted per case).
 * Expected outputs were recorded with `kubectl kustomize` (kustomize v5.5.0) on the same inputs;
 * large ones are written as the formula they were checked against.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { type ErrorCode, isKustomizeError } from '../../src/core/errors.js';
import { MemoryFs } from '../../src/fs/filesystem.js';

const enc = new TextEncoder();
const K = 'resources:\n- r.yaml\n';
const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';

type Outcome = { yaml: string } | { code: ErrorCode; message?: RegExp; line?: number; file?: string };

function run(files: Record<string, string | Uint8Array>): { result: { yaml: string } | { code: string; message: string; line?: number; file?: string }; ms: number } {
  const fs = new MemoryFs(Object.fromEntries(Object.entries(files).map(([k, v]) => [`/app/${k}`, v])));
  const t0 = performance.now();
  try {
    const { yaml } = build(fs, '/app');
    return { result: { yaml }, ms: performance.now() - t0 };
  } catch (e) {
    const ms = performance.now() - t0;
    if (!isKustomizeError(e)) throw e;
    return { result: { code: e.code, message: e.message, line: e.line, file: e.file }, ms };
  }
}

function expectOutcome(files: Record<string, string | Uint8Array>, want: Outcome, maxMs = 5000): void {
  const { result, ms } = run(files);
  expect(ms, `took ${ms.toFixed(0)} ms`).toBeLessThan(maxMs);
  if ('yaml' in want) {
    expect(result).toEqual(want);
    return;
  }
  expect('code' in result ? result.code : 'output', 'code' in result ? result.message : 'built').toBe(want.code);
  if (!('code' in result)) return;
  if (want.message) expect(result.message).toMatch(want.message);
  if (want.line !== undefined) expect(result.line).toBe(want.line);
  if (want.file !== undefined) expect(result.file).toBe(want.file);
}

/** The "billion laughs": 9 levels of 9 aliases each, 9^9 strings once expanded. */
function laughs(indent: string): string {
  let s = `${indent}a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n`;
  let prev = 'a';
  for (const n of 'bcdefghi') {
    s += `${indent}${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
    prev = n;
  }
  return s;
}

describe('aliases', () => {
  it('a billion-laughs resource is refused quickly (kubectl hangs)', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + 'data:\n  x: y\nbomb:\n' + laughs('  ') }, {
      code: 'LIMIT_EXCEEDED',
      message: /excessive aliasing/,
      file: '/app/r.yaml',
    });
  });
  it('a billion-laughs kustomization is refused (kubectl: "yaml: document contains excessive aliasing")', () => {
    expectOutcome({ 'kustomization.yaml': 'metadata:\n  annotations:\n' + laughs('    ') + K, 'r.yaml': CM }, {
      code: 'LIMIT_EXCEEDED',
      message: /excessive aliasing/,
      file: '/app/kustomization.yaml',
    });
  });
  it('ordinary aliases still work', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + 'data:\n  a: &v hello\n  b: *v\n' }, {
      yaml: 'apiVersion: v1\ndata:\n  a: hello\n  b: hello\nkind: ConfigMap\nmetadata:\n  name: x\n',
    });
  });
});

describe('nesting', () => {
  const N = 10000;
  it('200 nested maps build', () => {
    const nested = 'spec: ' + '{"a":'.repeat(200) + '1' + '}'.repeat(200) + '\n';
    const want =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nspec:\n' +
      Array.from({ length: 199 }, (_, i) => '  '.repeat(i + 1) + 'a:\n').join('') +
      '  '.repeat(200) +
      'a: 1\n';
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + nested }, { yaml: want });
  });
  it('10,000 nested flow sequences fail (kubectl fails)', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + 'data: ' + '['.repeat(N) + ']'.repeat(N) + '\n' }, { code: 'LIMIT_EXCEEDED' });
  });
  it('10,000 nested JSON objects fail (kubectl hangs)', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + 'spec: ' + '{"a":'.repeat(N) + '1' + '}'.repeat(N) + '\n' }, { code: 'LIMIT_EXCEEDED' });
  });
  it('10,000 nested JSON objects in a kustomization fail (kubectl: "exceeded max depth")', () => {
    expectOutcome({ 'kustomization.yaml': K + 'metadata: ' + '{"a":'.repeat(N) + '1' + '}'.repeat(N) + '\n', 'r.yaml': CM }, {
      code: 'LIMIT_EXCEEDED',
      file: '/app/kustomization.yaml',
    });
  });
  /** `spec:` then n nested block maps `a:`, the last holding 1; kubectl prints them back as they are. */
  const nestedBlock = (n: number) => Array.from({ length: n - 1 }, (_, i) => ' '.repeat(i + 1) + 'a:\n').join('') + ' '.repeat(n) + 'a: 1\n';
  for (const n of [1000, 1990]) {
    it(`${n} nested block maps build (as kubectl builds them)`, () => {
      const want = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nspec:\n' + Array.from({ length: n - 1 }, (_, i) => '  '.repeat(i + 1) + 'a:\n').join('') + '  '.repeat(n) + 'a: 1\n';
      expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + 'spec:\n' + nestedBlock(n) }, { yaml: want });
    });
  }
  it('2,500 nested block maps fail cleanly (kubectl builds them; our limit is 2,000 levels)', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + 'spec:\n' + nestedBlock(2500) }, { code: 'LIMIT_EXCEEDED' });
  });
});

describe('size', () => {
  it('an 8 MiB line builds', () => {
    const y = 'y'.repeat(8 * 1024 * 1024);
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + `data:\n  x: ${y}\n` }, {
      yaml: `apiVersion: v1\ndata:\n  x: ${y}\nkind: ConfigMap\nmetadata:\n  name: x\n`,
    }, 15000);
  });
  it('a map of 5,000 keys builds (keys in yaml.v2 natural order)', () => {
    const v = 'v'.repeat(100);
    const body = Array.from({ length: 5000 }, (_, i) => `  k${i}: "${v}"\n`).join('');
    const want = 'apiVersion: v1\ndata:\n' + Array.from({ length: 5000 }, (_, i) => `  k${i}: ${v}\n`).join('') + 'kind: ConfigMap\nmetadata:\n  name: x\n';
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + 'data:\n' + body }, { yaml: want }, 15000);
  });
  it('a file of 2,000 documents builds', () => {
    const docs = Array.from({ length: 2000 }, (_, i) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`).join('');
    const names = Array.from({ length: 2000 }, (_, i) => `c${i}`).sort();
    const want = names.map((n) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${n}\n`).join('---\n');
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': docs }, { yaml: want }, 15000);
  });
  it('a 5 MB document (50,000 keys) builds in bounded time (kubectl: > 60 s)', () => {
    const v = 'v'.repeat(100);
    const body = Array.from({ length: 50000 }, (_, i) => `  k${i}: "${v}"\n`).join('');
    const { result, ms } = run({ 'kustomization.yaml': K, 'r.yaml': CM + 'data:\n' + body });
    expect(ms).toBeLessThan(60000);
    expect('yaml' in result && result.yaml.length).toBe(5538947);
  });
});

describe('keys', () => {
  it('duplicate keys in a resource fail at the second key (kubectl: mapping key "a" already defined at line 6)', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + 'data:\n  a: "1"\n  a: "2"\n' }, {
      code: 'YAML_SYNTAX',
      message: /mapping key "a" already defined at line 6/,
      line: 7,
    });
  });
  it('duplicate keys in a kustomization: the last wins', () => {
    expectOutcome({ 'kustomization.yaml': 'namePrefix: a-\nnamePrefix: b-\n' + K, 'r.yaml': CM }, {
      yaml: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b-x\n',
    });
  });
});

describe('bytes', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));
  it('an invalid leading octet (kubectl: "yaml: invalid leading UTF-8 octet")', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': bytes(CM, 'data:\n  a: "', [0xff, 0xfe], '"\n') }, {
      code: 'YAML_SYNTAX',
      message: /^yaml: invalid leading UTF-8 octet$/,
      line: 6,
      file: '/app/r.yaml',
    });
  });
  it('a Latin-1 byte at the end (kubectl: "yaml: incomplete UTF-8 octet sequence")', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': bytes(CM, 'data:\n  a: caf', [0xe9], '\n') }, {
      code: 'YAML_SYNTAX',
      message: /^yaml: incomplete UTF-8 octet sequence$/,
    });
  });
  it('a Latin-1 byte mid-line (kubectl: "yaml: invalid trailing UTF-8 octet")', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': bytes(CM, 'data:\n  a: caf', [0xe9], ' bar\n') }, {
      code: 'YAML_SYNTAX',
      message: /^yaml: invalid trailing UTF-8 octet$/,
    });
  });
  it('invalid UTF-8 in a kustomization (kubectl: "invalid Kustomization: yaml: invalid trailing UTF-8 octet")', () => {
    expectOutcome({ 'kustomization.yaml': bytes('namePrefix: ', [0xc3, 0x28], '-\n', K), 'r.yaml': CM }, {
      code: 'YAML_SYNTAX',
      message: /invalid trailing UTF-8 octet/,
      line: 1,
      file: '/app/kustomization.yaml',
    });
  });
  it('a control character (kubectl: "yaml: control characters are not allowed")', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + 'data:\n  a: "x\x01y"\n' }, { code: 'YAML_SYNTAX', message: /control characters/ });
  });
  it('a NUL byte and a binary file', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': bytes(CM, [0], '\n') }, { code: 'YAML_SYNTAX' });
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': new Uint8Array(Array.from({ length: 256 }, (_, i) => i)) }, { code: 'YAML_SYNTAX' });
  });
  it('UTF-16 with a byte-order mark builds, as in kubectl', () => {
    const text = CM;
    const u16 = new Uint8Array(2 + text.length * 2);
    u16[0] = 0xff;
    u16[1] = 0xfe;
    for (let i = 0; i < text.length; i++) u16[2 + 2 * i] = text.charCodeAt(i);
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': u16 }, { yaml: CM });
  });
  it('a UTF-8 byte-order mark is dropped', () => {
    expectOutcome({ 'kustomization.yaml': bytes([0xef, 0xbb, 0xbf], K), 'r.yaml': bytes([0xef, 0xbb, 0xbf], CM) }, { yaml: CM });
  });
});

describe('tabs', () => {
  it('tab indentation in a resource (kubectl: "found character that cannot start any token", line 6)', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + 'data:\n\ta: b\n' }, { code: 'YAML_SYNTAX', line: 6 });
  });
  it('tab indentation in a kustomization', () => {
    expectOutcome({ 'kustomization.yaml': 'resources:\n\t- r.yaml\n', 'r.yaml': CM }, { code: 'YAML_SYNTAX', line: 2 });
  });
  it('tabs inside values are kept', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': CM + 'data:\n  a: "b\tc"\n  c: d\te\n' }, {
      yaml: 'apiVersion: v1\ndata:\n  a: "b\\tc"\n  c: "d\\te"\nkind: ConfigMap\nmetadata:\n  name: x\n',
    });
  });
});

describe('numbers and odd values', () => {
  const deploy = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n';
  it('huge numbers in a resource keep kubectl\'s spelling', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': deploy + 'spec:\n  replicas: 99999999999999999999999999\n  x: 1e400\n  y: -1e400\n  z: 0x7fffffffffffffffff\n' }, {
      yaml: deploy + 'spec:\n  replicas: 1e+26\n  x: 1e400\n  "y": -1e400\n  z: 0x7fffffffffffffffff\n',
    });
  });
  it('a replica count beyond int64 fails (kubectl: cannot unmarshal number ... of type int64)', () => {
    expectOutcome({ 'kustomization.yaml': K + 'replicas:\n- name: x\n  count: 99999999999999999999\n', 'r.yaml': deploy }, {
      code: 'INVALID_KUSTOMIZATION',
      message: /cannot unmarshal number/,
    });
  });
  it('a fractional replica count fails', () => {
    expectOutcome({ 'kustomization.yaml': K + 'replicas:\n- name: x\n  count: 2.5\n', 'r.yaml': deploy }, { code: 'INVALID_KUSTOMIZATION' });
  });
  it('a negative replica count is written as kubectl writes it', () => {
    expectOutcome({ 'kustomization.yaml': K + 'replicas:\n- name: x\n  count: -3\n', 'r.yaml': deploy }, {
      yaml: deploy + 'spec:\n  replicas: -3\n',
    });
  });
  it('numeric and boolean names and kinds are names and kinds', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 123\n' }, {
      yaml: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 123\n',
    });
    expectOutcome({ 'kustomization.yaml': K + 'namePrefix: p-\n', 'r.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: true\n' }, {
      yaml: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p-true\n',
    });
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': 'apiVersion: v1\nkind: 123\nmetadata:\n  name: x\n' }, {
      yaml: 'apiVersion: v1\nkind: 123\nmetadata:\n  name: x\n',
    });
    const two = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 123\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 456\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pod\nspec:\n  volumes:\n  - configMap:\n      name: 123\n';
    expectOutcome({ 'kustomization.yaml': K + 'namePrefix: p-\n', 'r.yaml': two }, {
      yaml: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p-123\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p-456\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p-pod\nspec:\n  volumes:\n  - configMap:\n      name: p-123\n',
    });
  });
  it('a map or list as a name is a missing name (kubectl: missing metadata.name)', () => {
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {a: b}\n' }, { code: 'INVALID_RESOURCE', message: /missing metadata.name/ });
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [a]\n' }, { code: 'INVALID_RESOURCE', message: /missing metadata.name/ });
    expectOutcome({ 'kustomization.yaml': K, 'r.yaml': 'apiVersion: v1\nkind: [a]\nmetadata:\n  name: x\n' }, { code: 'INVALID_RESOURCE', message: /missing kind/ });
  });
});
