/**
 * Search results across accounts, people and meeting notes, updated as the header box is typed
 * in: the true count, a filter by kind with each kind's count, matches marked (by pinyin too),
 * accounts and people first, newest first within each, and more on demand.
 */
import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../../shared/api/views';
import { navigate } from '../../app/router';
import { useI18n } from '../../i18n/i18nContext';
import { HighlightedText } from './HighlightedText';
import { useSearchResults } from './useSearchResults';

const TAB_FOR_KIND = {
  account: 'overview',
  stakeholder: 'stakeholders',
  touchpoint: 'touchpoints',
} as const;

export function SearchPage({ q }: { q: string }) {
  const { t } = useI18n();
  if (q.trim() === '') return <Text c="dimmed">{t('search.prompt')}</Text>;
  return <SearchResultsView q={q.trim()} />;
}

function SearchResultsView({ q }: { q: string }) {
  const { t, lang, number } = useI18n();
  const [kind, setKind] = useState<SearchKind | null>(null);
  const { hits, summary, loading, error, showMore } = useSearchResults(q, kind);
  const total = summary?.total ?? 0;
  const plural = new Intl.PluralRules(lang).select(total) === 'one' ? 'one' : 'other';
  const all = summary ? SEARCH_KINDS.reduce((sum, k) => sum + summary.counts[k], 0) : 0;
  return (
    <>
      <Title order={2} mb="xs">
        {t('search.resultsFor', { q })}
      </Title>
      <Group justify="space-between" mb="md" wrap="wrap">
        <Text c="dimmed" data-testid="search-count" aria-live="polite">
          {summary ? t(`search.count.${plural}`, { count: number(total) }) : t('search.searching')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('search.filterBy')}
          data-testid="search-filter"
          value={kind ?? 'all'}
          onChange={(value) => setKind(value === 'all' ? null : (value as SearchKind))}
          data={[
            { value: 'all', label: `${t('search.filter.all')} ${number(all)}` },
            ...SEARCH_KINDS.map((k) => ({
              value: k,
              label: `${t(`search.filter.${k}`)} ${number(summary?.counts[k] ?? 0)}`,
            })),
          ]}
        />
      </Group>
      <Stack gap="sm" data-testid="search-results">
        {hits.map((hit) => (
          <SearchHitCard key={`${hit.kind}:${hit.id}`} hit={hit} />
        ))}
        {error ? <Text c="red">{error}</Text> : null}
        {summary && hits.length === 0 ? <Text c="dimmed">{t('search.noResults')}</Text> : null}
        {summary && hits.length < total ? (
          <Button variant="default" onClick={showMore} loading={loading} data-testid="search-more">
            {t('search.showMore', { shown: number(hits.length), total: number(total) })}
          </Button>
        ) : null}
      </Stack>
    </>
  );
}

function SearchHitCard({ hit }: { hit: SearchHit }) {
  const { t, date } = useI18n();
  return (
    <Card
      withBorder
      style={{ cursor: 'pointer' }}
      onClick={() => navigate({ page: 'account', id: hit.accountId, tab: TAB_FOR_KIND[hit.kind] })}
      data-testid="search-hit"
      data-kind={hit.kind}
    >
      <Group gap="xs">
        <Badge variant="light">{t(`search.kind.${hit.kind}`)}</Badge>
        <Text fw={600}>
          <HighlightedText text={hit.title} marks={hit.marks.title} />
        </Text>
        {hit.kind !== 'account' ? (
          <Text size="sm" c="dimmed">
            · {hit.accountName}
            {hit.date ? ` · ${date(hit.date)}` : ''}
          </Text>
        ) : hit.owner ? (
          <Text size="sm" c="dimmed" data-testid="search-owner">
            · {t('search.owner')}
            <HighlightedText text={hit.owner} marks={hit.marks.owner} />
          </Text>
        ) : null}
      </Group>
      {hit.snippet ? (
        <Text size="sm" mt={4} c="dimmed">
          <HighlightedText text={hit.snippet} marks={hit.marks.snippet} />
        </Text>
      ) : null}
    </Card>
  );
}
