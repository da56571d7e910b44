import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldClocks, isConflict, mergeChange, mergeRowFields, type RowFields } from './fieldMerge';

const node = (n: number) => n.toString(16).padStart(16, '0');
const hlc = (ms: number, n = 1) =>
  `2026-11-22T10:00:00.${String(ms).padStart(3, '0')}Z-0000-${node(n)}`;

describe('field-level last-writer-wins', () => {
  it('takes each field from the change with the highest HLC', () => {
    const clocks = fieldClocks([
      { hlc: hlc(1), data: { name: 'a', region: 'x' } },
      { hlc: hlc(3), data: { name: 'b' } },
      { hlc: hlc(2), data: { region: 'y' } },
    ]);
    expect(Object.fromEntries(clocks)).toEqual({ name: hlc(3), region: hlc(2) });
    expect(
      mergeChange(clocks, { hlc: hlc(2, 2), data: { name: 'c', region: 'z', notes: 'n' } }),
    ).toEqual({
      winners: ['region', 'notes'],
      losers: ['name'],
    });
    // The same change again sets nothing.
    expect(mergeChange(clocks, { hlc: hlc(3), data: { name: 'b' } })).toEqual({
      winners: [],
      losers: [],
    });
  });

  it('counts as a conflict only a different value this node wrote', () => {
    expect(isConflict(node(1), hlc(1, 1), 'mine', 'theirs')).toBe(true);
    expect(isConflict(node(1), hlc(1, 1), 'same', 'same')).toBe(false);
    expect(isConflict(node(1), hlc(1, 2), 'other', 'theirs')).toBe(false);
    expect(isConflict(node(1), undefined, null, 'theirs')).toBe(false);
  });

  it('merges rows to the same result in any order (property)', () => {
    const change = fc.record({
      hlc: fc
        .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 4 }))
        .map(([ms, n]) => hlc(ms, n)),
      data: fc.dictionary(
        fc.constantFrom('name', 'region', 'notes'),
        fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        { minKeys: 1 },
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(change, { selector: (c) => c.hlc, maxLength: 12 }),
        fc.nat(),
        (changes, shift) => {
          const merged = (list: typeof changes) => {
            const fields: RowFields = {};
            for (const c of list) mergeRowFields(fields, c);
            return fields;
          };
          const rotated = changes.map((_, i) => changes[(i + shift) % changes.length]!);
          const reversed = [...changes].reverse();
          const expected = merged(changes);
          expect(merged(rotated)).toEqual(expected);
          expect(merged(reversed)).toEqual(expected);
          expect(merged([...changes, ...changes])).toEqual(expected);
        },
      ),
    );
  });
});
