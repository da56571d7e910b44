/**
 * A deck slide drawn at its real size (1280 × 720 px) in the team's theme — the in-app preview,
 * its thumbnails (scaled) and the pages printed to PDF. Blocks flow as in the PPTX: two charts
 * share a row, a titled list sits beside a narrow table.
 */
import type { CSSProperties, ReactNode } from 'react';
import type { Deck, DeckBlock, DeckSlide } from '../../../shared/api/deckViews';
import { DeckBlockView } from './DeckBlockView';
import classes from './DeckSlide.module.css';

function rows(blocks: DeckBlock[]): ReactNode[] {
  const out: ReactNode[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as DeckBlock;
    const next = blocks[i + 1];
    if (block.kind === 'chart' && next?.kind === 'chart') {
      out.push(
        <div className={classes.row} key={i}>
          <DeckBlockView block={block} />
          <DeckBlockView block={next} />
        </div>,
      );
      i++;
    } else if (
      block.kind === 'bullets' &&
      block.title &&
      next?.kind === 'table' &&
      next.columns.length <= 3
    ) {
      out.push(
        <div className={classes.split} key={i}>
          <DeckBlockView block={block} />
          <DeckBlockView block={next} />
        </div>,
      );
      i++;
    } else out.push(<DeckBlockView block={block} key={i} />);
  }
  return out;
}

export function DeckSlideView({
  deck,
  slide,
  page,
}: {
  deck: Deck;
  slide: DeckSlide;
  page: number;
}) {
  const style = { '--deck-accent': deck.branding.accentColor } as CSSProperties;
  const { logo, companyName } = deck.branding;
  if (slide.id === 'title') {
    const lines = slide.blocks.flatMap((b) => (b.kind === 'bullets' ? b.items : []));
    return (
      <div
        className={`${classes.slide} ${classes.cover}`}
        style={style}
        lang={deck.lang}
        data-slide={slide.id}
      >
        <div className={classes.coverBar} />
        {logo ? <img className={classes.coverLogo} src={logo} alt="" /> : null}
        <h1 className={classes.coverTitle}>{slide.title}</h1>
        <div className={classes.coverSubtitle}>{slide.subtitle}</div>
        <div className={classes.coverLines}>
          {lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
        {companyName ? <div className={classes.footer}>{companyName}</div> : null}
      </div>
    );
  }
  return (
    <div className={classes.slide} style={style} lang={deck.lang} data-slide={slide.id}>
      <div className={classes.bar} />
      <div className={classes.header}>
        <h2 className={classes.title}>{slide.title}</h2>
        {logo ? <img className={classes.logo} src={logo} alt="" /> : null}
      </div>
      <div className={classes.body}>{rows(slide.blocks)}</div>
      <div className={classes.footer}>
        <span>{[companyName, deck.accountName, deck.periodLabel].filter(Boolean).join(' · ')}</span>
        <span>{page}</span>
      </div>
    </div>
  );
}

/** A slide shown at `width` px wide. */
export function ScaledSlide(props: { deck: Deck; slide: DeckSlide; page: number; width: number }) {
  const scale = props.width / 1280;
  return (
    <div className={classes.frame} style={{ width: props.width, height: 720 * scale }}>
      <div className={classes.scaled} style={{ transform: `scale(${scale})` }}>
        <DeckSlideView deck={props.deck} slide={props.slide} page={props.page} />
      </div>
    </div>
  );
}
