/** Logging a touchpoint, whose next steps can become action items in the same transaction. */
import type { StoredRecord } from '../shared/records/recordTypes';
import { createRecord } from './recordService';
import type { Workspace } from './workspace';

/** Each non-empty line of the next steps, without list markers. */
export function nextStepLines(nextSteps: string): string[] {
  return nextSteps
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)]|\[ ?\])\s*/, '').trim())
    .filter(Boolean);
}

export function logTouchpoint(
  ws: Workspace,
  fields: Record<string, unknown>,
  createActionItems: boolean,
): { touchpoint: StoredRecord<'touchpoints'>; actionItems: StoredRecord<'action_items'>[] } {
  return ws.db.sqlite.transaction(() => {
    const touchpoint = createRecord(ws, 'touchpoints', fields);
    const actionItems = createActionItems
      ? nextStepLines(touchpoint.nextSteps).map((title) =>
          createRecord(ws, 'action_items', {
            accountId: touchpoint.accountId,
            touchpointId: touchpoint.id,
            title: title.slice(0, 300),
            owner: touchpoint.internalAttendees[0] ?? '',
          }),
        )
      : [];
    return { touchpoint, actionItems };
  })();
}
