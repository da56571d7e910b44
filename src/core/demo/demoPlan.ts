/**
 * Demo success plan (objectives, milestones) and the sales → CS handover checklist. Onboarding
 * milestones follow the first contract's start and later ones the plan's objectives; each is
 * done — on a day after it was due, later the worse the account was doing — or still open.
 */
import { addDays } from '../dates';
import { personName, type ContractFacts, type DemoContext } from './demoContext';
import { MILESTONES, OBJECTIVES } from './demoNotes';
import { healthOn } from './latentHealth';

export function generateSuccessPlan(ctx: DemoContext, facts: ContractFacts): void {
  const { rng, add, accountId, lang, today, latent } = ctx;
  const { firstStart, relationshipDays, activeUntil, churnedOn } = facts;
  const now = healthOn(latent, activeUntil);
  const objectiveIds: string[] = [];
  for (const [title, metric, from, to] of rng.sample(OBJECTIVES[lang], rng.int(1, 3))) {
    const progress = Math.min(1, Math.max(0, now * (0.7 + rng.next() * 0.6)));
    objectiveIds.push(
      add('objectives', {
        accountId,
        title,
        metric,
        startValue: from,
        targetValue: to,
        currentValue: Math.round(from + (to - from) * progress),
        targetDate: addDays(today, rng.int(30, 240)),
        status: now < 0.5 ? 'at_risk' : progress >= 0.95 ? 'achieved' : 'on_track',
      }),
    );
  }

  const milestone = (title: string, due: string, onboarding: boolean, objectiveId: string) => {
    const health = healthOn(latent, due);
    // Done by a day that slips with the account's health; not done when that day has not come.
    const done = rng.chance(0.45 + 0.55 * health);
    const completed = done
      ? addDays(due, rng.int(-5, 5) + Math.round(rng.next() * 60 * (1 - health)))
      : '';
    const finished = completed !== '' && completed <= (churnedOn || today);
    add('milestones', {
      accountId,
      objectiveId,
      title,
      dueDate: due,
      status: finished ? 'done' : due <= today || rng.chance(0.3) ? 'in_progress' : 'planned',
      completedDate: finished ? completed : '',
      onboarding,
    });
  };
  const titles = MILESTONES[lang];
  titles.slice(0, rng.int(3, 6)).forEach((title, i) => {
    milestone(title, addDays(firstStart, 14 + i * 30), i < 4, '');
  });
  // Later steps of the plan: one every few months of the last year and the months ahead.
  if (relationshipDays > 200 && !churnedOn) {
    for (let i = 0, n = rng.int(1, 3); i < n; i++) {
      const due = addDays(today, rng.int(-330, 120));
      if (due > addDays(firstStart, 180))
        milestone(rng.pick(titles.slice(3)), due, false, rng.pick(objectiveIds));
    }
  }

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
