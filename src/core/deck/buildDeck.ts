/**
 * A QBR deck from one account's records, a period and an audience (DESIGN.md §7): the slides in
 * order, each in the deck's language, a slide with no data left out. A customer deck never has
 * internal health, risk, alerts or the forecast — its input carries none of them.
 */
import type { Deck, DeckSlide } from '../../shared/api/deckViews';
import { deckWords } from '../../shared/deck/deckWords';
import { createFormatter } from '../../shared/format/formatters';
import { healthSlide, renewalSlide, risksSlide } from './deckInternalSlides';
import type { DeckInput, DeckOptions } from './deckInput';
import { objectivesSlide, summarySlide, titleSlide } from './deckOverviewSlides';
import { nextSlide, stakeholdersSlide, togetherSlide } from './deckPeopleSlides';
import { adoptionSlide, supportSlide, voiceSlide } from './deckSignalSlides';
import type { SlideContext } from './slideContext';

export function buildDeck(input: DeckInput, options: DeckOptions): Deck {
  const internal = options.audience === 'internal';
  const f = createFormatter(options.lang);
  const ctx: SlideContext = {
    // A customer deck is built from an input without the internal facts, whatever was passed.
    input: internal ? input : { ...input, internal: null },
    w: deckWords(options.lang),
    f,
    internal,
    company: options.branding.companyName,
  };
  const lastDay = new Date(Date.parse(`${input.to}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  const periodLabel = `${f.date(input.from)} – ${f.date(lastDay)}`;
  const slides = [
    titleSlide(ctx, periodLabel),
    summarySlide(ctx),
    objectivesSlide(ctx),
    adoptionSlide(ctx),
    supportSlide(ctx),
    voiceSlide(ctx),
    stakeholdersSlide(ctx),
    togetherSlide(ctx),
    nextSlide(ctx),
    ...(internal ? [healthSlide(ctx), risksSlide(ctx), renewalSlide(ctx)] : []),
  ].filter((s): s is DeckSlide => s !== null);
  return {
    accountId: input.account.id,
    accountName: input.account.name,
    audience: options.audience,
    lang: options.lang,
    from: input.from,
    to: input.to,
    periodLabel,
    generatedOn: input.today,
    branding: options.branding,
    slides,
  };
}
