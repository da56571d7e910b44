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
