/**
 * What a host does when it starts, before the first look: rescore every account for the day
 * (firing or clearing alerts) and take the week's forecast snapshot if it was not taken yet.
 */
import { ensureHealthCurrent } from './health/healthRefresh';
import { ensureWeeklySnapshot } from './renewals/forecastSnapshotService';
import type { Workspace } from './workspace';

export function startOfDay(ws: Workspace): void {
  ensureHealthCurrent(ws);
  ensureWeeklySnapshot(ws);
}
