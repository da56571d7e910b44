/** What every slide builder of a deck shares: the input, the words and formats of its language. */
import type { DeckBlock, DeckSlide } from '../../shared/api/deckViews';
import type { Formatter } from '../../shared/format/formatters';
import type { DeckWord, DeckWords } from '../../shared/deck/deckWords';
import type { DeckInput } from './deckInput';

export interface SlideContext {
  input: DeckInput;
  w: DeckWords;
  f: Formatter;
  internal: boolean;
  company: string;
}

export const slide = (ctx: SlideContext, id: DeckSlide['id'], blocks: DeckBlock[]): DeckSlide => ({
  id,
  title: ctx.w(`slide.${id}` as DeckWord),
  subtitle: '',
  blocks,
});

/** A value as typed: whole numbers whole, others to one decimal, none as a dash. */
export const fmt = (ctx: SlideContext, value: number | null) =>
  value === null ? '—' : ctx.f.number(value, Number.isInteger(value) ? 0 : 1);

export type { DeckWord };

/** "1 response" / "12 responses" under an NPS figure. */
export const npsNote = (ctx: SlideContext, responses: number) =>
  responses === 1 ? ctx.w('kpi.npsNoteOne') : ctx.w('kpi.npsNote', { responses });

/** "3 of 4" — all of them and none of them said as such ("4 个全部", "4 个中有 3 个"). */
export const countOf = (ctx: SlideContext, part: number, all: number) =>
  part === all
    ? ctx.w('kpi.countAll', { all })
    : part === 0
      ? ctx.w('kpi.countNone', { all })
      : ctx.w('kpi.countOf', { part, all });

/** An objective's movement in the words of its direction: rose, fell or unchanged. */
export function objectiveChange(
  ctx: SlideContext,
  o: {
    title: string;
    metric: string;
    startValue: number;
    currentValue: number;
    targetValue: number | null;
  },
): string {
  const key =
    o.currentValue > o.startValue
      ? 'objectiveRose'
      : o.currentValue < o.startValue
        ? 'objectiveFell'
        : 'objectiveUnchanged';
  return ctx.w(key, {
    title: o.title,
    metric: o.metric,
    start: fmt(ctx, o.startValue),
    current: fmt(ctx, o.currentValue),
    target: fmt(ctx, o.targetValue),
  });
}
