import { describe, expect, it } from 'vitest';
import { currentContract, lifecycleStage, type StageContract } from './lifecycleStage';

const contract = (
  id: string,
  startDate: string,
  endDate: string,
  extra: Partial<StageContract> = {},
): StageContract => ({
  id,
  startDate,
  endDate,
  status: 'active',
  renewalOf: '',
  ...extra,
});

describe('lifecycleStage', () => {
  const first = contract('a', '2026-01-01', '2027-01-01');

  it('is onboarding for the first 90 days, then adoption, then steady', () => {
    expect(lifecycleStage([first], '2026-01-01')).toBe('onboarding');
    expect(lifecycleStage([first], '2026-03-31')).toBe('onboarding'); // day 89
    expect(lifecycleStage([first], '2026-04-01')).toBe('adoption'); // day 90
    expect(lifecycleStage([first], '2026-09-27')).toBe('adoption'); // day 269
    expect(lifecycleStage([first], '2026-09-28')).toBe('steady'); // day 270
  });

  it('is renewal within 90 days of the end unless a follow-on contract exists', () => {
    expect(lifecycleStage([first], '2026-10-02')).toBe('steady'); // 91 days before
    expect(lifecycleStage([first], '2026-10-03')).toBe('renewal'); // 90 days before
    const next = contract('b', '2027-01-01', '2028-01-01', { renewalOf: 'a' });
    expect(lifecycleStage([first, next], '2026-10-03')).toBe('steady');
  });

  it('is churned when every contract has ended', () => {
    expect(lifecycleStage([first], '2027-01-01')).toBe('churned');
  });

  it('ignores cancelled contracts and honours an override', () => {
    expect(
      lifecycleStage(
        [contract('c', '2026-01-01', '2027-01-01', { status: 'cancelled' })],
        '2026-06-01',
      ),
    ).toBe('onboarding');
    expect(lifecycleStage([first], '2026-06-01', 'steady')).toBe('steady');
  });

  it('picks the latest-starting contract in force', () => {
    const overlap = contract('d', '2026-06-01', '2027-06-01');
    expect(currentContract([first, overlap], '2026-07-01')?.id).toBe('d');
    expect(currentContract([first], '2025-12-31')).toBeUndefined();
  });
});
