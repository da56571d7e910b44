/** Full-text results across accounts, stakeholders and meeting notes. */
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '../../api/useApi';
import { navigate } from '../../app/router';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';

const TAB_FOR_KIND = {
  account: 'overview',
  stakeholder: 'stakeholders',
  touchpoint: 'touchpoints',
} as const;

export function SearchPage({ q }: { q: string }) {
  const { t } = useI18n();
  if (q.trim() === '') return <Text c="dimmed">{t('search.prompt')}</Text>;
  return <SearchResults q={q} />;
}

function SearchResults({ q }: { q: string }) {
  const { t, date } = useI18n();
  const { data: hits = [], loading } = useQuery('search:query', { q, limit: 50 });
  return (
    <>
      <Title order={2} mb="md">
        {t('search.resultsFor', { q })}
      </Title>
      <Stack gap="sm" data-testid="search-results">
        {hits.map((hit) => (
          <Card
            key={`${hit.kind}:${hit.id}`}
            withBorder
            style={{ cursor: 'pointer' }}
            onClick={() =>
              navigate({ page: 'account', id: hit.accountId, tab: TAB_FOR_KIND[hit.kind] })
            }
            data-testid="search-hit"
          >
            <Group gap="xs">
              <Badge variant="light">{t(`search.kind.${hit.kind}` as MessageKey)}</Badge>
              <Text fw={600}>{hit.title}</Text>
              {hit.kind !== 'account' ? (
                <Text size="sm" c="dimmed">
                  · {hit.accountName}
                  {hit.date ? ` · ${date(hit.date)}` : ''}
                </Text>
              ) : null}
            </Group>
            {hit.snippet ? (
              <Text size="sm" mt={4} c="dimmed">
                {hit.snippet}
              </Text>
            ) : null}
          </Card>
        ))}
        {!loading && hits.length === 0 ? <Text c="dimmed">{t('search.noResults')}</Text> : null}
      </Stack>
    </>
  );
}
