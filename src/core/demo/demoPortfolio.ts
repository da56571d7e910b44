/**
 * A deterministic, realistic demo portfolio. Each account is generated from (seed, index) alone,
 * so a portfolio of 50 is the first 50 accounts of a portfolio of 10,000. Pure: dates, ids and
 * randomness all derive from the inputs.
 */
import { RECORD_TYPES, type RecordType } from '../../shared/records/recordTypes';
import { addDays } from '../dates';
import { uuidv7 } from '../uuidv7';
import { generateTouchpoints } from './demoActivity';
import type { DemoAccountBundle, DemoContext, DemoRecord, Lang } from './demoContext';
import { generateContracts } from './demoContracts';
import { generateStakeholders } from './demoPeople';
import { generateSuccessPlan } from './demoPlan';
import { generateRenewalHistory } from './demoRenewalHistory';
import { generateSignals } from './demoSignals';
import * as V from './demoVocabulary';
import { simulateLatentHealth } from './latentHealth';
import { SeededRandom } from './seededRandom';

export type { DemoAccountBundle, DemoRecord } from './demoContext';

function companyName(lang: Lang, index: number): string {
  if (lang === 'zh') {
    const n = V.CN_CITIES.length * V.CN_BRANDS.length * V.CN_INDUSTRY_WORDS.length;
    let p = (index * 7919) % n;
    const city = V.CN_CITIES[p % V.CN_CITIES.length];
    p = Math.floor(p / V.CN_CITIES.length);
    const brand = V.CN_BRANDS[p % V.CN_BRANDS.length];
    const industry = V.CN_INDUSTRY_WORDS[Math.floor(p / V.CN_BRANDS.length)];
    return `${city}${brand}${industry}${V.CN_COMPANY_SUFFIX[index % V.CN_COMPANY_SUFFIX.length]}`;
  }
  const n = V.EN_COMPANY_FIRST.length * V.EN_COMPANY_SECOND.length * V.EN_COMPANY_SUFFIX.length;
  let p = (index * 7919) % n;
  const first = V.EN_COMPANY_FIRST[p % V.EN_COMPANY_FIRST.length];
  p = Math.floor(p / V.EN_COMPANY_FIRST.length);
  const second = V.EN_COMPANY_SECOND[p % V.EN_COMPANY_SECOND.length];
  const suffix = V.EN_COMPANY_SUFFIX[Math.floor(p / V.EN_COMPANY_SECOND.length)];
  return `${first} ${second} ${suffix}`;
}

export function generateDemoAccount(seed: number, index: number, today: string): DemoAccountBundle {
  const rng = new SeededRandom(seed, index);
  const baseMillis = Date.parse(`${today}T00:00:00Z`);
  const out = Object.fromEntries(
    RECORD_TYPES.map((t) => [t, [] as DemoRecord[]]),
  ) as DemoAccountBundle;
  const add = (type: RecordType, fields: Record<string, unknown>): string => {
    const id = uuidv7(baseMillis + index, rng.bytes(10));
    out[type].push({ id, fields });
    return id;
  };

  const lang: Lang = index % 2 === 0 ? 'zh' : 'en';
  const segment = rng.weighted([
    ['enterprise', 2],
    ['mid_market', 4],
    ['smb', 4],
  ] as const);
  const currency =
    lang === 'zh'
      ? 'CNY'
      : rng.weighted([
          ['USD', 6],
          ['EUR', 2],
          ['GBP', 1],
          ['SGD', 1],
          ['AUD', 1],
        ] as const);
  const name = companyName(lang, Math.floor(index / 2));
  const slug = lang === 'zh' ? `cn${index}` : name.split(' ').slice(0, 2).join('').toLowerCase();
  const domain = `${slug}.example.com`;
  const owner = rng.pick(V.CSM_OWNERS);
  const accountId = add('accounts', {
    name,
    industry: lang === 'zh' ? rng.pick(V.INDUSTRIES_CN) : rng.pick(V.INDUSTRIES),
    segment,
    region: lang === 'zh' ? rng.pick(V.REGIONS_CN) : rng.pick(V.REGIONS_EN),
    owner,
    stageOverride: '',
    stageOverrideReason: '',
    tags: rng.sample(['strategic', 'reference', 'multi-region', 'pilot', 'partner'], rng.int(0, 2)),
    currency,
    website: `https://www.${domain}`,
    notes:
      lang === 'zh'
        ? '重点客户，关注续约与扩容机会。'
        : 'Key account; watch renewal and expansion opportunities.',
  });

  // How the account really fares, from its first contract to today: every record follows it.
  const latent = simulateLatentHealth(rng, addDays(today, -rng.int(30, 1400)), today);
  const ctx: DemoContext = {
    rng,
    index,
    today,
    lang,
    latent,
    segment,
    currency,
    domain,
    accountId,
    owner,
    add,
  };
  const facts = generateContracts(ctx);
  const stakeholders = generateStakeholders(ctx, facts);
  generateTouchpoints(ctx, facts, stakeholders);
  generateSuccessPlan(ctx, facts);
  generateSignals(ctx, facts, stakeholders);
  generateRenewalHistory(ctx, out);
  return out;
}
