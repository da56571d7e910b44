/**
 * Ids derived from another record's id. "The renewal of contract X" must be one row even when two
 * devices create it offline at the same time: both derive the same id, so sync merges their
 * fields into one record instead of keeping two (synced tables have no unique indexes, §8). The
 * id is a valid UUIDv7 carrying the source id's timestamp, so it still sorts by age.
 */
import { uuidv7 } from '../uuidv7';

/** FNV-1a over the text, from a given offset basis: 32 well-mixed bits. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function derivedId(namespace: string, sourceId: string): string {
  const hex = sourceId.replace(/-/g, '');
  const millis = /^[0-9a-f]{12}/i.test(hex) ? parseInt(hex.slice(0, 12), 16) : 0;
  const key = `${namespace}:${sourceId}`;
  const bytes = new Uint8Array(12);
  for (let word = 0; word < 3; word++) {
    const h = fnv1a(key, 0x811c9dc5 + word * 0x9e3779b9);
    for (let b = 0; b < 4; b++) bytes[word * 4 + b] = (h >>> (b * 8)) & 0xff;
  }
  return uuidv7(millis, bytes);
}
