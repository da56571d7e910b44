/**
 * The history behind the demo's renewals: the CSM's calls, made on what they read of the
 * account's latent health months before each contract ended and again as the end came near (right
 * most of the time, not always), then the close; calls and planned expansions or contractions on
 * open renewals, some changed this week. The renewal records get the call, reason and planned
 * change their last entries give, so record and history agree.
 */
import { addDays } from '../dates';
import type { DemoAccountBundle, DemoContext } from './demoContext';
import { csmRead } from './latentHealth';

const REASONS = {
  en: {
    commit: [
      'Budget approved, PO in progress',
      'Executive sponsor confirmed renewal',
      'Usage up, champion engaged',
    ],
    likely: [
      'Verbal yes, paperwork pending',
      'Procurement review underway',
      'Adoption steady, no blockers seen',
    ],
    at_risk: [
      'Competitor evaluation underway',
      'Budget cut announced',
      'Champion left, new owner unknown',
    ],
    lost: ['Customer gave notice', 'Moving to a competitor', 'Project cancelled'],
  },
  zh: {
    commit: ['预算已批准，采购单流程中', '高层支持者确认续约', '使用量上升，关键联系人积极'],
    likely: ['口头同意，等待合同', '采购审核中', '使用稳定，未见阻碍'],
    at_risk: ['客户正在评估竞品', '客户宣布削减预算', '关键联系人离职，新负责人未知'],
    lost: ['客户已发出终止通知', '客户转向竞品', '项目取消'],
  },
} as const;

type Call = keyof (typeof REASONS)['en'];

/** The call a CSM makes on what they read of the account; "lost" only when told so. */
function callFor(read: number, lostAllowed: boolean): Call {
  if (read >= 0.62) return 'commit';
  if (read >= 0.45) return 'likely';
  return read >= 0.28 || !lostAllowed ? 'at_risk' : 'lost';
}

export function generateRenewalHistory(ctx: DemoContext, bundle: DemoAccountBundle): void {
  const { rng, add, today, lang, owner, accountId, latent } = ctx;
  const contracts = new Map(bundle.contracts.map((c) => [c.id, c.fields]));
  const reason = (call: Call) => rng.pick(REASONS[lang][call]);
  const read = (date: string) => csmRead(latent, rng, date);
  // HLC times of a node of the demo's own.
  const at = (date: string) =>
    `${date}T${String(rng.int(1, 10)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z-0000-00000000000de300`;
  for (const renewal of bundle.renewals) {
    const r = renewal.fields;
    const contract = contracts.get(r.contractId as string);
    if (!contract) continue;
    const entry = (date: string, kind: string, changes: Record<string, unknown>) =>
      add('renewal_changes', {
        renewalId: renewal.id,
        accountId,
        contractId: r.contractId,
        at: at(date),
        date,
        kind,
        changes: JSON.stringify(changes),
        note: '',
        author: owner,
      });
    const end = contract.endDate as string;
    const target = r.targetArrMinor as number;
    if (r.outcome !== 'open') {
      const churned = r.outcome === 'churned';
      const earlyDay = addDays(end, -rng.int(100, 150));
      const early = callFor(read(earlyDay), false);
      entry(earlyDay, 'forecast', { forecastCall: early, callReason: reason(early) });
      // Nearer the end the CSM reads the account again; a customer leaving often says so.
      const lateDay = addDays(end, -rng.int(31, 60));
      const late = churned && rng.chance(0.4) ? 'lost' : callFor(read(lateDay), false);
      const final = (r.finalArrMinor as number | null) ?? 0;
      const planned = !churned && final !== target && rng.chance(0.6) ? final - target : 0;
      const lastReason = reason(late);
      entry(lateDay, 'forecast', {
        forecastCall: late,
        callReason: lastReason,
        expectedChangeMinor: planned,
      });
      Object.assign(r, {
        forecastCall: late,
        callReason: lastReason,
        expectedChangeMinor: planned,
      });
      const closedDate = r.closedDate as string;
      entry(closedDate, 'close', {
        outcome: r.outcome,
        finalArrMinor: r.finalArrMinor,
        closedDate,
        reasonCodes: r.reasonCodes,
      });
      continue;
    }
    // Open: most have a call by now, some changed lately; strong accounts plan to grow.
    const now = read(today);
    const planned =
      now >= 0.72 && rng.chance(0.35)
        ? Math.round((target * rng.int(10, 30)) / 100)
        : now < 0.58 && rng.chance(0.4)
          ? -Math.round((target * rng.int(5, 25)) / 100)
          : 0;
    const call = rng.chance(0.6) ? callFor(now, true) : '';
    if (call && rng.chance(0.5)) {
      const firstDay = addDays(today, -rng.int(30, 80));
      const first = callFor(read(firstDay), false);
      entry(firstDay, 'forecast', { forecastCall: first, callReason: reason(first) });
    }
    if (call || planned) {
      const lastReason = call ? reason(call) : '';
      entry(addDays(today, -rng.int(0, 25)), 'forecast', {
        ...(call ? { forecastCall: call, callReason: lastReason } : {}),
        expectedChangeMinor: planned,
      });
      Object.assign(r, {
        forecastCall: call,
        callReason: lastReason,
        expectedChangeMinor: planned,
      });
    }
  }
}
