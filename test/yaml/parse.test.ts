/**
 * Parser tests. Resource cases compare parse → emit with the bytes `kubectl kustomize`
 * (kustomize v5.5.0) printed for the same file (recorded once; never produced by our code);
 * error cases are inputs kubectl rejected. Kustomization cases encode behaviour observed with
 * kubectl (see comments).
 */
import { describe, expect, test } from 'vitest';
import { emitStream } from '../../src/yaml/emit.js';
import { parseKustomizationText, parseResourceDocuments } from '../../src/yaml/parse.js';
import type { Json, JsonObject } from '../../src/core/json.js';
import { isValuelessNull, scalarText } from '../../src/core/scalar-text.js';
import { build as buildTree } from '../../src/build.js';
import { MemoryFs } from '../../src/fs/filesystem.js';

function build(text: string): string {
  return emitStream(parseResourceDocuments(text, 'r.yaml').map((d) => d.value));
}

/** The whole pipeline on a tree `resources: [r.yaml]` (what kubectl kustomize printed). */
function kustomize(text: string): string {
  return buildTree(new MemoryFs({ 'a/kustomization.yaml': 'resources:\n- r.yaml\n', 'a/r.yaml': text }), 'a').yaml;
}

/** [name, resource file, kubectl kustomize output]. */
const RESOURCE_CASES: [string, string, string][] = [
  [
    "YAML 1.1 words stay strings, 1.2 booleans and nulls are typed",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: [yes, no, on, off, y, n, Yes, NO, On]\n  b: [true, True, TRUE, false, False, FALSE]\n  c: [~, null, Null, NULL, tRue]\n  d:\n  e: \"\"\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n  - \"yes\"\n  - \"no\"\n  - \"on\"\n  - \"off\"\n  - \"y\"\n  - \"n\"\n  - \"Yes\"\n  - \"NO\"\n  - \"On\"\n  b:\n  - true\n  - true\n  - true\n  - false\n  - false\n  - false\n  c:\n  - null\n  - null\n  - null\n  - null\n  - tRue\n  d: null\n  e: \"\"\n",
  ],
  [
    "integers in every notation",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: [0x1F, 0X1f, -0x1F, +0x1F, 0o17, 0O17, -0o17, 017, 08, 0b101, -0b101, 0B11, +12, -0, 1_000, 1__0, 1_, _1, 0x_1F]\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n  - 31\n  - 31\n  - -31\n  - 31\n  - 15\n  - 15\n  - -15\n  - 15\n  - 8\n  - 5\n  - -5\n  - 3\n  - 12\n  - 0\n  - 1000\n  - 10\n  - 1\n  - _1\n  - 31\n",
  ],
  [
    "floats",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: [1.0, 1.5, 1e3, 1E3, 1e+3, 1.5e-3, .5, -.5, +.5, 5., 09.5, 6.02e23, 1234567.8, 0.000001, 1e400, 1.0e400, .5_0, ._5]\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n  - 1\n  - 1.5\n  - 1000\n  - 1000\n  - 1000\n  - 0.0015\n  - 0.5\n  - -0.5\n  - 0.5\n  - 5\n  - 9.5\n  - 6.02e+23\n  - 1.2345678e+06\n  - 1e-06\n  - 1e400\n  - 1.0e400\n  - 0.5\n  - ._5\n",
  ],
  [
    "big integers",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: [9007199254740992, 1152921504606846976, 9223372036854775808, -9223372036854775808, 18446744073709551616, 123456789012345678901234567890, 0x1234567890ABCDEF0123]\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n  - 9007199254740992\n  - 1152921504606846976\n  - 9223372036854775808\n  - -9223372036854775808\n  - 1.8446744073709552e+19\n  - 1.2345678901234568e+29\n  - 0x1234567890ABCDEF0123\n",
  ],
  [
    "timestamps become RFC 3339 strings",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: [2001-12-14, 2001-2-3, 2000-02-29]\n  b: 2001-12-14t21:59:43.10-05:00\n  c: 2001-12-14 21:59:43.10\n  d: 2001-12-14T21:59:43+00:00\n  e: 2001-12-14T21:59:43,5Z\n  f: 2001-12-14T21:59:43.123456789123Z\n  g: 2001-12-14   21:59:43\n  h: 0000-01-01\n  i: 2001-12-14T21:59:43+05:60\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n  - \"2001-12-14T00:00:00Z\"\n  - \"2001-02-03T00:00:00Z\"\n  - \"2000-02-29T00:00:00Z\"\n  b: \"2001-12-14T21:59:43.1-05:00\"\n  c: \"2001-12-14T21:59:43.1Z\"\n  d: \"2001-12-14T21:59:43Z\"\n  e: \"2001-12-14T21:59:43.5Z\"\n  f: \"2001-12-14T21:59:43.123456789Z\"\n  g: \"2001-12-14T21:59:43Z\"\n  h: \"0000-01-01T00:00:00Z\"\n  i: \"2001-12-14T21:59:43+06:00\"\n",
  ],
  [
    "invalid timestamps stay strings",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: [2001-02-30, 2002-02-29, 2001-13-01, 20011-12-14, 2001-12-14T25:00:00Z, 2001-12-14 21:59:43.10 -5, 2001-12-14T21:59:43.]\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n  - 2001-02-30\n  - 2002-02-29\n  - 2001-13-01\n  - 20011-12-14\n  - 2001-12-14T25:00:00Z\n  - 2001-12-14 21:59:43.10 -5\n  - 2001-12-14T21:59:43.\n",
  ],
  [
    "timestamps with a time part stay strings in flow collections",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: [2001-12-14T21:59:43Z, 2001-12-14, 2001-12-14 21:59:43.10]\n  b: {x: 2001-12-14T21:59:43Z}\n  c: &t 2001-12-14 21:59:43.10\n  d: [*t]\n  e: *t\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n  - \"2001-12-14T21:59:43Z\"\n  - \"2001-12-14T00:00:00Z\"\n  - \"2001-12-14 21:59:43.10\"\n  b:\n    x: \"2001-12-14T21:59:43Z\"\n  c: \"2001-12-14T21:59:43.1Z\"\n  d:\n  - \"2001-12-14 21:59:43.10\"\n  e: \"2001-12-14T21:59:43.1Z\"\n",
  ],
  [
    "base-60 and other number-like text stay strings",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: [1:20, 190:20:30, 1.2.3, 10.0.0.1, 1Gi, 500m, 1e, e1, \"+\", \"-\", ., ..]\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n  - \"1:20\"\n  - \"190:20:30\"\n  - 1.2.3\n  - 10.0.0.1\n  - 1Gi\n  - 500m\n  - 1e\n  - e1\n  - +\n  - '-'\n  - .\n  - ..\n",
  ],
  [
    "explicit tags",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: !!str 12\n  b: !!int \"12\"\n  c: !!float 1\n  d: !!bool \"true\"\n  e: !!null \"\"\n  f: !!str\n  g: !!timestamp 2001-12-14\n  h: !!str 2001-12-14\n  i: !custom 12\n  j: !custom true\n  k: ! 12\n  l: !!merge x\n  m: !!str ~\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: \"12\"\n  b: 12\n  c: 1\n  d: true\n  e: null\n  f: \"\"\n  g: \"2001-12-14T00:00:00Z\"\n  h: \"2001-12-14\"\n  i: \"12\"\n  j: \"true\"\n  k: 12\n  l: x\n  m: \"~\"\n",
  ],
  [
    "!!binary is decoded, invalid UTF-8 becomes U+FFFD",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: !!binary aGVsbG8gd29ybGQ=\n  b: !!binary /w==\n  c: !!binary 4pyT\n  d: !!binary |\n    aGVs\n    bG8=\n  e: !!binary \"8J+YgA==\"\n  f: !!binary 7aCA\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: hello world\n  b: �\n  c: ✓\n  d: hello\n  e: \"\\U0001F600\"\n  f: ���\n",
  ],
  [
    "anchors and aliases are expanded",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: &s hello\n  b: *s\n  c: &m {x: 1, y: [1, 2]}\n  d: *m\n  e: &l [a, b]\n  f: [*l, *l]\n  g: {k: *s}\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: hello\n  b: hello\n  c:\n    x: 1\n    \"y\":\n    - 1\n    - 2\n  d:\n    x: 1\n    \"y\":\n    - 1\n    - 2\n  e:\n  - a\n  - b\n  f:\n  - - a\n    - b\n  - - a\n    - b\n  g:\n    k: hello\n",
  ],
  [
    "merge keys: own keys win, the first source wins",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  base: &b {a: 1, b: 2, c: 3}\n  other: &o {b: 20, d: 40}\n  m1:\n    <<: *b\n    c: 30\n  m2:\n    c: 30\n    <<: [*o, *b]\n  m3:\n    <<: {x: 1}\n    y: 2\n  m4: {<<: *o, d: 4}\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  base:\n    a: 1\n    b: 2\n    c: 3\n  m1:\n    a: 1\n    b: 2\n    c: 30\n  m2:\n    a: 1\n    b: 20\n    c: 30\n    d: 40\n  m3:\n    x: 1\n    \"y\": 2\n  m4:\n    b: 20\n    d: 4\n  other:\n    b: 20\n    d: 40\n",
  ],
  [
    "a quoted \"<<\" key is dropped",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n    \"<<\": {x: 1}\n    b: 2\n  c:\n    '<<': 3\n  d: {\"<<\": [1]}\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n    b: 2\n  c: {}\n  d: {}\n",
  ],
  [
    "nested merges",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: &a {x: 1}\n  b: &b\n    <<: *a\n    y: 2\n  c:\n    <<: *b\n    z: 3\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n    x: 1\n  b:\n    x: 1\n    \"y\": 2\n  c:\n    x: 1\n    \"y\": 2\n    z: 3\n",
  ],
  [
    "empty values in flow collections are empty strings",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: {x: , y}\n  b: [k: ]\n  c: {x: ~, y: null}\n  d:\n    ? x\n  e: {x: !!null }\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n    x: \"\"\n    \"y\": \"\"\n  b:\n  - k: \"\"\n  c:\n    x: null\n    \"y\": null\n  d:\n    x: null\n  e:\n    x: null\n",
  ],
  [
    "flow pairs inside sequences",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: [x: 1, y, [z: 2]]\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n  - x: 1\n  - \"y\"\n  - - z: 2\n",
  ],
  [
    "literal blocks with chomping and indentation",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: |\n    x\n     y\n  \n  b: |-\n    x\n  c: |+\n    x\n  \n  d: |2\n      x\n    y\n  e: |\n  \n    x\n  \n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: |\n    x\n     y\n  b: x\n  c: |+\n    x\n\n  d: |2\n      x\n    y\n  e: |2\n\n    x\n",
  ],
  [
    "folded blocks",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: >\n    x\n    y\n  \n    z\n  b: >\n    x\n      more\n    y\n  c: >-\n    x\n    y\n  d: >\n    a b\n  \n    c\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: |\n    x y\n    z\n  b: |\n    x\n\n      more\n    y\n  c: x y\n  d: |\n    a b\n    c\n",
  ],
  [
    "folded keep-chomp blocks gain a newline through kyaml",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: >+\n    x\n  \n  \n  b: >+\n    x\n    y\n  \n  c: >+\n  \n    x\n  \n  d: >+\n    x\n      y\n  e: >+\n    😀 x\n  \n  f: [1]\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: |+\n    x\n\n\n\n  b: |+\n    x y\n\n\n  c: |2+\n\n    x\n\n\n  d: |\n    x\n\n      y\n  e: \"\\U0001F600 x\\n\\n\"\n  f:\n  - 1\n",
  ],
  [
    "double-quoted escapes and folding",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: \"\\x41\\u00e9\\U0001F600\\t\\0\\a\\b\\v\\f\\r\\e\\N\\_\\L\\P\\ \\\"\\\\\"\n  b: \"it\\'s\"\n  c: \"a\n    b\n  \n    c\"\n  d: \"a\\\n      b\"\n  e: \"a   \n    b\"\n  f: \"x\\u0085y\"\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: \"Aé\\U0001F600\\t\\0\\a\\b\\v\\f\\r\\e  \\L\\P \\\"\\\\\"\n  b: it's\n  c: |-\n    a b\n    c\n  d: ab\n  e: a b\n  f: x y\n",
  ],
  [
    "single-quoted folding",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: 'it''s'\n  b: 'a\n    b\n  \n    c'\n  c: '  x  '\n  d: ''\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: it's\n  b: |-\n    a b\n    c\n  c: '  x  '\n  d: \"\"\n",
  ],
  [
    "plain multi-line scalars fold",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: x\n    y\n  \n    z\n  c: x:y\n  d: x #not a comment\n  e: x # a comment\n  f: \"#x\"\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: |-\n    x y\n    z\n  c: x:y\n  d: x\n  e: x\n  f: '#x'\n",
  ],
  [
    "top-level non-string keys keep their text",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\n1: one\ntrue: t\n1.5: f\n2001-12-14: d\n017: o\n",
    "\"1\": one\n\"1.5\": f\n\"017\": o\n\"2001-12-14\": d\napiVersion: v1\nkind: Foo\nmetadata:\n  name: x\n\"true\": t\n",
  ],
  [
    "quoted and complex keys",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  \"a b\": 1\n  'c': 2\n  ? d\n  : 3\n  ? |\n    e\n  : 4\n  \"\": 5\n  \"1\": 6\n  \"true\": 7\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  \"\": 5\n  \"1\": 6\n  a b: 1\n  c: 2\n  d: 3\n  ? |\n    e\n  : 4\n  \"true\": 7\n",
  ],
  [
    "raw NEL and LS are line breaks in the input",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: x  b: 1\n  c: \"p     q\"\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: x\n  b: 1\n  c: 'p     q'\n",
  ],
  [
    "empty, null and comment-only documents are skipped",
    "---\napiVersion: v1\nkind: Foo\nmetadata:\n  name: a\n---\n---\n# only a comment\n---\nnull\n---\n~\n---\n{}\n---\n[]\n--- # separator comment\napiVersion: v1\nkind: Foo\nmetadata:\n  name: b\n---   \napiVersion: v1\nkind: Foo\nmetadata:\n  name: c\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Foo\nmetadata:\n  name: b\n---\napiVersion: v1\nkind: Foo\nmetadata:\n  name: c\n",
  ],
  [
    "a ... end marker hides the rest of that piece",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: a\n...\napiVersion: v1\nkind: Foo\nmetadata:\n  name: b\n---\napiVersion: v1\nkind: Foo\nmetadata:\n  name: c\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Foo\nmetadata:\n  name: c\n",
  ],
  [
    "Windows line endings",
    "apiVersion: v1\r\nkind: Foo\r\nmetadata:\r\n  name: a\r\nspec:\r\n  s: |\r\n    x\r\n    y\r\n---\r\napiVersion: v1\r\nkind: Foo\r\nmetadata:\r\n  name: b\r\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: a\nspec:\n  s: |\n    x\n    y\n---\napiVersion: v1\nkind: Foo\nmetadata:\n  name: b\n",
  ],
  [
    "a leading byte-order mark",
    "﻿apiVersion: v1\nkind: Foo\nmetadata:\n  name: a\nspec: x\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: a\nspec: x\n",
  ],
  [
    "a file without a trailing newline",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: a\nspec: |\n  x",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: a\nspec: x\n",
  ],
  [
    "a separator at the very end",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: a\nspec: 1\n---\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: a\nspec: 1\n",
  ],
  [
    "a first line of --- with a comment",
    "--- # hi\napiVersion: v1\nkind: Foo\nmetadata:\n  name: a\n",
    "apiVersion: v1\nkind: Foo\nmetadata:\n  name: a\n",
  ],
];

/** [name, resource file, kubectl's error (for the record)]. */
const ERROR_CASES: [string, string, string][] = [
  ["duplicate keys", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: 1\n  a: 2\n", "<\n\tmap[string]interface {}(nil): yaml: unmarshal errors:\n\t  line 7: mapping key \"a\" already defined at line 6\n >"],
  ["duplicate keys differing only in quoting", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: 1\n  \"a\": 2\n", "<\n\tmap[string]interface {}(nil): yaml: unmarshal errors:\n\t  line 7: mapping key \"a\" already defined at line 6\n >"],
  ["an int key in a nested map", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  1: a\n", "tring]interface {}{\\\"name\\\":\\\"x\\\"}, \\\"spec\\\":map[interface {}]interface {}{1:\\\"a\\\"}}: json: unsupported type: map[interface {}]interface {}\""],
  ["a bool key in a nested map", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  x: {true: a}\n", ", \\\"spec\\\":map[string]interface {}{\\\"x\\\":map[interface {}]interface {}{true:\\\"a\\\"}}}: json: unsupported type: map[interface {}]interface {}\""],
  ["a null key", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  x:\n    ~: a\n", "<\n\tmap[string]interface {}(nil): yaml: unmarshal errors:\n\t  line 8: mapping key \"~\" already defined at line 7\n >"],
  ["a custom-tagged key in a nested map", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  x: {!foo a: 1}\n", "\\\"}, \\\"spec\\\":map[string]interface {}{\\\"x\\\":map[interface {}]interface {}{\\\"a\\\":1}}}: json: unsupported type: map[interface {}]interface {}\""],
  [".inf", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: .inf\n", "\\\"Foo\\\", \\\"metadata\\\":map[string]interface {}{\\\"name\\\":\\\"x\\\"}, \\\"spec\\\":map[string]interface {}{\\\"a\\\":+Inf}}: json: unsupported value: +Inf\""],
  [".nan", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: [.nan]\n", "adata\\\":map[string]interface {}{\\\"name\\\":\\\"x\\\"}, \\\"spec\\\":map[string]interface {}{\\\"a\\\":[]interface {}{NaN}}}: json: unsupported value: NaN\""],
  ["!!bool \"yes\"", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: !!bool \"yes\"\n", "\"map[string]interface {}(nil): yaml: cannot decode !!str `yes` as a !!bool\""],
  ["!!int with no value", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: !!int\n", "\"map[string]interface {}(nil): yaml: cannot decode !!null `` as a !!int\""],
  ["!!binary with bad base64", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: !!binary \"abc\"\n", "\"map[string]interface {}(nil): yaml: !!binary value contains invalid base64 data\""],
  ["unknown escape \\/", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: \"\\/\"\n", "umulating resources: accumulating resources from 'r.yaml': MalformedYAMLError: yaml: line 6: found unknown escape character in File: r.yaml\""],
  ["surrogate escape", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: \"\\ud83d\\ude00\"\n", "ources: accumulating resources from 'r.yaml': MalformedYAMLError: yaml: line 6: found invalid Unicode character escape code in File: r.yaml\""],
  ["raw control character", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: \"x\u0001y\"\n", "\"accumulating resources: accumulating resources from 'r.yaml': MalformedYAMLError: yaml: control characters are not allowed in File: r.yaml\""],
  ["raw C1 control character", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: xy\n", "\"accumulating resources: accumulating resources from 'r.yaml': MalformedYAMLError: yaml: control characters are not allowed in File: r.yaml\""],
  ["invalid document separator", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: a\n---x\napiVersion: v1\nkind: Foo\nmetadata:\n  name: b\n", "g resources from 'r.yaml': invalid document separator: ---x': must build at directory: '/tmp/yx/rec/k.og2xUD/r.yaml': file is not directory\""],
  ["a merge of a scalar", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n    <<: x\n", "l': map merge requires map or sequence of maps as the value': must build at directory: '/tmp/yx/rec/k.uityZd/r.yaml': file is not directory\""],
  ["a merge of a list of scalars", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a:\n    <<: [1]\n", "l': map merge requires map or sequence of maps as the value': must build at directory: '/tmp/yx/rec/k.gvvi8B/r.yaml': file is not directory\""],
  ["a merge of an alias to a list", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  l: &l [1]\n  a:\n    <<: *l\n", "aml': invalid map merge: received alias for a non-map value': must build at directory: '/tmp/yx/rec/k.5HWHoc/r.yaml': file is not directory\""],
  ["an unknown alias", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: *nope\n", "\"accumulating resources: accumulating resources from 'r.yaml': MalformedYAMLError: yaml: unknown anchor 'nope' referenced in File: r.yaml\""],
  ["bad indentation", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: 1\n   b: 2\n", "ces: accumulating resources from 'r.yaml': MalformedYAMLError: yaml: line 7: mapping values are not allowed in this context in File: r.yaml\""],
  ["an unclosed flow sequence", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: [1, 2\n", "ulating resources: accumulating resources from 'r.yaml': MalformedYAMLError: yaml: line 5: did not find expected ',' or ']' in File: r.yaml\""],
  ["a timestamp with a 24-hour offset", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  a: 2001-12-14T21:59:43+24:00\n", " 43, 0, time.Location(\\\"\\\"))}}: json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: timezone hour outside of range [0,23]\""],
  ["a block sequence entry on the key line", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  b: - x\n", "umulating resources from 'r.yaml': MalformedYAMLError: yaml: line 6: block sequence entries are not allowed in this context in File: r.yaml\""],
  ["a key of 1023 characters", "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\nspec:\n  \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\": 1\n", "ces: accumulating resources from 'r.yaml': MalformedYAMLError: yaml: line 6: mapping values are not allowed in this context in File: r.yaml\""],
];

describe('parseResourceDocuments → emit matches kubectl kustomize', () => {
  test.each(RESOURCE_CASES)('%s', (_name, input, expected) => {
    expect(build(input)).toBe(expected);
  });
});

describe('inputs kustomize rejects', () => {
  test.each(ERROR_CASES)('%s', (_name, input) => {
    let err: unknown;
    try {
      build(input);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ name: 'KustomizeError', file: 'r.yaml' });
    expect((err as { code: string }).code).toMatch(/^(YAML_SYNTAX|INVALID_RESOURCE)$/);
    expect(typeof (err as { line: unknown }).line).toBe('number');
    expect(typeof (err as { col: unknown }).col).toBe('number');
  });

  test.each([
    ['a duplicate key points at the second key', 'a: 1\nb: 2\na: 3\n', 3, 1],
    ['a bad separator points at the separator line', 'a: 1\n---x\nb: 2\n', 2, 1],
    ['a control character points at itself', 'a: 1\nb: "x\u0001"\n', 2, 6],
    ['a syntax error carries its position', 'a: 1\nb: [1, 2\n', 3, 1],
    ['an unknown escape points at the backslash', 'a: 1\nb: "x\\/"\n', 2, 6],
  ])('%s', (_name, input, line, col) => {
    expect(() => parseResourceDocuments(input, 'f.yaml')).toThrow(expect.objectContaining({ code: 'YAML_SYNTAX', file: 'f.yaml', line, col }));
  });
});

describe('resource annotations print as their source text (kustomize rewrites them as strings)', () => {
  // Inputs built into a tree with `resources: [r.yaml]`; expected = kubectl kustomize output.
  test('scalars of every type', () => {
    const input = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    x: 0x10\n    y: ~\n    n: 8080\n    b: true\n    f: 1.50\n    e:\n    nl: null\n    Nl: Null\n    NL: NULL\n    f2: 1e3\n    f3: .5\n    inf: .inf\n    nan: .NaN\n    ts: 2001-12-14\n    ts2: 2001-12-14 21:59:43.10\n    oct: 017\n    o2: 0o17\n    us: 1_000\n    q1: \"0x10\"\n    q2: '1.50'\n    q3: \"true\"\n    lit: |\n      hello\n      world\n    lit2: |-\n      8080\n    fold: >\n      a\n      b\n    tagged: !!str 12\n    tagint: !!int \"12\"\n    tagf: !!float 1\n    big: 123456789012345678901234567890\n    neg: -0\n    bin: !!binary aGk=\n    yes: yes\n    plus: +12\n  labels:\n    n: 1\ndata:\n  k: v\n";
    const kubectl = "apiVersion: v1\ndata:\n  k: v\nkind: ConfigMap\nmetadata:\n  annotations:\n    NL: \"NULL\"\n    Nl: \"Null\"\n    b: \"true\"\n    big: \"123456789012345678901234567890\"\n    bin: aGk=\n    e: \"\"\n    f: \"1.50\"\n    f2: \"1e3\"\n    f3: \".5\"\n    fold: |\n      a b\n    inf: \".inf\"\n    lit: |\n      hello\n      world\n    lit2: \"8080\"\n    \"n\": \"8080\"\n    nan: \".NaN\"\n    neg: \"-0\"\n    nl: \"null\"\n    o2: \"0o17\"\n    oct: \"017\"\n    plus: \"+12\"\n    q1: \"0x10\"\n    q2: \"1.50\"\n    q3: \"true\"\n    tagf: \"1\"\n    tagged: \"12\"\n    tagint: \"12\"\n    ts: \"2001-12-14\"\n    ts2: \"2001-12-14 21:59:43.10\"\n    us: \"1_000\"\n    x: \"0x10\"\n    \"y\": \"~\"\n    \"yes\": \"yes\"\n  labels:\n    \"n\": 1\n  name: a\n";
    expect(kustomize(input)).toBe(kubectl);
  });

  test('aliases, folded and literal blocks, maps and lists, duplicates, merges; labels and pod templates keep their types', () => {
    const input = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels:\n    l: &lv 0x20\n  annotations:\n    al: *lv\n    al2: &a2 1.0\n    al3: *a2\n    fk: >+\n      x\n\n    fk2: >\n      x\n        y\n    multi: a\n      b\n    sq: 'it''s'\n    dq: \"a\\tb\"\n    plainsp: x   # c\n    time: 12:30\n    date2: 2001-12-14t21:59:43.10-05:00\n    m: {a: 1}\n    l: [1, 2]\n    dup: 1\n    dup: 2\n    inf: .inf\n    badts: 2001-12-14T21:59:43+24:00\n    badtag: !!int \"x\"\n    bin: !!binary aGk=\n    big: 123456789012345678901234567890\n    lit: |-\n      8080\n\ndata:\n  k: v\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n  annotations:\n    <<: {a: 1, b: x}\n    c: 2\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations: &m\n    a: 1\n  labels: *m\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: d\n  annotations: &m2\n    a: 1\n  labels: *m2\nspec:\n  template:\n    metadata:\n      annotations:\n        a: 1\n";
    const kubectl = "apiVersion: v1\ndata:\n  k: v\nkind: ConfigMap\nmetadata:\n  annotations:\n    al: \"0x20\"\n    al2: \"1.0\"\n    al3: \"1.0\"\n    badtag: x\n    badts: \"2001-12-14T21:59:43+24:00\"\n    big: \"123456789012345678901234567890\"\n    bin: aGk=\n    date2: \"2001-12-14t21:59:43.10-05:00\"\n    dq: \"a\\tb\"\n    dup: \"2\"\n    fk: |+\n      x\n\n    fk2: |\n      x\n        y\n    inf: \".inf\"\n    l: \"\"\n    lit: \"8080\"\n    m: \"\"\n    multi: a b\n    plainsp: x\n    sq: it's\n    time: \"12:30\"\n  labels:\n    l: 32\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  annotations:\n    a: \"1\"\n    b: x\n    c: \"2\"\n  name: b\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  annotations:\n    a: \"1\"\n  labels:\n    a: 1\n  name: c\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  annotations:\n    a: \"1\"\n  labels:\n    a: 1\n  name: d\nspec:\n  template:\n    metadata:\n      annotations:\n        a: 1\n";
    expect(kustomize(input)).toBe(kubectl);
  });

  test('items of a List document', () => {
    const input = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n    annotations:\n      x: 0x10\n      y: 1.50\n      z: ~\n      w: 1000000\n      v: 1e3\n";
    const kubectl = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  annotations:\n    v: \"1e3\"\n    w: \"1000000\"\n    x: \"0x10\"\n    \"y\": \"1.50\"\n    z: \"~\"\n  name: a\n";
    expect(kustomize(input)).toBe(kubectl);
  });

  test('null values are nulls with their spelling beside them (a strategic-merge patch deletes with them)', () => {
    // kubectl: a patch `annotations: {a: ~, b: null, c:, h: !!null, d: 0x10}` deletes a, b, c, h
    // and sets d: "0x10".
    const [doc] = parseResourceDocuments('metadata:\n  annotations:\n    a: ~\n    b: null\n    c:\n    h: !!null\n    d: 0x10\n    e: {x: }\n    f: {}\n', 'p.yaml');
    const a = (doc!.value as { metadata: { annotations: JsonObject } }).metadata.annotations;
    expect(a).toEqual({ a: null, b: null, c: null, h: null, d: 16, e: '', f: '' });
    expect(['a', 'b', 'c', 'h', 'd'].map((k) => scalarText(a, k))).toEqual(['~', undefined, '', '', '0x10']);
    expect(['a', 'b', 'c', 'h'].map((k) => isValuelessNull(a, k))).toEqual([false, false, true, true]);
    const [flow] = parseResourceDocuments('metadata:\n  annotations: {a: , b: !!null , c: "", d: !!str }\n', 'p.yaml');
    const fa = (flow!.value as { metadata: { annotations: JsonObject } }).metadata.annotations;
    expect(fa).toEqual({ a: '', b: null, c: '', d: '' });
    expect(['a', 'b', 'c', 'd'].map((k) => isValuelessNull(fa, k))).toEqual([true, true, false, false]);
  });

  test('values kyaml never decodes cannot fail', () => {
    const [doc] = parseResourceDocuments('metadata:\n  annotations:\n    a: .nan\n    b: !!binary "abc"\n    c: !!bool "yes"\n    d: {1: x}\n', 'r.yaml');
    expect(doc!.value).toEqual({ metadata: { annotations: { a: '.nan', b: 'abc', c: 'yes', d: '' } } });
  });

  test('only the document root (and List items) are concerned', () => {
    const [doc] = parseResourceDocuments('spec:\n  metadata:\n    annotations:\n      a: 1\nitems:\n- metadata:\n    annotations:\n      a: 1\n', 'r.yaml');
    expect(doc!.value).toEqual({ spec: { metadata: { annotations: { a: 1 } } }, items: [{ metadata: { annotations: { a: 1 } } }] });
  });
});

describe('documents', () => {
  test('index counts every ---separated piece, line is where the content starts', () => {
    const docs = parseResourceDocuments('# c\n---\na: 1\n---\n\n---\nb: 2\nc: 3\n', 'f.yaml');
    expect(docs.map((d) => [d.index, d.line, d.value])).toEqual([
      [1, 3, { a: 1 }],
      [3, 7, { b: 2, c: 3 }],
    ]);
  });

  test('an empty file has no documents', () => {
    expect(parseResourceDocuments('', 'f.yaml')).toEqual([]);
    expect(parseResourceDocuments('# nothing\n', 'f.yaml')).toEqual([]);
  });

  test('typing follows yaml.v3 (values as kubectl printed them above)', () => {
    const [doc] = parseResourceDocuments('a: yes\nb: 0o17\nc: 017\nd: 1_000\ne: 2001-12-14\nf: 0x1F\ng: 1.0\nh: ~\n', 'f.yaml');
    expect(doc!.value).toEqual({ a: 'yes', b: 15, c: 15, d: 1000, e: '2001-12-14T00:00:00Z', f: 31, g: 1, h: null });
  });

  test('__proto__ keys are plain own data', () => {
    const [doc] = parseResourceDocuments('__proto__: {polluted: true}\n', 'f.yaml');
    expect(Object.prototype.hasOwnProperty.call(doc!.value, '__proto__')).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('limits', () => {
  test('an alias bomb is LIMIT_EXCEEDED', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    expect(() => parseResourceDocuments(text, 'bomb.yaml')).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED' }));
  });

  test('a self-referencing alias is an error', () => {
    expect(() => parseResourceDocuments('a: &x [1, *x]\n', 'f.yaml')).toThrow(expect.objectContaining({ name: 'KustomizeError' }));
  });

  test('absurd nesting is LIMIT_EXCEEDED, not a crash', () => {
    const deep = 'a: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
    expect(() => parseResourceDocuments(deep, 'f.yaml')).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED' }));
    let block = '';
    for (let i = 0; i < 2500; i++) block += ' '.repeat(i) + 'k:\n';
    expect(() => parseResourceDocuments(block, 'f.yaml')).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED' }));
  });
});

describe('documented divergences', () => {
  test('integers beyond 2^53 lose precision (JSON numbers are doubles here)', () => {
    // kubectl prints 9007199254740993 (int64 kept exact); we hold the nearest double.
    const [doc] = parseResourceDocuments('a: 9007199254740993\n', 'f.yaml');
    expect(doc!.value).toEqual({ a: 9007199254740992 });
  });
});

describe('parseKustomizationText (sigs.k8s.io/yaml, YAML 1.1)', () => {
  test('YAML 1.1 booleans and timestamps', () => {
    // kubectl: `namespace: yes` fails as "cannot unmarshal bool"; `namespace: 2001-12-14` gives "2001-12-14".
    expect(parseKustomizationText('a: yes\nb: on\nc: n\nd: 2001-12-14\ne: 0x1F\nf: 017\ng: 1e6\nh: ~\n', 'kustomization.yaml')).toEqual({
      a: true,
      b: true,
      c: false,
      d: '2001-12-14',
      e: 31,
      f: 15,
      g: 1000000,
      h: null,
    });
  });

  test('duplicate keys: the last one wins', () => {
    // kubectl: namePrefix a- then b- gives the prefix b-.
    expect(parseKustomizationText('namePrefix: a-\nnamePrefix: b-\n', 'k.yaml')).toEqual({ namePrefix: 'b-' });
  });

  test('merge keys apply in order (a later merge overrides an earlier key)', () => {
    // kubectl: commonAnnotations {a: "3", <<: *a} with &a {a: "1"} annotates a: "1".
    const k = parseKustomizationText('commonLabels: &a\n  a: "1"\ncommonAnnotations:\n  a: "3"\n  <<: *a\n  b: "2"\n', 'k.yaml');
    expect(k).toEqual({ commonLabels: { a: '1' }, commonAnnotations: { a: '1', b: '2' } });
  });

  test('non-string keys become strings', () => {
    // kubectl: annotation keys 1, 1.5, 2.0, 0x10, 3.14159265358979, true became 1, 1.5, 2, 16, 3.1415927, true.
    const k = parseKustomizationText('m:\n  1: x\n  1.5: z\n  2.0: w\n  0x10: v\n  3.14159265358979: q\n  true: t\n', 'k.yaml');
    expect(k).toEqual({ m: { '1': 'x', '1.5': 'z', '2': 'w', '16': 'v', '3.1415927': 'q', true: 't' } });
  });

  test('!!binary is decoded', () => {
    expect(parseKustomizationText('namespace: !!binary aGk=\n', 'k.yaml')).toEqual({ namespace: 'hi' });
  });

  test('a null key is an error', () => {
    // kubectl: "unsupported map key of type: %!s(<nil>)".
    expect(() => parseKustomizationText('m:\n  ~: x\n', 'k.yaml')).toThrow(expect.objectContaining({ code: 'YAML_SYNTAX', line: 2, col: 3 }));
  });

  test('bad escapes are errors', () => {
    // kubectl: "yaml: line 3: found unknown escape character".
    expect(() => parseKustomizationText('resources:\n- r.yaml\nnamespace: "\\/x"\n', 'k.yaml')).toThrow(expect.objectContaining({ code: 'YAML_SYNTAX', line: 3 }));
  });

  test('an empty file is null', () => {
    expect(parseKustomizationText('', 'k.yaml')).toBeNull();
    expect(parseKustomizationText('# only a comment\n', 'k.yaml')).toBeNull();
  });

  test('empty values in flow maps are null (no kyaml round trip here)', () => {
    expect(parseKustomizationText('a: {x: , z}\n', 'k.yaml')).toEqual({ a: { x: null, z: null } });
  });
});
