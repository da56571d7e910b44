/** Demo contract history: a chain of 12-month terms from the first start, with renewals. */
import { addDays, addMonths, daysBetween } from '../dates';
import { roundTo, type ContractFacts, type DemoContext } from './demoContext';
import * as V from './demoVocabulary';

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

export function generateContracts(ctx: DemoContext): ContractFacts {
  const { rng, add, accountId, today, health, segment, currency } = ctx;
  const [arrLow, arrHigh] = SEGMENT_ARR[segment] ?? [10_000, 50_000];
  let arrUsd = roundTo(arrLow + (arrHigh - arrLow) * rng.next() ** 2, 500);
  const fx = FX_FROM_USD[currency] ?? 1;
  const modules = rng.sample(V.MODULES, rng.int(2, 6));
  let seats = Math.max(5, Math.round(arrUsd / rng.int(250, 900)));
  const firstStart = addDays(today, -rng.int(30, 1400));
  let start = firstStart;
  let previousId = '';
  let churnedOn = '';
  let currentSeats = seats;
  for (let term = 0; term < 12; term++) {
    const end = addMonths(start, 12);
    const arrMinor = Math.round(arrUsd * fx) * 100;
    const ended = end <= today;
    const churn = ended && rng.chance(health === 'struggling' ? 0.3 : 0.06);
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
    currentSeats = seats;
    const daysToEnd = daysBetween(today, end);
    if (ended) {
      const change = churn
        ? 0
        : health === 'thriving' && rng.chance(0.5)
          ? rng.int(10, 40) / 100
          : rng.chance(0.12)
            ? -rng.int(5, 25) / 100
            : 0;
      const nextArrUsd = roundTo(arrUsd * (1 + change), 500);
      add('renewals', {
        accountId,
        contractId,
        targetArrMinor: arrMinor,
        currency,
        forecastCall: churn ? 'lost' : 'commit',
        callReason: '',
        expectedChangeMinor: churn ? -arrMinor : Math.round((nextArrUsd - arrUsd) * fx) * 100,
        outcome: churn ? 'churned' : 'renewed',
        finalArrMinor: churn ? 0 : Math.round(nextArrUsd * fx) * 100,
        reasonCodes: churn
          ? [rng.pick(['budget', 'low_adoption', 'competitor', 'champion_left', 'acquired'])]
          : change > 0
            ? ['expansion']
            : [],
        closedDate: addDays(end, -rng.int(1, 30)),
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
      if (daysToEnd <= 180) {
        add('renewals', {
          accountId,
          contractId,
          targetArrMinor: arrMinor,
          currency,
          forecastCall: rng.weighted([
            ['', 4],
            ['commit', 2],
            ['likely', 2],
            ['at_risk', health === 'struggling' ? 3 : 1],
          ] as const),
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
  const relationshipDays = daysBetween(firstStart, activeUntil);

  const utilisation =
    health === 'thriving'
      ? rng.int(70, 95)
      : health === 'steady'
        ? rng.int(45, 75)
        : rng.int(15, 45);
  return {
    firstStart,
    churnedOn,
    activeUntil,
    relationshipDays,
    arrUsd,
    fx,
    modules,
    currentSeats,
    utilisation,
  };
}
