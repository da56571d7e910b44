/**
 * Demo touchpoints with believable meeting notes: met more often, and with the executives more
 * often, while the account does well; an escalation after each P1 incident; now and then one
 * scheduled in the next two weeks. The latest next steps become action items.
 */
import { addDays } from '../dates';
import {
  fill,
  presentOn,
  seatsOn,
  type ContractFacts,
  type DemoContext,
  type DemoPerson,
} from './demoContext';
import { CN_NOTES, EN_NOTES, type NoteTemplate } from './demoNotes';
import { healthOn, utilisationOf } from './latentHealth';

/** Touchpoints are spread over the last two years; earlier ones are few. */
const WINDOW_DAYS = 730;
const MAX_TOUCHPOINTS = 32;
const EXECUTIVES = new Set(['executive_sponsor', 'economic_buyer']);

export function generateTouchpoints(
  ctx: DemoContext,
  facts: ContractFacts,
  stakeholders: DemoPerson[],
): void {
  const { rng, add, accountId, lang, today, owner, latent } = ctx;
  const { churnedOn, activeUntil, firstStart, modules } = facts;
  const templates = lang === 'zh' ? CN_NOTES : EN_NOTES;
  const bySentiment = (sentiment: NoteTemplate['sentiment']) =>
    templates.filter((t) => t.sentiment === sentiment);
  const positive = bySentiment('positive');
  const neutral = bySentiment('neutral');
  const escalation = templates.filter((t) => t.kind === 'support_escalation');

  const windowStart = addDays(activeUntil, -WINDOW_DAYS);
  const dates: { date: string; template?: NoteTemplate }[] = [];
  if (firstStart < windowStart) {
    for (let i = 0; i < 2; i++) dates.push({ date: addDays(firstStart, rng.int(0, 600)) });
  }
  let date = addDays(firstStart > windowStart ? firstStart : windowStart, rng.int(0, 10));
  while (date <= activeUntil && dates.length < MAX_TOUCHPOINTS) {
    dates.push({ date });
    const mean = 20 + 45 * (1 - healthOn(latent, date));
    date = addDays(date, Math.max(2, Math.round(-mean * Math.log(1 - rng.next()))));
  }
  for (const shock of latent.shocks)
    if (shock.kind === 'incident' && shock.date >= windowStart && shock.date <= activeUntil) {
      const day = addDays(shock.date, rng.int(0, 2));
      if (day <= activeUntil) dates.push({ date: day, template: rng.pick(escalation) });
    }
  if (!churnedOn && rng.chance(0.35)) dates.push({ date: addDays(today, rng.int(0, 14)) });
  dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const withSteps: { id: string; date: string; nextSteps: string }[] = [];
  for (const { date, template: given } of dates) {
    // A future meeting is planned on how the account looks now.
    const health = healthOn(latent, date);
    const mood = health + rng.gaussian(0, 0.15);
    const template =
      given ??
      rng.pick(
        mood > 0.65 ? positive : mood > 0.38 ? neutral : rng.chance(0.5) ? escalation : neutral,
      );
    const present = presentOn(stakeholders, date);
    const executives = present.filter((p) => EXECUTIVES.has(p.role));
    const others = present.filter((p) => !EXECUTIVES.has(p.role));
    const attendees = rng.sample(others.length > 0 ? others : present, rng.int(1, 2));
    if (executives.length > 0 && rng.chance(0.1 + 0.5 * health))
      attendees.push(rng.pick(executives));
    const contact = attendees[0] ?? rng.pick(stakeholders);
    const seats = seatsOn(facts, date);
    const pct = Math.round(utilisationOf(health) * 100);
    const values = {
      contact: contact.name,
      module: rng.pick(modules),
      users: Math.round((seats * pct) / 100),
      seats,
      pct,
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
      attendeeIds: [...new Set(attendees.map((s) => s.id))],
      internalAttendees: [owner],
      nextSteps,
    });
    if (nextSteps) withSteps.push({ id: touchpointId, date, nextSteps });
  }
  for (const { id, date, nextSteps } of withSteps.slice(-4)) {
    for (const step of nextSteps
      .split('\n')
      .map((l) => l.replace(/^- /, ''))
      .filter(Boolean)) {
      const due = addDays(date, rng.int(3, 21));
      add('action_items', {
        accountId,
        touchpointId: id,
        milestoneId: '',
        title: step,
        owner,
        dueDate: due,
        status: due < today && rng.chance(0.75) ? 'done' : 'open',
      });
    }
  }
}
