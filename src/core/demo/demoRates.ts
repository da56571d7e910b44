/**
 * The demo team's exchange rates into US dollars: a set in effect from a year and a half ago and
 * a newer one from three months ago, so conversions and their history both have something to
 * show. Ids and values derive from the seed and day alone.
 */
import { addDays } from '../dates';
import { uuidv7 } from '../uuidv7';
import type { DemoRecord } from './demoContext';
import { SeededRandom } from './seededRandom';

const USD_PER_UNIT: Record<string, [older: number, newer: number]> = {
  CNY: [0.1392, 0.1405],
  EUR: [1.071, 1.087],
  GBP: [1.252, 1.266],
  JPY: [0.0069, 0.0066],
  SGD: [0.738, 0.745],
  HKD: [0.1281, 0.1284],
  AUD: [0.664, 0.652],
};

export function generateDemoRates(seed: number, today: string): DemoRecord[] {
  const rng = new SeededRandom(seed, 0x7a7e5);
  const base = Date.parse(`${today}T00:00:00Z`);
  const records: DemoRecord[] = [];
  for (const [index, effectiveDate] of [addDays(today, -540), addDays(today, -90)].entries())
    for (const [currency, rates] of Object.entries(USD_PER_UNIT))
      records.push({
        id: uuidv7(base + records.length, rng.bytes(10)),
        fields: {
          fromCurrency: currency,
          toCurrency: 'USD',
          rate: rates[index as 0 | 1],
          effectiveDate,
          note: index === 0 ? 'Finance planning rate' : 'Finance planning rate, revised',
          author: 'Finance',
        },
      });
  return records;
}
