/**
 * yaml.v2's map key order for string keys (`keyList.Less` in sorter.go): letters compare by
 * code point, a non-letter sorts before a letter, and digit runs compare numerically from
 * the first differing rune (so `a9` < `a10`), with a shorter key first on a common prefix.
 *
 * @see go-yaml/yaml v2 sorter.go
 * Ported from go-yaml sorter.go (Apache-2.0).
 */

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}

function isDigit(cp: number): boolean {
  if (cp < 0x80) return cp >= 48 && cp <= 57;
  return DIGIT.test(String.fromCodePoint(cp));
}

/** Go int64 arithmetic `n*10 + d` with wrap-around. */
function mulAdd(n: bigint | number, d: number): bigint | number {
  if (typeof n === 'number') {
    const r = n * 10 + d;
    if (Number.isSafeInteger(r) && Math.abs(r) < 2 ** 52) return r;
    return BigInt.asIntN(64, BigInt(n) * 10n + BigInt(d));
  }
  return BigInt.asIntN(64, n * 10n + BigInt(d));
}

function numEq(a: bigint | number, b: bigint | number): boolean {
  return typeof a === typeof b ? a === b : BigInt(a) === BigInt(b);
}

function numLt(a: bigint | number, b: bigint | number): boolean {
  return typeof a === typeof b ? a < b : BigInt(a) < BigInt(b);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** `keyList.Less(a, b)` for two string keys. */
export function yamlV2KeyLess(a: string, b: string): boolean {
  if (isAscii(a) && isAscii(b)) return lessRunes(a, b, a.length, b.length, (s, i) => s.charCodeAt(i));
  const ar = Array.from(a, (c) => c.codePointAt(0)!);
  const br = Array.from(b, (c) => c.codePointAt(0)!);
  return lessRunes(ar, br, ar.length, br.length, (s, i) => s[i]!);
}

function lessRunes<T>(ar: T, br: T, al: number, bl: number, at: (s: T, i: number) => number): boolean {
  for (let i = 0; i < al && i < bl; i++) {
    const ca = at(ar, i);
    const cb = at(br, i);
    if (ca === cb) continue;
    const aL = isLetter(ca);
    const bL = isLetter(cb);
    if (aL && bL) return ca < cb;
    if (aL || bL) return bL;
    let an: bigint | number = 0;
    let bn: bigint | number = 0;
    if (ca === 48 || cb === 48) {
      for (let j = i - 1; j >= 0 && isDigit(at(ar, j)); j--) {
        if (at(ar, j) !== 48) {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < al; ai++) {
      const c = at(ar, ai);
      if (!isDigit(c)) break;
      an = mulAdd(an, c - 48);
    }
    let bi = i;
    for (; bi < bl; bi++) {
      const c = at(br, bi);
      if (!isDigit(c)) break;
      bn = mulAdd(bn, c - 48);
    }
    if (!numEq(an, bn)) return numLt(an, bn);
    if (ai !== bi) return ai < bi;
    return ca < cb;
  }
  return al < bl;
}

/** Comparator form of {@link yamlV2KeyLess} for `Array.prototype.sort` (keys are unique). */
export function compareYamlV2Keys(a: string, b: string): number {
  if (a === b) return 0;
  return yamlV2KeyLess(a, b) ? -1 : 1;
}

/**
 * Sorts keys like Go's `sort.Sort(keyList)`. For n <= 12 Go runs an insertion sort, which
 * we mirror exactly (it fixes the outcome even for exotic keys where `Less` is not a strict
 * weak order); larger maps use a stable merge sort with the same comparator.
 */
export function sortYamlV2Keys(keys: string[]): string[] {
  const n = keys.length;
  if (n <= 12) {
    for (let i = 1; i < n; i++) {
      for (let j = i; j > 0 && yamlV2KeyLess(keys[j]!, keys[j - 1]!); j--) {
        const t = keys[j]!;
        keys[j] = keys[j - 1]!;
        keys[j - 1] = t;
      }
    }
    return keys;
  }
  return keys.sort(compareYamlV2Keys);
}
