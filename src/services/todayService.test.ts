import { afterEach, describe, expect, it } from 'vitest';
import { tempWorkspace } from '../../tests/integration/testWorkspace';
import { listAccountRecords } from '../db/repositories/recordRepository';
import { createRecord, deleteRecord } from './recordService';
import { closeRenewal } from './renewals/renewalCallService';
import { todayView } from './todayService';
import { logTouchpoint } from './touchpointService';

let cleanup = () => {};
afterEach(() => cleanup());

// tempWorkspace's clock: 2026-11-22.
function book() {
  const ws = tempWorkspace();
  cleanup = ws.cleanup;
  const account = (name: string, owner: string, start: string, end: string, status = 'active') => {
    const { id } = createRecord(ws, 'accounts', { name, owner, currency: 'EUR' });
    const contract = createRecord(ws, 'contracts', {
      accountId: id,
      startDate: start,
      endDate: end,
      arrMinor: 1_000_000,
      currency: 'EUR',
      status,
    });
    return { id, contractId: contract.id };
  };
  const item = (accountId: string, title: string, dueDate: string, owner = '') =>
    createRecord(ws, 'action_items', { accountId, title, dueDate, owner });
  return { ws, account, item };
}

describe('Today', () => {
  it('lists overdue items of live accounts only, the most recently missed first, with true counts', () => {
    const { ws, account, item } = book();
    const live = account('Live Co', '李娜', '2026-01-01', '2027-06-30');
    const churned = account('Gone Co', '李娜', '2022-01-01', '2023-01-01', 'churned');
    item(live.id, 'Old promise', '2023-03-01');
    item(live.id, 'Yesterday', '2026-11-21');
    item(live.id, 'Last week', '2026-11-15');
    item(churned.id, 'On a churned account', '2026-11-20');
    item(live.id, 'Someday', '');
    item(live.id, 'Tomorrow', '2026-11-23');
    const gone = account('Deleted Co', '李娜', '2026-01-01', '2027-06-30');
    item(gone.id, 'On a deleted account', '2026-11-20');
    deleteRecord(ws, 'accounts', gone.id);

    const view = todayView(ws, '');
    expect(view.overdue.map((a) => a.title)).toEqual(['Yesterday', 'Last week', 'Old promise']);
    expect(view.overdueTotal).toBe(3);
    expect(view.dueSoon.map((a) => a.title)).toEqual(['Tomorrow']);
    expect(view.noDueDate.map((a) => a.title)).toEqual(['Someday']);
    expect(view.noDueDateTotal).toBe(1);
  });

  it('says how many there are when the list holds only the first 200, and gives all on request', () => {
    const { ws, account, item } = book();
    const live = account('Busy Co', 'Emma', '2026-01-01', '2027-06-30');
    for (let i = 0; i < 230; i++) item(live.id, `Task ${i}`, '2026-10-01');
    const first = todayView(ws, '');
    expect(first.overdue).toHaveLength(200);
    expect(first.overdueTotal).toBe(230);
    // Same day: in the order made.
    expect(first.overdue.slice(0, 3).map((a) => a.title)).toEqual(['Task 0', 'Task 1', 'Task 2']);
    expect(todayView(ws, '', 'en', true).overdue).toHaveLength(230);
    expect(todayView(ws, 'Someone else').overdueTotal).toBe(0);
  });

  it('shows a renewal that ended with no outcome, an account with no owner and a meeting with no notes', () => {
    const { ws, account } = book();
    account('Ended Co', 'Emma', '2025-11-12', '2026-11-12');
    const closed = account('Closed Co', 'Emma', '2025-11-10', '2026-11-10');
    closeRenewal(ws, {
      contractId: closed.contractId,
      outcome: 'churned',
      reasonCodes: ['budget'],
      note: '',
      closedDate: '',
      newStartDate: '',
      newEndDate: '',
    });
    const nobody = account('Nobody’s Co', '', '2026-01-01', '2027-03-31');
    const meeting = (kind: string, date: string, notes: string) =>
      createRecord(ws, 'touchpoints', { accountId: nobody.id, kind, date, summary: kind, notes });
    meeting('meeting', '2026-11-21', '');
    meeting('onsite_visit', '2026-11-20', 'We agreed on a pilot.');
    meeting('email', '2026-11-20', '');
    meeting('qbr', '2026-11-22', '');

    const view = todayView(ws, '');
    expect(view.unclosedRenewals.map((r) => [r.accountName, r.endDate, r.daysAgo])).toEqual([
      ['Ended Co', '2026-11-12', 10],
    ]);
    expect(view.unowned.map((a) => a.accountName)).toEqual(['Nobody’s Co']);
    expect(view.meetingsWithoutNotes.map((m) => [m.kind, m.date])).toEqual([
      ['meeting', '2026-11-21'],
    ]);
  });
});

describe('next steps from a meeting', () => {
  it('become action items due a week on, in the order typed, or with the dates the user set', () => {
    const { ws, account } = book();
    const { id } = account('Acme', 'Emma', '2026-01-01', '2027-06-30');
    const steps = Array.from({ length: 25 }, (_, i) => `- Step ${25 - i}`).join('\n');
    const logged = logTouchpoint(
      ws,
      { accountId: id, date: '2026-11-10', kind: 'meeting', summary: 'Kick-off', nextSteps: steps },
      true,
    );
    // Logged late: a week from today, not from the meeting (which would already be overdue).
    expect(new Set(logged.actionItems.map((a) => a.dueDate))).toEqual(new Set(['2026-11-29']));
    expect(listAccountRecords(ws.db.sqlite, 'action_items', id).map((a) => a.title)).toEqual(
      Array.from({ length: 25 }, (_, i) => `Step ${25 - i}`),
    );
    expect(todayView(ws, '').noDueDateTotal).toBe(0);

    const chosen = logTouchpoint(
      ws,
      { accountId: id, date: '2026-12-01', kind: 'meeting', summary: 'Planned', nextSteps: '- a' },
      true,
      [
        { title: 'Send the deck', dueDate: '2026-11-24' },
        { title: 'Book training', dueDate: '2026-12-15' },
      ],
    );
    expect(chosen.actionItems.map((a) => [a.title, a.dueDate])).toEqual([
      ['Send the deck', '2026-11-24'],
      ['Book training', '2026-12-15'],
    ]);
  });
});
