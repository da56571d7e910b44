/**
 * The slides of what the period's signals say (DESIGN.md §7): adoption, support and the voice of
 * the customer, each with native chart data. No data, no slide.
 */
import type { DeckBlock, DeckSlide } from '../../shared/api/deckViews';
import { SEVERITIES, surveyFacts, ticketFacts, usageFacts } from './deckFacts';
import { npsNote, slide, type SlideContext } from './slideContext';

export function adoptionSlide(ctx: SlideContext): DeckSlide | null {
  const { w, f, input } = ctx;
  const usage = usageFacts(input);
  if (usage.snapshots.length === 0) return null;
  const blocks: DeckBlock[] = [
    {
      kind: 'chart',
      chart: {
        type: 'line',
        title: w('chart.utilisation'),
        categories: usage.snapshots.map((s) => f.shortDate(s.date)),
        series: [
          {
            name: w('series.utilisation'),
            values: usage.snapshots.map((s) => {
              const seats = s.licensedSeats || usage.seats;
              return seats ? Math.round((s.activeUsers / seats) * 1000) / 10 : null;
            }),
          },
        ],
        unit: 'percent',
        min: 0,
        max: 100,
      },
    },
  ];
  if (usage.moduleShare.length)
    blocks.push({
      kind: 'chart',
      chart: {
        type: 'bar',
        title: w('chart.modules'),
        categories: usage.moduleShare.map((m) => m.module),
        series: [
          {
            name: w('series.inUse'),
            values: usage.moduleShare.map((m) => Math.round(m.share * 100)),
          },
        ],
        unit: 'percent',
        min: 0,
        max: 100,
      },
    });
  return slide(ctx, 'adoption', blocks);
}

export function supportSlide(ctx: SlideContext): DeckSlide | null {
  const { w, f, input } = ctx;
  const t = ticketFacts(input);
  if (t.opened.length === 0 && t.closed.length === 0 && t.openNow.length === 0) return null;
  const count = (list: { severity: string }[], s: string) =>
    list.filter((x) => x.severity === s).length;
  return slide(ctx, 'support', [
    {
      kind: 'kpis',
      items: [
        { label: w('kpi.opened'), value: f.number(t.opened.length), note: '' },
        { label: w('kpi.closed'), value: f.number(t.closed.length), note: '' },
        { label: w('kpi.openNow'), value: f.number(t.openNow.length), note: '' },
        ...(t.medianDays === null
          ? []
          : [{ label: w('kpi.medianDays'), value: f.number(t.medianDays, 1), note: '' }]),
      ],
    },
    {
      kind: 'chart',
      chart: {
        type: 'bar',
        title: w('chart.tickets'),
        categories: [...SEVERITIES],
        series: [
          { name: w('series.opened'), values: SEVERITIES.map((s) => count(t.opened, s)) },
          { name: w('series.closed'), values: SEVERITIES.map((s) => count(t.closed, s)) },
        ],
        unit: 'count',
      },
    },
  ]);
}

export function voiceSlide(ctx: SlideContext): DeckSlide | null {
  const { w, f, input } = ctx;
  const s = surveyFacts(input);
  if (s.answers.length === 0) return null;
  const items: { label: string; value: string; note: string }[] = [];
  if (s.nps !== null)
    items.push({
      label: w('kpi.nps'),
      value: f.number(s.nps),
      note: npsNote(ctx, s.npsAnswers.length),
    });
  if (s.csat !== null) items.push({ label: w('kpi.csat'), value: f.percent(s.csat), note: '' });
  if (s.ces !== null)
    items.push({ label: w('kpi.ces'), value: f.number(s.ces, 1), note: w('kpi.cesNote') });
  return slide(ctx, 'voice', [
    { kind: 'kpis', items },
    {
      kind: 'chart',
      chart: {
        type: 'line',
        title: w('chart.sentiment'),
        categories: s.byMonth.map((m) => f.month(m.month)),
        series: [
          {
            name: w('series.nps'),
            values: s.byMonth.map((m) => (m.nps === null ? null : Math.round(m.nps))),
          },
          {
            name: w('series.csat'),
            values: s.byMonth.map((m) => (m.csat === null ? null : Math.round(m.csat))),
          },
        ],
        unit: 'score',
        min: -100,
        max: 100,
      },
    },
    ...(s.quotes.length
      ? [
          {
            kind: 'quotes' as const,
            items: s.quotes.map((q) => ({
              text: q.comment,
              who: [q.respondent, f.date(q.date)].filter(Boolean).join(', '),
            })),
          },
        ]
      : []),
  ]);
}
