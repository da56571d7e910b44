import { afterEach, describe, expect, it } from 'vitest';
import { tempWorkspace } from '../../tests/integration/testWorkspace';
import { listAccountRecords } from '../db/repositories/recordRepository';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from './recordService';
import { logTouchpoint, nextStepLines } from './touchpointService';

let cleanup = () => {};
afterEach(() => cleanup());

describe('nextStepLines', () => {
  it('takes each non-empty line without its list marker', () => {
    expect(
      nextStepLines(
        '- Send deck\n* Book training\n1. Call CFO\n2) 准备续约方案\n[ ] Share roadmap\n\n   \n• Follow up',
      ),
    ).toEqual([
      'Send deck',
      'Book training',
      'Call CFO',
      '准备续约方案',
      'Share roadmap',
      'Follow up',
    ]);
  });
});

describe('logTouchpoint', () => {
  it('creates one open action item per next step, linked to the touchpoint and owned by our first attendee', () => {
    const ws = tempWorkspace();
    cleanup = ws.cleanup;
    const account = createRecord(ws, 'accounts', { name: 'Acme' });
    const { touchpoint, actionItems } = logTouchpoint(
      ws,
      {
        accountId: account.id,
        date: '2026-11-20',
        summary: 'QBR',
        internalAttendees: ['Li Na'],
        nextSteps: '- Send deck\n- Book training',
      },
      true,
    );
    expect(actionItems.map((a) => [a.title, a.status, a.owner, a.touchpointId])).toEqual([
      ['Send deck', 'open', 'Li Na', touchpoint.id],
      ['Book training', 'open', 'Li Na', touchpoint.id],
    ]);
    const without = logTouchpoint(
      ws,
      { accountId: account.id, date: '2026-11-21', summary: 'Call', nextSteps: '- x' },
      false,
    );
    expect(without.actionItems).toEqual([]);
  });

  it('writes nothing when the touchpoint is invalid', () => {
    const ws = tempWorkspace();
    cleanup = ws.cleanup;
    const account = createRecord(ws, 'accounts', { name: 'Acme' });
    expect(() =>
      logTouchpoint(
        ws,
        { accountId: account.id, date: 'soon', summary: '', nextSteps: '- a' },
        true,
      ),
    ).toThrow(/date/);
    expect(listAccountRecords(ws.db.sqlite, 'touchpoints', account.id)).toEqual([]);
    expect(listAccountRecords(ws.db.sqlite, 'action_items', account.id)).toEqual([]);
  });
});

describe('deleted records', () => {
  it('cannot be edited until restored, and restoring brings back the same record', () => {
    const ws = tempWorkspace();
    cleanup = ws.cleanup;
    const account = createRecord(ws, 'accounts', { name: 'Acme' });
    const person = createRecord(ws, 'stakeholders', {
      accountId: account.id,
      name: 'Olivia',
      role: 'champion',
    });
    deleteRecord(ws, 'stakeholders', person.id);
    expect(() => updateRecord(ws, 'stakeholders', person.id, { name: 'Liv' })).toThrow(
      /No stakeholders record/,
    );
    expect(listAccountRecords(ws.db.sqlite, 'stakeholders', account.id)).toEqual([]);
    const restored = restoreRecord(ws, 'stakeholders', person.id);
    expect({ ...restored, updatedAt: '' }).toEqual({ ...person, updatedAt: '' });
    expect(() =>
      createRecord(ws, 'stakeholders', { accountId: account.id, name: 'Ghost', role: 'wizard' }),
    ).toThrow(/role is not one of/);
  });
});
