import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monotonicUuidv7, uuidv7 } from './uuidv7';

describe('monotonicUuidv7', () => {
  it('makes ids that sort in the order made, within one millisecond and when the clock steps back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_005 }), {
          minLength: 2,
          maxLength: 60,
        }),
        fc.array(fc.uint8Array({ minLength: 10, maxLength: 10 }), { minLength: 60, maxLength: 60 }),
        (times, randoms) => {
          let t = 0;
          let r = 0;
          const next = monotonicUuidv7(
            () => times[t++] ?? 0,
            () => randoms[r++ % randoms.length]!,
          );
          const ids = times.map(() => next());
          expect([...ids].sort()).toEqual(ids);
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab]/);
        },
      ),
    );
  });

  it('is plain uuidv7 when the clock moves on', () => {
    const random = new Uint8Array(10).fill(7);
    let now = 1_700_000_000_000;
    const next = monotonicUuidv7(
      () => (now += 1),
      () => random,
    );
    expect(next()).toBe(uuidv7(1_700_000_000_001, random));
  });
});
