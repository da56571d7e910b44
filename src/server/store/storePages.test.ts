import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutPage } from './storePages';

const sized = (sizes: number[]) => sizes.map((size, i) => ({ seq: i + 1, size }));

describe('pages cut by count and bytes', () => {
  it('stops before the byte budget, after one entry at least, and knows whether more follow', () => {
    expect(cutPage(sized([40, 40, 40]), 10, 100)).toMatchObject({ count: 2, hasMore: true });
    expect(cutPage(sized([40, 60, 40]), 10, 100)).toMatchObject({ count: 2, hasMore: true });
    expect(cutPage(sized([500, 1]), 10, 100)).toMatchObject({ count: 1, hasMore: true });
    expect(cutPage(sized([10, 10]), 10, 100)).toMatchObject({ count: 2, hasMore: false });
    expect(cutPage(sized([10, 10, 10]), 2, 100)).toMatchObject({ count: 2, hasMore: true });
    expect(cutPage(sized([]), 2, 100)).toEqual({ last: null, count: 0, hasMore: false });
  });

  it('walks any log in pages that each fit (or hold one entry) and together hold all', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 10_000 }),
        (sizes, limit, maxBytes) => {
          const log = sized(sizes);
          const seen: number[] = [];
          let from = 0;
          for (;;) {
            const cut = cutPage(log.slice(from, from + limit + 1), limit, maxBytes);
            const page = log.slice(from, from + cut.count);
            const bytes = page.reduce((sum, e) => sum + e.size, 0);
            expect(page.length === 1 || bytes <= maxBytes).toBe(true);
            expect(page.length).toBeLessThanOrEqual(limit);
            seen.push(...page.map((e) => e.seq));
            from += cut.count;
            expect(cut.hasMore).toBe(from < log.length);
            if (!cut.hasMore) break;
            expect(cut.count).toBeGreaterThan(0);
          }
          expect(seen).toEqual(log.map((e) => e.seq));
        },
      ),
    );
  });
});
