import { describe, expect, it } from 'vitest';
import { changeProblems, describeChangeProblem, fieldOfColumn } from './changeValidation';
import type { SqlValue } from './syncProtocol';

const NODE = '00f46c64b57c4abf';
const ID = `2026-11-22T10:00:00.000Z-0000-${NODE}`;
const ROW = '0190a2b4-0000-7000-8000-000000000001';
const ACCOUNT = '0190a2b4-0000-7000-8000-0000000000aa';
const AT = '2026-11-22T10:00:00.000Z';

const change = (table: string, data: Record<string, SqlValue>, extra = {}) => ({
  id: ID,
  table,
  rowId: ROW,
  data,
  ...extra,
});
const problems = (table: string, data: Record<string, SqlValue>, extra = {}) =>
  changeProblems(change(table, data, extra)).map((p) => `${p.column}:${p.code}`);

const contract = {
  created_at: AT,
  updated_at: AT,
  deleted: 0,
  account_id: ACCOUNT,
  start_date: '2026-01-01',
  end_date: '2027-01-01',
  arr_minor: 1_200_000,
  currency: 'EUR',
  seats: 40,
  modules: '["core"]',
  status: 'active',
  renewal_of: '',
  payment_terms: 'net 30',
  discount_pct: 5,
};

describe('sync change validation', () => {
  it('passes what the app writes: a whole new record, and single-field edits', () => {
    expect(problems('contracts', contract)).toEqual([]);
    expect(problems('contracts', { end_date: '2028-01-31', updated_at: AT })).toEqual([]);
    expect(problems('accounts', { name: '星河科技', tags: '["重点"]', deleted: 1 })).toEqual([]);
    expect(problems('renewals', { final_arr_minor: null })).toEqual([]);
    expect(problems('objectives', { start_value: -2.5, target_value: null })).toEqual([]);
    expect(problems('survey_responses', { score: 10 })).toEqual([]);
  });

  it('refuses the semantic garbage of the issue, naming the field and the reason', () => {
    expect(problems('accounts', { currency: 'ZZZ' })).toEqual(['currency:invalidChoice']);
    expect(problems('contracts', { end_date: 'not-a-date' })).toEqual(['end_date:invalidDate']);
    expect(problems('contracts', { arr_minor: -100 })).toEqual(['arr_minor:mustNotBeNegative']);
    expect(problems('survey_responses', { score: 9999 })).toEqual(['score:outOfRange']);
    expect(problems('exchange_rates', { rate: 0 })).toEqual(['rate:mustBePositive']);
    expect(problems('touchpoints', { notes: 'x'.repeat(100_001) })).toEqual(['notes:tooLong']);
    expect(problems('stakeholders', { influence: 6, email: 'nope' })).toEqual([
      'influence:outOfRange',
      'email:invalidEmail',
    ]);
    expect(problems('contracts', { account_id: 'acct-1' })).toEqual(['account_id:invalidId']);
    expect(problems('accounts', { updated_at: 'yesterday' })).toEqual([
      'updated_at:invalidInstant',
    ]);
    expect(problems('touchpoints', { attendee_ids: '["not-a-uuid"]' })).toEqual([
      'attendee_ids:invalidId',
    ]);
    expect(problems('renewal_changes', { at: `2026-13-01T00:00:00.000Z-0000-${NODE}` })).toEqual([
      'at:invalidTimestamp',
    ]);
  });

  it('refuses wrong types, unknown tables and columns', () => {
    expect(problems('accounts', { name: 5 })).toEqual(['name:wrongType']);
    expect(problems('accounts', { deleted: 2 })).toEqual(['deleted:wrongType']);
    expect(problems('accounts', { nope: 'x' })).toEqual(['nope:unknownColumn']);
    expect(problems('sqlite_master', { name: 'x' })).toEqual([':unknownTable']);
  });

  it('refuses a change id or base that does not round-trip, and a row id that is no UUID', () => {
    for (const time of ['9999-99-99T99:99:99.999Z', '2026-13-01T00:00:00.000Z'])
      expect(problems('accounts', { name: 'A' }, { id: `${time}-ffff-${NODE}` })).toEqual([
        ':invalidChangeId',
      ]);
    expect(
      problems(
        'accounts',
        { name: 'A' },
        { base: { name: `2026-02-30T00:00:00.000Z-0000-${NODE}` } },
      ),
    ).toEqual(['base.name:invalidChangeId']);
    expect(problems('accounts', { name: 'A' }, { rowId: 'row-1' })).toEqual([':invalidRowId']);
  });

  it('holds a whole new record to its cross-field rules, but not a lone field', () => {
    expect(problems('contracts', { ...contract, end_date: '2025-01-01' })).toEqual([
      'end_date:endBeforeStart',
    ]);
    // With or without the source id an import adds (an older client's insert has none).
    expect(
      problems('contracts', { ...contract, external_id: 'SF-9', end_date: '2025-01-01' }),
    ).toEqual(['end_date:endBeforeStart']);
    expect(problems('contracts', { end_date: '2025-01-01' })).toEqual([]);
    const survey = {
      account_id: ACCOUNT,
      kind: 'csat',
      score: 9,
      date: '2026-11-20',
      stakeholder_id: '',
      respondent: '',
      comment: '',
    };
    expect(problems('survey_responses', survey)).toEqual(['score:outOfRange']);
    expect(problems('survey_responses', { ...survey, kind: 'nps' })).toEqual([]);
  });

  it('says where and why in one line', () => {
    const [problem] = changeProblems(change('contracts', { end_date: 'not-a-date' }));
    expect(describeChangeProblem(problem!)).toBe(
      `contracts/${ROW} end_date: must be a date as YYYY-MM-DD (change ${ID})`,
    );
    const [bad] = changeProblems({ ...change('accounts', { name: 'A' }), rowId: 'x' });
    expect(describeChangeProblem(bad!)).toContain('accounts/x row id: must be a record id');
  });

  it('maps columns to record fields', () => {
    expect(fieldOfColumn('stage_override_reason')).toBe('stageOverrideReason');
    expect(fieldOfColumn('modules_in_use')).toBe('modulesInUse');
  });
});
