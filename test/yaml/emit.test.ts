/**
 * Table-driven emitter tests. Every expected text was printed by `kubectl kustomize` (kustomize
 * v5.5.0) for a resource whose `spec` is the given value (recorded once by feeding the value
 * as JSON to kubectl; never produced by our code).
 */
import { describe, expect, test } from "vitest";
import type { Json } from "../../src/core/json.js";
import { emitDocument, emitStream, formatNumber } from "../../src/yaml/emit.js";

/** [name, spec value, expected text of the spec part]. */
const CASES: [string, Json, string][] = [
  [
    "YAML 1.1 booleans and nulls are double-quoted",
    ["true","True","yes","Yes","YES","y","Y","n","N","no","on","On","off","OFF","false","~","null","Null","NULL",""],
    "spec:\n- \"true\"\n- \"True\"\n- \"yes\"\n- \"Yes\"\n- \"YES\"\n- \"y\"\n- \"Y\"\n- \"n\"\n- \"N\"\n- \"no\"\n- \"on\"\n- \"On\"\n- \"off\"\n- \"OFF\"\n- \"false\"\n- \"~\"\n- \"null\"\n- \"Null\"\n- \"NULL\"\n- \"\"\n",
  ],
  [
    "non-keywords stay plain",
    ["yEs","tRue","nulL","none","<<","=","yes please","y2","n/a"],
    "spec:\n- yEs\n- tRue\n- nulL\n- none\n- <<\n- =\n- yes please\n- y2\n- n/a\n",
  ],
  [
    "numbers in every notation are double-quoted",
    ["1","-1","+1","01","017","018","0o17","0x1F","0X1f","0b101","0b-1","-0b1","1_000","1__0","0x_1F",".5","1.","+.5",".5_0","1e3","1E3","1e+3","6.02e23",".inf","-.inf","+.inf",".nan",".NaN"],
    "spec:\n- \"1\"\n- \"-1\"\n- \"+1\"\n- \"01\"\n- \"017\"\n- \"018\"\n- \"0o17\"\n- \"0x1F\"\n- \"0X1f\"\n- \"0b101\"\n- \"0b-1\"\n- \"-0b1\"\n- \"1_000\"\n- \"1__0\"\n- \"0x_1F\"\n- \".5\"\n- \"1.\"\n- \"+.5\"\n- \".5_0\"\n- \"1e3\"\n- \"1E3\"\n- \"1e+3\"\n- \"6.02e23\"\n- \".inf\"\n- \"-.inf\"\n- \"+.inf\"\n- \".nan\"\n- \".NaN\"\n",
  ],
  [
    "number-like strings that are not numbers stay plain",
    ["1e400","._5","_1","1e","e1","1.2.3","10.0.0.1","1Gi","500m","0x1234567890ABCDEF0123","1,000","$1","+","-1:-20"],
    "spec:\n- 1e400\n- ._5\n- _1\n- 1e\n- e1\n- 1.2.3\n- 10.0.0.1\n- 1Gi\n- 500m\n- 0x1234567890ABCDEF0123\n- 1,000\n- $1\n- +\n- -1:-20\n",
  ],
  [
    "base-60 and timestamps are double-quoted",
    ["1:20","190:20:30","-1:20","1:2:3.5","12:30:45","2001-12-14","2001-2-3","2000-02-29","2001-12-14t21:59:43.10-05:00","2001-12-14 21:59:43.10","2001-12-14T21:59:43,5Z"],
    "spec:\n- \"1:20\"\n- \"190:20:30\"\n- \"-1:20\"\n- \"1:2:3.5\"\n- \"12:30:45\"\n- \"2001-12-14\"\n- \"2001-2-3\"\n- \"2000-02-29\"\n- \"2001-12-14t21:59:43.10-05:00\"\n- \"2001-12-14 21:59:43.10\"\n- \"2001-12-14T21:59:43,5Z\"\n",
  ],
  [
    "invalid dates stay plain",
    ["2001-13-14","2002-02-29","2001-02-30","20011-12-14","2001/12/14","2001-12-14T25:00:00Z","1:60"],
    "spec:\n- 2001-13-14\n- 2002-02-29\n- 2001-02-30\n- 20011-12-14\n- 2001/12/14\n- 2001-12-14T25:00:00Z\n- 1:60\n",
  ],
  [
    "leading indicators force single quotes",
    ["-","- a","-a","?","? a","?a",":",":a",": a",",a","[a","]a","{a","}a","#a","&a","*a","!a","|a",">a","'a","\"a","%a","@a","`a","---","--- a","...",".. a","-- a"],
    "spec:\n- '-'\n- '- a'\n- -a\n- '?'\n- '? a'\n- ?a\n- ':'\n- :a\n- ': a'\n- ',a'\n- '[a'\n- ']a'\n- '{a'\n- '}a'\n- '#a'\n- '&a'\n- '*a'\n- '!a'\n- '|a'\n- '>a'\n- '''a'\n- '\"a'\n- '%a'\n- '@a'\n- '`a'\n- '---'\n- '--- a'\n- '...'\n- .. a\n- -- a\n",
  ],
  [
    "inner indicators",
    ["a: b","a:b","a:","a #b","a#b","a,b","a]","a}","a ?b","it's","a \"b\"","back\\slash","http://x/y?a=b#c","{{ .Values.x }}","${VAR}"],
    "spec:\n- 'a: b'\n- a:b\n- 'a:'\n- 'a #b'\n- a#b\n- a,b\n- a]\n- a}\n- a ?b\n- it's\n- a \"b\"\n- back\\slash\n- http://x/y?a=b#c\n- '{{ .Values.x }}'\n- ${VAR}\n",
  ],
  [
    "leading and trailing spaces",
    [" a","a ","  "," ","a  b"," a b "],
    "spec:\n- ' a'\n- 'a '\n- '  '\n- ' '\n- a  b\n- ' a b '\n",
  ],
  [
    "unicode is printed raw, astral escaped",
    ["é","ß","日本語","שלום עולם","مرحبا","é","😀","a😀b","👨‍👩‍👧"," ","a ","​","�","€","­","٣٤"],
    "spec:\n- é\n- ß\n- 日本語\n- שלום עולם\n- مرحبا\n- é\n- \"\\U0001F600\"\n- \"a\\U0001F600b\"\n- \"\\U0001F468‍\\U0001F469‍\\U0001F467\"\n-  \n- a \n- ​\n- �\n- €\n- ­\n- ٣٤\n",
  ],
  [
    "control characters are escaped",
    ["a\tb","\t","a\u0001b","\u001b[0m","\r","a\rb","\u0000","\u0007\b\u000b\f","\u001f"],
    "spec:\n- \"a\\tb\"\n- \"\\t\"\n- \"a\\x01b\"\n- \"\\e[0m\"\n- \"\\r\"\n- \"a\\rb\"\n- \"\\0\"\n- \"\\a\\b\\v\\f\"\n- \"\\x1F\"\n",
  ],
  [
    "a leading BOM escapes every character",
    ["﻿","﻿ab c","a﻿b","﻿é日😀\"\\"],
    "spec:\n- \"\\uFEFF\"\n- \"\\uFEFF\\x61\\x62\\x20\\x63\"\n- \"a\\uFEFFb\"\n- \"\\uFEFF\\xE9\\u65E5\\U0001F600\\\"\\\\\"\n",
  ],
  [
    "line separators",
    ["a b","a b","a  b","x  y"],
    "spec:\n- 'a   b'\n- 'a   b'\n- \"a \\Lb\"\n- \"x\\L y\"\n",
  ],
  [
    "raw NEL folds like a YAML line break",
    ["ab","a  b","ab","a","a","a"],
    "spec:\n- a b\n- a b\n- |-\n  a\n  b\n- ' a'\n- 'a '\n- |+\n  a\n\n",
  ],
  [
    "multi-line strings use literal blocks",
    ["a\nb","a\nb\n","a\nb\n\n","a\n\nb","\na"," a\nb","\n","\n\n","a\n b","# x\n- y","a \nb","é\nb","a\nb "],
    "spec:\n- |-\n  a\n  b\n- |\n  a\n  b\n- |+\n  a\n  b\n\n- |-\n  a\n\n  b\n- |2-\n\n  a\n- |2-\n   a\n  b\n- |2+\n\n- |2+\n\n\n- |-\n  a\n   b\n- |-\n  # x\n  - y\n- |-\n  a \n  b\n- |-\n  é\n  b\n- |\n  a\n  b ",
  ],
  [
    "multi-line strings that cannot be blocks are double-quoted",
    ["a \nb","a\nb ","a\tb\nc","a\n\tb","😀\nx","a\r\nb","﻿a\nb","a\u0001\nb"],
    "spec:\n- \"a \\nb\"\n- \"a\\nb \"\n- \"a\\tb\\nc\"\n- \"a\\n\\tb\"\n- \"\\U0001F600\\nx\"\n- \"a\\r\\nb\"\n- \"\\uFEFF\\x61\\n\\x62\"\n- \"a\\x01\\nb\"\n",
  ],
  [
    "long plain strings fold after column 80",
    ["Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius.","Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius. Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius.","xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx a b","xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx a b","xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx a b","xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  a  b","xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé x y","日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本 x"],
    "spec:\n- Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non\n  molestie varius.\n- Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non\n  molestie varius. Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas\n  suscipit ex non molestie varius.\n- xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  a b\n- xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  a b\n- xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  a b\n- xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  a  b\n- xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n- ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé\n  x y\n- 日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本日本\n  x\n",
  ],
  [
    "long single-quoted strings fold",
    [" Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius. Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius.","it's Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius. Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius.","xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: a b","Lorem  ipsum  dolor  sit  amet,  consectetur  adipiscing  elit.  Maecenas  suscipit  ex  non  molestie  varius. :x"],
    "spec:\n- ' Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex\n  non molestie varius. Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas\n  suscipit ex non molestie varius.'\n- it's Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit\n  ex non molestie varius. Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n  Maecenas suscipit ex non molestie varius.\n- 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:\n  a b'\n- Lorem  ipsum  dolor  sit  amet,  consectetur  adipiscing  elit.  Maecenas  suscipit  ex  non  molestie  varius.\n  :x\n",
  ],
  [
    "long double-quoted strings fold with escapes",
    ["Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius.\tLorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius.","xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  a\tb","xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx \t","﻿Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius.","Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius.\nLorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius. ","😀 Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius. Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non molestie varius."],
    "spec:\n- \"Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non\n  molestie varius.\\tLorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas\n  suscipit ex non molestie varius.\"\n- \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  \\ a\\tb\"\n- \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  \\t\"\n- \"\\uFEFF\\x4C\\x6F\\x72\\x65\\x6D\\x20\\x69\\x70\\x73\\x75\\x6D\\x20\\x64\\x6F\\x6C\\x6F\\x72\\x20\\x73\\x69\\x74\\x20\\x61\\x6D\\x65\\x74\\x2C\\x20\\x63\\x6F\\x6E\\x73\\x65\\x63\\x74\\x65\\x74\\x75\\x72\\x20\\x61\\x64\\x69\\x70\\x69\\x73\\x63\\x69\\x6E\\x67\\x20\\x65\\x6C\\x69\\x74\\x2E\\x20\\x4D\\x61\\x65\\x63\\x65\\x6E\\x61\\x73\\x20\\x73\\x75\\x73\\x63\\x69\\x70\\x69\\x74\\x20\\x65\\x78\\x20\\x6E\\x6F\\x6E\\x20\\x6D\\x6F\\x6C\\x65\\x73\\x74\\x69\\x65\\x20\\x76\\x61\\x72\\x69\\x75\\x73\\x2E\"\n- \"Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit ex non\n  molestie varius.\\nLorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas\n  suscipit ex non molestie varius. \"\n- \"\\U0001F600 Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas suscipit\n  ex non molestie varius. Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n  Maecenas suscipit ex non molestie varius.\"\n",
  ],
  [
    "numbers as Go prints them",
    [0,1,-1,1.5,0,0.1,100000000000000000000,1e+21,1.5e+300,1234567.8,123456.7,999999.5,0.00001,0.0001,0.00001234,5e-324,1.7976931348623157e+308,9007199254740992,18446744073709552000,1000000000000000,10000000000000000,3.141592653589793],
    "spec:\n- 0\n- 1\n- -1\n- 1.5\n- 0\n- 0.1\n- 1e+20\n- 1e+21\n- 1.5e+300\n- 1.2345678e+06\n- 123456.7\n- 999999.5\n- 1e-05\n- 0.0001\n- 1.234e-05\n- 5e-324\n- 1.7976931348623157e+308\n- 9007199254740992\n- 1.8446744073709552e+19\n- 1000000000000000\n- 10000000000000000\n- 3.141592653589793\n",
  ],
  [
    "booleans and null",
    [true,false,null],
    "spec:\n- true\n- false\n- null\n",
  ],
  [
    "empty collections and nesting",
    [[],{},[[]],[{}],[[1,2],[3,[4,[5]]]],{"a":[]},{"a":{}},[{"a":1,"b":[{"c":2,"d":[]}]}],[[{"a":1}]],{"a":[[1]]}],
    "spec:\n- []\n- {}\n- - []\n- - {}\n- - - 1\n    - 2\n  - - 3\n    - - 4\n      - - 5\n- a: []\n- a: {}\n- - a: 1\n    b:\n    - c: 2\n      d: []\n- - - a: 1\n- a:\n  - - 1\n",
  ],
  [
    "key order",
    {"1":8,"10":11,"a9":1,"a10":2,"_x":3,"B":4,"a":5,"a-b":6,"a_b":7,"01":9,"001":10,"x9y":12,"x10y":13,"":14,"-":15,"~":16,"A":17,"z":18,"é":19,"Ω":20,"中":21,"😀":22,"a.b":23,"a/b":24,"port2":25,"port10":26,"item007":27,"item07":28},
    "spec:\n  \"\": 14\n  '-': 15\n  _x: 3\n  \"~\": 16\n  \"\\U0001F600\": 22\n  \"1\": 8\n  \"01\": 9\n  \"001\": 10\n  \"10\": 11\n  A: 17\n  B: 4\n  a: 5\n  a-b: 6\n  a.b: 23\n  a/b: 24\n  a_b: 7\n  a9: 1\n  a10: 2\n  item07: 28\n  item007: 27\n  port2: 25\n  port10: 26\n  x9y: 12\n  x10y: 13\n  z: 18\n  é: 19\n  Ω: 20\n  中: 21\n",
  ],
  [
    "keys that need quoting",
    {"1":5,"yes":1,"n":2,"true":3,"null":4,"1.5":6,"":7," a":8,"a ":9,"a: b":10,"- a":11,"#x":12,"a\tb":13,"😀":14,"2001-12-14":16},
    "spec:\n  \"\": 7\n  ' a': 8\n  '#x': 12\n  '- a': 11\n  \"\\U0001F600\": 14\n  \"1\": 5\n  \"1.5\": 6\n  \"2001-12-14\": 16\n  \"a\\tb\": 13\n  'a ': 9\n  'a: b': 10\n  \"n\": 2\n  \"null\": 4\n  \"true\": 3\n  \"yes\": 1\n",
  ],
  [
    "long and multi-line keys",
    {"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk":1,"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk":[1,2],"éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé":"x","ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé":{"a":1},"a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a ":"v","a\nb":"x","a\nb\n":["y"],"a b":1," kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk":null},
    "spec:\n  ? ' kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk'\n  : null\n  ? |-\n    a\n    b\n  : x\n  ? |\n    a\n    b\n  : - \"y\"\n  ? 'a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a\n    a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a '\n  : v\n  ? 'a     b'\n  : 1\n  kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk: 1\n  ? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\n  : - 1\n    - 2\n  éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé: x\n  ? ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé\n  : a: 1\n",
  ],
  [
    "nested sequences and maps in sequences",
    {"list":[1,"two",[3,[4]],{"five":5,"six":[6]},[],{},null,["a\nb"]]},
    "spec:\n  list:\n  - 1\n  - two\n  - - 3\n    - - 4\n  - five: 5\n    six:\n    - 6\n  - []\n  - {}\n  - null\n  - - |-\n      a\n      b\n",
  ],
];

describe('emitDocument', () => {
  test.each(CASES)('%s', (_name, spec, expected) => {
    const doc = emitDocument({ apiVersion: 'v1', kind: 'Foo', metadata: { name: 'x' }, spec });
    expect(doc).toBe('apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\n' + expected);
  });

  test('-0 prints as 0 (Go JSON writes -0, yaml.v2 reads it as the int 0)', () => {
    expect(emitDocument({ a: -0 })).toBe('a: 0\n');
  });

  test('a document is a block map ending with a newline, no --- marker', () => {
    expect(emitDocument({ b: 1, a: [1, { c: 'x' }] })).toBe('a:\n- 1\n- c: x\nb: 1\n');
  });

  test('does not mutate its input', () => {
    const v = Object.freeze({ z: Object.freeze([1, 2]), a: 'x' }) as unknown as Json;
    expect(() => emitDocument(v)).not.toThrow();
  });
});

describe('emitStream', () => {
  test('joins documents with ---, no leading separator', () => {
    expect(emitStream([{ a: 1 }, { b: 'x\ny\n' }, { c: [] }])).toBe('a: 1\n---\nb: |\n  x\n  y\n---\nc: []\n');
  });
  test('an empty stream is empty', () => {
    expect(emitStream([])).toBe('');
  });
});

describe('values kustomize cannot print', () => {
  // Each of these made `kubectl kustomize` fail (json or yaml.v2 errors).
  test.each([
    ['NaN', { a: NaN }],
    ['+Inf', { a: Infinity }],
    ['-Inf', { a: -Infinity }],
    ['DEL', { a: 'x\u007fy' }],
    ['C1 control', { a: '\u0080' }],
    ['U+FFFE', { a: '\ufffe' }],
    ['key with a raw NEL', { 'a\u0085b': 1 }],
    ['key longer than 1024 JSON characters', { ['k'.repeat(1019) + '<']: 1 }],
  ] as [string, Json][])('%s', (_name, v) => {
    expect(() => emitDocument(v)).toThrow(expect.objectContaining({ code: 'INVALID_RESOURCE' }));
  });

  test('a 1022-character key is fine', () => {
    expect(emitDocument({ ['k'.repeat(1022)]: 1 })).toBe('? ' + 'k'.repeat(1022) + '\n: 1\n');
  });

  test('absurd nesting is a LIMIT_EXCEEDED error, not a crash', () => {
    let v: Json = 'x';
    for (let i = 0; i < 5000; i++) v = [v];
    expect(() => emitDocument(v)).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED' }));
  });
});

describe('formatNumber', () => {
  // Same chain as above: Go json.Marshal(float64) then yaml.v2's int/float re-typing.
  test.each([
    [1, '1'],
    [1.5, '1.5'],
    [1e20, '1e+20'],
    [1e21, '1e+21'],
    [1234567.8, '1.2345678e+06'],
    [123456.7, '123456.7'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [2 ** 63, '9223372036854775808'],
    [2 ** 64, '1.8446744073709552e+19'],
  ])('%d → %s', (v, s) => {
    expect(formatNumber(v)).toBe(s);
  });
});
