/**
 * Alerts with their reason in words, severity and state, and what can be done: run the play
 * (preview its action items, then create them once), snooze until a day, resolve with a note, or reopen.
 */
import { Badge, Button, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { LimitedList } from '../../components/LimitedList';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { AlertView } from '../../../shared/api/views';
import { ApiCallError, mutate, useQuery } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { AlertDecisionModal, type Decision } from './AlertDecisionModal';
import { PlayPreviewModal } from './PlayPreviewModal';
import { alertName, alertReason } from './describeAlert';

export const SEVERITY_COLOR = { high: 'red', medium: 'orange', low: 'gray' } as const;

export function AlertList({
  alerts,
  showAccount = false,
  empty,
  limit = Number.POSITIVE_INFINITY,
}: {
  alerts: AlertView[];
  showAccount?: boolean;
  empty?: string;
  /** Show this many, with a button for the rest. */
  limit?: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const info = useQuery('app:info', {});
  const [decision, setDecision] = useState<Decision | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const [playing, setPlaying] = useState<AlertView | null>(null);

  const act = async (key: string, run: () => Promise<string>) => {
    setRunning(key);
    try {
      notifications.show({ color: 'teal', message: await run() });
    } catch (e) {
      notifications.show({
        color: 'red',
        message: e instanceof ApiCallError ? e.message : String(e),
      });
    } finally {
      setRunning(null);
    }
  };
  const reopen = (a: AlertView) =>
    act(`${a.accountId}/${a.type}/reopen`, async () => {
      await mutate('alerts:decide', { accountId: a.accountId, type: a.type, action: 'reopen' });
      return t('alerts.decisionSaved');
    });

  return (
    <>
      <LimitedList
        items={alerts}
        limit={limit}
        empty={empty ?? t('alerts.none')}
        render={(a) => {
          const key = `${a.accountId}/${a.type}`;
          return (
            <Card
              key={key}
              withBorder
              padding="sm"
              data-testid="alert"
              data-type={a.type}
              data-state={a.state}
              opacity={a.state === 'open' ? 1 : 0.7}
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Badge color={SEVERITY_COLOR[a.severity]} variant="light" size="sm">
                      {t(`alerts.severity.${a.severity}`)}
                    </Badge>
                    <Text fw={600} size="sm">
                      {alertName(t, a.type)}
                    </Text>
                    {showAccount ? (
                      <Text
                        size="sm"
                        component="a"
                        href={`#/accounts/${a.accountId}/health`}
                        c="indigo"
                      >
                        {a.accountName}
                      </Text>
                    ) : null}
                  </Group>
                  <Text size="sm">{alertReason(i18n, a)}</Text>
                  <Text size="xs" c="dimmed">
                    {t('alerts.since', {
                      date: i18n.date(a.firstSeen),
                      when: i18n.ago(a.firstSeen.slice(0, 10)),
                    })}
                    {a.state === 'snoozed' && a.decision
                      ? ` · ${t('alerts.state.snoozed', { date: i18n.date(a.decision.until) })}`
                      : ''}
                    {a.state === 'resolved' && a.decision
                      ? ` · ${t('alerts.state.resolved', { note: a.decision.note })}`
                      : ''}
                  </Text>
                </Stack>
                <Group gap="xs" wrap="nowrap">
                  {a.state === 'open' ? (
                    <>
                      <Button size="xs" variant="light" onClick={() => setPlaying(a)}>
                        {t('alerts.runPlay')}
                      </Button>
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={`${t('alerts.snooze')} / ${t('alerts.resolve')}`}
                          >
                            ⋯
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setDecision({ alert: a, action: 'snooze' })}>
                            {t('alerts.snooze')}
                          </Menu.Item>
                          <Menu.Item onClick={() => setDecision({ alert: a, action: 'resolve' })}>
                            {t('alerts.resolve')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </>
                  ) : (
                    <Button
                      size="xs"
                      variant="subtle"
                      loading={running === `${key}/reopen`}
                      onClick={() => void reopen(a)}
                    >
                      {t('alerts.reopen')}
                    </Button>
                  )}
                </Group>
              </Group>
            </Card>
          );
        }}
      />
      {playing ? <PlayPreviewModal alert={playing} onClose={() => setPlaying(null)} /> : null}
      <AlertDecisionModal
        decision={decision}
        today={info.data?.today ?? new Date().toISOString().slice(0, 10)}
        onClose={() => setDecision(null)}
      />
    </>
  );
}
