/** Demo signals: weekly usage with a trend, surveys, tickets, opportunities and feedback. */
import { addDays, daysBetween } from '../dates';
import type { ContractFacts, DemoContext, DemoPerson } from './demoContext';
import { FEEDBACK_TEXTS, SURVEY_COMMENTS, TICKET_SUBJECTS } from './demoNotes';

export function generateSignals(
  ctx: DemoContext,
  facts: ContractFacts,
  stakeholders: DemoPerson[],
): void {
  const { rng, add, accountId, lang, today, index, health, currency } = ctx;
  const {
    firstStart,
    churnedOn,
    activeUntil,
    relationshipDays,
    arrUsd,
    fx,
    modules,
    currentSeats,
    utilisation,
  } = facts;
  const usageStart = firstStart > addDays(today, -1092) ? firstStart : addDays(today, -1092);
  const weeks = Math.floor(daysBetween(usageStart, activeUntil) / 7);
  const trend = health === 'thriving' ? 0.15 : health === 'steady' ? 0 : -0.35;
  for (let w = 0; w <= weeks; w++) {
    const progress = weeks === 0 ? 1 : w / weeks;
    const level = Math.min(
      1,
      Math.max(
        0.02,
        (utilisation / 100) * (1 - trend / 2 + trend * progress) + rng.gaussian(0, 0.04),
      ),
    );
    const active = Math.round(currentSeats * level);
    add('usage_snapshots', {
      accountId,
      date: addDays(usageStart, w * 7),
      activeUsers: active,
      licensedSeats: currentSeats,
      modulesInUse: modules.slice(
        0,
        Math.max(1, Math.round(modules.length * Math.min(1, level + 0.2))),
      ),
      usageMinutes: active * rng.int(60, 400),
    });
  }

  // ── Surveys, tickets, opportunities, feedback ───────────────────────────────
  const comments = SURVEY_COMMENTS[lang];
  for (let i = 0, n = rng.int(6, 14); i < n; i++) {
    const kind = rng.weighted([
      ['nps', 5],
      ['csat', 3],
      ['ces', 2],
    ] as const);
    const mood = health === 'thriving' ? 0.8 : health === 'steady' ? 0.55 : 0.25;
    const score =
      kind === 'nps'
        ? Math.min(10, Math.max(0, Math.round(rng.gaussian(mood * 10, 2))))
        : kind === 'csat'
          ? Math.min(5, Math.max(1, Math.round(rng.gaussian(1 + mood * 4, 0.8))))
          : Math.min(7, Math.max(1, Math.round(rng.gaussian(1 + mood * 6, 1))));
    const respondent = rng.pick(stakeholders);
    const band =
      kind === 'nps'
        ? score >= 9
          ? 'promoter'
          : score >= 7
            ? 'passive'
            : 'detractor'
        : score >= (kind === 'csat' ? 4 : 6)
          ? 'promoter'
          : 'passive';
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
      severity: rng.weighted([
        ['P1', health === 'struggling' ? 6 : 2],
        ['P2', 15],
        ['P3', 50],
        ['P4', 33],
      ] as const),
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
        amountMinor: Math.round(arrUsd * fx * rng.int(10, 40)),
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
}
