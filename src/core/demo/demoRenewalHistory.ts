/**
 * The history behind the demo's renewals: calls made months before each contract ended and
 * changed as the end came near, then the close; calls on open renewals, some changed this week.
 * Generated after everything else of the account, so the rest of the demo stays as it was; the
 * renewal records get the reasons their last entries give, so record and history agree.
 */
import { addDays } from '../dates';
import type { DemoAccountBundle, DemoContext } from './demoContext';

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

export function generateRenewalHistory(ctx: DemoContext, bundle: DemoAccountBundle): void {
  const { rng, add, today, lang, owner, accountId } = ctx;
  const contracts = new Map(bundle.contracts.map((c) => [c.id, c.fields]));
  const reason = (call: Call) => rng.pick(REASONS[lang][call]);
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
    const finalCall = r.forecastCall as Call | '';
    if (r.outcome !== 'open') {
      const churned = r.outcome === 'churned';
      const early: Call = churned
        ? rng.weighted([
            ['likely', 2],
            ['at_risk', 3],
          ] as const)
        : rng.weighted([
            ['commit', 2],
            ['likely', 4],
            ['at_risk', 1],
          ] as const);
      entry(addDays(end, -rng.int(100, 150)), 'forecast', {
        forecastCall: early,
        callReason: reason(early),
      });
      const lastReason = reason(finalCall || 'likely');
      entry(addDays(end, -rng.int(31, 60)), 'forecast', {
        forecastCall: finalCall,
        callReason: lastReason,
        expectedChangeMinor: r.expectedChangeMinor,
      });
      r.callReason = lastReason;
      const closedDate = r.closedDate as string;
      entry(closedDate, 'close', {
        outcome: r.outcome,
        finalArrMinor: r.finalArrMinor,
        closedDate,
        reasonCodes: r.reasonCodes,
      });
    } else if (finalCall) {
      if (rng.chance(0.5)) {
        const first: Call = finalCall === 'likely' ? 'at_risk' : 'likely';
        entry(addDays(today, -rng.int(30, 80)), 'forecast', {
          forecastCall: first,
          callReason: reason(first),
        });
      }
      const lastReason = reason(finalCall);
      entry(addDays(today, -rng.int(0, 25)), 'forecast', {
        forecastCall: finalCall,
        callReason: lastReason,
      });
      r.callReason = lastReason;
    }
  }
}
