import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toDayNumber } from '../dates';
import { backupsToKeep, DAILY_KEPT, WEEKLY_KEPT } from './backupRotation';

const mondayOf = (date: string) => {
  const day = toDayNumber(date);
  return addDays(date, -((((day + 3) % 7) + 7) % 7));
};

describe('backup rotation', () => {
  it('keeps a month of daily backups as 7 days and the newest of 4 weeks', () => {
    // 2026-12-07 is a Monday; 30 days of backups up to it.
    const dates = Array.from({ length: 30 }, (_, i) => addDays('2026-12-07', -i));
    expect([...backupsToKeep(dates)].sort()).toEqual([
      '2026-11-22', // newest of the week of 16 Nov
      '2026-11-29', // newest of the week of 23 Nov
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
    ]);
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
  });

  it('never drops the newest, keeps at most 7 + 4, and one of each of the 4 newest weeks', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 80 }),
        (offsets) => {
          const dates = offsets.map((o) => addDays('2026-12-07', -o));
          const keep = backupsToKeep(dates);
          const sorted = [...dates].sort().reverse();
          expect(keep.has(sorted[0]!)).toBe(true);
          expect(keep.size).toBeLessThanOrEqual(DAILY_KEPT + WEEKLY_KEPT);
          for (const d of sorted.slice(0, DAILY_KEPT)) expect(keep.has(d)).toBe(true);
          const weeks = [...new Set(sorted.map(mondayOf))].slice(0, WEEKLY_KEPT);
          for (const week of weeks) {
            const newestOfWeek = sorted.find((d) => mondayOf(d) === week)!;
            expect(keep.has(newestOfWeek)).toBe(true);
          }
        },
      ),
    );
  });
});
