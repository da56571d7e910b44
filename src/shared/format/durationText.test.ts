import { describe, expect, it } from 'vitest';
import { durationText } from './durationText';

describe('durationText', () => {
  it('says how long, to the minute, in two units at most', () => {
    const min = 60_000;
    expect(durationText(86_400_000, 'en')).toBe('1 day');
    expect(durationText(86_400_000 + 2 * 60 * min + 29_000, 'en')).toBe('1 day, 2 hours');
    expect(durationText(3 * 86_400_000 + 5 * min, 'en')).toBe('3 days');
    expect(durationText(90 * min, 'en')).toBe('1 hour, 30 minutes');
    expect(durationText(45 * min, 'en')).toBe('45 minutes');
    expect(durationText(10_000, 'en')).toBe('1 minute');
    expect(durationText(-2 * 60 * min, 'en')).toBe('2 hours');
    expect(durationText(86_400_000 + 2 * 60 * min, 'zh-CN')).toBe('1天2小时');
    expect(durationText(6 * min, 'zh-CN')).toBe('6分钟');
  });
});
