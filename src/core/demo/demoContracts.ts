/**
 * Demo contract history: a chain of 12-month terms from the first start. Each end renews or
 * churns by the account's latent health in the months before it, growing or shrinking with it.
 */
import { addDays, addMonths, daysBetween } from '../dates';
import { roundTo, type ContractFacts, type DemoContext, type DemoTerm } from './demoContext';
import * as V from './demoVocabulary';
import { meanHealth } from './latentHealth';

const SEGMENT_ARR: Record<string, [number, number]> = {
  enterprise: [120_000, 900_000],
  mid_market: [24_000, 120_000],
  smb: [3_000, 24_000],
};
const FX_FROM_USD: Record<string, number> = {
  USD: 1,
  CNY: 7.2,
  EUR: 0.92,
  GBP: 0.79,
  SGD: 1.35,
  AUD: 1.52,
};

/**
 * The chance a contract renews, from the account's latent health over the months before its end:
 * a strong account almost surely renews, a weak one is a coin toss at best.
 */
export function renewalChance(health: number): number {
  return 1 / (1 + Math.exp(-12 * (health - 0.35)));
}

export function generateContracts(ctx: DemoContext): ContractFacts {
  const { rng, add, accountId, today, latent, segment, currency } = ctx;
  const [arrLow, arrHigh] = SEGMENT_ARR[segment] ?? [10_000, 50_000];
  let arrUsd = roundTo(arrLow + (arrHigh - arrLow) * rng.next() ** 2, 500);
  const fx = FX_FROM_USD[currency] ?? 1;
  const modules = rng.sample(V.MODULES, rng.int(2, 6));
  let seats = Math.max(5, Math.round(arrUsd / rng.int(250, 900)));
  const firstStart = latent.start;
  let start = firstStart;
  let previousId = '';
  let churnedOn = '';
  let currentEnd = '';
  const terms: DemoTerm[] = [];
  for (let term = 0; term < 12; term++) {
    const end = addMonths(start, 12);
    const arrMinor = Math.round(arrUsd * fx) * 100;
    terms.push({ start, end, seats });
    // What decides the renewal: how the account fared in the months before the end.
    const health = meanHealth(latent, addDays(end, -120), addDays(end, -14));
    const decidedChurn = !rng.chance(renewalChance(health + rng.gaussian(0, 0.04)));
    // Most close in the month before the end, some in the weeks after; one not closed by today
    // is overdue, its outcome still to come.
    const closedDate = addDays(
      end,
      rng.chance(0.25) ? rng.int(1, 14) : -rng.int(decidedChurn ? 0 : 1, 30),
    );
    const ended = closedDate <= today && end <= today;
    const churn = ended && decidedChurn;
    const contractId = add('contracts', {
      accountId,
      startDate: start,
      endDate: end,
      arrMinor,
      currency,
      seats,
      modules,
      status: ended ? (churn ? 'churned' : 'renewed') : 'active',
      renewalOf: previousId,
      paymentTerms: rng.pick(['Net 30', 'Net 45', 'Net 60', 'Annual upfront']),
      discountPct: rng.pick([0, 0, 5, 10, 15]),
    });
    if (ended) {
      // Strong accounts grow at renewal, weaker ones cut back.
      const change = churn
        ? 0
        : health > 0.66 && rng.chance(0.55)
          ? rng.int(10, 45) / 100
          : health < 0.55 && rng.chance(0.45)
            ? -rng.int(5, 30) / 100
            : rng.chance(0.08)
              ? rng.int(-10, 10) / 100
              : 0;
      const nextArrUsd = roundTo(arrUsd * (1 + change), 500);
      add('renewals', {
        accountId,
        contractId,
        targetArrMinor: arrMinor,
        currency,
        // The calls, their reasons and the planned change come with the renewal's history.
        forecastCall: '',
        callReason: '',
        expectedChangeMinor: 0,
        outcome: churn ? 'churned' : 'renewed',
        finalArrMinor: churn ? 0 : Math.round(nextArrUsd * fx) * 100,
        reasonCodes: churn
          ? [churnReason(ctx, end, health)]
          : nextArrUsd > arrUsd
            ? ['expansion']
            : [],
        closedDate,
      });
      if (churn) {
        churnedOn = end;
        break;
      }
      arrUsd = nextArrUsd;
      seats = Math.max(5, Math.round(seats * (1 + change)));
      previousId = contractId;
      start = end;
    } else {
      currentEnd = end;
      if (daysBetween(today, end) <= 180) {
        add('renewals', {
          accountId,
          contractId,
          targetArrMinor: arrMinor,
          currency,
          forecastCall: '',
          callReason: '',
          expectedChangeMinor: 0,
          outcome: 'open',
          finalArrMinor: null,
          reasonCodes: [],
          closedDate: '',
        });
      }
      break;
    }
  }
  const activeUntil = churnedOn || today;
  return {
    firstStart,
    churnedOn,
    activeUntil,
    relationshipDays: daysBetween(firstStart, activeUntil),
    arrUsd,
    fx,
    modules,
    currentSeats: seats,
    terms,
    currentEnd,
  };
}

/** Why a customer left: the champion who went, adoption that never came, or the usual reasons. */
function churnReason(ctx: DemoContext, end: string, health: number): string {
  const { rng, latent } = ctx;
  const yearBefore = addDays(end, -365);
  const championLeft = latent.shocks.some(
    (s) => s.kind === 'champion_left' && s.date > yearBefore && s.date <= end,
  );
  if (championLeft && rng.chance(0.7)) return 'champion_left';
  if (health < 0.45 && rng.chance(0.5)) return 'low_adoption';
  return rng.pick(['budget', 'competitor', 'acquired', 'budget', 'competitor']);
}
