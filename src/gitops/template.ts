/**
 * ApplicationSet templates, as Argo CD renders them:
 *
 * - the default mode (valyala/fasttemplate): `{{param}}` (spaces inside the braces trimmed) is
 *   replaced by the parameter's value; an unknown parameter is left as written;
 * - `goTemplate: true` (Go's text/template, without sprig's 100-odd functions): actions of
 *   fields (`{{ .path.basename }}`), pipelines (`{{ .x | lower }}`), parenthesised calls, string,
 *   number and boolean literals, and the common functions `index`, `default`, `printf`, `lower`,
 *   `upper`, `title`, `trim`, `trimPrefix`, `trimSuffix`, `replace`, `quote`, `squote`, `join`,
 *   `toString`, `len`, `eq`, `ne`, `not`, `and`, `or`, `empty`, `normalize`. `{{-`/`-}}` trim spaces.
 *   A missing key prints `<no value>` (text/template's default), or fails with
 *   `missingkey=error`. Control structures (`if`, `range`, `with`, `define`) are refused with
 *   a clear error rather than rendered wrongly.
 */
import { KustomizeError } from '../core/errors.js';
import { isObject, type Json, type JsonObject } from '../core/json.js';

export type Params = JsonObject;

function fail(message: string): KustomizeError {
  return new KustomizeError('INVALID_GITOPS_OBJECT', message);
}

/** fasttemplate: `{{ key }}` → flat parameter value, unknown keys kept. */
export function renderFastTemplate(text: string, params: Record<string, string>): string {
  return text.replace(/\{\{([^{}]*)\}\}/g, (m, key: string) => {
    const k = key.trim();
    return Object.prototype.hasOwnProperty.call(params, k) ? params[k]! : m;
  });
}

/** Renders every string (values and keys) of a template with `render`. */
export function mapStrings(v: Json, render: (s: string) => string): Json {
  if (typeof v === 'string') return render(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, render));
  if (isObject(v)) {
    const out: JsonObject = {};
    for (const k of Object.keys(v)) out[render(k)] = mapStrings(v[k]!, render);
    return out;
  }
  return v;
}

// --- Go templates ----------------------------------------------------------------------------

type Value = Json | undefined;

interface Token {
  t: 'field' | 'str' | 'num' | 'bool' | 'nil' | 'ident' | 'pipe' | 'lp' | 'rp' | 'dot' | 'var';
  v: string;
}

function lex(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '|') {
      out.push({ t: 'pipe', v: c });
      i++;
    } else if (c === '(') {
      out.push({ t: 'lp', v: c });
      i++;
    } else if (c === ')') {
      out.push({ t: 'rp', v: c });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\') {
          const e = src[++j];
          s += e === 'n' ? '\n' : e === 't' ? '\t' : e === '"' ? '"' : e === '\\' ? '\\' : `\\${e ?? ''}`;
        } else s += src[j];
        j++;
      }
      if (j >= src.length) throw fail(`unterminated string in template action {{${src}}}`);
      out.push({ t: 'str', v: s });
      i = j + 1;
    } else if (c === '`') {
      const j = src.indexOf('`', i + 1);
      if (j < 0) throw fail(`unterminated raw string in template action {{${src}}}`);
      out.push({ t: 'str', v: src.slice(i + 1, j) });
      i = j + 1;
    } else if (c === '.') {
      const m = /^(\.[A-Za-z_][A-Za-z0-9_]*)+/.exec(src.slice(i));
      if (m) {
        out.push({ t: 'field', v: m[0] });
        i += m[0].length;
      } else {
        out.push({ t: 'dot', v: '.' });
        i++;
      }
    } else if (c === '$') {
      const m = /^\$[A-Za-z0-9_]*((\.[A-Za-z_][A-Za-z0-9_]*)*)/.exec(src.slice(i))!;
      out.push({ t: 'var', v: m[0] });
      i += m[0].length;
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?[0-9][0-9.eE+-]*/.exec(src.slice(i));
      if (!m) throw fail(`unexpected '${c}' in template action {{${src}}}`);
      out.push({ t: 'num', v: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      const w = m[0];
      out.push(w === 'true' || w === 'false' ? { t: 'bool', v: w } : w === 'nil' ? { t: 'nil', v: w } : { t: 'ident', v: w });
      i += w.length;
    } else throw fail(`unexpected '${c}' in template action {{${src}}}`);
  }
  return out;
}

const CONTROL = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);

interface Ctx {
  data: Params;
  missingKeyError: boolean;
  action: string;
}

function field(ctx: Ctx, base: Value, path: string): Value {
  let v = base;
  for (const k of path.split('.').filter(Boolean)) {
    if (isObject(v)) {
      if (!Object.prototype.hasOwnProperty.call(v, k)) {
        if (ctx.missingKeyError) throw fail(`template: {{${ctx.action}}}: map has no entry for key "${k}"`);
        return undefined;
      }
      v = v[k];
    } else if (v === undefined || v === null) return undefined;
    else throw fail(`template: {{${ctx.action}}}: can't evaluate field ${k} in type ${typeof v}`);
  }
  return v;
}

function truthy(v: Value): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isObject(v)) return Object.keys(v).length > 0;
  return true;
}

/** Go's fmt %v of a value (maps as map[k:v], lists as [a b]). */
export function goString(v: Value): string {
  if (v === undefined) return '<no value>';
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goString).join(' ')}]`;
  return `map[${Object.keys(v)
    .sort()
    .map((k) => `${k}:${goString(v[k])}`)
    .join(' ')}]`;
}

function sprintf(format: string, args: Value[]): string {
  let i = 0;
  return format.replace(/%([-+# 0]*)(\d*)(?:\.(\d+))?([vsdqfxX%t])/g, (m, flags: string, width: string, prec: string, verb: string) => {
    if (verb === '%') return '%';
    const a = args[i++];
    let s: string;
    if (verb === 'd') s = typeof a === 'number' ? String(Math.trunc(a)) : `%!d(${goString(a)})`;
    else if (verb === 'f') s = typeof a === 'number' ? a.toFixed(prec ? Number(prec) : 6) : `%!f(${goString(a)})`;
    else if (verb === 'q') s = JSON.stringify(goString(a));
    else if (verb === 'x' || verb === 'X') {
      s = typeof a === 'number' ? a.toString(16) : [...new TextEncoder().encode(goString(a))].map((b) => b.toString(16).padStart(2, '0')).join('');
      if (verb === 'X') s = s.toUpperCase();
    } else s = goString(a);
    if (width) s = flags.includes('-') ? s.padEnd(Number(width)) : s.padStart(Number(width), flags.includes('0') ? '0' : ' ');
    return s;
  });
}

/** Argo CD's `normalize` (and path.basenameNormalized): a valid DNS-1123 name fragment. */
export function normalizeName(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9-.]/g, '-');
}

const FUNCS: Record<string, (args: Value[], ctx: Ctx) => Value> = {
  index: (a, ctx) => {
    let v = a[0];
    for (const k of a.slice(1)) {
      if (Array.isArray(v) && typeof k === 'number') {
        if (k < 0 || k >= v.length) throw fail(`template: {{${ctx.action}}}: index out of range: ${k}`);
        v = v[k];
      } else if (isObject(v) && typeof k === 'string') v = Object.prototype.hasOwnProperty.call(v, k) ? v[k] : undefined;
      else if (v === undefined || v === null) return undefined;
      else throw fail(`template: {{${ctx.action}}}: can't index item of type ${Array.isArray(v) ? 'list' : typeof v}`);
    }
    return v;
  },
  default: (a: Value[]) => (truthy(a[1]) ? a[1] : a[0]),
  printf: (a) => sprintf(goString(a[0]), a.slice(1)),
  print: (a) => a.map(goString).join(''),
  lower: (a) => goString(a[0]).toLowerCase(),
  upper: (a) => goString(a[0]).toUpperCase(),
  title: (a) => goString(a[0]).replace(/(^|[^A-Za-z0-9])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()),
  trim: (a) => goString(a[0]).trim(),
  trimPrefix: (a) => {
    const s = goString(a[1]);
    const p = goString(a[0]);
    return s.startsWith(p) ? s.slice(p.length) : s;
  },
  trimSuffix: (a) => {
    const s = goString(a[1]);
    const x = goString(a[0]);
    return x && s.endsWith(x) ? s.slice(0, s.length - x.length) : s;
  },
  replace: (a) => goString(a[2]).split(goString(a[0])).join(goString(a[1])),
  quote: (a) => a.map((x) => JSON.stringify(x === undefined || x === null ? '' : goString(x))).join(' '),
  squote: (a) => a.map((x) => `'${x === undefined || x === null ? '' : goString(x)}'`).join(' '),
  join: (a) => (Array.isArray(a[1]) ? a[1].map(goString).join(goString(a[0])) : goString(a[1])),
  toString: (a: Value[]) => goString(a[0]),
  len: (a) => (typeof a[0] === 'string' || Array.isArray(a[0]) ? a[0].length : isObject(a[0]) ? Object.keys(a[0]).length : 0),
  eq: (a) => a.slice(1).some((x) => x === a[0]),
  ne: (a) => a[0] !== a[1],
  not: (a) => !truthy(a[0]),
  and: (a) => a.find((x) => !truthy(x)) ?? a[a.length - 1] ?? null,
  or: (a) => a.find((x) => truthy(x)) ?? a[a.length - 1] ?? null,
  empty: (a) => !truthy(a[0]),
  normalize: (a) => normalizeName(goString(a[0])),
};

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Token[],
    private readonly ctx: Ctx,
  ) {}

  pipeline(): Value {
    let v = this.command(undefined, false);
    while (this.toks[this.i]?.t === 'pipe') {
      this.i++;
      v = this.command(v, true);
    }
    return v;
  }

  /** A command: an operand, or a function and its arguments (`piped` is appended as the last). */
  private command(piped: Value, hasPiped: boolean): Value {
    const t = this.toks[this.i];
    if (!t) throw fail(`template: {{${this.ctx.action}}}: missing value`);
    if (t.t === 'ident') {
      if (CONTROL.has(t.v)) throw fail(`template: {{${this.ctx.action}}}: '${t.v}' is not supported in ApplicationSet templates here`);
      const f = FUNCS[t.v];
      if (!f) throw fail(`template: {{${this.ctx.action}}}: function "${t.v}" not defined (kustomize-ts supports a sprig-free subset)`);
      this.i++;
      const args: Value[] = [];
      while (this.i < this.toks.length && this.toks[this.i]!.t !== 'pipe' && this.toks[this.i]!.t !== 'rp') args.push(this.operand());
      if (hasPiped) args.push(piped);
      return f(args, this.ctx);
    }
    const v = this.operand();
    if (hasPiped) throw fail(`template: {{${this.ctx.action}}}: cannot pipe into a value`);
    if (this.i < this.toks.length && this.toks[this.i]!.t !== 'pipe' && this.toks[this.i]!.t !== 'rp') {
      throw fail(`template: {{${this.ctx.action}}}: can't give argument to non-function`);
    }
    return v;
  }

  private operand(): Value {
    const t = this.toks[this.i++];
    if (!t) throw fail(`template: {{${this.ctx.action}}}: missing value`);
    switch (t.t) {
      case 'field':
        return field(this.ctx, this.ctx.data, t.v);
      case 'dot':
        return this.ctx.data;
      case 'var':
        return field(this.ctx, this.ctx.data, t.v.slice(t.v.indexOf('.') < 0 ? t.v.length : t.v.indexOf('.')));
      case 'str':
        return t.v;
      case 'num':
        return Number(t.v);
      case 'bool':
        return t.v === 'true';
      case 'nil':
        return null;
      case 'lp': {
        const v = this.pipeline();
        if (this.toks[this.i++]?.t !== 'rp') throw fail(`template: {{${this.ctx.action}}}: unclosed parenthesis`);
        return v;
      }
      case 'ident': {
        if (CONTROL.has(t.v)) throw fail(`template: {{${this.ctx.action}}}: '${t.v}' is not supported in ApplicationSet templates here`);
        const f = FUNCS[t.v];
        if (!f) throw fail(`template: {{${this.ctx.action}}}: function "${t.v}" not defined (kustomize-ts supports a sprig-free subset)`);
        return f([], this.ctx);
      }
      default:
        throw fail(`template: {{${this.ctx.action}}}: unexpected '${t.v}'`);
    }
  }

  done(): boolean {
    return this.i >= this.toks.length;
  }
}

/** Renders one string as a Go template with `data`. */
export function renderGoTemplate(text: string, data: Params, opts: { missingKeyError?: boolean } = {}): string {
  if (!text.includes('{{')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) {
      out += text.slice(i);
      break;
    }
    let lit = text.slice(i, open);
    let start = open + 2;
    if (text.startsWith('- ', start) || text.startsWith('-\t', start) || text.startsWith('-\n', start)) {
      lit = lit.replace(/\s+$/, '');
      start++;
    }
    out += lit;
    const close = text.indexOf('}}', start);
    if (close < 0) throw fail(`template: unclosed action in ${JSON.stringify(text)}`);
    let end = close;
    let trimAfter = false;
    if (/\s-$/.test(text.slice(start, close))) {
      end = close - 1;
      trimAfter = true;
    }
    const action = text.slice(start, end).trim();
    i = close + 2;
    if (trimAfter) while (i < text.length && /\s/.test(text[i]!)) i++;
    if (action.startsWith('/*')) continue; // a comment
    const ctx: Ctx = { data, missingKeyError: opts.missingKeyError ?? false, action };
    const p = new Parser(lex(action), ctx);
    const v = p.pipeline();
    if (!p.done()) throw fail(`template: {{${action}}}: unexpected '${action}'`);
    out += goString(v);
  }
  return out;
}
