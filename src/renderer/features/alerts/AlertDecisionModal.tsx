/** Snooze an alert until a day, or resolve it with a note. */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { AlertView } from '../../../shared/api/views';
import { ApiCallError, mutate } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import { alertName, alertReason } from './describeAlert';
import { DateField } from '../../components/DateField';

export interface Decision {
  alert: AlertView;
  action: 'snooze' | 'resolve';
}

function inDays(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function AlertDecisionModal({
  decision,
  today,
  onClose,
}: {
  decision: Decision | null;
  today: string;
  onClose(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [until, setUntil] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const snooze = decision?.action === 'snooze';
  const close = () => {
    setUntil('');
    setNote('');
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!decision) return;
    setBusy(true);
    try {
      await mutate('alerts:decide', {
        accountId: decision.alert.accountId,
        type: decision.alert.type,
        action: decision.action,
        until: snooze ? until || inDays(today, 7) : '',
        note,
      });
      close();
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={decision !== null}
      onClose={close}
      title={
        decision
          ? `${t(snooze ? 'alerts.snooze' : 'alerts.resolve')}: ${alertName(t, decision.alert.type)}`
          : ''
      }
    >
      {decision ? (
        <Stack>
          <Text size="sm">
            {decision.alert.accountName} — {alertReason(i18n, decision.alert)}
          </Text>
          {snooze ? (
            <DateField
              label={t('alerts.snoozeUntil')}
              value={until || inDays(today, 7)}
              minDate={inDays(today, 1)}
              onChange={setUntil}
              data-autofocus
            />
          ) : null}
          <Textarea
            label={snooze ? t('alerts.noteOptional') : t('alerts.resolveNote')}
            withAsterisk={!snooze}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            data-autofocus={snooze ? undefined : true}
          />
          {error ? (
            <Text c="red" size="sm" role="alert">
              {error}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button onClick={() => void submit()} loading={busy}>
              {t(snooze ? 'alerts.snooze' : 'alerts.resolve')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
