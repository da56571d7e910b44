import { describe, expect, it } from 'vitest';
import { contractFields } from './contractRecord';
import { supportTicketFields } from './supportTicketRecord';
import { surveyResponseFields } from './surveyResponseRecord';

const ACCOUNT = '01930000-0000-7000-8000-000000000000';
const codes = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`).sort();

describe('record schemas', () => {
  it('reports a contract ending before it starts together with its other problems', () => {
    const result = contractFields.safeParse({
      accountId: ACCOUNT,
      startDate: '2027-01-01',
      endDate: '2026-01-01',
    });
    expect(codes(result)).toEqual(['arrMinor:notANumber', 'endDate:endBeforeStart']);
  });

  it('checks dates are real calendar days', () => {
    const result = contractFields.safeParse({
      accountId: ACCOUNT,
      startDate: '2026-02-30',
      endDate: '2027-01-01',
      arrMinor: 1,
    });
    expect(codes(result)).toEqual(['startDate:invalidDate']);
  });

  it('closes tickets no earlier than they opened', () => {
    const base = { accountId: ACCOUNT, subject: 'SSO loop', openedDate: '2026-11-10' };
    expect(supportTicketFields.safeParse({ ...base, closedDate: '2026-11-09' }).success).toBe(
      false,
    );
    expect(supportTicketFields.safeParse({ ...base, closedDate: '' }).success).toBe(true);
  });

  it('keeps each survey score within its scale', () => {
    const base = { accountId: ACCOUNT, date: '2026-11-10' };
    expect(surveyResponseFields.safeParse({ ...base, kind: 'nps', score: 10 }).success).toBe(true);
    expect(codes(surveyResponseFields.safeParse({ ...base, kind: 'csat', score: 6 }))).toEqual([
      'score:outOfRange',
    ]);
    expect(codes(surveyResponseFields.safeParse({ ...base, kind: 'ces', score: 0 }))).toEqual([
      'score:outOfRange',
    ]);
  });
});
