/**
 * Bash-style variable expansion as Flux's post-build substitution does it: a port of
 * fluxcd/pkg/envsubst (Apache-2.0), itself forked from drone/envsubst (MIT).
 *
 * Only `${...}` forms are expanded (`$VAR` is left alone): `${var}`, `${var:=default}`,
 * `${var:-default}`, `${var=default}`, `${var:+x}` (all defaults act as "use the value unless
 * empty"), `${#var}`, `${var^}` `${var^^}` `${var,}` `${var,,}`, `${var:pos}`,
 * `${var:pos:len}`, `${var/pat/rep}` `${var//pat/rep}` `${var/#pat/rep}` `${var/%pat/rep}`,
 * `${var#pat}` `${var##pat}` `${var%pat}` `${var%%pat}`; defaults may nest `${...}`. `$$` is
 * an escaped `$` (so `$${var}` gives `${var}`); inside `${...}` parameters `\\` and `\/` are
 * escapes too. In strict mode an unset variable is an error unless a default operator handles it.
 *
 * @see fluxcd/pkg envsubst/{eval.go,template.go,funcs.go,parse/parse.go,parse/scan.go}
 */
import { pathMatch } from '../edit/match.js';

export class EnvsubstError extends Error {
  override readonly name = 'EnvsubstError';
}

/** Looks a variable up: its value, or undefined when unset. */
export type VarLookup = (name: string) => string | undefined;

/**
 * Expands `${...}` references in `text`. With `strict`, a variable that `lookup` does not know
 * is an error (`variable not set (strict mode): "name"`); otherwise it expands to ''.
 */
export function envsubst(text: string, lookup: VarLookup, strict = false): string {
  const tree = new Parser(text).parse();
  return evaluate(tree, (name) => {
    const v = lookup(name);
    if (v !== undefined) return { value: v, exists: true };
    return { value: '', exists: !strict };
  });
}

// --- AST --------------------------------------------------------------------------------------

type Node = { t: 'text'; value: string } | { t: 'func'; param: string; name: string; args: Node[] } | { t: 'list'; nodes: Node[] };

// --- scanner ----------------------------------------------------------------------------------

const enum Tok {
  Illegal,
  EOF,
  Ident,
  Lbrack,
  Rbrack,
}

const SCAN_IDENT = 1;
const SCAN_LBRACK = 2;
const SCAN_RBRACK = 4;
const SCAN_ESCAPE = 8;
const ESC_DOLLAR = 1;
const ESC_BACKSLASH = 2;

type Accept = (r: string, i: number) => boolean;

class Scanner {
  buf: string;
  pos = 0;
  start = 0;
  width = 0;
  mode = 0;
  escapeChars = 0;
  accept: Accept = () => true;

  constructor(buf: string) {
    this.buf = buf;
  }

  read(): string {
    if (this.pos >= this.buf.length) {
      this.width = 0;
      return '';
    }
    const cp = this.buf.codePointAt(this.pos)!;
    const r = String.fromCodePoint(cp);
    this.width = r.length;
    this.pos += this.width;
    return r;
  }

  unread(): void {
    this.pos -= this.width;
  }

  /** Drops the character just read from the buffer (an escape character). */
  skip(): void {
    this.buf = this.buf.slice(0, this.pos - 1) + this.buf.slice(this.pos);
  }

  peek(): string {
    const r = this.read();
    this.unread();
    return r;
  }

  string(): string {
    return this.buf.slice(this.start, this.pos);
  }

  scan(): Tok {
    this.start = this.pos;
    const r = this.read();
    if (r === '') return Tok.EOF;
    if (this.scanLbrack(r)) return Tok.Lbrack;
    if (this.scanRbrack(r)) return Tok.Rbrack;
    if (this.scanIdent(r)) return Tok.Ident;
    return Tok.Illegal;
  }

  private scanIdent(r: string): boolean {
    if ((this.mode & SCAN_IDENT) === 0) return false;
    if (this.scanEscaped(r)) this.skip();
    else if (!this.accept(r, this.pos - this.start)) return false;
    for (;;) {
      const c = this.read();
      if (c === '') {
        this.unread();
        break;
      }
      if (this.scanLbrack(c)) {
        this.unread();
        this.unread();
        break;
      }
      if (this.scanEscaped(c)) {
        this.skip();
        continue;
      }
      if (!this.accept(c, this.pos - this.start)) {
        this.unread();
        break;
      }
    }
    return true;
  }

  private scanLbrack(r: string): boolean {
    if ((this.mode & SCAN_LBRACK) === 0) return false;
    if (r === '$') {
      if (this.read() === '{') return true;
      this.unread();
    }
    return false;
  }

  private scanRbrack(r: string): boolean {
    return (this.mode & SCAN_RBRACK) !== 0 && r === '}';
  }

  private scanEscaped(r: string): boolean {
    if ((this.mode & SCAN_ESCAPE) === 0) return false;
    if (r === '$' && (this.escapeChars & ESC_DOLLAR) !== 0 && this.peek() === '$') return true;
    if (r === '\\' && (this.escapeChars & ESC_BACKSLASH) !== 0) {
      const p = this.peek();
      return p === '/' || p === '\\';
    }
    return false;
  }
}

const acceptRune: Accept = () => true;
const acceptIdent: Accept = (r) => /^[\p{L}\p{Nd}_]$/u.test(r);
const acceptColon: Accept = (r) => r === ':';
const acceptOneHash: Accept = (r, i) => r === '#' && i === 1;
const acceptNotClosing: Accept = (r) => r !== '}';
const acceptHashFunc: Accept = (r, i) => r === '#' && i < 3;
const acceptPercentFunc: Accept = (r, i) => r === '%' && i < 3;
const acceptDefaultFunc: Accept = (r, i) => (i === 1 && r === ':') || (i === 2 && (r === '=' || r === '-' || r === '?' || r === '+'));
const acceptReplaceFunc: Accept = (r, i) => (i === 1 && r === '/') || (i === 2 && (r === '/' || r === '#' || r === '%'));
const acceptOneEqual: Accept = (r, i) => i === 1 && r === '=';
const acceptOneColon: Accept = (r, i) => i === 1 && r === ':';
const rejectColonClose: Accept = (r) => r !== ':' && r !== '}';
const acceptSlash: Accept = (r) => r === '/';
const acceptNotSlash: Accept = (r) => r !== '/';
const acceptCasingFunc: Accept = (r, i) => (r === ',' || r === '^') && i < 3;

// --- parser -----------------------------------------------------------------------------------

class Parser {
  private s: Scanner;
  constructor(text: string) {
    this.s = new Scanner(text);
  }

  parse(): Node {
    const nodes: Node[] = [];
    for (;;) {
      const s = this.s;
      s.accept = acceptRune;
      s.mode = SCAN_IDENT | SCAN_LBRACK | SCAN_ESCAPE;
      s.escapeChars = ESC_DOLLAR;
      const tok = s.scan();
      if (tok === Tok.EOF) break;
      if (tok === Tok.Ident) nodes.push({ t: 'text', value: s.string() });
      else if (tok === Tok.Lbrack) nodes.push(this.parseFunc());
      else throw new EnvsubstError('bad substitution');
    }
    return { t: 'list', nodes };
  }

  private parseFunc(): Node {
    const s = this.s;
    s.escapeChars = ESC_DOLLAR | ESC_BACKSLASH;
    if (s.peek() === '#') return this.parseLenFunc();
    s.accept = acceptIdent;
    s.mode = SCAN_IDENT;
    if (s.scan() !== Tok.Ident) throw new EnvsubstError('unable to parse variable name');
    const name = s.string();
    switch (s.peek()) {
      case ':':
        return this.parseDefaultOrSubstr(name);
      case '=':
        return this.parseDefaultFunc(name);
      case ',':
      case '^':
        return this.parseCasingFunc(name);
      case '/':
        return this.parseReplaceFunc(name);
      case '#':
        return this.parseRemoveFunc(name, acceptHashFunc);
      case '%':
        return this.parseRemoveFunc(name, acceptPercentFunc);
    }
    s.accept = acceptIdent;
    s.mode = SCAN_RBRACK;
    if (s.scan() !== Tok.Rbrack) throw new EnvsubstError('missing closing brace');
    return { t: 'func', param: name, name: '', args: [] };
  }

  private parseParam(accept: Accept, mode: number): Node {
    const s = this.s;
    s.accept = accept;
    s.mode = mode | SCAN_LBRACK;
    switch (s.scan()) {
      case Tok.Lbrack:
        return this.parseFunc();
      case Tok.Ident:
      case Tok.Rbrack:
        return { t: 'text', value: s.string() };
      default:
        throw new EnvsubstError('unable to parse substitution within function');
    }
  }

  private parseDefaultOrSubstr(name: string): Node {
    const s = this.s;
    s.read();
    const r = s.peek();
    s.unread();
    if (r === '=' || r === '-' || r === '?' || r === '+') return this.parseDefaultFunc(name);
    return this.parseSubstrFunc(name);
  }

  private parseSubstrFunc(name: string): Node {
    const s = this.s;
    const node = { t: 'func' as const, param: name, name: '', args: [] as Node[] };
    s.accept = acceptOneColon;
    s.mode = SCAN_IDENT;
    if (s.scan() !== Tok.Ident) throw new EnvsubstError('bad substitution');
    node.name = s.string();
    node.args.push(this.parseParam(rejectColonClose, SCAN_IDENT));
    s.accept = acceptColon;
    s.mode = SCAN_IDENT | SCAN_RBRACK;
    const tok = s.scan();
    if (tok === Tok.Rbrack) return node;
    if (tok !== Tok.Ident) throw new EnvsubstError('bad substitution');
    node.args.push(this.parseParam(acceptNotClosing, SCAN_IDENT));
    this.consumeRbrack();
    return node;
  }

  private parseRemoveFunc(name: string, accept: Accept): Node {
    const s = this.s;
    const node = { t: 'func' as const, param: name, name: '', args: [] as Node[] };
    s.accept = accept;
    s.mode = SCAN_IDENT;
    if (s.scan() !== Tok.Ident) throw new EnvsubstError('bad substitution');
    node.name = s.string();
    node.args.push(this.parseParam(acceptNotClosing, SCAN_IDENT));
    this.consumeRbrack();
    return node;
  }

  private parseReplaceFunc(name: string): Node {
    const s = this.s;
    const node = { t: 'func' as const, param: name, name: '', args: [] as Node[] };
    s.accept = acceptReplaceFunc;
    s.mode = SCAN_IDENT;
    if (s.scan() !== Tok.Ident) throw new EnvsubstError('bad substitution');
    node.name = s.string();
    if (s.peek() === '/') node.args.push({ t: 'text', value: '' });
    else node.args.push(this.parseParam(acceptNotSlash, SCAN_IDENT | SCAN_ESCAPE));
    s.accept = acceptSlash;
    s.mode = SCAN_IDENT;
    if (s.scan() !== Tok.Ident) throw new EnvsubstError('bad substitution');
    if (s.peek() === '}') {
      this.consumeRbrack();
      return node;
    }
    node.args.push(this.parseParam(acceptNotClosing, SCAN_IDENT | SCAN_ESCAPE));
    this.consumeRbrack();
    return node;
  }

  private parseDefaultFunc(name: string): Node {
    const s = this.s;
    const node = { t: 'func' as const, param: name, name: '', args: [] as Node[] };
    s.accept = s.peek() === '=' ? acceptOneEqual : acceptDefaultFunc;
    s.mode = SCAN_IDENT;
    if (s.scan() !== Tok.Ident) throw new EnvsubstError('unable to parse default function');
    node.name = s.string();
    for (;;) {
      if (s.peek() === '}') {
        this.consumeRbrack();
        return node;
      }
      node.args.push(this.parseParam(acceptNotClosing, SCAN_IDENT));
    }
  }

  private parseCasingFunc(name: string): Node {
    const s = this.s;
    const node = { t: 'func' as const, param: name, name: '', args: [] as Node[] };
    s.accept = acceptCasingFunc;
    s.mode = SCAN_IDENT;
    if (s.scan() !== Tok.Ident) throw new EnvsubstError('bad substitution');
    node.name = s.string();
    this.consumeRbrack();
    return node;
  }

  private parseLenFunc(): Node {
    const s = this.s;
    const node = { t: 'func' as const, param: '', name: '', args: [] as Node[] };
    s.accept = acceptOneHash;
    s.mode = SCAN_IDENT;
    if (s.scan() !== Tok.Ident) throw new EnvsubstError('bad substitution');
    node.name = s.string();
    s.accept = acceptIdent;
    s.mode = SCAN_IDENT;
    if (s.scan() !== Tok.Ident) throw new EnvsubstError('bad substitution');
    node.param = s.string();
    this.consumeRbrack();
    return node;
  }

  private consumeRbrack(): void {
    this.s.mode = SCAN_RBRACK;
    if (this.s.scan() !== Tok.Rbrack) throw new EnvsubstError('bad substitution');
  }
}

// --- evaluation -------------------------------------------------------------------------------

type Mapper = (name: string) => { value: string; exists: boolean };

function evaluate(node: Node, mapper: Mapper): string {
  if (node.t === 'text') return node.value;
  if (node.t === 'list') {
    let out = '';
    for (const n of node.nodes) out += evaluate(n, mapper);
    return out;
  }
  const args = node.args.map((a) => evaluate(a, mapper));
  const { value, exists } = mapper(node.param);
  if (!exists && !DEFAULT_OPS.has(node.name)) {
    throw new EnvsubstError(`variable not set (strict mode): ${JSON.stringify(node.param)}`);
  }
  return lookupFunc(node.name, args.length)(value, args);
}

const DEFAULT_OPS = new Set(['-', '+', '=', '?', ':-', ':+', ':=', ':?']);

type Fn = (s: string, args: string[]) => string;

function lookupFunc(name: string, nargs: number): Fn {
  switch (name) {
    case ',':
      return (s) => (s === '' ? s : firstChar(s).toLowerCase() + s.slice(firstChar(s).length));
    case ',,':
      return (s) => s.toLowerCase();
    case '^':
      return (s) => (s === '' ? s : firstChar(s).toUpperCase() + s.slice(firstChar(s).length));
    case '^^':
      return (s) => s.toUpperCase();
    case '#':
      return nargs === 0 ? (s) => String(utf8Length(s)) : (s, a) => trimShortest(s, a[0]!);
    case '##':
      return (s, a) => (a.length ? trimLongest(s, a[0]!) : s);
    case '%':
      return (s, a) => (a.length ? reverse(trimShortest(reverse(s), reverse(a[0]!))) : s);
    case '%%':
      return (s, a) => (a.length ? reverse(trimLongest(reverse(s), reverse(a[0]!))) : s);
    case ':':
      return toSubstr;
    case '/#':
      return (s, a) => (a.length === 2 && s.startsWith(a[0]!) ? a[1]! + s.slice(a[0]!.length) : s);
    case '/%':
      return (s, a) => (a.length === 2 && s.endsWith(a[0]!) ? s.slice(0, s.length - a[0]!.length) + a[1]! : s);
    case '/':
      return (s, a) => (a.length === 0 ? s : replaceN(s, a[0]!, a[1] ?? '', 1));
    case '//':
      return (s, a) => (a.length === 0 ? s : replaceN(s, a[0]!, a[1] ?? '', -1));
    default:
      return (s, a) => (s.length === 0 && a.length > 0 ? a.join('') : s);
  }
}

function firstChar(s: string): string {
  return String.fromCodePoint(s.codePointAt(0)!);
}

const enc = new TextEncoder();
const dec = new TextDecoder();

function utf8Length(s: string): number {
  return enc.encode(s).length;
}

/** Go's strings.Replace(s, old, new, n). */
function replaceN(s: string, old: string, rep: string, n: number): string {
  if (old === '') {
    // Go inserts `rep` before every rune (and at the end) when old is empty.
    const runes = [...s];
    let out = '';
    let count = 0;
    for (let i = 0; i <= runes.length; i++) {
      if (n < 0 || count < n) {
        out += rep;
        count++;
      }
      if (i < runes.length) out += runes[i];
    }
    return out;
  }
  if (n < 0) return s.split(old).join(rep);
  const i = s.indexOf(old);
  return i < 0 ? s : s.slice(0, i) + rep + s.slice(i + old.length);
}

/** Go's strconv.Atoi (base 10, optional sign). */
function atoi(s: string): number | undefined {
  return /^[+-]?[0-9]+$/.test(s) ? Number(s) : undefined;
}

/** `${var:pos}` / `${var:pos:len}` on the UTF-8 bytes, as Go slices strings. */
function toSubstr(s: string, args: string[]): string {
  if (args.length === 0) return s;
  const b = enc.encode(s);
  let pos = atoi(args[0]!);
  if (pos === undefined) return s;
  if (pos < 0) pos = Math.max(0, b.length + pos);
  if (args.length === 1) return pos < b.length ? dec.decode(b.subarray(pos)) : '';
  const length = atoi(args[1]!);
  if (length === undefined) return s;
  if (length < 0) {
    const end = b.length + length;
    if (end < pos) return '';
    return dec.decode(b.subarray(pos, end));
  }
  if (pos + length >= b.length) return pos < b.length ? dec.decode(b.subarray(pos)) : '';
  return dec.decode(b.subarray(pos, pos + length));
}

function match(pattern: string, name: string): boolean | undefined {
  try {
    return pathMatch(pattern, name, true);
  } catch {
    return undefined;
  }
}

function trimShortest(s: string, arg: string): string {
  let shortest = '';
  for (let i = 0; i < s.length; i++) {
    const m = match(arg, s.slice(0, s.length - i));
    if (m === undefined) return s;
    if (m) shortest = s.slice(0, s.length - i);
  }
  return shortest !== '' ? s.slice(shortest.length) : s;
}

function trimLongest(s: string, arg: string): string {
  for (let i = 0; i < s.length; i++) {
    const m = match(arg, s.slice(0, s.length - i));
    if (m === undefined) return s;
    if (m) return s.slice(s.length - i);
  }
  return s;
}

function reverse(s: string): string {
  return [...s].reverse().join('');
}
