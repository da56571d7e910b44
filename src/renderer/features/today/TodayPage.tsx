/**
 * Today: the CSM's cockpit (DESIGN.md §5) — overdue and due action items, new alerts, renewals in
 * the next 90 days, accounts going dark and today's touchpoints, for one CSM or everyone.
 */
import {
  Alert,
  Anchor,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { LimitedList } from '../../components/LimitedList';
import { AlertList } from '../alerts';
import { TodayActionItems } from './TodayActionItems';
import { TodayFollowUps } from './TodayFollowUps';
import { TodaySection } from './TodaySection';
import { HealthBadge } from '../health/HealthBadge';
import { RefreshProblem } from '../../components/RefreshProblem';

const OWNER_KEY = 'outpost.todayOwner';

const accountLink = (id: string, name: string, tab = 'overview') => (
  <Anchor href={`#/accounts/${id}/${tab}`} size="sm">
    {name}
  </Anchor>
);

export function TodayPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [owner, setOwner] = useState(() => localStorage.getItem(OWNER_KEY) ?? '');
  const [all, setAll] = useState(false);
  const { data, error } = useQuery('today:view', { owner, all, lang: i18n.lang }, true, true);
  const showAll = () => setAll(true);
  const choose = (value: string | null) => {
    localStorage.setItem(OWNER_KEY, value ?? '');
    setOwner(value ?? '');
  };
  if (error && !data) return <Alert color="red">{error.message}</Alert>;
  if (!data) return <Loader />;
  return (
    <Stack>
      <RefreshProblem error={error} />
      <Group justify="space-between">
        <Title order={2}>
          {t('today.title')} · {i18n.date(data.today)}
        </Title>
        <Select
          w={220}
          label={t('today.whose')}
          data={[
            { value: '', label: t('today.everyone') },
            ...data.owners.map((o) => ({ value: o, label: o })),
          ]}
          value={owner}
          onChange={choose}
          allowDeselect={false}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <TodaySection title={t('today.overdue')} count={data.overdueTotal} testId="today-overdue">
          <TodayActionItems items={data.overdue} total={data.overdueTotal} onShowAll={showAll} />
        </TodaySection>
        <TodaySection title={t('today.dueSoon')} count={data.dueSoonTotal} testId="today-due">
          <TodayActionItems items={data.dueSoon} total={data.dueSoonTotal} onShowAll={showAll} />
        </TodaySection>
      </SimpleGrid>
      <TodaySection
        title={t('today.noDueDateTitle')}
        count={data.noDueDateTotal}
        testId="today-no-due-date"
      >
        <TodayActionItems items={data.noDueDate} total={data.noDueDateTotal} onShowAll={showAll} />
      </TodaySection>
      <TodayFollowUps data={data} onShowAll={showAll} />
      <TodaySection
        title={t('today.newAlerts')}
        count={data.newAlerts.length}
        testId="today-alerts"
      >
        <AlertList alerts={data.newAlerts} showAccount empty={t('today.nothing')} limit={5} />
      </TodaySection>
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <TodaySection
          title={t('today.renewals')}
          count={data.renewals.length}
          testId="today-renewals"
        >
          <LimitedList
            items={data.renewals}
            empty={t('today.nothing')}
            render={(r) => (
              <Group key={r.accountId} justify="space-between" wrap="nowrap">
                <Stack gap={0}>
                  {accountLink(r.accountId, r.accountName, 'contracts')}
                  <Text size="xs" c="dimmed">
                    {i18n.date(r.endDate)} · {i18n.relativeDays(r.days)} ·{' '}
                    {i18n.money(r.arrMinor, r.currency)}
                  </Text>
                </Stack>
                {r.health ? <HealthBadge score={r.health.score} band={r.health.band} /> : null}
              </Group>
            )}
          />
        </TodaySection>
        <TodaySection
          title={t('today.goingDark')}
          count={data.goingDark.length}
          testId="today-dark"
        >
          <LimitedList
            items={data.goingDark}
            empty={t('today.nothing')}
            render={(r) => (
              <Group key={r.accountId} justify="space-between" wrap="nowrap">
                <Stack gap={0}>
                  {accountLink(r.accountId, r.accountName, 'touchpoints')}
                  <Text size="xs" c="dimmed">
                    {r.days < 0 ? t('today.neverMet') : i18n.plural('today.quiet', r.days)}
                  </Text>
                </Stack>
                {r.health ? <HealthBadge score={r.health.score} band={r.health.band} /> : null}
              </Group>
            )}
          />
        </TodaySection>
        <TodaySection
          title={t('today.touchpoints')}
          count={data.touchpoints.length}
          testId="today-touchpoints"
        >
          <LimitedList
            items={data.touchpoints}
            empty={t('today.nothing')}
            render={(tp) => (
              <Stack gap={0} key={tp.id}>
                {accountLink(tp.accountId, tp.accountName, 'touchpoints')}
                <Text size="xs" c="dimmed">
                  {i18n.label(tp.kind)} · {tp.summary}
                </Text>
              </Stack>
            )}
          />
        </TodaySection>
      </SimpleGrid>
    </Stack>
  );
}
