/**
 * A deterministic, realistic demo portfolio. Each account is generated from (seed, index) alone,
 * so a portfolio of 50 is the first 50 accounts of a portfolio of 10,000. Pure: dates, ids and
 * randomness all derive from the inputs.
 */
import type { RecordType } from '../../shared/records/recordTypes';
import { addDays, addMonths, daysBetween } from '../dates';
import { uuidv7 } from '../uuidv7';
import { CN_NOTES, EN_NOTES, FEEDBACK_TEXTS, MILESTONES, OBJECTIVES, SURVEY_COMMENTS, TICKET_SUBJECTS } from './demoNotes';
import * as V from './demoVocabulary';
import { SeededRandom } from './seededRandom';

export interface DemoRecord {
  id: string;
  fields: Record<string, unknown>;
}

export type DemoAccountBundle = { [T in RecordType]: DemoRecord[] };

type Lang = 'en' | 'zh';

const SEGMENT_ARR: Record<string, [number, number]> = {
  enterprise: [120_000, 900_000],
  mid_market: [24_000, 120_000],
  smb: [3_000, 24_000],
};
const FX_FROM_USD: Record<string, number> = { USD: 1, CNY: 7.2, EUR: 0.92, GBP: 0.79, SGD: 1.35, AUD: 1.52 };

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

function personName(rng: SeededRandom, lang: Lang): string {
  return lang === 'zh' ? `${rng.pick(V.CN_SURNAMES)}${rng.pick(V.CN_GIVEN)}` : `${rng.pick(V.EN_FIRST)} ${rng.pick(V.EN_LAST)}`;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

export function generateDemoAccount(seed: number, index: number, today: string): DemoAccountBundle {
  const rng = new SeededRandom(seed, index);
  const baseMillis = Date.parse(`${today}T00:00:00Z`);
  const newId = () => uuidv7(baseMillis + index, rng.bytes(10));
  const out = Object.fromEntries(
    (['accounts', 'contracts', 'renewals', 'stakeholders', 'touchpoints', 'action_items', 'objectives', 'milestones',
      'handovers', 'usage_snapshots', 'survey_responses', 'support_tickets', 'expansion_opportunities', 'product_feedback'] as const)
      .map((t) => [t, [] as DemoRecord[]]),
  ) as DemoAccountBundle;
  const add = (type: RecordType, fields: Record<string, unknown>): string => {
    const id = newId();
    out[type].push({ id, fields });
    return id;
  };

  // ── Account ────────────────────────────────────────────────────────────────
  const lang: Lang = index % 2 === 0 ? 'zh' : 'en';
  const segment = rng.weighted([['enterprise', 2], ['mid_market', 4], ['smb', 4]] as const);
  const currency = lang === 'zh' ? 'CNY' : rng.weighted([['USD', 6], ['EUR', 2], ['GBP', 1], ['SGD', 1], ['AUD', 1]] as const);
  const name = companyName(lang, Math.floor(index / 2));
  const slug = lang === 'zh' ? `cn${index}` : name.split(' ').slice(0, 2).join('').toLowerCase();
  const domain = `${slug}.example.com`;
  const health = rng.weighted([['thriving', 4], ['steady', 4], ['struggling', 2]] as const);
  const accountId = add('accounts', {
    name,
    industry: lang === 'zh' ? rng.pick(V.INDUSTRIES_CN) : rng.pick(V.INDUSTRIES),
    segment,
    region: lang === 'zh' ? rng.pick(V.REGIONS_CN) : rng.pick(V.REGIONS_EN),
    owner: rng.pick(V.CSM_OWNERS),
    stageOverride: '',
    stageOverrideReason: '',
    tags: rng.sample(['strategic', 'reference', 'multi-region', 'pilot', 'partner'], rng.int(0, 2)),
    currency,
    website: `https://www.${domain}`,
    notes: lang === 'zh' ? '重点客户，关注续约与扩容机会。' : 'Key account; watch renewal and expansion opportunities.',
  });

  // ── Contracts and renewals: a chain of 12-month terms from the first start to today ─────
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
      const change = churn ? 0 : health === 'thriving' && rng.chance(0.5) ? rng.int(10, 40) / 100 : rng.chance(0.12) ? -rng.int(5, 25) / 100 : 0;
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
        reasonCodes: churn ? [rng.pick(['budget', 'low_adoption', 'competitor', 'champion_left', 'acquired'])] : change > 0 ? ['expansion'] : [],
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
          forecastCall: rng.weighted([['', 4], ['commit', 2], ['likely', 2], ['at_risk', health === 'struggling' ? 3 : 1]] as const),
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

  // ── Stakeholders ─────────────────────────────────────────────────────────────
  const stakeholderCount = segment === 'enterprise' ? rng.int(6, 8) : segment === 'mid_market' ? rng.int(4, 6) : rng.int(3, 4);
  const roles = ['economic_buyer', 'champion', 'executive_sponsor', 'user', 'influencer', 'decision_maker', 'user', 'blocker'] as const;
  const titles = lang === 'zh' ? V.TITLES_CN : V.TITLES_EN;
  const stakeholders: { id: string; name: string; role: string }[] = [];
  for (let i = 0; i < stakeholderCount; i++) {
    const role = roles[i] ?? 'user';
    const personal = personName(rng, lang);
    const departed = rng.chance(role === 'champion' && health === 'struggling' ? 0.4 : 0.06);
    const local = lang === 'zh' ? `user${index}_${i}` : personal.toLowerCase().replace(/[^a-z]+/g, '.');
    const id = add('stakeholders', {
      accountId,
      name: personal,
      title: rng.pick(titles[role]),
      email: `${local}@${domain}`,
      phone: lang === 'zh' ? `+86 13${rng.int(100000000, 999999999)}` : `+1 555 ${rng.int(1000000, 9999999)}`,
      role,
      influence: role === 'economic_buyer' || role === 'executive_sponsor' ? rng.int(4, 5) : role === 'user' ? rng.int(1, 3) : rng.int(2, 4),
      sentiment: rng.weighted([['positive', health === 'struggling' ? 1 : 4], ['neutral', 3], ['negative', health === 'struggling' ? 3 : 1]] as const),
      reportsTo: i > 0 ? (stakeholders[0]?.id ?? '') : '',
      isUser: role === 'user' || role === 'champion' || rng.chance(0.3),
      status: departed ? 'departed' : 'active',
      departedDate: departed ? addDays(activeUntil, -rng.int(5, 200)) : '',
    });
    stakeholders.push({ id, name: personal, role });
  }

  // ── Touchpoints with meeting notes; some next steps become action items ─────
  const templates = lang === 'zh' ? CN_NOTES : EN_NOTES;
  const touchpointCount = Math.max(3, Math.min(30, Math.round(relationshipDays / 40) + rng.int(0, 6)));
  const owner = out.accounts[0]?.fields.owner as string;
  const utilisation = health === 'thriving' ? rng.int(70, 95) : health === 'steady' ? rng.int(45, 75) : rng.int(15, 45);
  for (let i = 0; i < touchpointCount; i++) {
    const template = rng.pick(templates);
    const contact = rng.pick(stakeholders);
    // Mostly past; a few scheduled today or in the next two weeks for accounts still active.
    const future = !churnedOn && i === 0 && rng.chance(0.3);
    const date = future ? addDays(today, rng.int(0, 14)) : addDays(activeUntil, -rng.int(1, Math.max(2, Math.min(relationshipDays, 730))));
    const values = { contact: contact.name, module: rng.pick(modules), users: Math.round((currentSeats * utilisation) / 100), seats: currentSeats, pct: utilisation, owner };
    const nextSteps = fill(template.nextSteps, values);
    const touchpointId = add('touchpoints', {
      accountId,
      date,
      kind: template.kind,
      summary: fill(template.summary, values),
      notes: fill(template.notes, values),
      sentiment: template.sentiment,
      attendeeIds: rng.sample(stakeholders, rng.int(1, Math.min(3, stakeholders.length))).map((s) => s.id),
      internalAttendees: [owner],
      nextSteps,
    });
    if (nextSteps && i < 4) {
      for (const step of nextSteps.split('\n').map((l) => l.replace(/^- /, '')).filter(Boolean)) {
        const due = addDays(date, rng.int(3, 21));
        add('action_items', {
          accountId,
          touchpointId,
          milestoneId: '',
          title: step,
          owner,
          dueDate: due,
          status: due < today && rng.chance(0.75) ? 'done' : 'open',
        });
      }
    }
  }

  // ── Success plan ─────────────────────────────────────────────────────────────
  for (const [title, metric, from, to] of rng.sample(OBJECTIVES[lang], rng.int(1, 3))) {
    const progress = health === 'thriving' ? 0.8 : health === 'steady' ? 0.5 : 0.2;
    add('objectives', {
      accountId,
      title,
      metric,
      startValue: from,
      targetValue: to,
      currentValue: Math.round(from + (to - from) * progress * (0.7 + rng.next() * 0.6)),
      targetDate: addDays(today, rng.int(30, 240)),
      status: health === 'struggling' ? 'at_risk' : rng.pick(['on_track', 'on_track', 'achieved']),
    });
  }
  MILESTONES[lang].slice(0, rng.int(3, 6)).forEach((title, i) => {
    const due = addDays(firstStart, 14 + i * 30);
    const past = due < today;
    add('milestones', {
      accountId,
      objectiveId: '',
      title,
      dueDate: due,
      status: past ? (rng.chance(health === 'struggling' ? 0.6 : 0.92) ? 'done' : 'in_progress') : 'planned',
      completedDate: past ? due : '',
      onboarding: i < 4,
    });
  });

  // ── Handover ─────────────────────────────────────────────────────────────────
  const handover: Record<string, unknown> = { accountId, salesOwner: personName(rng, lang), opportunityRef: '' };
  for (const key of ['contacts', 'contractDetails', 'needsExpectations', 'history', 'implementationPlan', 'supportNeeds', 'keyStakeholders', 'expectedProblems', 'salesFeedback']) {
    handover[`${key}Done`] = rng.chance(relationshipDays > 90 ? 0.9 : 0.5);
    handover[`${key}Note`] = '';
  }
  add('handovers', handover);

  // ── Weekly usage over up to two years, with a trend per health ──────────────
  const usageStart = firstStart > addDays(today, -1092) ? firstStart : addDays(today, -1092);
  const weeks = Math.floor(daysBetween(usageStart, activeUntil) / 7);
  const trend = health === 'thriving' ? 0.15 : health === 'steady' ? 0 : -0.35;
  for (let w = 0; w <= weeks; w++) {
    const progress = weeks === 0 ? 1 : w / weeks;
    const level = Math.min(1, Math.max(0.02, (utilisation / 100) * (1 - trend / 2 + trend * progress) + rng.gaussian(0, 0.04)));
    const active = Math.round(currentSeats * level);
    add('usage_snapshots', {
      accountId,
      date: addDays(usageStart, w * 7),
      activeUsers: active,
      licensedSeats: currentSeats,
      modulesInUse: modules.slice(0, Math.max(1, Math.round(modules.length * Math.min(1, level + 0.2)))),
      usageMinutes: active * rng.int(60, 400),
    });
  }

  // ── Surveys, tickets, opportunities, feedback ───────────────────────────────
  const comments = SURVEY_COMMENTS[lang];
  for (let i = 0, n = rng.int(6, 14); i < n; i++) {
    const kind = rng.weighted([['nps', 5], ['csat', 3], ['ces', 2]] as const);
    const mood = health === 'thriving' ? 0.8 : health === 'steady' ? 0.55 : 0.25;
    const score =
      kind === 'nps' ? Math.min(10, Math.max(0, Math.round(rng.gaussian(mood * 10, 2)))) :
      kind === 'csat' ? Math.min(5, Math.max(1, Math.round(rng.gaussian(1 + mood * 4, 0.8)))) :
      Math.min(7, Math.max(1, Math.round(rng.gaussian(1 + mood * 6, 1))));
    const respondent = rng.pick(stakeholders);
    const band = kind === 'nps' ? (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor') : score >= (kind === 'csat' ? 4 : 6) ? 'promoter' : 'passive';
    add('survey_responses', {
      accountId,
      kind,
      score,
      date: addDays(activeUntil, -rng.int(1, Math.max(2, Math.min(relationshipDays, 720)))),
      stakeholderId: respondent.id,
      respondent: respondent.name,
      comment: rng.chance(0.5) ? rng.pick(comments[band]) : '',
    });
  }
  for (let i = 0, n = rng.int(2, 8); i < n; i++) {
    const opened = addDays(activeUntil, -rng.int(0, Math.max(1, Math.min(relationshipDays, 500))));
    const open = daysBetween(opened, today) < 30 && rng.chance(0.5);
    add('support_tickets', {
      accountId,
      subject: rng.pick(TICKET_SUBJECTS[lang]),
      severity: rng.weighted([['P1', health === 'struggling' ? 6 : 2], ['P2', 15], ['P3', 50], ['P4', 33]] as const),
      status: open ? rng.pick(['open', 'pending']) : 'closed',
      openedDate: opened,
      closedDate: open ? '' : addDays(opened, rng.int(0, 10)),
      externalRef: `T-${100000 + index * 10 + i}`,
    });
  }
  if (!churnedOn) {
    for (let i = 0, n = health === 'thriving' ? rng.int(1, 2) : rng.int(0, 1); i < n; i++) {
      const kind = rng.pick(['upsell', 'cross_sell', 'seat_growth', 'referral'] as const);
      add('expansion_opportunities', {
        accountId,
        title: lang === 'zh' ? `${rng.pick(modules)} 扩容` : `${rng.pick(modules)} expansion`,
        kind,
        amountMinor: Math.round(arrUsd * fx * rng.int(10, 40)) ,
        currency,
        probability: rng.pick([20, 40, 50, 60, 80]),
        expectedClose: addDays(today, rng.int(14, 200)),
        status: 'open',
        notes: '',
      });
    }
  }
  for (let i = 0, n = rng.int(0, 3); i < n; i++) {
    add('product_feedback', {
      accountId,
      kind: rng.chance(0.75) ? 'request' : 'complaint',
      area: rng.pick(modules),
      text: rng.pick(FEEDBACK_TEXTS[lang]),
      status: rng.pick(['new', 'under_review', 'planned', 'shipped', 'declined']),
      date: addDays(activeUntil, -rng.int(1, Math.max(2, Math.min(relationshipDays, 400)))),
      stakeholderId: rng.pick(stakeholders).id,
    });
  }
  return out;
}
