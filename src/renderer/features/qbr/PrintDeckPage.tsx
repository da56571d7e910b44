/**
 * The deck's slides alone, one per page at slide size, for printing to PDF (Electron's
 * printToPDF, or a Chromium in the web host and the CLI). It says when it is ready — data drawn,
 * fonts loaded — or why it is not, for the printer to wait on. The page's title is the deck's,
 * which Chromium and Electron print into the PDF's title.
 */
import { useEffect, useState } from 'react';
import { SLIDE_IDS, type Audience, type SlideId } from '../../../shared/api/deckViews';
import { deckMetadata } from '../../../shared/deck/deckMetadata';
import { useQuery } from '../../api/useApi';
import { DeckSlideView } from './DeckSlideView';
import classes from './DeckSlide.module.css';

export function PrintDeckPage({ params }: { params: URLSearchParams }) {
  const slides = (params.get('slides') ?? '')
    .split(',')
    .filter((s): s is SlideId => (SLIDE_IDS as readonly string[]).includes(s));
  const { data, error } = useQuery('qbr:deck', {
    accountId: params.get('account') ?? '',
    audience: (params.get('audience') ?? 'customer') as Audience,
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    lang: params.get('lang') === 'zh-CN' ? 'zh-CN' : 'en',
  });
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!data) return;
    const before = document.title;
    document.title = deckMetadata(data).title;
    return () => {
      document.title = before;
    };
  }, [data]);
  useEffect(() => {
    if (!data) return;
    let live = true;
    // Wait for the fonts (the bundled CJK font among them) and two frames of layout.
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() => requestAnimationFrame(() => live && setReady(true))),
    );
    return () => {
      live = false;
    };
  }, [data]);
  if (error) return <div data-print-error={error.message}>{error.message}</div>;
  if (!data) return null;
  const shown = slides.length ? data.slides.filter((s) => slides.includes(s.id)) : data.slides;
  return (
    <div data-print-ready={ready ? 'true' : undefined} data-testid="print-deck">
      {shown.map((slide, i) => (
        <div className={classes.page} key={slide.id}>
          <DeckSlideView deck={data} slide={slide} page={i + 1} />
        </div>
      ))}
    </div>
  );
}
