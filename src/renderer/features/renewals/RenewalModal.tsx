/**
 * One renewal: its numbers and how they were reached, the call form, closing (renewed or
 * churned) or reopening, and its whole history.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RenewalDetailView } from '../../../shared/api/forecastViews';
import { mutate, useQuery } from '../../api/useApi';
import { useSubmit } from '../../api/useSubmit';
import { useI18n } from '../../i18n/i18nContext';
import { HealthBadge } from '../health/HealthBadge';
import {
  CALL_COLOR,
  callLabel,
  explainExpected,
  probability,
  STATUS_COLOR,
  statusLabel,
  statusOf,
} from './describeForecast';
import { RenewalCallForm } from './RenewalCallForm';
import { RenewalCloseForm } from './RenewalCloseForm';
import { RenewalHistoryList } from './RenewalHistoryList';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} component="div">
        {children}
      </Text>
    </div>
  );
}

function Summary({ detail }: { detail: RenewalDetailView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { row } = detail;
  const m = (minor: number) => i18n.money(minor, row.currency);
  const band = detail.probabilities.find((p) => p.band === (row.band ?? 'yellow'));
  const status = statusOf(row);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Fact label={t('renewals.col.ends')}>{i18n.date(row.endDate)}</Fact>
        <Fact label={t('renewals.col.target')}>{m(row.targetArrMinor)}</Fact>
        <Fact label={t('health.column')}>
          {row.score !== null && row.band ? (
            <HealthBadge score={row.score} band={row.band} />
          ) : (
            t('health.noScore')
          )}
        </Fact>
        <Fact label={t('renewals.col.call')}>
          <Badge variant="light" color={CALL_COLOR[row.forecastCall] ?? 'gray'}>
            {callLabel(i18n, row.forecastCall)}
          </Badge>
        </Fact>
        <Fact label={t('renewals.col.status')}>
          <Badge variant="light" color={STATUS_COLOR[status]}>
            {statusLabel(i18n, status)}
          </Badge>
        </Fact>
        <Fact label={t('renewals.col.system')}>{probability(i18n, row.systemProbability)}</Fact>
        <Fact label={t('renewals.col.probability')}>{probability(i18n, row.probability)}</Fact>
        <Fact label={t('renewals.col.expected')}>
          <span data-testid="detail-expected">{m(row.expected)}</span>
        </Fact>
        <Fact label={t('renewals.total.best')}>{m(row.best)}</Fact>
        <Fact label={t('renewals.total.worst')}>{m(row.worst)}</Fact>
      </SimpleGrid>
      <Text size="sm" data-testid="detail-explain">
        {explainExpected(i18n, row)}
      </Text>
      {band && row.outcome === 'open' ? (
        <Text size="xs" c="dimmed">
          {band.calibrated
            ? t('renewals.systemCalibrated', {
                band: t(`health.band.${band.band}`),
                p: probability(i18n, band.probability),
                renewed: i18n.number(band.renewed),
                closed: i18n.number(band.closed),
              })
            : t('renewals.systemDefault', {
                band: t(`health.band.${band.band}`),
                p: probability(i18n, band.probability),
              })}
        </Text>
      ) : null}
      {row.flagged ? (
        <Alert color="grape" p="xs" data-testid="detail-flagged">
          {t('renewals.flaggedHelp')}
        </Alert>
      ) : null}
    </Stack>
  );
}

function ClosedPanel({ detail }: { detail: RenewalDetailView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { row } = detail;
  const { error, busy, run } = useSubmit();
  const reopen = async () => {
    if (await run(() => mutate('renewals:reopen', { contractId: row.contractId })))
      notifications.show({ color: 'teal', message: t('renewals.reopened') });
  };
  return (
    <Stack gap="xs">
      <Text size="sm">
        {row.outcome === 'renewed'
          ? t('renewals.closedRenewedOn', {
              date: i18n.date(row.closedDate),
              final: i18n.money(row.finalArrMinor ?? 0, row.currency),
            })
          : t('renewals.closedChurnedOn', {
              date: i18n.date(row.closedDate),
              reasons: row.reasonCodes.map((c) => i18n.label(c)).join(', ') || '—',
            })}
      </Text>
      {detail.followOn ? (
        <Text size="sm" c="dimmed">
          {t('renewals.followOn', {
            start: i18n.date(detail.followOn.startDate),
            end: i18n.date(detail.followOn.endDate),
            arr: i18n.money(detail.followOn.arrMinor, row.currency),
          })}
        </Text>
      ) : null}
      {error ? <Alert color="red">{error}</Alert> : null}
      <Group justify="flex-end">
        <Button variant="default" loading={busy} onClick={() => void reopen()}>
          {t('renewals.reopen')}
        </Button>
      </Group>
    </Stack>
  );
}

export function RenewalModal({
  contractId,
  today,
  onClose,
}: {
  contractId: string | null;
  today: string;
  onClose(): void;
}) {
  const { t } = useI18n();
  const { data, error } = useQuery(
    'renewals:detail',
    { contractId: contractId ?? '' },
    Boolean(contractId),
  );
  const detail = data && data.row.contractId === contractId ? data : undefined;
  return (
    <Modal
      opened={contractId !== null}
      onClose={onClose}
      size="xl"
      title={
        detail ? (
          <Group gap="xs">
            <Text fw={700}>{detail.row.accountName}</Text>
            <Anchor
              size="sm"
              href={`#/accounts/${detail.row.accountId}/contracts`}
              onClick={onClose}
            >
              {t('renewals.openAccount')}
            </Anchor>
          </Group>
        ) : (
          t('renewals.title')
        )
      }
    >
      {error ? <Alert color="red">{error.message}</Alert> : null}
      {!detail ? (
        error ? null : (
          <Loader />
        )
      ) : (
        <Stack data-testid="renewal-modal">
          <Summary detail={detail} />
          <Tabs
            key={detail.row.outcome}
            defaultValue={detail.row.outcome === 'open' ? 'call' : 'closed'}
            keepMounted={false}
          >
            <Tabs.List>
              {detail.row.outcome === 'open' ? (
                <>
                  <Tabs.Tab value="call">{t('renewals.tab.call')}</Tabs.Tab>
                  <Tabs.Tab value="close">{t('renewals.tab.close')}</Tabs.Tab>
                </>
              ) : (
                <Tabs.Tab value="closed">{t('renewals.tab.closed')}</Tabs.Tab>
              )}
              <Tabs.Tab value="history">
                {t('renewals.tab.history', { count: detail.history.length })}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="call" pt="sm">
              <RenewalCallForm key={detail.history[0]?.id ?? 'none'} detail={detail} />
            </Tabs.Panel>
            <Tabs.Panel value="close" pt="sm">
              <RenewalCloseForm detail={detail} today={today} />
            </Tabs.Panel>
            <Tabs.Panel value="closed" pt="sm">
              <ClosedPanel detail={detail} />
            </Tabs.Panel>
            <Tabs.Panel value="history" pt="sm">
              <RenewalHistoryList history={detail.history} currency={detail.row.currency} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </Modal>
  );
}
