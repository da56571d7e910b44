/**
 * The slides about people and work (DESIGN.md §7): the stakeholder map, what we did together, and
 * recommendations with next steps. A customer's deck leaves out blockers, our judgement of their
 * people and our own follow-ups from alert plays.
 */
import type { DeckBlock, DeckSlide } from '../../shared/api/deckViews';
import { inPeriod, surveyFacts, usageFacts } from './deckFacts';
import { slide, type DeckWord, type SlideContext } from './slideContext';

const ROLES = [
  'economic_buyer',
  'executive_sponsor',
  'decision_maker',
  'champion',
  'influencer',
  'user',
  'blocker',
] as const;

export function stakeholdersSlide(ctx: SlideContext): DeckSlide | null {
  const { w, input } = ctx;
  // A customer never reads who we count as blocking them, nor how we judge their people.
  const people = input.stakeholders.filter(
    (s) => s.status === 'active' && (ctx.internal || s.role !== 'blocker'),
  );
  if (people.length === 0) return null;
  const groups = ROLES.map((role) => ({
    role: w(`role.${role}` as DeckWord),
    people: people
      .filter((p) => p.role === role)
      .sort((a, b) => b.influence - a.influence || a.name.localeCompare(b.name))
      .slice(0, 6)
      .map((p) => ({
        name: p.name,
        title: p.title,
        note: ctx.internal
          ? [
              w('influence', { n: p.influence }),
              p.sentiment ? w(`tone.${p.sentiment}` as DeckWord) : '',
            ]
              .filter(Boolean)
              .join(' · ')
          : '',
        tone:
          ctx.internal && ['positive', 'neutral', 'negative'].includes(p.sentiment)
            ? (p.sentiment as 'positive' | 'neutral' | 'negative')
            : ('none' as const),
      })),
  })).filter((g) => g.people.length > 0);
  return slide(ctx, 'stakeholders', [{ kind: 'people', groups }]);
}

export function togetherSlide(ctx: SlideContext): DeckSlide | null {
  const { w, f, input } = ctx;
  const touchpoints = input.touchpoints
    .filter((t) => inPeriod(input, t.date))
    .sort((a, b) => b.date.localeCompare(a.date));
  if (touchpoints.length === 0) return null;
  const kinds = [...new Set(touchpoints.map((t) => t.kind))];
  return slide(ctx, 'together', [
    {
      kind: 'bullets',
      title: '',
      items: [
        kinds
          .map((k) =>
            w('meetingsByKind', {
              count: touchpoints.filter((t) => t.kind === k).length,
              kind: w(`kind.${k}` as DeckWord),
            }),
          )
          .join(' · '),
      ],
    },
    {
      kind: 'table',
      title: '',
      columns: [w('col.date'), w('col.kind'), w('col.summary')],
      rows: touchpoints
        .slice(0, 8)
        .map((t) => [f.date(t.date), w(`kind.${t.kind}` as DeckWord), t.summary]),
      numeric: [false, false, false],
    },
  ]);
}

export function nextSlide(ctx: SlideContext): DeckSlide | null {
  const { w, f, input } = ctx;
  const usage = usageFacts(input);
  const recommendations: string[] = [];
  if (usage.utilisation !== null && usage.utilisation < 0.6 && usage.latest)
    recommendations.push(
      w('rec.utilisation', {
        active: f.number(usage.latest.activeUsers),
        seats: f.number(usage.seats),
        ratio: f.percent(usage.utilisation),
      }),
    );
  if (usage.latest && usage.notInUse.length)
    recommendations.push(w('rec.modules', { modules: usage.notInUse.join(', ') }));
  const nextMilestone = input.milestones
    .filter((m) => m.status !== 'done' && m.status !== 'cancelled' && m.dueDate >= input.today)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  if (nextMilestone)
    recommendations.push(
      w('rec.milestone', { title: nextMilestone.title, date: f.date(nextMilestone.dueDate) }),
    );
  if (surveyFacts(input).answers.length === 0) recommendations.push(w('rec.survey'));
  // Action items from alert plays are our own homework: a customer sees the shared ones.
  const actions = input.actionItems
    // What is still to do from the period on; long-forgotten items are not next steps.
    .filter((a) => (ctx.internal || a.shared) && (a.dueDate === '' || a.dueDate >= input.from))
    .sort((a, b) => (a.dueDate || '9999').localeCompare(b.dueDate || '9999'))
    .slice(0, 8);
  if (recommendations.length === 0 && actions.length === 0) return null;
  const blocks: DeckBlock[] = [];
  if (recommendations.length)
    blocks.push({ kind: 'bullets', title: w('rec'), items: recommendations });
  if (actions.length)
    blocks.push({
      kind: 'table',
      title: w('nextSteps'),
      columns: [w('col.action'), w('col.owner'), w('col.due')],
      rows: actions.map((a) => [
        a.title,
        a.owner || w('noOwner'),
        a.dueDate ? f.date(a.dueDate) : w('noDue'),
      ]),
      numeric: [false, false, false],
    });
  return slide(ctx, 'next', blocks);
}
