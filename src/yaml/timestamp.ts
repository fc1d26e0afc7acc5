/**
 * go-yaml's timestamp recognition: `parseTimestamp` tries Go `time.Parse` with four layouts
 * ("2006-1-2T15:4:5.999999999Z07:00", the same with a lower-case "t",
 * "2006-1-2 15:4:5.999999999" and "2006-1-2"). yaml.v3 decodes a match into a `time.Time`,
 * which `encoding/json` prints as RFC 3339 with nanoseconds; yaml.v2 only uses the test to
 * decide quoting. This reimplements exactly the subset of `time.Parse` those layouts reach.
 */

/** A parsed timestamp: wall-clock fields plus the zone offset in seconds (0 for UTC). */
export interface GoTimestamp {
  year: number;
  month: number;
  day: number;
  hour: number;
  min: number;
  sec: number;
  /** Nanoseconds as a 9-digit string (fraction digits, right-padded with zeros). */
  nanos: string;
  offsetSec: number;
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Go `getnum(s, fixed=false)` starting at `i`: one or two digits. Returns [value, next] or null. */
function getnum(s: string, i: number): [number, number] | null {
  if (!isDigit(s, i)) return null;
  if (!isDigit(s, i + 1)) return [s.charCodeAt(i) - 48, i + 1];
  return [(s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48), i + 2];
}

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Go yaml's `parseTimestamp`: the string must start with exactly four digits and a dash,
 * then match one of the four layouts completely. Returns null when it is not a timestamp.
 */
export function parseGoTimestamp(s: string): GoTimestamp | null {
  // Quick check: all date formats start with YYYY-.
  let i = 0;
  while (i < s.length && isDigit(s, i)) i++;
  if (i !== 4 || i === s.length || s[i] !== '-') return null;
  const year = Number(s.slice(0, 4));
  let p = 5;
  const mo = getnum(s, p);
  if (!mo || mo[0] < 1 || mo[0] > 12) return null;
  p = mo[1];
  if (s[p] !== '-') return null;
  const dd = getnum(s, p + 1);
  if (!dd) return null;
  p = dd[1];
  const month = mo[0];
  const day = dd[0];
  const dim = month === 2 && isLeap(year) ? 29 : DAYS[month - 1]!;
  const validDay = day >= 1 && day <= dim;
  if (p === s.length) {
    // Layout "2006-1-2".
    return validDay ? { year, month, day, hour: 0, min: 0, sec: 0, nanos: '000000000', offsetSec: 0 } : null;
  }
  const sep = s[p];
  let zoned: boolean;
  if (sep === 'T' || sep === 't') {
    zoned = true;
    p++;
  } else if (sep === ' ') {
    // Go's time.Parse matches a layout space against one or more spaces.
    zoned = false;
    while (s[p] === ' ') p++;
  } else {
    return null;
  }
  const hh = getnum(s, p);
  if (!hh || hh[0] >= 24) return null;
  p = hh[1];
  if (s[p] !== ':') return null;
  const mi = getnum(s, p + 1);
  if (!mi || mi[0] >= 60) return null;
  p = mi[1];
  if (s[p] !== ':') return null;
  const ss = getnum(s, p + 1);
  if (!ss || ss[0] >= 60) return null;
  p = ss[1];
  let nanos = '000000000';
  if ((s[p] === '.' || s[p] === ',') && isDigit(s, p + 1)) {
    let q = p + 1;
    while (q < s.length && isDigit(s, q)) q++;
    nanos = (s.slice(p + 1, Math.min(q, p + 10)) + '000000000').slice(0, 9);
    p = q;
  }
  let offsetSec = 0;
  if (zoned) {
    if (s[p] === 'Z') {
      p++;
    } else {
      if (s.length - p < 6 || s[p + 3] !== ':') return null;
      const sign = s[p];
      if (!isDigit(s, p + 1) || !isDigit(s, p + 2) || !isDigit(s, p + 4) || !isDigit(s, p + 5)) return null;
      const hr = Number(s.slice(p + 1, p + 3));
      const mm = Number(s.slice(p + 4, p + 6));
      if (hr > 24 || mm > 60) return null;
      if (sign !== '+' && sign !== '-') return null;
      offsetSec = (hr * 60 + mm) * 60 * (sign === '-' ? -1 : 1);
      p += 6;
    }
  }
  if (p !== s.length) return null;
  if (!validDay) return null;
  return { year, month, day, hour: hh[0], min: mi[0], sec: ss[0], nanos, offsetSec };
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/**
 * Go `time.Time.MarshalJSON` text (RFC 3339 with trimmed nanoseconds) without the quotes.
 * Returns null when Go refuses to marshal it (zone offset of 24 hours or more).
 */
export function formatRfc3339Nano(t: GoTimestamp): string | null {
  let out = String(t.year).padStart(4, '0') + '-' + pad2(t.month) + '-' + pad2(t.day);
  out += 'T' + pad2(t.hour) + ':' + pad2(t.min) + ':' + pad2(t.sec);
  const frac = t.nanos.replace(/0+$/, '');
  if (frac) out += '.' + frac;
  if (t.offsetSec === 0) return out + 'Z';
  const a = Math.abs(t.offsetSec);
  const h = Math.floor(a / 3600);
  if (h >= 24) return null;
  const m = Math.floor((a % 3600) / 60);
  return out + (t.offsetSec < 0 ? '-' : '+') + pad2(h) + ':' + pad2(m);
}
