/**
 * Today's follow-ups: renewals that ended with no outcome recorded, accounts nobody owns, and
 * meetings held with no notes written — each where a CSM looks every morning.
 */
import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TodayView } from '../../../shared/api/views';
import { LimitedList } from '../../components/LimitedList';
import { useI18n } from '../../i18n/i18nContext';
import { TodaySection } from './TodaySection';

const link = (id: string, name: string, tab: string) => (
  <Anchor href={`#/accounts/${id}/${tab}`} size="sm">
    {name}
  </Anchor>
);

export function TodayFollowUps({ data, onShowAll }: { data: TodayView; onShowAll(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }}>
      <TodaySection
        title={t('today.unclosedRenewals')}
        count={data.unclosedRenewalsTotal}
        testId="today-unclosed"
      >
        <LimitedList
          items={data.unclosedRenewals}
          total={data.unclosedRenewalsTotal}
          onShowAll={onShowAll}
          empty={t('today.nothing')}
          render={(r) => (
            <Stack gap={0} key={r.contractId}>
              {link(r.accountId, r.accountName, 'contracts')}
              <Text size="xs" c="dimmed">
                {i18n.date(r.endDate)} · {i18n.plural('today.endedAgo', r.daysAgo)} ·{' '}
                {i18n.money(r.arrMinor, r.currency)}
              </Text>
            </Stack>
          )}
        />
      </TodaySection>
      <TodaySection title={t('today.unowned')} count={data.unownedTotal} testId="today-unowned">
        <LimitedList
          items={data.unowned}
          total={data.unownedTotal}
          onShowAll={onShowAll}
          empty={t('today.nothing')}
          render={(a) => (
            <Group key={a.accountId} justify="space-between" wrap="nowrap">
              {link(a.accountId, a.accountName, 'overview')}
              <Text size="xs" c="dimmed">
                {a.renewalDate
                  ? `${t('today.renewsOn', { date: i18n.date(a.renewalDate) })} · ${i18n.money(a.arrMinor, a.currency)}`
                  : t('today.noRenewal')}
              </Text>
            </Group>
          )}
        />
      </TodaySection>
      <TodaySection
        title={t('today.unwritten')}
        count={data.meetingsWithoutNotesTotal}
        testId="today-unwritten"
      >
        <LimitedList
          items={data.meetingsWithoutNotes}
          total={data.meetingsWithoutNotesTotal}
          onShowAll={onShowAll}
          empty={t('today.nothing')}
          render={(m) => (
            <Stack gap={0} key={m.id}>
              {link(m.accountId, m.accountName, 'touchpoints')}
              <Text size="xs" c="dimmed">
                {i18n.date(m.date)} · {i18n.label(m.kind)}
                {m.summary ? ` · ${m.summary}` : ''}
              </Text>
            </Stack>
          )}
        />
      </TodaySection>
    </SimpleGrid>
  );
}
