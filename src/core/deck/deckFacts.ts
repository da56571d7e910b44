/** The figures of a period a deck tells: usage, tickets and survey answers within [from, to). */
import { nps } from '../metrics/customerMetrics';
import type { DeckInput } from './deckInput';

export const inPeriod = (input: DeckInput, date: string) =>
  date !== '' && date >= input.from && date < input.to;

type Snapshot = DeckInput['usage'][number];

/**
 * Per purchased module, the share of the period's snapshots that had it in use, and whether it is
 * in use: had in use at any point of the period. The one definition the adoption chart, the
 * "modules in use" figure and the roll-out recommendation all read, so a module the chart shows
 * in use is never recommended as "not used yet".
 */
export function moduleUse(snapshots: readonly Snapshot[], purchased: readonly string[]) {
  return purchased.map((module) => {
    const share = snapshots.length
      ? snapshots.filter((s) => s.modulesInUse.includes(module)).length / snapshots.length
      : 0;
    return { module, share, inUse: share > 0 };
  });
}

export function usageFacts(input: DeckInput) {
  const snapshots = input.usage
    .filter((u) => inPeriod(input, u.date))
    .sort((a, b) => a.date.localeCompare(b.date));
  const latest = snapshots.at(-1) ?? null;
  const purchased = input.contract?.modules ?? [];
  const seats = latest?.licensedSeats || input.contract?.seats || 0;
  const utilisation = latest && seats > 0 ? latest.activeUsers / seats : null;
  const moduleShare = moduleUse(snapshots, purchased);
  const inUse = moduleShare.filter((m) => m.inUse).map((m) => m.module);
  const notInUse = moduleShare.filter((m) => !m.inUse).map((m) => m.module);
  return { snapshots, latest, seats, utilisation, purchased, inUse, notInUse, moduleShare };
}

export const SEVERITIES = ['P1', 'P2', 'P3', 'P4'] as const;

export function ticketFacts(input: DeckInput) {
  const opened = input.tickets.filter((t) => inPeriod(input, t.openedDate));
  const closed = input.tickets.filter(
    (t) => t.status === 'closed' && inPeriod(input, t.closedDate),
  );
  const openNow = input.tickets.filter((t) => t.status !== 'closed');
  const days = closed
    .filter((t) => t.openedDate)
    .map(
      (t) =>
        (Date.parse(`${t.closedDate}T00:00:00Z`) - Date.parse(`${t.openedDate}T00:00:00Z`)) /
        86_400_000,
    )
    .sort((a, b) => a - b);
  const median = days.length
    ? days.length % 2
      ? (days[days.length >> 1] ?? 0)
      : ((days[days.length / 2 - 1] ?? 0) + (days[days.length / 2] ?? 0)) / 2
    : null;
  return { opened, closed, openNow, medianDays: median };
}

export function surveyFacts(input: DeckInput) {
  const answers = input.surveys.filter((s) => inPeriod(input, s.date));
  const kind = (k: string) => answers.filter((a) => a.kind === k);
  const csatAnswers = kind('csat');
  const cesAnswers = kind('ces');
  const months = [...new Set(answers.map((a) => a.date.slice(0, 7)))].sort();
  return {
    answers,
    npsAnswers: kind('nps'),
    nps: nps(answers),
    csat: csatAnswers.length
      ? csatAnswers.filter((a) => a.score >= 4).length / csatAnswers.length
      : null,
    ces: cesAnswers.length ? cesAnswers.reduce((s, a) => s + a.score, 0) / cesAnswers.length : null,
    byMonth: months.map((month) => {
      const these = answers.filter((a) => a.date.startsWith(month));
      const c = these.filter((a) => a.kind === 'csat');
      return {
        month,
        nps: nps(these),
        csat: c.length ? (c.filter((a) => a.score >= 4).length / c.length) * 100 : null,
      };
    }),
    quotes: answers
      .filter((a) => a.comment.trim() !== '')
      .sort((a, b) => b.date.localeCompare(a.date))
      .slice(0, 3),
  };
}
