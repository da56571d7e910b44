/**
 * Renewals sync like every record: two CSMs make calls on the same renewal offline; after sync
 * there is one renewal row (its id is derived from the contract on both laptops), both history
 * entries are kept, the later call wins field by field, both replicas show the same forecast;
 * closings (with their follow-on contract) and exchange rates travel too.
 */
import { describe, expect, it } from 'vitest';
import { prepared } from '../../../src/db/preparedStatement';
import { exportJson } from '../../../src/services/exportService';
import { saveAuthor } from '../../../src/services/profileService';
import { saveExchangeRate } from '../../../src/services/renewals/exchangeRateService';
import { forecastView } from '../../../src/services/renewals/forecastService';
import { renewalDetail } from '../../../src/services/renewals/renewalDetailService';
import { closeRenewal, updateRenewal } from '../../../src/services/renewals/renewalCallService';
import { runSyncRound } from '../../../src/services/sync/syncRound';
import { forecastQuery, renewalCloseInput } from '../../../src/shared/api/forecastInputs';
import { accountWithContract } from '../renewalFixtures';
import { addTestUser, openReplica, transportTo, useTestServer, type Replica } from './syncHarness';

const sync = async (...replicas: Replica[]) => {
  for (const r of replicas) await runSyncRound(r.ws, r.transport);
  for (const r of replicas) await runSyncRound(r.ws, r.transport);
};

describe('renewals across devices', () => {
  const ctx = useTestServer();

  it('two offline calls on one renewal make one row with both history entries', async () => {
    const ann = openReplica(
      ctx.dir,
      'ann',
      transportTo(ctx.server, await addTestUser(ctx.server, 'apac', 'Ann')),
    );
    const bob = openReplica(
      ctx.dir,
      'bob',
      transportTo(ctx.server, await addTestUser(ctx.server, 'apac', 'Bob')),
    );
    saveAuthor(ann.ws, 'Ann');
    saveAuthor(bob.ws, 'Bob');
    const { contractId } = accountWithContract(ann.ws, '上海云图', {
      start: '2025-12-10',
      end: '2026-12-10',
      arr: 360_000_00,
      currency: 'CNY',
    });
    await sync(ann, bob);

    // Offline, both call it; Bob later, and Ann also records a contraction.
    ann.clock.ms += 60_000;
    updateRenewal(ann.ws, {
      contractId,
      forecastCall: 'likely',
      callReason: 'Procurement review',
      expectedChangeMinor: -30_000_00,
    });
    bob.clock.ms += 120_000;
    updateRenewal(bob.ws, { contractId, forecastCall: 'commit', callReason: 'Signed order form' });
    await sync(ann, bob, ann);

    expect(exportJson(bob.ws)).toBe(exportJson(ann.ws));
    const rows = prepared(ann.ws.db.sqlite, 'SELECT count(*) FROM renewals WHERE contract_id = ?')
      .pluck()
      .get(contractId);
    expect(rows).toBe(1);
    for (const r of [ann, bob]) {
      const detail = renewalDetail(r.ws, contractId);
      // Bob's later call, Ann's contraction: field by field.
      expect(detail.row).toMatchObject({
        forecastCall: 'commit',
        callReason: 'Signed order form',
        expectedChangeMinor: -30_000_00,
      });
      expect(detail.history.map((h) => [h.author, h.changes.forecastCall])).toEqual([
        ['Bob', 'commit'],
        ['Ann', 'likely'],
      ]);
    }

    // Ann closes it; Bob sees the renewal closed and its follow-on contract.
    ann.clock.ms += 60_000;
    closeRenewal(
      ann.ws,
      renewalCloseInput.parse({ contractId, outcome: 'renewed', finalArrMinor: 330_000_00 }),
    );
    saveExchangeRate(ann.ws, {
      fromCurrency: 'CNY',
      toCurrency: 'USD',
      rate: 0.14,
      effectiveDate: '2026-01-01',
      note: '',
    });
    await sync(ann, bob);
    const bobView = forecastView(
      bob.ws,
      forecastQuery.parse({ from: '2026-10-01', to: '2027-01-01', currency: 'USD' }),
    );
    expect(bobView.rows[0]).toMatchObject({ outcome: 'renewed', expected: 330_000_00 });
    expect(bobView.totals.reporting?.totals.closedWon).toBe(Math.round(330_000_00 * 0.14));
    expect(renewalDetail(bob.ws, contractId).followOn).toMatchObject({ arrMinor: 330_000_00 });
    expect(exportJson(bob.ws)).toBe(exportJson(ann.ws));
    ann.ws.close();
    bob.ws.close();
  });
});
