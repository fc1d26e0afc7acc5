// src/yaml/parse.ts
import { parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq } from "yaml";

// src/core/json.ts
function setOwn(o, k, v) {
  if (k === "__proto__") {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  } else {
    o[k] = v;
  }
}

// src/core/errors.ts
var KustomizeError = class extends Error {
  name = "KustomizeError";
  code;
  file;
  field;
  line;
  col;
  resource;
  trail;
  kustomization;
  constructor(code, message, ctx = {}) {
    super(message, ctx.cause === void 0 ? void 0 : { cause: ctx.cause });
    this.code = code;
    this.file = ctx.file;
    this.field = ctx.field;
    this.line = ctx.line;
    this.col = ctx.col;
    this.resource = ctx.resource;
    this.trail = ctx.trail ?? [];
    if (ctx.kustomization) this.kustomization = ctx.kustomization;
  }
};

// src/yaml/go-strconv.ts
var MAX_UINT64 = (1n << 64n) - 1n;
var INT64_CUTOFF = 1n << 63n;
var SYNTAX = { err: 1, value: 0n };
var RANGE = { err: 2, value: 0n };
function digitValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 122) return l - 97 + 10;
  return 99;
}
function goParseUint(s, base) {
  if (s.length === 0) return SYNTAX;
  const base0 = base === 0;
  let start2 = 0;
  if (base0) {
    base = 10;
    if (s.charCodeAt(0) === 48) {
      const p = s.length >= 3 ? s.charCodeAt(1) | 32 : 0;
      if (p === 98) {
        base = 2;
        start2 = 2;
      } else if (p === 111) {
        base = 8;
        start2 = 2;
      } else if (p === 120) {
        base = 16;
        start2 = 2;
      } else {
        base = 8;
        start2 = 1;
      }
    }
  }
  let underscores = false;
  let n = 0;
  let big = null;
  const bigBase = BigInt(base);
  for (let i = start2; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95 && base0) {
      underscores = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= base) return SYNTAX;
    if (big === null) {
      const next = n * base + d;
      if (next <= Number.MAX_SAFE_INTEGER) {
        n = next;
        continue;
      }
      big = BigInt(n);
    }
    big = big * bigBase + BigInt(d);
    if (big > MAX_UINT64) return RANGE;
  }
  if (underscores && !underscoreOK(s)) return SYNTAX;
  return { err: 0, value: big ?? BigInt(n) };
}
function goParseInt(s, base) {
  if (s.length === 0) return SYNTAX;
  let neg = false;
  let body = s;
  const c0 = s.charCodeAt(0);
  if (c0 === 43) body = s.slice(1);
  else if (c0 === 45) {
    neg = true;
    body = s.slice(1);
  }
  const u = goParseUint(body, base);
  if (u.err === 1) return SYNTAX;
  if (u.err === 2) return RANGE;
  if (!neg && u.value >= INT64_CUTOFF) return RANGE;
  if (neg && u.value > INT64_CUTOFF) return RANGE;
  return { err: 0, value: neg ? -u.value : u.value };
}
function underscoreOK(s) {
  let saw = "^";
  let i = 0;
  if (s.length >= 1 && (s[0] === "-" || s[0] === "+")) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === "0") {
    const l = s.charCodeAt(1) | 32;
    if (l === 98 || l === 111 || l === 120) {
      i = 2;
      saw = "0";
      hex = l === 120;
    }
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57 || hex && ((c | 32) >= 97 && (c | 32) <= 102)) {
      saw = "0";
      continue;
    }
    if (c === 95) {
      if (saw !== "0") return false;
      saw = "_";
      continue;
    }
    if (saw === "_") return false;
    saw = "!";
  }
  return saw !== "_";
}
var YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
function goParseDecimalFloat(s) {
  const v = Number(s);
  if (!Number.isFinite(v)) return void 0;
  return v;
}
var DOT_FLOAT_GO = /^\.[0-9_]+(?:[eE][-+]?[0-9][0-9_]*)?$/;
function goParseFloatDot(s) {
  if (!DOT_FLOAT_GO.test(s)) return void 0;
  const e = s.search(/[eE]/);
  const mant = e < 0 ? s : s.slice(0, e);
  if (!/[0-9]/.test(mant)) return void 0;
  if (s.indexOf("_") >= 0) {
    if (!underscoreOK(s)) return void 0;
    s = s.replace(/_/g, "");
  }
  return goParseDecimalFloat(s);
}
function shortestDigits(v) {
  const e = Math.abs(v).toExponential();
  const ePos = e.indexOf("e");
  const mant = e.slice(0, ePos);
  const exp = Number(e.slice(ePos + 1));
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { digits, dp: exp + 1 };
}
function shortestDigits32(v) {
  const f = Math.fround(v);
  const a = Math.abs(f);
  for (let p = 1; p <= 9; p++) {
    const s = a.toExponential(p - 1);
    if (Math.fround(Number(s)) === a) {
      const ePos = s.indexOf("e");
      const mant = s.slice(0, ePos);
      let digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
      digits = digits.replace(/0+$/, "") || "0";
      return { digits, dp: Number(s.slice(ePos + 1)) + 1 };
    }
  }
  return shortestDigits(f);
}
function formatG(neg, digits, dp) {
  const exp = dp - 1;
  const sign = neg ? "-" : "";
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    return sign + mant + "e" + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
  }
  if (dp <= 0) return sign + "0." + "0".repeat(-dp) + digits;
  if (dp >= digits.length) return sign + digits + "0".repeat(dp - digits.length);
  return sign + digits.slice(0, dp) + "." + digits.slice(dp);
}
function formatFloatG32(v) {
  if (Number.isNaN(v)) return ".nan";
  const f = Math.fround(v);
  if (f === Infinity) return ".inf";
  if (f === -Infinity) return "-.inf";
  if (f === 0) return Object.is(f, -0) ? "-0" : "0";
  const { digits, dp } = shortestDigits32(f);
  return formatG(f < 0, digits, dp);
}

// src/yaml/timestamp.ts
function isDigit(s, i) {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}
function getnum(s, i) {
  if (!isDigit(s, i)) return null;
  if (!isDigit(s, i + 1)) return [s.charCodeAt(i) - 48, i + 1];
  return [(s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48), i + 2];
}
function isLeap(y) {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}
var DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function parseGoTimestamp(s) {
  let i = 0;
  while (i < s.length && isDigit(s, i)) i++;
  if (i !== 4 || i === s.length || s[i] !== "-") return null;
  const year = Number(s.slice(0, 4));
  let p = 5;
  const mo = getnum(s, p);
  if (!mo || mo[0] < 1 || mo[0] > 12) return null;
  p = mo[1];
  if (s[p] !== "-") return null;
  const dd = getnum(s, p + 1);
  if (!dd) return null;
  p = dd[1];
  const month = mo[0];
  const day = dd[0];
  const dim = month === 2 && isLeap(year) ? 29 : DAYS[month - 1];
  const validDay = day >= 1 && day <= dim;
  if (p === s.length) {
    return validDay ? { year, month, day, hour: 0, min: 0, sec: 0, nanos: "000000000", offsetSec: 0 } : null;
  }
  const sep = s[p];
  let zoned;
  if (sep === "T" || sep === "t") {
    zoned = true;
    p++;
  } else if (sep === " ") {
    zoned = false;
    while (s[p] === " ") p++;
  } else {
    return null;
  }
  const hh = getnum(s, p);
  if (!hh || hh[0] >= 24) return null;
  p = hh[1];
  if (s[p] !== ":") return null;
  const mi = getnum(s, p + 1);
  if (!mi || mi[0] >= 60) return null;
  p = mi[1];
  if (s[p] !== ":") return null;
  const ss = getnum(s, p + 1);
  if (!ss || ss[0] >= 60) return null;
  p = ss[1];
  let nanos = "000000000";
  if ((s[p] === "." || s[p] === ",") && isDigit(s, p + 1)) {
    let q = p + 1;
    while (q < s.length && isDigit(s, q)) q++;
    nanos = (s.slice(p + 1, Math.min(q, p + 10)) + "000000000").slice(0, 9);
    p = q;
  }
  let offsetSec = 0;
  if (zoned) {
    if (s[p] === "Z") {
      p++;
    } else {
      if (s.length - p < 6 || s[p + 3] !== ":") return null;
      const sign = s[p];
      if (!isDigit(s, p + 1) || !isDigit(s, p + 2) || !isDigit(s, p + 4) || !isDigit(s, p + 5)) return null;
      const hr = Number(s.slice(p + 1, p + 3));
      const mm = Number(s.slice(p + 4, p + 6));
      if (hr > 24 || mm > 60) return null;
      if (sign !== "+" && sign !== "-") return null;
      offsetSec = (hr * 60 + mm) * 60 * (sign === "-" ? -1 : 1);
      p += 6;
    }
  }
  if (p !== s.length) return null;
  if (!validDay) return null;
  return { year, month, day, hour: hh[0], min: mi[0], sec: ss[0], nanos, offsetSec };
}
function pad2(n) {
  return n < 10 ? "0" + n : String(n);
}
function formatRfc3339Nano(t) {
  let out = String(t.year).padStart(4, "0") + "-" + pad2(t.month) + "-" + pad2(t.day);
  out += "T" + pad2(t.hour) + ":" + pad2(t.min) + ":" + pad2(t.sec);
  const frac = t.nanos.replace(/0+$/, "");
  if (frac) out += "." + frac;
  if (t.offsetSec === 0) return out + "Z";
  const a = Math.abs(t.offsetSec);
  const h = Math.floor(a / 3600);
  if (h >= 24) return null;
  const m = Math.floor(a % 3600 / 60);
  return out + (t.offsetSec < 0 ? "-" : "+") + pad2(h) + ":" + pad2(m);
}

// src/yaml/resolve.ts
var NULL = { tag: "null" };
var TRUE = { tag: "bool", value: true };
var FALSE = { tag: "bool", value: false };
var MERGE = { tag: "merge" };
var STR = { tag: "str" };
var NAN = { tag: "float", value: NaN };
var INF = { tag: "float", value: Infinity };
var NINF = { tag: "float", value: -Infinity };
function buildMap(v2) {
  const m = /* @__PURE__ */ new Map();
  const add = (r, l) => l.forEach((s) => m.set(s, r));
  if (v2) {
    add(TRUE, ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"]);
    add(FALSE, ["n", "N", "no", "No", "NO", "off", "Off", "OFF"]);
  }
  add(TRUE, ["true", "True", "TRUE"]);
  add(FALSE, ["false", "False", "FALSE"]);
  add(NULL, ["", "~", "null", "Null", "NULL"]);
  add(NAN, [".nan", ".NaN", ".NAN"]);
  add(INF, [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]);
  add(NINF, ["-.inf", "-.Inf", "-.INF"]);
  add(MERGE, ["<<"]);
  return m;
}
var MAP_V2 = buildMap(true);
var MAP_V3 = buildMap(false);
function hintOf(c) {
  if (c === 43 || c === 45) return "S";
  if (c >= 48 && c <= 57) return "D";
  if (c === 46) return ".";
  switch (c) {
    case 121:
    case 89:
    case 110:
    case 78:
    case 116:
    case 84:
    case 102:
    case 70:
    case 111:
    case 79:
    case 126:
      return "M";
  }
  return "";
}
function resolvePlain(s, version) {
  if (s.length === 0) return NULL;
  const hint = hintOf(s.charCodeAt(0));
  if (hint === "") return STR;
  const hit = (version === "v2" ? MAP_V2 : MAP_V3).get(s);
  if (hit) return hit;
  if (hint === "M") return STR;
  if (hint === ".") {
    const f = goParseFloatDot(s);
    return f !== void 0 ? { tag: "float", value: f } : STR;
  }
  return resolveNumberish(s, version, true);
}
function resolveNumberish(s, version, tryTimestamp) {
  if (tryTimestamp) {
    const t = parseGoTimestamp(s);
    if (t) return { tag: "timestamp", value: t };
  }
  const plain = s.indexOf("_") >= 0 ? s.replace(/_/g, "") : s;
  const i = goParseInt(plain, 0);
  if (i.err === 0) return { tag: "int", value: i.value };
  const u = goParseUint(plain, 0);
  if (u.err === 0) return { tag: "int", value: u.value };
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = goParseDecimalFloat(plain);
    if (f !== void 0) return { tag: "float", value: f };
  }
  if (plain.startsWith("0b")) {
    const r = goParseInt(plain.slice(2), 2);
    if (r.err === 0) return { tag: "int", value: r.value };
    const ru = goParseUint(plain.slice(2), 2);
    if (ru.err === 0) return { tag: "int", value: ru.value };
  } else if (plain.startsWith("-0b")) {
    const r = goParseInt("-" + plain.slice(3), 2);
    if (r.err === 0) return { tag: "int", value: r.value };
  }
  if (version === "v3") {
    if (plain.startsWith("0o")) {
      const r = goParseInt(plain.slice(2), 8);
      if (r.err === 0) return { tag: "int", value: r.value };
      const ru = goParseUint(plain.slice(2), 8);
      if (ru.err === 0) return { tag: "int", value: ru.value };
    } else if (plain.startsWith("-0o")) {
      const r = goParseInt("-" + plain.slice(3), 8);
      if (r.err === 0) return { tag: "int", value: r.value };
    }
  }
  return STR;
}
function resolveTagged(tag, s, version) {
  if (tag === "!!str") return STR;
  let r;
  if (s.length === 0) r = NULL;
  else {
    const hint = hintOf(s.charCodeAt(0));
    if (hint === "") r = STR;
    else {
      const hit = (version === "v2" ? MAP_V2 : MAP_V3).get(s);
      if (hit) r = hit;
      else if (hint === "M") r = STR;
      else if (hint === ".") {
        const f = goParseFloatDot(s);
        r = f !== void 0 ? { tag: "float", value: f } : STR;
      } else r = resolveNumberish(s, version, tag === "!!timestamp");
    }
  }
  const want = tag.slice(2);
  if (r.tag === want) return r;
  if (want === "float" && r.tag === "int") return { tag: "float", value: Number(r.value) };
  return `cannot decode !!${r.tag} \`${s}\` as a ${tag}`;
}

// src/yaml/scalars.ts
function isBlankAt(s, i) {
  const c = s.charCodeAt(i);
  return c === 32 || c === 9;
}
function isBreakAt(s, i) {
  const c = s.charCodeAt(i);
  return c === 10 || c === 13 || c === 133 || c === 8232 || c === 8233;
}
var SIMPLE_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "'": "'",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
function decodeQuoted(src, start2, end, single) {
  let s = "";
  let i = start2 + 1;
  const close = single ? 39 : 34;
  for (; ; ) {
    let leadingBlanks = false;
    while (i < end && !isBlankAt(src, i) && !isBreakAt(src, i)) {
      const c = src.charCodeAt(i);
      if (single && c === 39 && src.charCodeAt(i + 1) === 39) {
        s += "'";
        i += 2;
      } else if (c === close) {
        break;
      } else if (!single && c === 92 && isBreakAt(src, i + 1)) {
        i += 1;
        i += src.charCodeAt(i) === 13 && src.charCodeAt(i + 1) === 10 ? 2 : 1;
        leadingBlanks = true;
        break;
      } else if (!single && c === 92) {
        const e = src[i + 1] ?? "";
        const simple = SIMPLE_ESCAPES[e];
        if (simple !== void 0) {
          s += simple;
          i += 2;
          continue;
        }
        const len = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
        if (len === 0) return { message: "found unknown escape character while parsing a quoted scalar", offset: i };
        const hex = src.slice(i + 2, i + 2 + len);
        if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) {
          return { message: "did not find expected hexdecimal number while parsing a quoted scalar", offset: i };
        }
        const v = parseInt(hex, 16);
        if (v >= 55296 && v <= 57343 || v > 1114111) {
          return { message: "found invalid Unicode character escape code while parsing a quoted scalar", offset: i };
        }
        s += String.fromCodePoint(v);
        i += 2 + len;
      } else {
        s += src[i];
        i++;
      }
    }
    if (i >= end || src.charCodeAt(i) === close) break;
    let whitespaces = "";
    let leadingBreak = "";
    let trailingBreaks = "";
    while (i < end && (isBlankAt(src, i) || isBreakAt(src, i))) {
      if (isBlankAt(src, i)) {
        if (!leadingBlanks) whitespaces += src[i];
        i++;
      } else {
        const c = src.charCodeAt(i);
        const br = c === 8232 || c === 8233 ? src[i] : "\n";
        i += c === 13 && src.charCodeAt(i + 1) === 10 ? 2 : 1;
        if (!leadingBlanks) {
          whitespaces = "";
          leadingBreak = br;
          leadingBlanks = true;
        } else {
          trailingBreaks += br;
        }
      }
    }
    if (leadingBlanks) {
      if (leadingBreak === "\n") s += trailingBreaks.length === 0 ? " " : trailingBreaks;
      else s += leadingBreak + trailingBreaks;
    } else {
      s += whitespaces;
    }
  }
  return s;
}
function isBlankOrBreakOrEnd(s, i) {
  return i >= s.length || isBlankAt(s, i) || isBreakAt(s, i) || s.charCodeAt(i) === 0;
}
function foldedRoundTrip(v) {
  const n = v.length;
  if (n === 0) return v;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    const brk = isBreakAt(v, i);
    if (brk && prevSpace) return v;
    if (!brk && c !== 9 && !(c >= 32 && c <= 126) && !(c >= 160 && c <= 55295) && !(c >= 57344 && c <= 65533 && c !== 65279)) return v;
    prevSpace = c === 32;
  }
  if (v.charCodeAt(n - 1) === 32) return v;
  const lastBreak = isBreakAt(v, n - 1);
  const chomp = !lastBreak ? "-" : n === 1 || isBreakAt(v, n - 2) ? "+" : "";
  let k0 = 0;
  while (k0 < n && isBreakAt(v, k0)) k0++;
  const extraBreak = !isBlankOrBreakOrEnd(v, k0);
  let text = "";
  let breaks = true;
  let leadingSpaces = true;
  for (let i = 0; i < n; i++) {
    const c = v[i];
    if (isBreakAt(v, i)) {
      if (!breaks && !leadingSpaces && c === "\n" && extraBreak) text += "\n";
      text += "\n";
      breaks = true;
    } else {
      if (breaks) leadingSpaces = c === " " || c === "	";
      text += c;
      breaks = false;
    }
  }
  const lines = text.split("\n");
  if (lastBreak) lines.pop();
  let s = "";
  let leadingBreak = "";
  let trailingBreaks = "";
  let leadingBlank = false;
  let j = 0;
  while (j < lines.length && lines[j] === "") {
    trailingBreaks += "\n";
    j++;
  }
  while (j < lines.length) {
    const line = lines[j];
    const trailingBlank = line[0] === " " || line[0] === "	";
    if (!leadingBlank && !trailingBlank && leadingBreak === "\n") {
      if (trailingBreaks === "") s += " ";
    } else {
      s += leadingBreak;
    }
    s += trailingBreaks;
    trailingBreaks = "";
    leadingBlank = trailingBlank;
    s += line;
    j++;
    leadingBreak = "\n";
    while (j < lines.length && lines[j] === "") {
      trailingBreaks += "\n";
      j++;
    }
  }
  if (chomp !== "-") s += leadingBreak;
  if (chomp === "+") s += trailingBreaks;
  return s;
}

// src/yaml/fast-parse.ts
var BAIL = { bail: true };
var UNSUPPORTED_CHARS = /[\r\u0085\u2028\u2029\ufeff]/;
var NONE = 0;
var RESOURCE = 1;
var METADATA = 2;
var ANNOTATIONS = 3;
var LIST_ITEMS = 4;
var MAX_DEPTH = 100;
var MAX_KEY = 1e3;
var SP = 32;
var TAB = 9;
var NL = 10;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var SQUOTE = 39;
var DQUOTE = 34;
function isIndicator(c) {
  switch (c) {
    case 45:
    // -
    case 63:
    // ?
    case 58:
    // :
    case 44:
    // ,
    case 91:
    // [
    case 93:
    // ]
    case 123:
    // {
    case 125:
    // }
    case 35:
    // #
    case 38:
    // &
    case 42:
    // *
    case 33:
    // !
    case 124:
    // |
    case 62:
    // >
    case 39:
    // '
    case 34:
    // "
    case 37:
    // %
    case 64:
    // @
    case 96:
      return true;
  }
  return false;
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fastParseDocument(piece, annotationNulls, mode = "v3") {
  if (UNSUPPORTED_CHARS.test(piece)) return void 0;
  try {
    return new Reader(piece, annotationNulls, mode === "v2").document();
  } catch (e) {
    if (e === BAIL) return void 0;
    throw e;
  }
}
var Reader = class {
  constructor(s, annotationNulls, v2) {
    this.s = s;
    this.annotationNulls = annotationNulls;
    this.v2 = v2;
    this.len = s.length;
  }
  s;
  annotationNulls;
  v2;
  len;
  /** The current content line: start, indentation, content start, end (index of its "\n" or len). */
  ls = 0;
  ind = 0;
  cs = 0;
  le = 0;
  eof = false;
  /** Where the value after a key's `:` starts. */
  p = 0;
  depth = 0;
  /** Set by plainLineEnd when a comment ended the line. */
  comment = false;
  document() {
    const s = this.s;
    let start2 = 0;
    if (s.startsWith("---")) {
      let j = 3;
      if (j < this.len && s.charCodeAt(j) !== NL) {
        if (s.charCodeAt(j) !== SP) throw BAIL;
        while (s.charCodeAt(j) === SP) j++;
        if (j < this.len && s.charCodeAt(j) !== NL && s.charCodeAt(j) !== HASH) throw BAIL;
      }
      const nl = s.indexOf("\n", j);
      start2 = nl < 0 ? this.len : nl + 1;
    }
    this.nextLine(start2);
    if (this.eof) return null;
    const offset = this.cs;
    const c = s.charCodeAt(offset);
    if (c === 123 || c === 91) {
      const role = this.v2 ? NONE : RESOURCE;
      const { value: value2, next } = c === 123 ? this.jsonMap(offset + 1, role) : this.jsonSeq(offset + 1, role);
      if (this.jsonSpace(next) < this.len) throw BAIL;
      if (!this.v2 && (Array.isArray(value2) ? value2.length : Object.keys(value2).length) === 0) return null;
      return { value: value2, offset };
    }
    const value = this.isDashAt(this.cs) ? this.blockSeq(this.ind, NONE) : this.blockMap(this.ind, this.v2 ? NONE : RESOURCE, true);
    if (!this.eof) throw BAIL;
    return { value, offset };
  }
  /** Skips spaces and line breaks in a JSON-like document; comments, tabs and `...` give up. */
  jsonSpace(j) {
    const s = this.s;
    for (; ; ) {
      const c = s.charCodeAt(j);
      if (c === SP) j++;
      else if (c === NL) {
        j++;
        if (s.charCodeAt(j) === 46 && s.startsWith("...", j)) throw BAIL;
      } else if (c === TAB || c === HASH) throw BAIL;
      else return j;
    }
  }
  /** A JSON-like flow mapping whose `{` is before `j`; keys must be double-quoted. */
  jsonMap(j, role) {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const s = this.s;
    const obj = {};
    j = this.jsonSpace(j);
    if (s.charCodeAt(j) === 125) {
      this.depth--;
      return { value: obj, next: j + 1 };
    }
    let kindSeen = false;
    let isList = false;
    for (; ; ) {
      if (s.charCodeAt(j) !== DQUOTE) throw BAIL;
      const end = this.jsonStringEnd(j);
      const key = decodeQuoted(s, j, end + 1, false);
      if (typeof key !== "string" || key === "<<" || Object.prototype.hasOwnProperty.call(obj, key)) throw BAIL;
      if (s.charCodeAt(end + 1) !== COLON) throw BAIL;
      let childRole = NONE;
      if (role === RESOURCE) {
        if (key === "metadata") childRole = METADATA;
        else if (key === "items") {
          if (!kindSeen) throw BAIL;
          childRole = isList ? LIST_ITEMS : NONE;
        }
      } else if (role === METADATA && key === "annotations") childRole = ANNOTATIONS;
      const item = this.jsonValue(this.jsonSpace(end + 2), childRole, role === ANNOTATIONS);
      if (role === RESOURCE && key === "kind" && !kindSeen) {
        kindSeen = true;
        isList = typeof item.value === "string" && item.value.endsWith("List");
      }
      setOwn(obj, key, item.value);
      j = this.jsonSpace(item.next);
      const c = s.charCodeAt(j);
      if (c === 125) break;
      if (c !== 44) throw BAIL;
      j = this.jsonSpace(j + 1);
    }
    this.depth--;
    return { value: obj, next: j + 1 };
  }
  /** A JSON-like flow sequence whose `[` is before `j`. */
  jsonSeq(j, role) {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const s = this.s;
    const arr = [];
    const itemRole = role === LIST_ITEMS ? RESOURCE : NONE;
    j = this.jsonSpace(j);
    if (s.charCodeAt(j) === 93) {
      this.depth--;
      return { value: arr, next: j + 1 };
    }
    for (; ; ) {
      const item = this.jsonValue(j, itemRole, false);
      arr.push(item.value);
      j = this.jsonSpace(item.next);
      const c = s.charCodeAt(j);
      if (c === 93) break;
      if (c !== 44) throw BAIL;
      j = this.jsonSpace(j + 1);
    }
    this.depth--;
    return { value: arr, next: j + 1 };
  }
  /** A value in a JSON-like document: a double-quoted string, a collection or a plain scalar. */
  jsonValue(j, role, inAnn) {
    const s = this.s;
    const c = s.charCodeAt(j);
    if (c === DQUOTE) {
      const end = this.jsonStringEnd(j);
      const r = decodeQuoted(s, j, end + 1, false);
      if (typeof r !== "string") throw BAIL;
      return { value: r, next: end + 1 };
    }
    if (c === 123 || c === 91) {
      const v = c === 123 ? this.jsonMap(j + 1, inAnn ? NONE : role) : this.jsonSeq(j + 1, inAnn ? NONE : role);
      return inAnn ? { value: "", next: v.next } : v;
    }
    if (c === DASH) {
      const d = s.charCodeAt(j + 1);
      if (d === SP || d === NL || isFlowIndicator(d) || j + 1 >= this.len) throw BAIL;
    } else if (isIndicator(c) || c === NL || c === SP || j >= this.len) throw BAIL;
    let k = j + 1;
    for (; k < this.len; k++) {
      const d = s.charCodeAt(k);
      if (d === SP || d === NL || isFlowIndicator(d)) break;
      if (d === COLON || d === HASH || d === TAB) throw BAIL;
    }
    const raw = s.slice(j, k);
    return { value: inAnn ? this.annotationPlain(raw) : plainJson(raw, true, this.v2), next: k };
  }
  /** Index of the closing quote of a double-quoted string at `j` on the same line. */
  jsonStringEnd(j) {
    const s = this.s;
    const len = this.len;
    for (let k = j + 1; k < len; k++) {
      const c = s.charCodeAt(k);
      if (c === 92) {
        k++;
        if (s.charCodeAt(k) === NL) break;
      } else if (c === DQUOTE) return k;
      else if (c === NL) break;
    }
    throw BAIL;
  }
  /** Moves to the first line at or after `from` (a line start) with content other than a comment. */
  nextLine(from) {
    const s = this.s;
    const len = this.len;
    while (from < len) {
      let i = from;
      while (s.charCodeAt(i) === SP) i++;
      let le = s.indexOf("\n", i);
      if (le < 0) le = len;
      const c = s.charCodeAt(i);
      if (c === TAB) throw BAIL;
      if (i === le || c === HASH) {
        from = le + 1;
        continue;
      }
      if (i === from && (c === 46 || c === DASH) && s.charCodeAt(i + 1) === c && s.charCodeAt(i + 2) === c) {
        throw BAIL;
      }
      this.ls = from;
      this.ind = i - from;
      this.cs = i;
      this.le = le;
      this.eof = false;
      return;
    }
    this.eof = true;
    this.ind = -1;
  }
  isDashAt(i) {
    if (this.s.charCodeAt(i) !== DASH) return false;
    const c = this.s.charCodeAt(i + 1);
    return i + 1 >= this.le || c === SP;
  }
  /** A block mapping whose entries sit at column `n`; the current line holds its first key. */
  blockMap(n, role, top) {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const obj = {};
    let kindSeen = false;
    let isList = false;
    for (; ; ) {
      const key = this.readKey(top);
      if (Object.prototype.hasOwnProperty.call(obj, key)) throw BAIL;
      let childRole = NONE;
      if (role === RESOURCE) {
        if (key === "metadata") childRole = METADATA;
        else if (key === "items") {
          if (!kindSeen) throw BAIL;
          childRole = isList ? LIST_ITEMS : NONE;
        }
      } else if (role === METADATA && key === "annotations") childRole = ANNOTATIONS;
      const v = this.value(n, childRole, role === ANNOTATIONS);
      if (role === RESOURCE && key === "kind" && !kindSeen) {
        kindSeen = true;
        isList = typeof v === "string" && v.endsWith("List");
      }
      setOwn(obj, key, v);
      if (this.eof || this.ind < n) break;
      if (this.ind > n || this.isDashAt(this.cs)) throw BAIL;
    }
    this.depth--;
    return obj;
  }
  /** A block sequence whose `-` sit at column `n`; the current line holds its first entry. */
  blockSeq(n, role) {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const s = this.s;
    const arr = [];
    const itemRole = role === LIST_ITEMS ? RESOURCE : NONE;
    for (; ; ) {
      let i = this.cs + 1;
      while (s.charCodeAt(i) === SP) i++;
      if (s.charCodeAt(i) === TAB) throw BAIL;
      if (i >= this.le || s.charCodeAt(i) === HASH) {
        if (i < this.le && i === this.cs + 1) throw BAIL;
        this.nextLine(this.le + 1);
        arr.push(this.nested(n, itemRole, false, false));
      } else if (this.isDashAt(i)) {
        this.ind = i - this.ls;
        this.cs = i;
        arr.push(this.blockSeq(this.ind, NONE));
      } else if (this.isKeyAt(i)) {
        this.ind = i - this.ls;
        this.cs = i;
        arr.push(this.blockMap(this.ind, itemRole, false));
      } else {
        arr.push(this.inline(i, n, itemRole, false));
      }
      if (this.eof || this.ind < n) break;
      if (this.ind > n) throw BAIL;
      if (!this.isDashAt(this.cs)) break;
    }
    this.depth--;
    return arr;
  }
  /** True when the text at `i` (on the current line) is a mapping key followed by `:`. */
  isKeyAt(i) {
    const s = this.s;
    const le = this.le;
    const c = s.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.quotedEnd(i, c === SQUOTE);
      return end >= 0 && s.charCodeAt(end + 1) === COLON && (end + 2 >= le || s.charCodeAt(end + 2) === SP);
    }
    if (isIndicator(c)) return false;
    for (let j = i + 1; j < le; j++) {
      const d = s.charCodeAt(j);
      if (d === COLON) {
        if (j + 1 >= le || s.charCodeAt(j + 1) === SP) return true;
      } else if (d === HASH && s.charCodeAt(j - 1) === SP) return false;
      else if (d === TAB) throw BAIL;
    }
    return false;
  }
  /** Reads the key at the current content start; leaves `p` after its `:`. */
  readKey(top) {
    const s = this.s;
    const le = this.le;
    const cs = this.cs;
    const c = s.charCodeAt(cs);
    if (c === DQUOTE || c === SQUOTE) {
      const end2 = this.quotedEnd(cs, c === SQUOTE);
      if (end2 < 0 || s.charCodeAt(end2 + 1) !== COLON || end2 + 2 < le && s.charCodeAt(end2 + 2) !== SP) throw BAIL;
      if (end2 - cs > MAX_KEY) throw BAIL;
      const r = decodeQuoted(s, cs, end2 + 1, c === SQUOTE);
      if (typeof r !== "string" || r === "<<") throw BAIL;
      this.p = end2 + 2;
      return r;
    }
    if (isIndicator(c)) throw BAIL;
    let end = cs + 1;
    let j = cs + 1;
    for (; ; ) {
      if (j >= le) throw BAIL;
      const d = s.charCodeAt(j);
      if (d === COLON) {
        if (j + 1 >= le || s.charCodeAt(j + 1) === SP) break;
      } else if (d === HASH && s.charCodeAt(j - 1) === SP || d === TAB) throw BAIL;
      if (d !== SP) end = j + 1;
      j++;
    }
    if (end - cs > MAX_KEY) throw BAIL;
    const key = s.slice(cs, end);
    if (key === "<<") throw BAIL;
    this.p = j + 1;
    return this.plainKey(key, c, top);
  }
  /**
   * The JSON key of a plain key `key` (first character `c`). yaml.v3 → JSON: keys must read as
   * strings, but the document's top-level map takes any scalar's text (not null). yaml.v2 →
   * sigs.k8s.io/yaml: booleans, ints and floats become their Go text; null is an error.
   */
  plainKey(key, c, top) {
    if (isPlainTextStart(c)) return key;
    const r = resolvePlain(key, this.v2 ? "v2" : "v3");
    if (r.tag === "str") return key;
    if (!this.v2) {
      if (!top || r.tag === "null" || r.tag === "merge") throw BAIL;
      return key;
    }
    switch (r.tag) {
      case "bool":
        return r.value ? "true" : "false";
      case "int":
        if (r.value >= 1n << 63n) throw BAIL;
        return r.value.toString();
      case "float":
        return formatFloatG32(r.value);
      case "timestamp":
        return key;
      default:
        throw BAIL;
    }
  }
  /** The value after a key's `:` (at `p`), in a mapping at column `n`. Moves to the next line. */
  value(n, role, inAnn) {
    const s = this.s;
    let i = this.p;
    while (s.charCodeAt(i) === SP) i++;
    if (s.charCodeAt(i) === TAB) throw BAIL;
    if (i >= this.le || s.charCodeAt(i) === HASH) {
      this.nextLine(this.le + 1);
      return this.nested(n, role, inAnn, true);
    }
    return this.inline(i, n, role, inAnn);
  }
  /**
   * A value on the following lines (the current line), for a mapping (`fromMap`, where a
   * sequence may sit at the key's column) or a sequence entry at column `n`.
   */
  nested(n, role, inAnn, fromMap) {
    if (this.eof || this.ind < n) return this.empty(inAnn);
    const dash = this.isDashAt(this.cs);
    let v;
    if (this.ind === n) {
      if (!fromMap || !dash) return this.empty(inAnn);
      v = this.blockSeq(n, inAnn ? NONE : role);
    } else if (dash) {
      v = this.blockSeq(this.ind, inAnn ? NONE : role);
    } else {
      v = this.blockMap(this.ind, inAnn ? NONE : role, false);
    }
    return inAnn ? "" : v;
  }
  /** An absent value: null, or for an annotation what annotationNulls asks for. */
  empty(inAnn) {
    return inAnn && this.annotationNulls === "text" ? "" : null;
  }
  /** A value starting at `i` on the current line, inside a collection at column `n`. */
  inline(i, n, role, inAnn) {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      let end2 = this.quotedEnd(i, c === SQUOTE);
      if (end2 < 0) end2 = this.multiLineQuotedEnd(i, c === SQUOTE, n);
      this.lineEndAt(end2 + 1);
      const r = decodeQuoted(s, i, end2 + 1, c === SQUOTE);
      if (typeof r !== "string") throw BAIL;
      this.nextLine(this.le + 1);
      return r;
    }
    if (c === 124 || c === 62) return this.blockScalar(i, n, c === 62, inAnn);
    if (c === 91 || c === 123) {
      const v = c === 91 ? this.flowSeq(i) : this.flowMap(i, !inAnn && role === ANNOTATIONS);
      this.nextLine(this.le + 1);
      return inAnn ? "" : v;
    }
    if (c === DASH) {
      if (this.isDashAt(i)) throw BAIL;
    } else if (isIndicator(c)) throw BAIL;
    let le = this.le;
    let end = this.plainLineEnd(i, le);
    let raw = s.slice(i, end);
    if (!this.comment) {
      const len = this.len;
      let p = le + 1;
      let breaks = 0;
      while (p < len) {
        let k = p;
        while (s.charCodeAt(k) === SP) k++;
        const d = s.charCodeAt(k);
        if (d === TAB) throw BAIL;
        let e = s.indexOf("\n", k);
        if (e < 0) e = len;
        if (k === e) {
          breaks++;
          p = e + 1;
          continue;
        }
        if (k - p <= n || d === HASH) break;
        if ((d === DASH || d === 63 || d === COLON) && (k + 1 >= e || s.charCodeAt(k + 1) === SP)) throw BAIL;
        end = this.plainLineEnd(k, e);
        raw += (breaks === 0 ? " " : "\n".repeat(breaks)) + s.slice(k, end);
        breaks = 0;
        le = e;
        p = e + 1;
        if (this.comment) break;
      }
    }
    this.nextLine(le + 1);
    return inAnn ? this.annotationPlain(raw) : plainJson(raw, false, this.v2);
  }
  /**
   * The end of a plain scalar's text on one line (from `i`, a non-blank, to `le`): after the
   * last non-blank before the line end or a ` #` comment (then `comment` is set).
   */
  plainLineEnd(i, le) {
    const s = this.s;
    let end = i + 1;
    this.comment = false;
    for (let j = i + 1; j < le; j++) {
      const d = s.charCodeAt(j);
      if (d === SP) continue;
      if (d === COLON) {
        if (j + 1 >= le || s.charCodeAt(j + 1) === SP) throw BAIL;
      } else if (d === HASH && s.charCodeAt(j - 1) === SP) {
        this.comment = true;
        return end;
      } else if (d === TAB) throw BAIL;
      end = j + 1;
    }
    return end;
  }
  /** A plain annotation value: its text, except a null when annotationNulls is 'null'. */
  annotationPlain(raw) {
    if (this.annotationNulls === "null" && resolvePlain(raw, "v3").tag === "null") return null;
    return raw;
  }
  /** Index of the closing quote of the quoted scalar at `i` on the current line, or -1. */
  quotedEnd(i, single) {
    const s = this.s;
    const le = this.le;
    let j = i + 1;
    if (single) {
      for (; ; ) {
        const k = s.indexOf("'", j);
        if (k < 0 || k >= le) return -1;
        if (s.charCodeAt(k + 1) === SQUOTE) {
          j = k + 2;
          continue;
        }
        return k;
      }
    }
    while (j < le) {
      const c = s.charCodeAt(j);
      if (c === 92) j += 2;
      else if (c === DQUOTE) return j;
      else j++;
    }
    return -1;
  }
  /**
   * Index of the closing quote of a quoted scalar at `i` that goes on over the next lines, in a
   * collection at column `n`; the current line becomes the closing quote's line. Continuation
   * lines must be more indented than `n`; tabs are left to the full parser.
   */
  multiLineQuotedEnd(i, single, n) {
    const s = this.s;
    const len = this.len;
    let j = i + 1;
    let lineStart = -1;
    for (; ; ) {
      if (j >= len) throw BAIL;
      const c = s.charCodeAt(j);
      if (c === NL) {
        lineStart = j + 1;
        let k = lineStart;
        while (s.charCodeAt(k) === SP) k++;
        const d = s.charCodeAt(k);
        if (k < len && d !== NL && k - lineStart <= n) throw BAIL;
        j = k;
        continue;
      }
      if (c === TAB) throw BAIL;
      if (single) {
        if (c === SQUOTE) {
          if (s.charCodeAt(j + 1) === SQUOTE) {
            j += 2;
            continue;
          }
          break;
        }
      } else if (c === 92) {
        j += s.charCodeAt(j + 1) === NL ? 1 : 2;
        continue;
      } else if (c === DQUOTE) break;
      j++;
    }
    let le = s.indexOf("\n", j);
    if (le < 0) le = len;
    this.ls = lineStart;
    this.le = le;
    return j;
  }
  /** Only blanks or a comment may follow position `j` on the current line. */
  lineEndAt(j) {
    const s = this.s;
    const le = this.le;
    if (j >= le) return;
    if (s.charCodeAt(j) !== SP) throw BAIL;
    while (j < le && s.charCodeAt(j) === SP) j++;
    if (j < le && s.charCodeAt(j) !== HASH) throw BAIL;
  }
  /** `[a, "b", 1]`: scalars only, on one line. */
  flowSeq(i) {
    const s = this.s;
    const arr = [];
    let j = i + 1;
    while (s.charCodeAt(j) === SP) j++;
    if (s.charCodeAt(j) === 93) {
      this.lineEndAt(j + 1);
      return arr;
    }
    for (; ; ) {
      const item = this.flowScalar(j, false);
      arr.push(item.value);
      j = item.next;
      while (s.charCodeAt(j) === SP) j++;
      const c = s.charCodeAt(j);
      if (c === 93) break;
      if (c !== 44) throw BAIL;
      j++;
      while (s.charCodeAt(j) === SP) j++;
      if (s.charCodeAt(j) === 93) throw BAIL;
    }
    this.lineEndAt(j + 1);
    return arr;
  }
  /** `{k: v, "k2": "v2"}`: scalars only, on one line. */
  flowMap(i, annotations) {
    const s = this.s;
    const obj = {};
    let j = i + 1;
    while (s.charCodeAt(j) === SP) j++;
    if (s.charCodeAt(j) === 125) {
      this.lineEndAt(j + 1);
      return obj;
    }
    for (; ; ) {
      const c = s.charCodeAt(j);
      if (c === TAB) throw BAIL;
      let key;
      if (c === DQUOTE || c === SQUOTE) {
        const end = this.quotedEnd(j, c === SQUOTE);
        if (end < 0) throw BAIL;
        const r = decodeQuoted(s, j, end + 1, c === SQUOTE);
        if (typeof r !== "string") throw BAIL;
        key = r;
        j = end + 1;
      } else {
        if (isIndicator(c)) throw BAIL;
        let k = j + 1;
        let end = k;
        for (; ; ) {
          if (k >= this.le) throw BAIL;
          const d2 = s.charCodeAt(k);
          if (d2 === TAB) throw BAIL;
          if (d2 === COLON || isFlowIndicator(d2) || d2 === HASH) break;
          if (d2 !== SP) end = k + 1;
          k++;
        }
        key = this.plainKey(s.slice(j, end), c, false);
        j = k;
      }
      if (s.charCodeAt(j) !== COLON || s.charCodeAt(j + 1) !== SP) throw BAIL;
      if (key === "<<" || Object.prototype.hasOwnProperty.call(obj, key)) throw BAIL;
      j += 2;
      while (s.charCodeAt(j) === SP) j++;
      const item = this.flowScalar(j, annotations);
      setOwn(obj, key, item.value);
      j = item.next;
      while (s.charCodeAt(j) === SP) j++;
      const d = s.charCodeAt(j);
      if (d === 125) break;
      if (d !== 44) throw BAIL;
      j++;
      while (s.charCodeAt(j) === SP) j++;
      if (s.charCodeAt(j) === 125) throw BAIL;
    }
    this.lineEndAt(j + 1);
    return obj;
  }
  /** A quoted or non-empty plain scalar inside a flow collection (no `:` in plain ones). */
  flowScalar(j, annotation) {
    const s = this.s;
    const c = s.charCodeAt(j);
    if (c === TAB) throw BAIL;
    if (c === DQUOTE || c === SQUOTE) {
      const end2 = this.quotedEnd(j, c === SQUOTE);
      if (end2 < 0) throw BAIL;
      const r = decodeQuoted(s, j, end2 + 1, c === SQUOTE);
      if (typeof r !== "string") throw BAIL;
      return { value: r, next: end2 + 1 };
    }
    if (c === DASH) {
      const d = s.charCodeAt(j + 1);
      if (d === SP || isFlowIndicator(d) || j + 1 >= this.le) throw BAIL;
    } else if (isIndicator(c)) throw BAIL;
    let k = j + 1;
    let end = k;
    for (; k < this.le; k++) {
      const d = s.charCodeAt(k);
      if (isFlowIndicator(d)) break;
      if (d === COLON || d === TAB || d === HASH && s.charCodeAt(k - 1) === SP) throw BAIL;
      if (d !== SP) end = k + 1;
    }
    const raw = s.slice(j, end);
    return { value: annotation ? this.annotationPlain(raw) : plainJson(raw, true, this.v2), next: k };
  }
  /**
   * A literal (`|`) or folded (`>`) block scalar whose header is at `i`, in a collection at
   * column `n`; libyaml's scanner, then kyaml's folded round trip.
   */
  blockScalar(i, n, folded, inAnn) {
    const s = this.s;
    const len = this.len;
    let j = i + 1;
    let chomp = 0;
    let indent = 0;
    for (let k = 0; k < 2; k++) {
      const c = s.charCodeAt(j);
      if ((c === 43 || c === DASH) && chomp === 0) {
        chomp = c === 43 ? 1 : -1;
        j++;
      } else if (c >= 49 && c <= 57 && indent === 0) {
        indent = n + (c - 48);
        j++;
      } else break;
    }
    this.lineEndAt(j);
    if (this.le >= len) throw BAIL;
    const noFinalBreak = s.charCodeAt(len - 1) !== NL;
    let out = "";
    let leadingBreak = "";
    let trailingBreaks = "";
    let leadingBlank = false;
    let p = this.le + 1;
    let q;
    let col;
    let maxInd = 0;
    for (; ; ) {
      q = p;
      col = 0;
      while (q < len && s.charCodeAt(q) === SP && (indent === 0 || col < indent)) {
        q++;
        col++;
      }
      if (col > maxInd) maxInd = col;
      if (q >= len) throw BAIL;
      if (s.charCodeAt(q) === TAB) throw BAIL;
      if (s.charCodeAt(q) !== NL) {
        if (indent !== 0 && s.charCodeAt(q) === SP) {
          let k = q;
          while (s.charCodeAt(k) === SP) k++;
          if (k >= len || s.charCodeAt(k) === NL) throw BAIL;
        }
        break;
      }
      trailingBreaks += "\n";
      p = q + 1;
    }
    if (indent === 0) {
      if (col <= n || maxInd > col) throw BAIL;
      indent = col;
    } else if (col < indent) throw BAIL;
    for (; ; ) {
      const e = s.indexOf("\n", q);
      if (e < 0) throw BAIL;
      const trailingBlank = s.charCodeAt(q) === SP || s.charCodeAt(q) === TAB;
      if (folded && leadingBreak === "\n" && !leadingBlank && !trailingBlank) {
        if (trailingBreaks === "") out += " ";
      } else {
        out += leadingBreak;
      }
      leadingBreak = "";
      out += trailingBreaks;
      trailingBreaks = "";
      leadingBlank = trailingBlank;
      out += s.slice(q, e);
      leadingBreak = "\n";
      p = e + 1;
      let more = false;
      for (; ; ) {
        q = p;
        col = 0;
        while (q < len && s.charCodeAt(q) === SP && col < indent) {
          q++;
          col++;
        }
        if (q >= len) {
          if (noFinalBreak) throw BAIL;
          break;
        }
        const d = s.charCodeAt(q);
        if (d === TAB && col < indent) throw BAIL;
        if (d !== NL) {
          more = col === indent;
          break;
        }
        trailingBreaks += "\n";
        p = q + 1;
      }
      if (!more) break;
    }
    if (chomp !== -1) out += leadingBreak;
    if (chomp === 1) out += trailingBreaks;
    this.nextLine(p);
    if (inAnn) return out;
    return folded && !this.v2 ? foldedRoundTrip(out) : out;
  }
};
function isPlainTextStart(c) {
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90) {
    switch (c) {
      case 121:
      case 89:
      case 110:
      case 78:
      case 116:
      case 84:
      case 102:
      case 70:
      case 111:
      case 79:
        return false;
    }
    return true;
  }
  return c === 47 || c === 95 || c === 36 || c >= 128;
}
function plainJson(raw, inFlow, v2) {
  const c = raw.charCodeAt(0);
  if (isPlainTextStart(c)) return raw;
  if (c >= 49 && c <= 57 && raw.length <= 15) {
    let k = 1;
    while (k < raw.length) {
      const d = raw.charCodeAt(k);
      if (d < 48 || d > 57) break;
      k++;
    }
    if (k === raw.length) return Number(raw);
  }
  const r = resolvePlain(raw, v2 ? "v2" : "v3");
  switch (r.tag) {
    case "str":
      return raw;
    case "null":
      return null;
    case "bool":
      return r.value;
    case "int":
      return Number(r.value);
    case "float":
      if (!Number.isFinite(r.value)) throw BAIL;
      return r.value;
    case "timestamp": {
      if (v2) return raw;
      if (inFlow && /[,:?[\]{}]| #/.test(raw)) return raw;
      const t = formatRfc3339Nano(r.value);
      if (t === null) throw BAIL;
      return t;
    }
    case "merge":
      return "<<";
  }
}

// src/yaml/parse.ts
var MAX_DEPTH2 = 1e3;
var FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]|\p{Cs}/u;
var EXTRA_BREAKS = /\u0085/g;
var Lines = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  pos(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.starts[lo] + 1 };
  }
};
function goTrimSpace(s) {
  const ws = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
  return s.replace(ws, "");
}
function checkControlCharacters(text, file, lines, offset) {
  const m = FORBIDDEN.exec(text);
  if (m) {
    throw new KustomizeError("YAML_SYNTAX", "yaml: control characters are not allowed", { file, ...lines.pos(offset + m.index) });
  }
}
function parseResourceDocuments(text, file, options = {}) {
  const annotationNulls = options.annotationNulls ?? "null";
  const fastPath = options.fastPath ?? true;
  if (text.indexOf("\r\n") >= 0) text = text.replace(/\r\n/g, "\n");
  const lines = new Lines(text);
  const bom = text.charCodeAt(0) === 65279 ? 1 : 0;
  checkControlCharacters(bom ? text.slice(1) : text, file, lines, bom);
  const pieces = [];
  const sep = /\n---[^\n]*\n/g;
  let prev = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    const rest = goTrimSpace(m[0].slice(4));
    if (rest.length > 0 && rest[0] !== "#") {
      throw new KustomizeError("YAML_SYNTAX", `invalid document separator: ${goTrimSpace(m[0])}`, {
        file,
        ...lines.pos(m.index + 1)
      });
    }
    pieces.push({ start: prev, text: text.slice(prev, m.index) + "\n" });
    prev = m.index + m[0].length;
  }
  pieces.push({ start: prev, text: text.slice(prev) });
  const out = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (fastPath) {
      const fast = fastParseDocument(piece.text, annotationNulls);
      if (fast !== void 0) {
        if (fast !== null) out.push({ value: fast.value, index: i, line: lines.pos(piece.start + fast.offset).line });
        continue;
      }
    }
    const doc = parseFirstDocument(piece.text, file, lines, piece.start);
    if (!doc || doc.contents === null) continue;
    const root = doc.contents;
    const value = guardDepth(file, () => {
      const conv = new Converter("v3", file, lines, piece.start, doc, piece.text, annotationNulls);
      return conv.isNullRoot(root) ? void 0 : conv.convertRoot(root);
    });
    if (value === void 0) continue;
    if (Array.isArray(value) && value.length === 0 || isObjectJson(value) && Object.keys(value).length === 0) continue;
    out.push({ value, index: i, line: lines.pos(piece.start + (root.range?.[0] ?? 0)).line });
  }
  return out;
}
function isObjectJson(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function parseKustomizationText(text, file, options = {}) {
  const lines = new Lines(text);
  const bom = text.charCodeAt(0) === 65279 ? 1 : 0;
  checkControlCharacters(bom ? text.slice(1) : text, file, lines, bom);
  if (options.fastPath ?? true) {
    const fast = fastParseDocument(text, "null", "v2");
    if (fast !== void 0) return fast === null ? null : fast.value;
  }
  const doc = parseFirstDocument(text, file, lines, 0);
  if (!doc || doc.contents === null) return null;
  return guardDepth(file, () => new Converter("v2", file, lines, 0, doc, text).convertRoot(doc.contents));
}
function guardDepth(file, f) {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw new KustomizeError("LIMIT_EXCEEDED", "yaml: document too deeply nested", { file, cause: e });
    throw e;
  }
}
function parseFirstDocument(text, file, lines, base) {
  const src = text.replace(EXTRA_BREAKS, "\n");
  let docs;
  try {
    docs = parseAllDocuments(src, {
      schema: "failsafe",
      resolveKnownTags: false,
      uniqueKeys: false,
      prettyErrors: false,
      keepSourceTokens: false
    });
  } catch (e) {
    if (e instanceof RangeError) throw new KustomizeError("LIMIT_EXCEEDED", "yaml: document too deeply nested", { file, cause: e });
    throw e;
  }
  if (!Array.isArray(docs) || docs.length === 0) return null;
  const doc = docs[0];
  const err = doc.errors.find((e) => e.code !== "BAD_DQ_ESCAPE");
  if (err) {
    const code = err.code === "RESOURCE_EXHAUSTION" ? "LIMIT_EXCEEDED" : "YAML_SYNTAX";
    throw new KustomizeError(code, "yaml: " + firstLine(err.message), { file, ...lines.pos(base + err.pos[0]), cause: err });
  }
  return doc;
}
function firstLine(s) {
  const nl = s.indexOf("\n");
  return (nl >= 0 ? s.slice(0, nl) : s).replace(/ at line \d+, column \d+:?$/, "").trim();
}
var LONG_TAG_PREFIX = "tag:yaml.org,2002:";
function shortTag(tag) {
  if (!tag || tag === "!") return "";
  return tag.startsWith(LONG_TAG_PREFIX) ? "!!" + tag.slice(LONG_TAG_PREFIX.length) : tag;
}
var RESOLVABLE = /* @__PURE__ */ new Set(["!!str", "!!bool", "!!int", "!!float", "!!null", "!!timestamp"]);
function allowedAliasRatio(decodeCount) {
  if (decodeCount <= 4e5) return 0.99;
  if (decodeCount >= 4e6) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - 4e5) / 36e5);
}
var NONE2 = 0;
var RESOURCE2 = 1;
var METADATA2 = 2;
var ANNOTATIONS2 = 3;
var LIST_ITEMS2 = 4;
var Converter = class {
  constructor(mode, file, lines, base, doc, source, annotationNulls = "null") {
    this.mode = mode;
    this.file = file;
    this.lines = lines;
    this.base = base;
    this.source = source;
    this.annotationNulls = annotationNulls;
    this.indexAnchors(doc.contents, /* @__PURE__ */ new Map());
  }
  mode;
  file;
  lines;
  base;
  source;
  annotationNulls;
  aliasTargets = /* @__PURE__ */ new Map();
  active = /* @__PURE__ */ new Set();
  depth = 0;
  decodeCount = 0;
  aliasCount = 0;
  aliasDepth = 0;
  /** Records, for each alias, the node its anchor names at that point of the document. */
  indexAnchors(node, anchors) {
    if (node === null || node === void 0) return;
    if (isPair(node)) {
      this.indexAnchors(node.key, anchors);
      this.indexAnchors(node.value, anchors);
      return;
    }
    if (isAlias(node)) {
      const t = anchors.get(node.source);
      if (!t) throw this.error(`yaml: unknown anchor '${node.source}' referenced`, node);
      this.aliasTargets.set(node, t);
      return;
    }
    const anchor = node.anchor;
    if (anchor) anchors.set(anchor, node);
    if (isMap(node) || isSeq(node)) for (const it of node.items) this.indexAnchors(it, anchors);
  }
  error(message, node, code = "YAML_SYNTAX") {
    const off = node && !isPair(node) && node.range ? node.range[0] : isPair(node) && node.key?.range ? node.key.range[0] : 0;
    return new KustomizeError(code, message, { file: this.file, ...this.lines.pos(this.base + off) });
  }
  deref(node) {
    if (!isAlias(node)) return node;
    return this.aliasTargets.get(node);
  }
  /** kyaml's `IsMissingOrNull`: the root is a scalar tagged (or resolving to) null. */
  isNullRoot(root) {
    if (!isScalar(root)) return false;
    const tag = shortTag(root.tag);
    if (tag === "!!null") return true;
    if (tag !== "" || root.type !== "PLAIN") return false;
    return resolvePlain(String(root.value), "v3").tag === "null";
  }
  convertRoot(root) {
    return this.convert(root, false, true, this.mode === "v3" ? RESOURCE2 : NONE2);
  }
  convert(node, inFlow, topLevel = false, role = NONE2) {
    if (node === null || node === void 0) return this.emptyScalar(inFlow);
    if (isAlias(node)) {
      const target = this.aliasTargets.get(node);
      if (this.active.has(target)) throw this.error(`yaml: anchor '${node.source}' value contains itself`, node);
      this.aliasDepth++;
      try {
        return this.convert(target, inFlow, false, role);
      } finally {
        this.aliasDepth--;
      }
    }
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1e3 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      throw this.error("yaml: document contains excessive aliasing", node, "LIMIT_EXCEEDED");
    }
    if (isScalar(node)) return this.scalar(node, inFlow);
    if (++this.depth > MAX_DEPTH2) throw this.error(`yaml: document nested deeper than ${MAX_DEPTH2} levels`, node, "LIMIT_EXCEEDED");
    this.active.add(node);
    try {
      if (isSeq(node)) {
        const flow = inFlow || !!node.flow;
        const arr = new Array(node.items.length);
        const itemRole = role === LIST_ITEMS2 ? RESOURCE2 : NONE2;
        for (let i = 0; i < node.items.length; i++) {
          const it = node.items[i];
          arr[i] = isPair(it) ? this.mapping(it, true, false, itemRole) : this.convert(it, flow, false, itemRole);
        }
        return arr;
      }
      if (isMap(node)) return this.mapping(node, inFlow || !!node.flow, topLevel, role);
      throw this.error("yaml: unsupported node", node);
    } finally {
      this.active.delete(node);
      this.depth--;
    }
  }
  /** An absent or empty untagged plain scalar: null, except in flow context under kyaml. */
  emptyScalar(inFlow) {
    return this.mode === "v3" && inFlow ? "" : null;
  }
  /** The scalar's text: quoted scalars are decoded with libyaml's rules from the source. */
  text(node) {
    if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") {
      const [start2, end] = node.range;
      const r = decodeQuoted(this.source, start2, end, node.type === "QUOTE_SINGLE");
      if (typeof r === "string") return r;
      throw new KustomizeError("YAML_SYNTAX", "yaml: " + r.message, { file: this.file, ...this.lines.pos(this.base + r.offset) });
    }
    const v = node.value === null || node.value === void 0 ? "" : String(node.value);
    if ((node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") && v.endsWith("\n")) {
      const end = node.range[1];
      if (end >= this.source.length && !/[\n\r\u0085\u2028\u2029]$/.test(this.source)) return v.slice(0, -1);
    }
    return v;
  }
  /** Resolves a scalar node to its go-yaml type (before JSON conversion). */
  resolveScalar(node) {
    const raw = this.text(node);
    const tag = shortTag(node.tag);
    if (tag === "") {
      if (node.type !== "PLAIN" && node.type !== void 0) return { r: { tag: "str" }, raw };
      return { r: resolvePlain(raw, this.mode), raw };
    }
    if (tag === "!!binary") return { r: { tag: "str" }, raw, binary: this.decodeBinary(raw, node) };
    if (RESOLVABLE.has(tag)) {
      const r = resolveTagged(tag, raw, this.mode);
      if (typeof r === "string") throw this.error("yaml: " + r, node);
      return { r, raw };
    }
    return { r: { tag: "str" }, raw };
  }
  scalar(node, inFlow) {
    if (node.type === "PLAIN" && shortTag(node.tag) === "" && (node.value === "" || node.value === null)) return this.emptyScalar(inFlow);
    const { r, raw, binary } = this.resolveScalar(node);
    if (binary !== void 0) return binary;
    if (this.mode === "v3" && node.type === "BLOCK_FOLDED" && r.tag === "str" && !inFlow) return foldedRoundTrip(raw);
    return this.toJson(r, raw, node, inFlow && node.type === "PLAIN" && shortTag(node.tag) === "");
  }
  toJson(r, raw, node, inFlowPlain = false) {
    switch (r.tag) {
      case "null":
        return null;
      case "bool":
        return r.value;
      case "int":
        return Number(r.value);
      case "float":
        if (!Number.isFinite(r.value)) {
          throw this.error(`json: unsupported value: ${Number.isNaN(r.value) ? "NaN" : r.value > 0 ? "+Inf" : "-Inf"}`, node);
        }
        return r.value;
      case "timestamp": {
        if (this.mode === "v2") return raw;
        if (inFlowPlain && /[,:?[\]{}]| #/.test(raw)) return raw;
        const s = formatRfc3339Nano(r.value);
        if (s === null) throw this.error("json: Time.MarshalJSON: timezone hour outside of range [0,23]", node);
        return s;
      }
      case "merge":
        return "<<";
      default:
        return raw;
    }
  }
  /** Go `base64.StdEncoding.DecodeString` (CR/LF ignored), then Go's JSON view of the bytes. */
  decodeBinary(raw, node) {
    const s = raw.replace(/[\r\n]/g, "");
    if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) {
      throw this.error("yaml: !!binary value contains invalid base64 data", node);
    }
    const bin = atob(s);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return decodeUtf8LikeGoJson(bytes);
  }
  /** True when a key node is yaml.v3's merge key (`<<` plain, or tagged `!!merge`). */
  isMergeKey(key) {
    if (!key) return false;
    const k = this.deref(key);
    if (!isScalar(k)) return false;
    const tag = shortTag(k.tag);
    if (tag === "!!merge") return true;
    return tag === "" && k.type === "PLAIN" && String(k.value) === "<<";
  }
  /** The JSON key for a key node. */
  keyString(keyNode, inFlow, topLevel, pair) {
    const node = keyNode ? this.deref(keyNode) : null;
    if (node !== null && !isScalar(node)) throw this.error("yaml: invalid map key: a map or list cannot be a key", node);
    const raw = node === null ? "" : this.text(node);
    const tag = node ? shortTag(node.tag) : "";
    const plainEmpty = raw === "" && tag === "" && (node === null || node.type === "PLAIN");
    if (this.mode === "v3") {
      if (plainEmpty) {
        if (inFlow) return "";
        throw this.error("yaml: null map key is not supported", keyNode ?? pair);
      }
      const nonString = () => this.error(`json: unsupported type: map[interface {}]interface {} (non-string key ${JSON.stringify(raw)})`, node);
      const { r: r2, binary: binary2 } = this.resolveScalar(node);
      if (r2.tag === "null") throw this.error("yaml: null map key is not supported", node);
      if (binary2 !== void 0) {
        if (topLevel) return binary2;
        throw nonString();
      }
      if (topLevel) return raw;
      if (r2.tag === "str" && (tag === "" || tag === "!!str")) return raw;
      throw nonString();
    }
    if (plainEmpty) throw this.error("unsupported map key of type: <nil>", keyNode ?? pair);
    const { r, binary } = this.resolveScalar(node);
    if (binary !== void 0) return binary;
    switch (r.tag) {
      case "null":
        throw this.error("unsupported map key of type: <nil>", node);
      case "bool":
        return r.value ? "true" : "false";
      case "int":
        if (r.value >= 1n << 63n) throw this.error("unsupported map key of type: uint64", node);
        return r.value.toString();
      case "float":
        return formatFloatG32(r.value);
      default:
        return raw;
    }
  }
  mapping(node, inFlow, topLevel, role = NONE2) {
    const pairs = isPair(node) ? [node] : node.items;
    return this.mode === "v3" ? this.mappingV3(pairs, inFlow, topLevel, role) : this.mappingV2(pairs, inFlow);
  }
  /** The role of the value under `key` in a map of the given role. */
  childRole(role, key, isList) {
    if (role === RESOURCE2) return key === "metadata" ? METADATA2 : key === "items" && isList ? LIST_ITEMS2 : NONE2;
    if (role === METADATA2 && key === "annotations") return ANNOTATIONS2;
    return NONE2;
  }
  /** True when a resource map's own `kind` is a `*List` (kustomize expands its `items`). */
  isListKind(pairs) {
    for (const p of pairs) {
      const k = p.key ? this.deref(p.key) : null;
      if (!k || !isScalar(k) || String(k.value) !== "kind") continue;
      const v = p.value ? this.deref(p.value) : null;
      return !!v && isScalar(v) && this.text(v).endsWith("List");
    }
    return false;
  }
  /**
   * An annotation value as kustomize prints it: the YAML node's value (see
   * parseResourceDocuments). Nothing is typed, so nothing can fail but the quoted-scalar syntax.
   */
  annotationValue(node) {
    const n = node ? this.deref(node) : null;
    if (n === null || n === void 0) return this.annotationNulls === "null" ? null : "";
    if (!isScalar(n)) return "";
    const raw = this.text(n);
    if (this.annotationNulls === "null") {
      const tag = shortTag(n.tag);
      if (tag === "!!null" || tag === "" && n.type === "PLAIN" && resolvePlain(raw, "v3").tag === "null") return null;
    }
    return raw;
  }
  /** kyaml DeAnchor (merge sources, then own keys win) followed by yaml.v3 → JSON. */
  mappingV3(pairs, inFlow, topLevel, role = NONE2) {
    let mergeIdx = -1;
    for (let i = 0; i < pairs.length; i++) {
      if (this.isMergeKey(pairs[i].key)) {
        if (mergeIdx >= 0) throw this.error("duplicate merge key", pairs[i]);
        mergeIdx = i;
      }
    }
    const sources = mergeIdx >= 0 ? this.mergeSources(pairs[mergeIdx].value, pairs[mergeIdx]) : [];
    let clearIdx = pairs.findIndex((p) => {
      const k = p.key ? this.deref(p.key) : null;
      return k !== null && isScalar(k) && String(k.value) === "<<";
    });
    if (clearIdx < 0) clearIdx = mergeIdx;
    const out = {};
    const own = /* @__PURE__ */ new Map();
    const ownKeys = [];
    const ownVals = [];
    const isList = role === RESOURCE2 && this.isListKind(pairs);
    for (let i = 0; i < pairs.length; i++) {
      if (i === clearIdx || i === mergeIdx) continue;
      const p = pairs[i];
      const key = this.keyString(p.key, inFlow, topLevel, p);
      const first = own.get(key);
      if (role === ANNOTATIONS2) {
        const v = this.annotationValue(p.value);
        if (first) ownVals[ownKeys.indexOf(key)] = v;
        else {
          own.set(key, p);
          ownKeys.push(key);
          ownVals.push(v);
        }
        continue;
      }
      if (first) {
        const a = this.lines.pos(this.base + (first.key?.range?.[0] ?? 0)).line;
        throw this.error(`yaml: mapping key ${JSON.stringify(key)} already defined at line ${a}`, p);
      }
      own.set(key, p);
      ownKeys.push(key);
      ownVals.push(this.convert(p.value, inFlow, false, role === NONE2 ? NONE2 : this.childRole(role, key, isList)));
    }
    for (let i = 0; i < ownKeys.length; i++) setOwn(out, ownKeys[i], ownVals[i]);
    for (const src of sources) {
      const m = isPair(src) ? this.mapping(src, true, false, role) : this.convert(src, inFlow, false, role);
      for (const k of Object.keys(m)) if (!own.has(k)) setOwn(out, k, m[k]);
    }
    return out;
  }
  /** kyaml `findMergeValues`: a map, an alias to a map, or a list of those (first wins). */
  mergeSources(value, pair) {
    if (value === null || value === void 0) throw this.error("map merge requires map or sequence of maps as the value", pair);
    if (isAlias(value)) {
      const t = this.deref(value);
      if (!isMap(t)) throw this.error("invalid map merge: received alias for a non-map value", value);
      return [value];
    }
    if (isMap(value)) return [value];
    if (isSeq(value)) {
      let res = [];
      for (const it of value.items) {
        if (isPair(it)) {
          res = [it, ...res];
          continue;
        }
        if (it && isSeq(it)) throw this.error("invalid map merge: received a nested sequence", it);
        res = [...this.mergeSources(it, pair), ...res];
      }
      return res;
    }
    throw this.error("map merge requires map or sequence of maps as the value", value);
  }
  /** yaml.v2 decode into interface{} (merges in order, duplicates last-wins) + sigs.k8s.io/yaml keys. */
  mappingV2(pairs, inFlow) {
    const out = {};
    for (const p of pairs) {
      const keyNode = p.key;
      if (keyNode && this.isMergeKeyV2(keyNode)) {
        this.mergeV2(p.value, out, p);
        continue;
      }
      const key = this.keyString(keyNode, inFlow, false, p);
      const v = this.convert(p.value, inFlow);
      if (Object.prototype.hasOwnProperty.call(out, key)) delete out[key];
      setOwn(out, key, v);
    }
    return out;
  }
  isMergeKeyV2(key) {
    const k = this.deref(key);
    if (!isScalar(k) || k.type !== "PLAIN" || String(k.value) !== "<<") return false;
    const tag = shortTag(k.tag);
    return tag === "!!merge" || tag === "" && k.type === "PLAIN";
  }
  mergeV2(value, out, pair) {
    const fail = () => this.error("yaml: map merge requires map or sequence of maps as the value", value ?? pair);
    const apply = (n) => {
      const m = isPair(n) ? this.mapping(n, true, false) : this.convert(n, false);
      for (const k of Object.keys(m)) setOwn(out, k, m[k]);
    };
    if (!value) throw fail();
    const v = this.deref(value);
    if (isMap(v)) return apply(value);
    if (isSeq(v) && !isAlias(value)) {
      const items = v.items;
      for (let i = items.length - 1; i >= 0; i--) {
        const it = items[i];
        if (isPair(it)) {
          apply(it);
          continue;
        }
        if (!it || !isMap(this.deref(it))) throw fail();
        apply(it);
      }
      return;
    }
    throw fail();
  }
};
function decodeUtf8LikeGoJson(b) {
  let out = "";
  const n = b.length;
  for (let i = 0; i < n; ) {
    const c = b[i];
    if (c < 128) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let need = 0;
    let lo = 128;
    let hi = 191;
    let cp = 0;
    if (c >= 194 && c <= 223) {
      need = 1;
      cp = c & 31;
    } else if (c >= 224 && c <= 239) {
      need = 2;
      cp = c & 15;
      if (c === 224) lo = 160;
      if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      need = 3;
      cp = c & 7;
      if (c === 240) lo = 144;
      if (c === 244) hi = 143;
    } else {
      out += "\uFFFD";
      i++;
      continue;
    }
    let ok = i + need < n;
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const cc = b[i + k];
        const l = k === 1 ? lo : 128;
        const h = k === 1 ? hi : 191;
        if (cc < l || cc > h) {
          ok = false;
          break;
        }
        cp = cp << 6 | cc & 63;
      }
    }
    if (!ok) {
      out += "\uFFFD";
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

// test/yaml/manifest-gen.ts
var Rng = class {
  a;
  constructor(seed) {
    this.a = seed >>> 0;
  }
  next() {
    let t = this.a += 1831565813;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  }
  int(n) {
    return Math.floor(this.next() * n);
  }
  chance(p) {
    return this.next() < p;
  }
  pick(a) {
    return a[this.int(a.length)];
  }
};
var PLAIN = [
  "x",
  "nginx:1.25",
  "v1",
  "ConfigMap",
  "hello world",
  "a b  c",
  "true",
  "True",
  "FALSE",
  "yes",
  "no",
  "on",
  "off",
  "y",
  "n",
  "~",
  "null",
  "Null",
  "NULL",
  "0",
  "7",
  "42",
  "8080",
  "65536",
  "-1",
  "+1",
  "-0",
  "0x1F",
  "0X1f",
  "0o17",
  "017",
  "08",
  "1_000",
  "1e3",
  "1E3",
  "1.0",
  "1.50",
  ".5",
  "-.5",
  "5.",
  "6.02e23",
  "1e400",
  "2001-12-14",
  "2001-12-14T21:59:43Z",
  "2001-12-14t21:59:43.10-05:00",
  "2001-12-14 21:59:43.10",
  "12:30",
  "1:20",
  "a:b",
  "http://example.com:8080/x",
  "a#b",
  "x # comment",
  "-x",
  "--flag=1",
  "--",
  "<<",
  "=",
  "\xE9",
  "\u65E5\u672C",
  "\u{1F600}",
  "0.0.0.0",
  "1Gi",
  "500m",
  "$(VAR)",
  "${X}",
  "a,b",
  "a]",
  "a}",
  "9007199254740993",
  "123456789012345678901234567890",
  "0b101",
  "-0b1",
  "1__0",
  "_1",
  "x  ",
  "it's",
  'say "hi"',
  "List",
  "FooList",
  "1234567890123456",
  "999999999999999",
  "0.1",
  "-1e-7",
  "a	b",
  "x [y]",
  "x {y}",
  "x & y",
  "x * y",
  "x ! y",
  "x | y",
  "x > y",
  "x: y".replace(": ", ":")
];
var ODD_PLAIN = [
  ".inf",
  "-.Inf",
  ".nan",
  "2001-12-14T21:59:43+24:00",
  "-",
  "%x",
  "@x",
  "`x",
  "?x",
  ":x",
  "x:",
  "a: b",
  "*a",
  "&a x",
  "!x y",
  "!!str 1",
  '!!int "2"',
  "|",
  ">",
  "[a]",
  "{a: b}",
  "? x",
  "a	b ",
  "	x"
];
var KEYS = [
  "apiVersion",
  "kind",
  "metadata",
  "name",
  "namespace",
  "annotations",
  "labels",
  "items",
  "spec",
  "data",
  "a",
  "b",
  "c",
  "x.io/y",
  "app.kubernetes.io/name",
  "image",
  "args",
  "containers",
  "env",
  "value",
  "ports",
  "port",
  "k",
  "key with space",
  "\xE9"
];
var ODD_KEYS = [
  '"quoted"',
  "'single'",
  '"a\\tb"',
  "1",
  "true",
  "null",
  "~",
  "<<",
  '"<<"',
  "k:",
  "-k",
  "? k",
  '"a":',
  "",
  "1.5",
  "2001-12-14",
  "__proto__",
  "on",
  "y",
  '"x" ',
  "&a k",
  "*a",
  "!t k",
  "[k]",
  "{k}",
  "k ",
  "a#b",
  "a #b",
  '"unterminated',
  "x".repeat(1100)
];
var odd = 0.05;
function scalar(r, indent) {
  if (r.chance(odd)) return r.pick(ODD_PLAIN).replace(/\\t/g, "	");
  switch (r.int(8)) {
    case 0:
    case 1:
    case 2:
    case 3:
      return r.pick(PLAIN).replace(/\\t/g, "	");
    case 4: {
      const parts = ["a", " ", "\xE9", "\\n", "\\t", "\\x41", "\\u00e9", "\\U0001F600", "\\'", '\\"', "\\\\", "'", "#", ": ", "1", "  "];
      const oddParts = ["\\/", "\\q", "\\ud83d", "	"];
      let s = "";
      for (let i = r.int(5); i > 0; i--) s += r.chance(odd) ? r.pick(oddParts) : r.pick(parts);
      const more = () => " ".repeat(r.chance(odd * 4) ? r.int(indent + 1) : indent + 1 + r.int(4));
      if (r.chance(0.1)) s += "\n" + more() + r.pick(["b", "", "c d", "\\"]) + (r.chance(0.3) ? "\n\n" + more() + "e" : "");
      return r.chance(odd) ? `"${s}` : `"${s}"`;
    }
    case 5: {
      const parts = ["a", " ", "''", "\\", '"', "#", ": ", "\xFC", "1", "true"];
      let s = "";
      for (let i = r.int(5); i > 0; i--) s += r.chance(odd) ? "	" : r.pick(parts);
      if (r.chance(0.1)) s += "\n" + " ".repeat(r.chance(odd * 4) ? r.int(indent + 1) : indent + 1 + r.int(4)) + r.pick(["b", "", "''"]);
      return r.chance(odd) ? `'${s}` : `'${s}'`;
    }
    case 6:
      if (r.chance(odd * 4)) return r.pick(["[a, [b]]", "{a: {b: c}}", "[a, ]", "{a: }", "{a:1}", "[x: 1]", "[2001-12-14, 1:20]", "[a]]", "{a: b} x", "[a, b", "[a,	b]", '{"a":1}']);
      return r.pick(["[]", "{}", "[a, b]", '[1, "two", 3.0, ~, true]', "{a: 1, b: x}", '{"a": "b"}', "[a,b]", "[ a , b ]", "{ a: 1 , b: 2 }", "[a] # c", "[-1, -x]", "{x: 0x10, y: ~, n: 8080, b: true, f: 1.50}", `['a', "b"]`, "[2001-12-14]"]);
    default: {
      let s = r.pick(PLAIN);
      for (let i = r.int(3); i > 0; i--) s += r.pick([" ", "-", "_", ".", "/", ":", "="]) + r.pick(PLAIN);
      if (r.chance(0.1)) s += "\n" + " ".repeat(r.chance(odd * 4) ? r.int(indent + 1) : indent + 1 + r.int(4)) + r.pick(PLAIN) + (r.chance(0.3) ? "\n\n" + " ".repeat(indent + 2) + "more" : "");
      return s;
    }
  }
}
function comment(r) {
  if (r.chance(odd)) return "#nc";
  return r.chance(0.1) ? r.pick([" # c", "  #c", " #", " # x: y"]) : "";
}
function uniqueKey(r, used, pool) {
  if (r.chance(odd)) return r.pick([...ODD_KEYS, ...used]);
  let k = r.pick(pool);
  while (used.has(k)) k = r.pick(pool) + r.int(1e3);
  used.add(k);
  return k;
}
function blockScalar(r, indent, out, head) {
  const ind = r.pick(["", "", "", "1", "2", "4"]);
  const chomp = r.pick(["", "", "-", "+"]);
  const header = (r.chance(0.5) ? "|" : ">") + (r.chance(0.5) ? ind + chomp : chomp + ind);
  out.push(head + header + comment(r));
  const base = indent + (ind ? Number(ind) : r.pick([1, 2, 2, 4]));
  const lines = r.chance(odd) ? r.int(2) : 1 + r.int(6);
  for (let i = 0; i < lines; i++) {
    const c = i === 0 && !r.chance(odd * 4) ? 6 : r.int(9);
    switch (c) {
      case 0:
        out.push("");
        break;
      case 1:
        out.push(" ".repeat(r.int(base + 3)));
        break;
      case 2:
        out.push(" ".repeat(base + 1 + r.int(3)) + r.pick(PLAIN));
        break;
      case 3:
        out.push(" ".repeat(base) + r.pick(["# not a comment", "x  ", "	x", "x	y", "a b", "---", "- x", "k: v", '"q"', "	"]));
        break;
      case 4:
        if (r.chance(odd * 4)) out.push(" ".repeat(r.int(base)) + r.pick(["x", "	x", "# comment"]));
        else out.push(" ".repeat(base) + "plain text");
        break;
      default:
        out.push(" ".repeat(base) + r.pick(PLAIN));
    }
  }
}
function genMap(r, indent, depth, out, firstPrefix, keys) {
  const n = Math.max(keys.length, 1 + r.int(depth > 3 ? 2 : 5));
  const used = new Set(keys);
  for (let i = 0; i < n; i++) {
    const key = i < keys.length ? keys[i] : uniqueKey(r, used, KEYS);
    const head = (i === 0 && firstPrefix !== null ? firstPrefix : " ".repeat(indent)) + key + ":";
    genValue(r, indent, depth, out, head, key);
  }
}
function genValue(r, indent, depth, out, head, key) {
  const step = r.pick([1, 2, 2, 2, 4]);
  const c = depth > 4 ? r.int(3) : r.int(10);
  if (key === "annotations" || key === "labels") {
    if (r.chance(0.7)) {
      out.push(head + comment(r));
      const n = 1 + r.int(4);
      const used = /* @__PURE__ */ new Set();
      for (let i = 0; i < n; i++) {
        const k = uniqueKey(r, used, ["a", "b", "x.io/y", "port", "n", "e", "z", "w"]);
        if (r.chance(0.15)) blockScalar(r, indent + 2, out, " ".repeat(indent + 2) + k + ": ");
        else if (r.chance(0.1)) out.push(" ".repeat(indent + 2) + k + ":");
        else out.push(" ".repeat(indent + 2) + k + ": " + scalar(r, indent + 2) + comment(r));
      }
      return;
    }
  }
  switch (c) {
    case 0:
    case 1:
    case 2:
      out.push(head + " " + scalar(r, indent) + comment(r));
      return;
    case 3:
      out.push(head + comment(r));
      return;
    case 4:
      blockScalar(r, indent, out, head + " ");
      return;
    case 5:
    case 6:
      out.push(head + comment(r));
      if (r.chance(0.1)) out.push(" ".repeat(r.int(indent + 4)) + "# between");
      genMap(r, indent + step, depth + 1, out, null, key === "metadata" ? ["name"] : []);
      return;
    default:
      out.push(head + comment(r));
      genSeq(r, r.chance(0.4) ? indent : indent + step, depth + 1, out, key === "items");
  }
}
function genSeq(r, indent, depth, out, resources) {
  const n = 1 + r.int(4);
  for (let i = 0; i < n; i++) {
    const dash = " ".repeat(indent) + "-";
    const c = resources ? 1 : depth > 4 ? r.int(2) : r.int(8);
    switch (c) {
      case 0:
        out.push(dash + " " + scalar(r, indent) + comment(r));
        break;
      case 1:
      case 2: {
        const gap = r.pick([1, 1, 1, 3]);
        genMap(r, indent + 1 + gap, depth + 1, out, dash + " ".repeat(gap), resources ? ["apiVersion", "kind", "metadata"] : []);
        break;
      }
      case 3:
        out.push(dash + comment(r));
        if (r.chance(0.7)) genMap(r, indent + r.pick([1, 2, 4]), depth + 1, out, null, []);
        break;
      case 4:
        blockScalar(r, indent, out, dash + " ");
        break;
      case 5:
        out.push(dash + " " + (r.chance(odd * 4) ? r.pick(["&a x", "*a", "? x", "- - "]) : r.pick(["- x", "- [a]", "[a, b]", "{}", "", "- k: v", "- - y"])));
        break;
      default:
        out.push(dash + comment(r));
        if (r.chance(0.7)) genSeq(r, indent + r.pick([1, 2]), depth + 1, out, false);
    }
  }
}
function generateDoc(r) {
  const out = [];
  if (r.chance(0.1)) out.push(r.pick(["# leading comment", "", "  # indented comment"]));
  if (r.chance(0.05)) {
    genSeq(r, 0, 1, out, false);
  } else {
    const isList = r.chance(0.1);
    out.push("apiVersion: v1");
    if (isList && r.chance(0.8)) out.push(`kind: ${r.pick(["List", "ConfigMapList", "Foo"])}`);
    else out.push(`kind: ${r.pick(["ConfigMap", "Deployment", "List"])}`);
    const keys = ["apiVersion", "kind"];
    if (isList) {
      out.push("items:");
      genSeq(r, r.pick([0, 2]), 1, out, true);
      keys.push("items");
    }
    if (r.chance(0.9)) {
      out.push("metadata:");
      genMap(r, 2, 1, out, null, ["name", r.pick(["annotations", "labels", "namespace", "annotations"])]);
      keys.push("metadata");
    }
    const more = [];
    genMap(r, 0, 0, more, null, [...keys, r.pick(["spec", "data"])]);
    out.push(...more.slice(more.findIndex((l) => /^(spec|data):/.test(l))));
  }
  return out.join("\n") + "\n";
}
function jsonValue(r, depth) {
  switch (depth > 3 ? r.int(4) : r.int(7)) {
    case 0:
      return r.pick([0, 1, -1, -0, 8080, 1.5, 1e21, 1e-7, 123456789, 2 ** 53 + 2, 0.1, 3, 1e300]);
    case 1:
      return r.pick([true, false, null]);
    case 2:
    case 3: {
      const parts = ["a", " ", "\xE9", "\n", "	", '"', "\\", "/", "\u{1F600}", "\u2028", "#", ": ", "1", "0x10", "true", "~", "\x07"];
      let s = "";
      for (let i = r.int(4); i > 0; i--) s += r.pick(parts);
      return s;
    }
    case 4: {
      const a = [];
      for (let i = r.int(4); i > 0; i--) a.push(jsonValue(r, depth + 1));
      return a;
    }
    default: {
      const o = {};
      for (let i = r.int(4); i > 0; i--) o[r.pick([...KEYS, "<<", "1", "true", ""])] = jsonValue(r, depth + 1);
      return o;
    }
  }
}
function jsonDoc(r) {
  const doc = { apiVersion: "v1", kind: r.pick(["ConfigMap", "List", "PodList"]) };
  if (r.chance(0.3)) doc["items"] = [{ apiVersion: "v1", kind: "Pod", metadata: { name: "p", annotations: { a: jsonValue(r, 3), b: 1 } } }];
  doc["metadata"] = { name: "x", annotations: { n: jsonValue(r, 2), m: r.pick([1, 1.5, true, null, "x", [1], { a: 1 }]) }, labels: { l: jsonValue(r, 3) } };
  doc["spec"] = jsonValue(r, 0);
  let text = JSON.stringify(doc, null, r.pick([0, 0, 1, 2, 4]));
  if (r.chance(odd * 4)) {
    text = text.replace(r.pick(["/", '"', ",", ":", "\n", "{"]), r.pick(["\\/", "'", ",,", ": ", "\n# c\n", "{ "]));
  }
  return text + "\n";
}
function generate(r) {
  odd = r.pick([0, 0, 0.01, 0.05]);
  if (r.chance(0.1)) return jsonDoc(r) + (r.chance(0.3) ? "---\n" + jsonDoc(r) : "");
  let text = "";
  const docs = 1 + r.int(3);
  if (r.chance(0.1)) text += r.pick(["---\n", "--- # c\n", "--- x\n", "---	\n"]);
  for (let i = 0; i < docs; i++) {
    if (i > 0) text += r.pick(["---\n", "--- # sep\n", "---  \n"]);
    text += generateDoc(r);
  }
  if (r.chance(0.2)) text = mutate(text, r);
  if (r.chance(0.05)) text = text.slice(0, -1);
  return text;
}
function mutate(text, r) {
  const lines = text.split("\n");
  for (let k = 1 + r.int(3); k > 0; k--) {
    if (lines.length === 0) lines.push("");
    const i = r.int(lines.length);
    const l = lines[i];
    switch (r.int(9)) {
      case 0:
        lines[i] = " " + l;
        break;
      case 1:
        lines[i] = l.replace(/^ /, "");
        break;
      case 2: {
        const j = r.int(l.length + 1);
        lines[i] = l.slice(0, j) + r.pick(["	", " ", "#", ":", '"', "'", "&a ", "*a", "!!str ", "[", "{", "- ", ", ", "\\", "|", ">", "\xE9", "\r"]) + l.slice(j);
        break;
      }
      case 3: {
        const j = r.int(l.length);
        lines[i] = l.slice(0, j) + l.slice(j + 1);
        break;
      }
      case 4:
        lines.splice(i, 0, l);
        break;
      case 5:
        lines.splice(i, 0, r.pick(["...", "---", "? x", ": y", "%YAML 1.2", "# c", "", "   ", "<<: {a: 1}", "x: &a 1", "y: *a", "- z"]));
        break;
      case 6:
        lines.splice(i, 1);
        break;
      case 7:
        lines[i] = l + r.pick([" # c", ":", " x", "  ", ": v", ' "q"']);
        break;
      default:
        lines.splice(i, 0, " ".repeat(r.int(8)) + r.pick(PLAIN));
    }
  }
  return lines.join("\n");
}

// ../../tmp/ya/bigfuzz.ts
var start = +(process.argv[2] ?? 0);
var count = +(process.argv[3] ?? 2e4);
function run(t, fast, nulls) {
  try {
    return JSON.stringify(parseResourceDocuments(t, "f", { fastPath: fast, annotationNulls: nulls }));
  } catch (e) {
    if (!e.code) throw e;
    return "ERR " + [e.code, e.message, e.line, e.col].join("|");
  }
}
function run2(t, fast) {
  try {
    return JSON.stringify(parseKustomizationText(t, "f", { fastPath: fast }));
  } catch (e) {
    if (!e.code) throw e;
    return "ERR " + [e.code, e.message, e.line, e.col].join("|");
  }
}
var bad = 0;
for (let seed = start; seed < start + count; seed++) {
  const t = generate(new Rng(seed));
  for (const nulls of ["null", "text"]) {
    const a2 = run(t, false, nulls), b2 = run(t, true, nulls);
    if (a2 !== b2) {
      bad++;
      if (bad < 4) console.log("DIFF seed", seed, nulls, JSON.stringify(t), "\nfull", a2, "\nfast", b2);
      break;
    }
  }
  const a = run2(t, false), b = run2(t, true);
  if (a !== b) {
    bad++;
    if (bad < 4) console.log("DIFF2 seed", seed, JSON.stringify(t), "\nfull", a, "\nfast", b);
  }
}
console.log("done", count, "bad", bad);
