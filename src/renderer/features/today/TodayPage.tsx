/**
 * Today: the CSM's cockpit (DESIGN.md §5) — overdue and due action items, new alerts, renewals in
 * the next 90 days, accounts going dark and today's touchpoints, for one CSM or everyone.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { TodayView } from '../../../shared/api/views';
import { mutate, useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { LimitedList } from '../../components/LimitedList';
import { AlertList } from '../alerts';
import { HealthBadge } from '../health/HealthBadge';

const OWNER_KEY = 'outpost.todayOwner';

function Section({
  title,
  count,
  children,
  testId,
}: {
  title: string;
  count: number;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Card withBorder data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{title}</Text>
        <Badge variant="light" color={count ? 'indigo' : 'gray'}>
          {count}
        </Badge>
      </Group>
      {children}
    </Card>
  );
}

const accountLink = (id: string, name: string, tab = 'overview') => (
  <Anchor href={`#/accounts/${id}/${tab}`} size="sm">
    {name}
  </Anchor>
);

function ActionItems({ items }: { items: TodayView['overdue'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <LimitedList
      items={items}
      empty={t('today.nothing')}
      render={(a) => (
        <Group key={a.id} justify="space-between" wrap="nowrap" data-testid="today-action">
          <Stack gap={0}>
            <Text size="sm">{a.title}</Text>
            <Text size="xs" c="dimmed">
              {accountLink(a.accountId, a.accountName, 'plan')} ·{' '}
              {t('today.due', { date: i18n.date(a.dueDate) })}
              {a.owner ? ` · ${a.owner}` : ''}
            </Text>
          </Stack>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() =>
              void mutate('records:update', {
                type: 'action_items',
                id: a.id,
                patch: { status: 'done' },
              })
            }
          >
            {t('today.markDone')}
          </Button>
        </Group>
      )}
    />
  );
}

export function TodayPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [owner, setOwner] = useState(() => localStorage.getItem(OWNER_KEY) ?? '');
  const { data, error } = useQuery('today:view', { owner, lang: i18n.lang });
  const choose = (value: string | null) => {
    localStorage.setItem(OWNER_KEY, value ?? '');
    setOwner(value ?? '');
  };
  if (error) return <Alert color="red">{error.message}</Alert>;
  if (!data) return <Loader />;
  return (
    <Stack>
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
        <Section title={t('today.overdue')} count={data.overdue.length} testId="today-overdue">
          <ActionItems items={data.overdue} />
        </Section>
        <Section title={t('today.dueSoon')} count={data.dueSoon.length} testId="today-due">
          <ActionItems items={data.dueSoon} />
        </Section>
      </SimpleGrid>
      <Section title={t('today.newAlerts')} count={data.newAlerts.length} testId="today-alerts">
        <AlertList alerts={data.newAlerts} showAccount empty={t('today.nothing')} limit={5} />
      </Section>
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <Section title={t('today.renewals')} count={data.renewals.length} testId="today-renewals">
          <LimitedList
            items={data.renewals}
            empty={t('today.nothing')}
            render={(r) => (
              <Group key={r.accountId} justify="space-between" wrap="nowrap">
                <Stack gap={0}>
                  {accountLink(r.accountId, r.accountName, 'contracts')}
                  <Text size="xs" c="dimmed">
                    {i18n.date(r.endDate)} · {t('today.inDays', { days: r.days })} ·{' '}
                    {i18n.money(r.arrMinor, r.currency)}
                  </Text>
                </Stack>
                {r.health ? <HealthBadge score={r.health.score} band={r.health.band} /> : null}
              </Group>
            )}
          />
        </Section>
        <Section title={t('today.goingDark')} count={data.goingDark.length} testId="today-dark">
          <LimitedList
            items={data.goingDark}
            empty={t('today.nothing')}
            render={(r) => (
              <Group key={r.accountId} justify="space-between" wrap="nowrap">
                <Stack gap={0}>
                  {accountLink(r.accountId, r.accountName, 'touchpoints')}
                  <Text size="xs" c="dimmed">
                    {r.days < 0 ? t('today.neverMet') : t('today.quietDays', { days: r.days })}
                  </Text>
                </Stack>
                {r.health ? <HealthBadge score={r.health.score} band={r.health.band} /> : null}
              </Group>
            )}
          />
        </Section>
        <Section
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
        </Section>
      </SimpleGrid>
    </Stack>
  );
}
