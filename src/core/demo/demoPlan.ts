/** Demo success plan (objectives, milestones) and the sales → CS handover checklist. */
import { addDays } from '../dates';
import { personName, type ContractFacts, type DemoContext } from './demoContext';
import { MILESTONES, OBJECTIVES } from './demoNotes';

export function generateSuccessPlan(ctx: DemoContext, facts: ContractFacts): void {
  const { rng, add, accountId, lang, today, health } = ctx;
  const { firstStart, relationshipDays } = facts;
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
      status: past
        ? rng.chance(health === 'struggling' ? 0.6 : 0.92)
          ? 'done'
          : 'in_progress'
        : 'planned',
      completedDate: past ? due : '',
      onboarding: i < 4,
    });
  });

  // ── Handover ─────────────────────────────────────────────────────────────────
  const handover: Record<string, unknown> = {
    accountId,
    salesOwner: personName(rng, lang),
    opportunityRef: '',
  };
  for (const key of [
    'contacts',
    'contractDetails',
    'needsExpectations',
    'history',
    'implementationPlan',
    'supportNeeds',
    'keyStakeholders',
    'expectedProblems',
    'salesFeedback',
  ]) {
    handover[`${key}Done`] = rng.chance(relationshipDays > 90 ? 0.9 : 0.5);
    handover[`${key}Note`] = '';
  }
  add('handovers', handover);
}
