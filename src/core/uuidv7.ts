/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids sort by creation
 * time. Time and randomness are passed in so the core stays pure and demo data reproducible.
 */
export function uuidv7(millis: number, random: Uint8Array): string {
  if (random.length < 10) throw new Error('uuidv7 needs at least 10 random bytes');
  const bytes = new Uint8Array(16);
  let ms = Math.max(0, Math.floor(millis));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes.set(random.subarray(0, 10), 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Ids from one source that sort in the order they were made, even within one millisecond or when
 * the wall clock steps back: such an id reuses the last one's time and adds one to its random
 * tail (RFC 9562 §6.2, method 2). Next steps typed as a list stay in that order.
 */
export function monotonicUuidv7(
  clock: () => number,
  random: (size: number) => Uint8Array,
): () => string {
  let lastMillis = -1;
  let lastRandom = new Uint8Array(10);
  return () => {
    const now = Math.max(0, Math.floor(clock()));
    if (now > lastMillis) {
      lastMillis = now;
      lastRandom = Uint8Array.from(random(10).subarray(0, 10));
    } else {
      // Add one to bytes 3–9 (bytes 0–2 carry the version and variant bits once placed).
      for (let i = 9; i >= 3; i--) {
        lastRandom[i] = ((lastRandom[i] ?? 0) + 1) & 0xff;
        if (lastRandom[i] !== 0) break;
      }
    }
    return uuidv7(lastMillis, lastRandom);
  };
}
