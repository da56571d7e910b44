/** Logging a touchpoint, whose next steps can become action items in the same transaction. */
import type { StoredRecord } from '../shared/records/recordTypes';
import { nextStepItems, type NextStepItem } from '../shared/records/nextSteps';
import { createRecord } from './recordService';
import type { Workspace } from './workspace';

export { nextStepLines } from '../shared/records/nextSteps';

/**
 * Creates the touchpoint and, when asked, an open action item per next step, in the order typed:
 * the items given (titles and due dates as the user left them in the dialog), or each line of the
 * next steps due a week after the meeting.
 */
export function logTouchpoint(
  ws: Workspace,
  fields: Record<string, unknown>,
  createActionItems: boolean,
  items?: NextStepItem[],
): { touchpoint: StoredRecord<'touchpoints'>; actionItems: StoredRecord<'action_items'>[] } {
  return ws.db.sqlite.transaction(() => {
    const touchpoint = createRecord(ws, 'touchpoints', fields);
    const steps = !createActionItems
      ? []
      : (items ?? nextStepItems(touchpoint.nextSteps, touchpoint.date, ws.today()));
    const actionItems = steps.map((step) =>
      createRecord(ws, 'action_items', {
        accountId: touchpoint.accountId,
        touchpointId: touchpoint.id,
        title: step.title,
        dueDate: step.dueDate,
        owner: touchpoint.internalAttendees[0] ?? '',
      }),
    );
    return { touchpoint, actionItems };
  })();
}
