/**
 * The QBR deck of an account (DESIGN.md §7): audience and period, slide thumbnails to choose
 * from, the chosen slide at full size, and export as PowerPoint or PDF — offline, from the data
 * already here.
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useState } from 'react';
import type { Audience, SlideId } from '../../../shared/api/deckViews';
import { call } from '../../api/transport';
import { useFileExport } from '../../api/useFileExport';
import { useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { useForecastWindow, WindowControls } from '../renewals';
import { ScaledSlide } from './DeckSlideView';

export function QbrTab({ accountId, today }: { accountId: string; today: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const window = useForecastWindow(today, 'qbr', 'last90Days');
  const [audience, setAudience] = useState<Audience>('customer');
  const [left, setLeft] = useState<SlideId[]>([]);
  const [shown, setShown] = useState<SlideId | null>(null);
  const { exporting, run } = useFileExport();
  const { ref: mainRef, width: mainWidth } = useElementSize();
  const query = {
    accountId,
    audience,
    from: window.value.from,
    to: window.value.to,
    lang: i18n.lang,
  };
  const { data: deck, error } = useQuery('qbr:deck', query);
  const chosen = deck ? deck.slides.filter((s) => !left.includes(s.id)) : [];
  const current = deck?.slides.find((s) => s.id === shown) ?? deck?.slides[0];
  const exportAs = (format: 'pptx' | 'pdf') =>
    run(format, () => call('qbr:export', { ...query, format, slides: chosen.map((s) => s.id) }));
  return (
    <Stack gap="sm" data-testid="qbr-tab">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end">
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('qbr.audience')}
            </Text>
            <SegmentedControl
              aria-label={t('qbr.audience')}
              value={audience}
              onChange={(v) => setAudience(v as Audience)}
              data={[
                { value: 'customer', label: t('qbr.customer') },
                { value: 'internal', label: t('qbr.internal') },
              ]}
            />
          </div>
          <WindowControls
            value={window.value}
            today={today}
            presets={['last90Days', 'lastQuarter', 'thisQuarter', 'custom']}
            onPreset={window.setPreset}
            onCustom={window.setCustom}
          />
        </Group>
        <Group>
          <Button
            loading={exporting === 'pptx'}
            disabled={!chosen.length}
            onClick={() => void exportAs('pptx')}
          >
            {t('qbr.exportPptx')}
          </Button>
          <Button
            variant="default"
            loading={exporting === 'pdf'}
            disabled={!chosen.length}
            onClick={() => void exportAs('pdf')}
          >
            {t('qbr.exportPdf')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t(audience === 'customer' ? 'qbr.customerHelp' : 'qbr.internalHelp')}
      </Text>
      {error ? <Alert color="red">{error.message}</Alert> : null}
      {!deck ? (
        <Loader />
      ) : (
        <Group align="flex-start" wrap="nowrap" gap="md">
          <Stack gap="xs" w={230} style={{ flexShrink: 0 }} data-testid="qbr-thumbnails">
            {deck.slides.map((slide, i) => (
              <div key={slide.id} data-testid="qbr-thumbnail" data-slide={slide.id}>
                <Checkbox
                  size="xs"
                  mb={4}
                  label={`${i + 1}. ${slide.id === 'title' ? t('qbr.titleSlide') : slide.title}`}
                  checked={!left.includes(slide.id)}
                  onChange={(e) => {
                    const keep = e.currentTarget.checked;
                    setLeft((l) => (keep ? l.filter((id) => id !== slide.id) : [...l, slide.id]));
                  }}
                />
                <button
                  type="button"
                  onClick={() => setShown(slide.id)}
                  aria-label={slide.title}
                  style={{
                    all: 'unset',
                    cursor: 'pointer',
                    opacity: left.includes(slide.id) ? 0.4 : 1,
                    outline:
                      current?.id === slide.id
                        ? '2px solid var(--mantine-primary-color-filled)'
                        : 'none',
                  }}
                >
                  <ScaledSlide deck={deck} slide={slide} page={i + 1} width={224} />
                </button>
              </div>
            ))}
          </Stack>
          <Stack
            gap={4}
            style={{ flex: 1, minWidth: 0, position: 'sticky', top: 72, alignSelf: 'flex-start' }}
            ref={mainRef}
          >
            <Text size="sm" c="dimmed">
              {i18n.plural('qbr.chosen', deck.slides.length, { chosen: chosen.length })}
            </Text>
            {current ? (
              <div data-testid="qbr-slide" data-slide={current.id}>
                <ScaledSlide
                  deck={deck}
                  slide={current}
                  page={deck.slides.indexOf(current) + 1}
                  width={Math.max(320, Math.min(1280, mainWidth || 800))}
                />
              </div>
            ) : null}
          </Stack>
        </Group>
      )}
    </Stack>
  );
}
