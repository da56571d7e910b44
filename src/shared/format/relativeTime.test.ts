import { describe, expect, it } from 'vitest';
import { relativeDays, relativeTime } from './relativeTime';

const at = (y: number, m: number, d: number, h = 12, min = 0, s = 0) =>
  new Date(y, m - 1, d, h, min, s).getTime();
const iso = (ms: number) => new Date(ms).toISOString();

describe('relativeDays', () => {
  it('says today, yesterday and tomorrow in words, never "0 days"', () => {
    expect(relativeDays('en', 0)).toBe('today');
    expect(relativeDays('en', -1)).toBe('yesterday');
    expect(relativeDays('en', 1)).toBe('tomorrow');
    expect(relativeDays('en', -3)).toBe('3 days ago');
    expect(relativeDays('en', 12)).toBe('in 12 days');
    expect(relativeDays('zh-CN', 0)).toBe('今天');
    expect(relativeDays('zh-CN', -1)).toBe('昨天');
    expect(relativeDays('zh-CN', -5)).toBe('5天前');
    expect(relativeDays('zh-CN', 12)).toBe('12天后');
  });
});

describe('relativeTime', () => {
  const now = at(2026, 3, 10, 15, 30);
  it('reads seconds as now', () => {
    expect(relativeTime('en', iso(now - 20_000), now)).toBe('now');
    expect(relativeTime('zh-CN', iso(now - 20_000), now)).toBe('现在');
    // A clock slightly ahead of ours is not "in 5 seconds".
    expect(relativeTime('en', iso(now + 5_000), now)).toBe('now');
  });
  it('reads minutes and hours within the day', () => {
    expect(relativeTime('en', iso(now - 5 * 60_000), now)).toBe('5 minutes ago');
    expect(relativeTime('en', iso(now - 60_000), now)).toBe('1 minute ago');
    expect(relativeTime('zh-CN', iso(now - 3 * 3_600_000), now)).toBe('3小时前');
  });
  it('reads calendar days: late last night is yesterday, not "0 days ago"', () => {
    expect(relativeTime('en', iso(at(2026, 3, 9, 23, 50)), at(2026, 3, 10, 0, 20))).toBe(
      '30 minutes ago',
    );
    expect(relativeTime('en', iso(at(2026, 3, 9, 22, 0)), at(2026, 3, 10, 8, 0))).toBe('yesterday');
    expect(relativeTime('zh-CN', iso(at(2026, 3, 9, 22, 0)), at(2026, 3, 10, 8, 0))).toBe('昨天');
    expect(relativeTime('en', iso(at(2026, 3, 6, 9)), now)).toBe('4 days ago');
    expect(relativeTime('zh-CN', iso(at(2026, 3, 6, 9)), now)).toBe('4天前');
  });
  it('reads a date alone in calendar days', () => {
    expect(relativeTime('en', '2026-03-10', now)).toBe('today');
    expect(relativeTime('zh-CN', '2026-03-10', now)).toBe('今天');
    expect(relativeTime('en', '2026-03-09', now)).toBe('yesterday');
    expect(relativeTime('zh-CN', '2026-03-09', now)).toBe('昨天');
    expect(relativeTime('en', '2026-03-12', now)).toBe('in 2 days');
  });
});
