/**
 * Recomputing every score can be cancelled (the progress panel's Cancel): wherever it stops —
 * before scoring, or with every write done but not committed — nothing stored changes.
 */
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/services/demo/demoService';
import { refreshHealth } from '../../src/services/health/healthRefresh';
import { ServiceError } from '../../src/services/serviceError';
import { runAsTask } from '../../src/services/taskContext';
import { openWorkspace, type Workspace } from '../../src/services/workspace';
import { tempWorkspace } from './testWorkspace';

const stored = (ws: Workspace) =>
  ['health_scores', 'health_snapshots', 'alerts', 'meta'].map((table) =>
    ws.db.sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
  );

describe('cancelling a rescoring', () => {
  it('changes nothing, whether it stops before scoring or just before committing', () => {
    const ws = tempWorkspace();
    loadDemo(ws, { accounts: 120, seed: 3, today: ws.today() });
    refreshHealth(ws, 'all');
    const before = stored(ws);
    ws.close();
    // The next morning every score would move to the new day.
    const morning = openWorkspace(ws.file, { wallClock: () => Date.parse('2026-11-23T09:00:00Z') });
    for (const stopAt of [1, 2]) {
      let asked = 0;
      const progress: number[] = [];
      const reporter = {
        progress: (done: number) => progress.push(done),
        cancelled: () => ++asked === stopAt,
      };
      let error: unknown;
      try {
        runAsTask(reporter, () => refreshHealth(morning, 'all'));
      } catch (e) {
        error = e;
      }
      expect(error, `stop at check ${stopAt}`).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).code).toBe('cancelled');
      expect((error as ServiceError).message).toBe('Stopped: no score was changed.');
      expect(stored(morning), `stop at check ${stopAt}`).toEqual(before);
    }
    // Not cancelled, the same rescoring does change them.
    refreshHealth(morning, 'all');
    expect(stored(morning)).not.toEqual(before);
    morning.close();
    ws.cleanup();
  });
});
