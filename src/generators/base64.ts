/**
 * Base64 as kustomize writes generated Secret data and ConfigMap binaryData.
 * @see kustomize kyaml/yaml/datamap.go encodeBase64
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648, padded). */
export function base64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + '=';
  }
  return out;
}

/**
 * kustomize's encodeBase64: once the encoding is 70 characters or longer it is cut into
 * 70-character lines and every line, the last included, ends with `\n`. Shorter encodings
 * stay on one line with no newline.
 *
 * @example encodeBase64Wrapped(new Uint8Array(53)) // 72 chars → "AAAA…(70)\nAA==\n"
 */
export function encodeBase64Wrapped(bytes: Uint8Array): string {
  const LINE = 70;
  const enc = base64(bytes);
  if (enc.length < LINE) return enc;
  let out = '';
  for (let i = 0; i < enc.length; i += LINE) out += enc.slice(i, i + LINE) + '\n';
  return out;
}
