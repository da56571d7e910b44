import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksumOf, foldChecksum, ZERO_CHECKSUM } from './changeChecksum';

describe('team checksum', () => {
  it('does not depend on order, and folds incrementally', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 30 }), fc.nat(30), (ids, cut) => {
        const all = checksumOf(ids);
        expect(checksumOf([...ids].reverse())).toBe(all);
        expect(foldChecksum(checksumOf(ids.slice(0, cut)), ids.slice(cut))).toBe(all);
        expect(all).toMatch(/^[0-9a-f]{16}$/);
      }),
    );
  });

  it('tells sets apart', () => {
    expect(checksumOf([])).toBe(ZERO_CHECKSUM);
    expect(checksumOf(['a'])).not.toBe(checksumOf(['b']));
    expect(checksumOf(['a', 'b'])).not.toBe(checksumOf(['a']));
    // Adding the same id twice removes it: ids are unique, so a repeat can only be a bug upstream.
    expect(foldChecksum(checksumOf(['a']), ['a'])).toBe(ZERO_CHECKSUM);
  });
});
