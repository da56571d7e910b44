/**
 * Demo signals, each drawn from the latent health on its own day: weekly usage (active users of
 * the seats then in force, modules in use), survey answers, support tickets (more and worse, and
 * slower to close, while the account struggles; a P1 for each incident), the CSM's pulse, open
 * expansion opportunities for accounts doing well, and product feedback.
 */
import { addDays, daysBetween } from '../dates';
import { seatsOn, type ContractFacts, type DemoContext, type DemoPerson } from './demoContext';
import { FEEDBACK_TEXTS, SURVEY_COMMENTS, TICKET_SUBJECTS } from './demoNotes';
import { csmRead, healthOn, utilisationOf } from './latentHealth';

const USAGE_DAYS = 1092;
const SURVEY_DAYS = 720;
const TICKET_DAYS = 540;
const PULSE_DAYS = 600;

export function generateSignals(
  ctx: DemoContext,
  facts: ContractFacts,
  stakeholders: DemoPerson[],
): void {
  const { rng, add, accountId, today, latent } = ctx;
  const { firstStart, activeUntil, modules } = facts;
  const from = (days: number) =>
    firstStart > addDays(activeUntil, -days) ? firstStart : addDays(activeUntil, -days);

  const usageStart = from(USAGE_DAYS);
  const weeks = Math.floor(daysBetween(usageStart, activeUntil) / 7);
  for (let w = 0; w <= weeks; w++) {
    const date = addDays(usageStart, w * 7);
    const health = healthOn(latent, date);
    const level = Math.min(1, Math.max(0.02, utilisationOf(health) + rng.gaussian(0, 0.03)));
    const seats = seatsOn(facts, date);
    const active = Math.round(seats * level);
    add('usage_snapshots', {
      accountId,
      date,
      activeUsers: active,
      licensedSeats: seats,
      modulesInUse: modules.slice(
        0,
        Math.max(1, Math.round(modules.length * Math.min(1, 0.1 + health))),
      ),
      usageMinutes: active * rng.int(60, 400),
    });
  }

  generateSurveys(ctx, facts, stakeholders, from(SURVEY_DAYS));
  generateTickets(ctx, facts, from(TICKET_DAYS));

  // Most CSMs rate their accounts every month or two: the CSM pulse of the health score.
  if (rng.chance(0.7)) {
    for (
      let date = addDays(from(PULSE_DAYS), rng.int(5, 60));
      date <= activeUntil && date <= today;
      date = addDays(date, rng.int(25, 80))
    ) {
      add('csm_pulses', {
        accountId,
        date,
        stars: Math.min(5, Math.max(1, Math.round(1 + 4 * csmRead(latent, rng, date)))),
        note: '',
        author: ctx.owner,
      });
    }
  }
  generateOpportunities(ctx, facts);
  generateFeedback(ctx, facts, stakeholders);
}

function generateSurveys(
  ctx: DemoContext,
  facts: ContractFacts,
  stakeholders: DemoPerson[],
  since: string,
): void {
  const { rng, add, accountId, lang, latent } = ctx;
  const span = Math.max(1, daysBetween(since, facts.activeUntil));
  const comments = SURVEY_COMMENTS[lang];
  for (let i = 0, n = rng.int(6, 14); i < n; i++) {
    const kind = rng.weighted([
      ['nps', 5],
      ['csat', 3],
      ['ces', 2],
    ] as const);
    const date = addDays(facts.activeUntil, -rng.int(0, span - 1));
    const health = healthOn(latent, date);
    const score =
      kind === 'nps'
        ? Math.min(10, Math.max(0, Math.round(rng.gaussian(3 + 8.3 * health, 1.5))))
        : kind === 'csat'
          ? Math.min(5, Math.max(1, Math.round(rng.gaussian(1.4 + 4.2 * health, 0.7))))
          : Math.min(7, Math.max(1, Math.round(rng.gaussian(1 + 6.2 * health, 0.9))));
    const band =
      kind === 'nps'
        ? score >= 9
          ? 'promoter'
          : score >= 7
            ? 'passive'
            : 'detractor'
        : score >= (kind === 'csat' ? 4 : 6)
          ? 'promoter'
          : score <= 2
            ? 'detractor'
            : 'passive';
    const respondent = rng.pick(stakeholders);
    add('survey_responses', {
      accountId,
      kind,
      score,
      date,
      stakeholderId: respondent.id,
      respondent: respondent.name,
      comment: rng.chance(0.5) ? rng.pick(comments[band]) : '',
    });
  }
}

/** Days a ticket of each severity stays open at best; struggling accounts wait up to twice that. */
const DAYS_TO_CLOSE: Record<string, [number, number]> = {
  P1: [1, 6],
  P2: [2, 14],
  P3: [3, 25],
  P4: [5, 40],
};

function generateTickets(ctx: DemoContext, facts: ContractFacts, since: string): void {
  const { rng, add, accountId, lang, today, index, latent } = ctx;
  const span = Math.max(1, daysBetween(since, facts.activeUntil));
  let n = 0;
  const ticket = (opened: string, severity: string) => {
    const health = healthOn(latent, opened);
    const [low, high] = DAYS_TO_CLOSE[severity] ?? [3, 20];
    let closed = addDays(opened, Math.round(rng.int(low, high) * (1 + (1 - health))));
    if (facts.churnedOn && closed > facts.churnedOn) closed = facts.churnedOn;
    const open = closed > today;
    add('support_tickets', {
      accountId,
      subject: rng.pick(TICKET_SUBJECTS[lang]),
      severity,
      status: open ? rng.pick(['open', 'pending']) : 'closed',
      openedDate: opened,
      closedDate: open ? '' : closed,
      externalRef: `T-${100000 + index * 10 + (n++ % 10)}`,
    });
  };
  for (const shock of latent.shocks)
    if (shock.kind === 'incident' && shock.date >= since && shock.date <= facts.activeUntil)
      ticket(shock.date, 'P1');
  // Tickets come more often while the account struggles: days are drawn, then kept by health.
  for (let tries = 0, kept = 0, wanted = rng.int(3, 8); tries < 40 && kept < wanted; tries++) {
    const opened = addDays(facts.activeUntil, -rng.int(0, span - 1));
    const health = healthOn(latent, opened);
    if (!rng.chance(0.25 + 0.75 * (1 - health))) continue;
    kept++;
    ticket(
      opened,
      rng.weighted([
        ['P1', 1 + 5 * (1 - health) ** 2],
        ['P2', 15],
        ['P3', 50],
        ['P4', 33],
      ] as const),
    );
  }
}

function generateOpportunities(ctx: DemoContext, facts: ContractFacts): void {
  const { rng, add, accountId, lang, today, latent, currency } = ctx;
  if (facts.churnedOn) return;
  const health = healthOn(latent, today);
  const count =
    health > 0.72 ? rng.int(1, 2) : health > 0.55 ? rng.int(0, 1) : rng.chance(0.1) ? 1 : 0;
  // Most are expected to close with the next renewal (so its forecast counts them), some later.
  const byRenewal = facts.currentEnd ? addDays(facts.currentEnd, 90) : addDays(today, 200);
  const latest = byRenewal > addDays(today, 30) ? byRenewal : addDays(today, 30);
  for (let i = 0; i < count; i++) {
    const kind = rng.pick(['upsell', 'cross_sell', 'seat_growth', 'referral'] as const);
    add('expansion_opportunities', {
      accountId,
      title:
        lang === 'zh' ? `${rng.pick(facts.modules)} 扩容` : `${rng.pick(facts.modules)} expansion`,
      kind,
      amountMinor: Math.round(facts.arrUsd * facts.fx * rng.int(10, 40)),
      currency,
      probability: rng.pick(health > 0.8 ? [50, 60, 80] : [20, 40, 50, 60]),
      expectedClose: rng.chance(0.75)
        ? addDays(today, rng.int(14, daysBetween(today, latest)))
        : addDays(latest, rng.int(1, 200)),
      status: 'open',
      notes: '',
    });
  }
}

function generateFeedback(ctx: DemoContext, facts: ContractFacts, stakeholders: DemoPerson[]) {
  const { rng, add, accountId, lang } = ctx;
  const { modules, activeUntil, relationshipDays } = facts;
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
}
