/** Demo touchpoints with believable meeting notes; early next steps become action items. */
import { addDays } from '../dates';
import { fill, type ContractFacts, type DemoContext, type DemoPerson } from './demoContext';
import { CN_NOTES, EN_NOTES } from './demoNotes';

export function generateTouchpoints(
  ctx: DemoContext,
  facts: ContractFacts,
  stakeholders: DemoPerson[],
): void {
  const { rng, add, accountId, lang, today, owner } = ctx;
  const { churnedOn, activeUntil, relationshipDays, modules, currentSeats, utilisation } = facts;
  const templates = lang === 'zh' ? CN_NOTES : EN_NOTES;
  const touchpointCount = Math.max(
    3,
    Math.min(30, Math.round(relationshipDays / 40) + rng.int(0, 6)),
  );
  for (let i = 0; i < touchpointCount; i++) {
    const template = rng.pick(templates);
    const contact = rng.pick(stakeholders);
    // Mostly past; a few scheduled today or in the next two weeks for accounts still active.
    const future = !churnedOn && i === 0 && rng.chance(0.3);
    const date = future
      ? addDays(today, rng.int(0, 14))
      : addDays(activeUntil, -rng.int(1, Math.max(2, Math.min(relationshipDays, 730))));
    const values = {
      contact: contact.name,
      module: rng.pick(modules),
      users: Math.round((currentSeats * utilisation) / 100),
      seats: currentSeats,
      pct: utilisation,
      owner,
    };
    const nextSteps = fill(template.nextSteps, values);
    const touchpointId = add('touchpoints', {
      accountId,
      date,
      kind: template.kind,
      summary: fill(template.summary, values),
      notes: fill(template.notes, values),
      sentiment: template.sentiment,
      attendeeIds: rng
        .sample(stakeholders, rng.int(1, Math.min(3, stakeholders.length)))
        .map((s) => s.id),
      internalAttendees: [owner],
      nextSteps,
    });
    if (nextSteps && i < 4) {
      for (const step of nextSteps
        .split('\n')
        .map((l) => l.replace(/^- /, ''))
        .filter(Boolean)) {
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
}
