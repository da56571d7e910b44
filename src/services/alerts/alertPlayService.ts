/**
 * An alert's play: the action items it suggests, previewed before anything is made, then created
 * once. Each step's id is derived from the account, the alert type, the day this alert began and
 * the step, so running the play again — a double click, a second look a day later, a teammate on
 * another device — makes nothing new: the same ids are already there (or merge when synced).
 * An alert that ends and fires again later is a new occurrence with a play of its own.
 */
import { ALERT_PLAYS } from '../../core/alerts/alertPlays';
import { addDays } from '../../core/dates';
import { derivedId } from '../../core/ids/derivedId';
import type { AlertType } from '../../shared/domain/healthEnums';
import type { PlayPreviewView, PlayRunView } from '../../shared/api/healthViews';
import type { StoredRecord } from '../../shared/records/recordTypes';
import { findRecord } from '../../db/repositories/recordRepository';
import { createRecord } from '../recordService';
import type { Workspace } from '../workspace';
import { firingAlert } from './alertService';

export interface PlayInput {
  accountId: string;
  type: AlertType;
  lang: 'en' | 'zh-CN';
}

function planned(ws: Workspace, input: PlayInput) {
  const alert = firingAlert(ws, input.accountId, input.type);
  const today = ws.today();
  return ALERT_PLAYS[input.type].map((step, index) => {
    const id = derivedId(
      'alert-play',
      `${input.accountId}:${input.type}:${alert.firstSeen}:${index}`,
    );
    return {
      id,
      title: input.lang === 'zh-CN' ? step.zh : step.en,
      owner: alert.owner,
      dueDate: addDays(today, step.dueInDays),
      existing: findRecord(ws.db.sqlite, 'action_items', id) ?? null,
    };
  });
}

/** What the play would create, and which of its steps this alert already has. */
export function playPreview(ws: Workspace, input: PlayInput): PlayPreviewView {
  return {
    steps: planned(ws, input).map((s) => ({
      title: s.existing?.title ?? s.title,
      owner: s.existing?.owner ?? s.owner,
      dueDate: s.existing?.dueDate ?? s.dueDate,
      created: s.existing !== null,
    })),
  };
}

/** Creates the play's action items this alert does not have yet, owned by the account's CSM. */
export function runPlay(ws: Workspace, input: PlayInput): PlayRunView {
  return ws.db.sqlite.transaction(() => {
    const steps = planned(ws, input);
    const created = steps
      .filter((s) => s.existing === null)
      .map(
        (s) =>
          createRecord(
            ws,
            'action_items',
            {
              accountId: input.accountId,
              title: s.title,
              owner: s.owner,
              dueDate: s.dueDate,
              status: 'open',
            },
            s.id,
          ) as StoredRecord<'action_items'>,
      );
    return { created, alreadyThere: steps.length - created.length };
  })();
}
