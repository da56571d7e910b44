/**
 * Random, realistic edits on existing data through the same services the UI uses: new
 * touchpoints (with action items), changed fields, survey responses, deletions. Used by
 * `demo --edits N` to exercise sync between replicas.
 */
import { addDays } from '../../core/dates';
import { SeededRandom } from '../../core/demo/seededRandom';
import { listAccountRecords } from '../../db/repositories/recordRepository';
import { listPortfolioAccounts } from '../../db/repositories/portfolioRepository';
import { CSM_OWNERS } from '../../core/demo/demoVocabulary';
import { deleteRecord, updateRecord, createRecord } from '../recordService';
import { logTouchpoint } from '../touchpointService';
import type { Workspace } from '../workspace';

export interface EditSummary {
  edits: number;
  byKind: Record<string, number>;
}

export function makeDemoEdits(ws: Workspace, count: number, seed: number): EditSummary {
  const rng = new SeededRandom(seed, 0x5eed);
  const accounts = listPortfolioAccounts(ws.db.sqlite);
  const byKind: Record<string, number> = {};
  if (accounts.length === 0) return { edits: 0, byKind };
  const today = ws.today();
  const db = ws.db.sqlite;
  for (let i = 0; i < count; i++) {
    const account = rng.pick(accounts);
    const kind = rng.weighted([
      ['touchpoint', 4],
      ['field', 4],
      ['survey', 2],
      ['delete', 1],
    ] as const);
    if (kind === 'touchpoint') {
      const stakeholders = listAccountRecords(db, 'stakeholders', account.id);
      logTouchpoint(
        ws,
        {
          accountId: account.id,
          date: addDays(today, -rng.int(0, 10)),
          kind: rng.pick(['call', 'meeting', 'email', 'onsite_visit'] as const),
          summary: rng.pick([
            'Weekly check-in',
            'Renewal planning',
            '续约沟通',
            '使用情况回顾',
            'Adoption review',
          ]),
          notes: rng.pick([
            'Discussed adoption and upcoming renewal.',
            '客户希望增加培训，讨论了续约时间表。',
            'Reviewed open tickets.',
          ]),
          attendeeIds: stakeholders.slice(0, 2).map((s) => s.id),
          internalAttendees: [account.owner || 'CSM'],
          nextSteps: rng.chance(0.5) ? '- Send follow-up summary' : '',
        },
        true,
      );
    } else if (kind === 'field') {
      const target = rng.int(0, 2);
      if (target === 0) {
        updateRecord(ws, 'accounts', account.id, { owner: rng.pick(CSM_OWNERS) });
      } else {
        const stakeholders = listAccountRecords(db, 'stakeholders', account.id);
        const tickets = listAccountRecords(db, 'support_tickets', account.id);
        if (target === 1 && stakeholders.length > 0) {
          updateRecord(ws, 'stakeholders', rng.pick(stakeholders).id, {
            sentiment: rng.pick(['positive', 'neutral', 'negative'] as const),
          });
        } else if (tickets.length > 0) {
          // A ticket closes today, or reopens with no close date: its history stays true.
          const ticket = rng.pick(tickets);
          const status = rng.pick(['open', 'pending', 'closed'] as const);
          const closedDate =
            status !== 'closed'
              ? ''
              : ticket.status === 'closed' && ticket.closedDate
                ? ticket.closedDate
                : today;
          updateRecord(ws, 'support_tickets', ticket.id, { status, closedDate });
        } else {
          updateRecord(ws, 'accounts', account.id, { region: rng.pick(['APAC', 'EMEA', '华东']) });
        }
      }
    } else if (kind === 'survey') {
      createRecord(ws, 'survey_responses', {
        accountId: account.id,
        kind: 'nps',
        score: rng.int(0, 10),
        date: today,
        comment: '',
      });
    } else {
      const items = listAccountRecords(db, 'action_items', account.id);
      const touchpoints = listAccountRecords(db, 'touchpoints', account.id);
      if (items.length > 0) deleteRecord(ws, 'action_items', rng.pick(items).id);
      else if (touchpoints.length > 0) deleteRecord(ws, 'touchpoints', rng.pick(touchpoints).id);
    }
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  return { edits: count, byKind };
}
