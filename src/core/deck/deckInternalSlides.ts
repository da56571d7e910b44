/**
 * The slides only the internal audience sees (DESIGN.md §7): health with its drivers, the open
 * alerts as risks, and the renewal forecast — the same numbers the health and forecast engines
 * give, never recomputed here.
 */
import type { DeckSlide } from '../../shared/api/deckViews';
import { slide, type DeckWord, type SlideContext } from './slideContext';

export function healthSlide(ctx: SlideContext): DeckSlide | null {
  const { w, f } = ctx;
  const health = ctx.input.internal?.health;
  if (!health) return null;
  return slide(ctx, 'health', [
    {
      kind: 'kpis',
      items: [
        {
          label: w('kpi.health'),
          value: w('band', { score: health.score, band: w(`band.${health.band}` as DeckWord) }),
          note: '',
        },
        {
          label: w('kpi.trend'),
          value:
            health.trend === null
              ? w('trendNone')
              : `${health.trend > 0 ? '+' : ''}${f.number(health.trend)}`,
          note: '',
        },
      ],
    },
    {
      kind: 'bullets',
      title: w('healthDrivers'),
      items: health.drivers.map((d) => {
        const measure = w(`measure.${d.id}` as DeckWord);
        return d.points === null
          ? w('driverMissing', { measure })
          : w('driver', { measure, points: f.number(d.points) });
      }),
    },
    {
      kind: 'table',
      title: '',
      columns: [w('col.group'), w('col.points'), w('col.weight')],
      rows: health.groups.map((g) => [
        w(`group.${g.id}` as DeckWord),
        g.points === null ? '—' : f.number(g.points),
        f.percent(g.weight),
      ]),
      numeric: [false, true, true],
    },
  ]);
}

export function risksSlide(ctx: SlideContext): DeckSlide | null {
  const { w, f } = ctx;
  const alerts = ctx.input.internal?.alerts ?? [];
  if (alerts.length === 0) return null;
  return slide(ctx, 'risks', [
    {
      kind: 'table',
      title: '',
      columns: [w('col.alert'), w('col.severity'), w('col.since')],
      rows: alerts.map((a) => [
        w(`alert.${a.type}` as DeckWord),
        w(`severity.${a.severity}` as DeckWord),
        f.date(a.firstSeen),
      ]),
      numeric: [false, false, false],
    },
  ]);
}

export function renewalSlide(ctx: SlideContext): DeckSlide | null {
  const { w, f } = ctx;
  const r = ctx.input.internal?.renewal;
  if (!r) return null;
  const m = (minor: number) => f.money(minor, r.currency);
  const bullets: string[] = [];
  if (r.outcome !== 'open')
    bullets.push(
      w('renewalClosed', {
        outcome: w(`outcome.${r.outcome}` as DeckWord),
        date: f.date(r.closedDate),
        final: m(r.finalArrMinor ?? 0),
      }),
    );
  if (r.callReason) bullets.push(w('callReason', { reason: r.callReason }));
  if (r.flagged) bullets.push(w('flagged'));
  return slide(ctx, 'renewal', [
    {
      kind: 'kpis',
      items: [
        { label: w('kpi.contractEnds'), value: f.date(r.endDate), note: '' },
        { label: w('kpi.target'), value: m(r.targetArrMinor), note: '' },
        {
          label: w('kpi.call'),
          value: r.forecastCall ? w(`call.${r.forecastCall}` as DeckWord) : w('callNone'),
          note: '',
        },
        { label: w('kpi.probability'), value: f.percent(r.probability, 1), note: '' },
        { label: w('kpi.expected'), value: m(r.expected), note: '' },
        { label: w('kpi.best'), value: m(r.best), note: '' },
        { label: w('kpi.worst'), value: m(r.worst), note: '' },
      ],
    },
    ...(bullets.length ? [{ kind: 'bullets' as const, title: '', items: bullets }] : []),
  ]);
}
