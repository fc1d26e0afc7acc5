/**
 * Bytes of a YAML file to text, as libyaml's reader (go-yaml v2/v3) takes them: UTF-16 when the
 * file starts with a UTF-16 byte-order mark, else UTF-8 (a leading BOM dropped). Invalid UTF-8 is
 * an error at its line and column, with libyaml's message, where a lenient decoder would silently
 * turn it into U+FFFD.
 * @see go-yaml readerc.go yaml_parser_update_buffer
 */
import { KustomizeError } from '../core/errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeYamlBytes(b: Uint8Array, file: string): string {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    return new TextDecoder(b[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(b);
  }
  try {
    return utf8.decode(b);
  } catch {
    throw utf8Error(b, file);
  }
}

/** The first invalid UTF-8 sequence of `b`, as libyaml reports it. */
function utf8Error(b: Uint8Array, file: string): KustomizeError {
  let line = 1;
  let col = 1;
  let i = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  const fail = (problem: string) =>
    new KustomizeError('YAML_SYNTAX', `yaml: ${problem}`, { file, line, col });
  while (i < b.length) {
    const c = b[i]!;
    const width = c < 0x80 ? 1 : (c & 0xe0) === 0xc0 ? 2 : (c & 0xf0) === 0xe0 ? 3 : (c & 0xf8) === 0xf0 ? 4 : 0;
    if (width === 0) return fail('invalid leading UTF-8 octet');
    if (i + width > b.length) return fail('incomplete UTF-8 octet sequence');
    let value = width === 1 ? c : width === 2 ? c & 0x1f : width === 3 ? c & 0x0f : c & 0x07;
    for (let k = 1; k < width; k++) {
      const o = b[i + k]!;
      if ((o & 0xc0) !== 0x80) return fail('invalid trailing UTF-8 octet');
      value = (value << 6) | (o & 0x3f);
    }
    const min = width === 1 ? 0 : width === 2 ? 0x80 : width === 3 ? 0x800 : 0x10000;
    if (value < min) return fail('invalid length of a UTF-8 sequence');
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) return fail('invalid Unicode character');
    if (c === 0x0a) {
      line++;
      col = 1;
    } else col++;
    i += width;
  }
  // Not reached for input TextDecoder rejects; keep a generic message for safety.
  return fail('invalid UTF-8');
}
