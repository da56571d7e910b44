import { describe, expect, it } from 'vitest';
import { changedTerms, termsAsOf, type TermsChange } from './renewalHistory';
import { initialTerms, knownOn, termsOn, type TermsSource } from './renewalTermsOn';

const change = (id: string, at: string, changes: TermsChange['changes']): TermsChange => ({
  id,
  at,
  date: at.slice(0, 10),
  changes,
});

describe('a renewal’s terms on a past day', () => {
  const history = [
    change('b', '2026-09-10T09:00:00.000Z', { forecastCall: 'commit', callReason: 'PO coming' }),
    change('a', '2026-08-01T09:00:00.000Z', { forecastCall: 'likely', callReason: 'Verbal yes' }),
    change('c', '2026-09-20T09:00:00.000Z', { expectedChangeMinor: -5_000 }),
    change('d', '2026-10-02T15:00:00.000Z', {
      outcome: 'renewed',
      finalArrMinor: 95_000,
      closedDate: '2026-10-02',
    }),
  ];
  const initial = initialTerms(100_000);

  it('applies every change made by the end of the day, in time order, field by field', () => {
    expect(termsAsOf(initial, history, '2026-07-31').terms).toEqual(initial);
    expect(termsAsOf(initial, history, '2026-08-01').terms).toMatchObject({
      forecastCall: 'likely',
      callReason: 'Verbal yes',
    });
    const late = termsAsOf(initial, history, '2026-09-30');
    // The contraction of the 20th did not undo the call of the 10th: only named fields change.
    expect(late.terms).toMatchObject({
      forecastCall: 'commit',
      callReason: 'PO coming',
      expectedChangeMinor: -5_000,
      outcome: 'open',
    });
    expect(late.last?.id).toBe('c');
    expect(termsAsOf(initial, history, '2026-10-02').terms).toMatchObject({
      outcome: 'renewed',
      finalArrMinor: 95_000,
    });
  });

  it('orders two changes of the same moment by id, like the record merge', () => {
    const same = [
      change('y', '2026-08-01T09:00:00.000Z', { forecastCall: 'at_risk' }),
      change('x', '2026-08-01T09:00:00.000Z', { forecastCall: 'commit' }),
    ];
    expect(termsAsOf(initial, same, '2026-08-01').terms.forecastCall).toBe('at_risk');
  });

  it('names the fields that differ', () => {
    expect(changedTerms(initial, { ...initial, forecastCall: 'lost', reasonCodes: ['x'] })).toEqual(
      ['forecastCall', 'reasonCodes'],
    );
  });
});

const contract = (patch: Partial<TermsSource['contract']> = {}): TermsSource['contract'] => ({
  arrMinor: 50_000,
  startDate: '2025-12-01',
  endDate: '2026-12-01',
  status: 'active',
  createdAt: '2026-11-22T08:00:00.000Z',
  updatedAt: '2026-11-22T08:00:00.000Z',
  ...patch,
});

describe('terms from whatever the records hold', () => {
  it('a contract counts from when it was entered or started, whichever came first', () => {
    const source: TermsSource = {
      contract: contract(),
      renewal: null,
      changes: [],
      followOnArr: null,
    };
    expect(knownOn(source, '2025-12-01')).toBe(true);
    expect(knownOn(source, '2025-11-30')).toBe(false);
    const future = { ...source, contract: contract({ startDate: '2027-01-01' }) };
    expect(knownOn(future, '2026-11-21')).toBe(false);
    expect(knownOn(future, '2026-11-22')).toBe(true);
  });

  it('without a renewal record: the contract, closed once it says so', () => {
    const open: TermsSource = {
      contract: contract(),
      renewal: null,
      changes: [],
      followOnArr: null,
    };
    expect(termsOn(open, '2026-11-30').terms).toEqual(initialTerms(50_000));
    const renewed = { ...open, contract: contract({ status: 'renewed' }), followOnArr: 60_000 };
    expect(termsOn(renewed, '2026-11-21').terms.outcome).toBe('open');
    expect(termsOn(renewed, '2026-11-22').terms).toMatchObject({
      outcome: 'renewed',
      finalArrMinor: 60_000,
    });
    const churned = { ...open, contract: contract({ status: 'churned' }) };
    expect(termsOn(churned, '2026-12-01').terms).toMatchObject({
      outcome: 'churned',
      finalArrMinor: 0,
    });
  });

  it('a renewal record without history counts as it stands once it existed', () => {
    const record = {
      ...initialTerms(50_000),
      forecastCall: 'likely' as const,
      outcome: 'churned' as const,
      finalArrMinor: 0,
      closedDate: '2026-11-25',
      createdAt: '2026-11-01T10:00:00.000Z',
    };
    const source: TermsSource = {
      contract: contract(),
      renewal: record,
      changes: [],
      followOnArr: null,
    };
    expect(termsOn(source, '2026-10-31').terms).toEqual(initialTerms(50_000));
    // Made on the 1st, closed on the 25th: open with its call in between.
    expect(termsOn(source, '2026-11-10').terms).toMatchObject({
      forecastCall: 'likely',
      outcome: 'open',
    });
    expect(termsOn(source, '2026-11-25').terms).toMatchObject({ outcome: 'churned' });
    // Its history, once there is one, is what counts.
    const withHistory = {
      ...source,
      changes: [change('a', '2026-11-05T09:00:00.000Z', { forecastCall: 'commit' })],
    };
    expect(termsOn(withHistory, '2026-11-30').terms).toMatchObject({
      forecastCall: 'commit',
      outcome: 'open',
    });
  });
});
