/**
 * The opening slides of a deck (DESIGN.md §7): title, executive summary, objectives and the
 * success plan. A slide with nothing to show returns null and is left out.
 */
import type { DeckBlock, DeckSlide } from '../../shared/api/deckViews';
import { inPeriod, surveyFacts, ticketFacts, usageFacts } from './deckFacts';
import {
  countOf,
  fmt,
  npsNote,
  objectiveChange,
  slide,
  type DeckWord,
  type SlideContext,
} from './slideContext';

export function titleSlide(ctx: SlideContext, periodLabel: string): DeckSlide {
  const { w, input } = ctx;
  return {
    id: 'title',
    title: input.account.name,
    subtitle: `${w('qbr')} · ${periodLabel}`,
    blocks: [
      {
        kind: 'bullets',
        title: '',
        items: [
          ctx.company && input.account.owner
            ? w('preparedBy', { owner: input.account.owner, company: ctx.company })
            : w('preparedByOne', { who: input.account.owner || ctx.company || w('qbr') }),
          ctx.f.date(input.today),
          ...(ctx.internal ? [w('internalOnly')] : []),
        ],
      },
    ],
  };
}

export function summarySlide(ctx: SlideContext): DeckSlide | null {
  const { w, f, input } = ctx;
  const usage = usageFacts(input);
  const tickets = ticketFacts(input);
  const surveys = surveyFacts(input);
  const touchpoints = input.touchpoints.filter((t) => inPeriod(input, t.date));
  const items: { label: string; value: string; note: string }[] = [];
  if (usage.latest) {
    items.push({
      label: w('kpi.activeUsers'),
      value: f.number(usage.latest.activeUsers),
      note: usage.seats ? w('kpi.activeUsersNote', { seats: f.number(usage.seats) }) : '',
    });
    if (usage.utilisation !== null)
      items.push({ label: w('kpi.utilisation'), value: f.percent(usage.utilisation), note: '' });
    if (usage.purchased.length)
      items.push({
        label: w('kpi.modules'),
        value: countOf(ctx, usage.inUse.length, usage.purchased.length),
        note: '',
      });
  }
  if (input.objectives.length) {
    const good = input.objectives.filter((o) => o.status === 'on_track' || o.status === 'achieved');
    items.push({
      label: w('kpi.objectives'),
      value: countOf(ctx, good.length, input.objectives.length),
      note: '',
    });
  }
  if (tickets.closed.length)
    items.push({
      label: w('kpi.ticketsResolved'),
      value: f.number(tickets.closed.length),
      note: '',
    });
  if (touchpoints.length)
    items.push({ label: w('kpi.meetings'), value: f.number(touchpoints.length), note: '' });
  if (surveys.nps !== null)
    items.push({
      label: w('kpi.nps'),
      value: f.number(surveys.nps),
      note: npsNote(ctx, surveys.npsAnswers.length),
    });
  const health = ctx.internal ? input.internal?.health : null;
  if (health)
    items.push({
      label: w('kpi.health'),
      value: w('band', { score: health.score, band: w(`band.${health.band}` as DeckWord) }),
      note: '',
    });
  const renewal = ctx.internal ? input.internal?.renewal : null;
  if (renewal)
    items.push({
      label: w('kpi.renewal'),
      value: f.date(renewal.endDate),
      note: `${w('kpi.expected')} ${f.money(renewal.expected, renewal.currency)}`,
    });
  const value = input.objectives
    .filter(
      (o) =>
        o.status === 'achieved' ||
        (o.startValue !== null && o.currentValue !== null && o.currentValue !== o.startValue),
    )
    .slice(0, 4)
    .map(({ startValue, currentValue, ...o }) =>
      startValue === null || currentValue === null || currentValue === startValue
        ? w('objectiveAchieved', { title: o.title })
        : objectiveChange(ctx, { ...o, startValue, currentValue }),
    );
  if (items.length === 0 && value.length === 0) return null;
  return slide(ctx, 'summary', [
    { kind: 'kpis', items: items.slice(0, 8) },
    ...(value.length
      ? [{ kind: 'bullets' as const, title: w('valueDelivered'), items: value }]
      : []),
  ]);
}

/** "3 of 4 milestones due so far are done", or all of them. */
const milestonesDone = (ctx: SlideContext, done: number, due: number) =>
  done === due && due > 0
    ? ctx.w('milestonesAllDone', { due })
    : ctx.w('milestonesDone', { done, due });

export function objectivesSlide(ctx: SlideContext): DeckSlide | null {
  const { w, f, input } = ctx;
  if (input.objectives.length === 0 && input.milestones.length === 0) return null;
  const blocks: DeckBlock[] = [];
  if (input.objectives.length)
    blocks.push({
      kind: 'table',
      title: '',
      columns: [
        'col.objective',
        'col.metric',
        'col.start',
        'col.now',
        'col.target',
        'col.due',
        'col.status',
      ].map((c) => w(c as DeckWord)),
      rows: input.objectives
        .slice(0, 8)
        .map((o) => [
          o.title,
          o.metric,
          fmt(ctx, o.startValue),
          fmt(ctx, o.currentValue),
          fmt(ctx, o.targetValue),
          f.date(o.targetDate),
          w(`status.${o.status}` as DeckWord),
        ]),
      numeric: [false, false, true, true, true, false, false],
    });
  const live = input.milestones.filter((m) => m.status !== 'cancelled');
  const due = live.filter((m) => m.dueDate !== '' && m.dueDate < input.to);
  const upcoming = live
    .filter((m) => m.status !== 'done' && m.dueDate >= input.today)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .slice(0, 3);
  if (live.length)
    blocks.push({
      kind: 'bullets',
      title: w('milestones'),
      items: [
        milestonesDone(ctx, due.filter((m) => m.status === 'done').length, due.length),
        ...upcoming.map((m) => w('milestoneNext', { title: m.title, date: f.date(m.dueDate) })),
      ],
    });
  return slide(ctx, 'objectives', blocks);
}
