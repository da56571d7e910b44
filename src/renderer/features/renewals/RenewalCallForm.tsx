/** The CSM's call on an open renewal, with its reason, the expected expansion or contraction and
 * the target ARR; saving keeps the change in the renewal's history. */
import { Alert, Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { RenewalDetailView } from '../../../shared/api/forecastViews';
import { FORECAST_CALLS } from '../../../shared/domain/enums';
import { mutate } from '../../api/useApi';
import { MoneyInput } from '../../components/MoneyInput';
import { useSubmit } from '../../api/useSubmit';
import { useI18n } from '../../i18n/i18nContext';
import { toMajorUnits, toMinorUnits } from './moneyInput';

type ChangeKind = 'none' | 'expansion' | 'contraction';

export function RenewalCallForm({ detail }: { detail: RenewalDetailView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { row } = detail;
  const [call, setCall] = useState<string>(row.forecastCall || 'none');
  const [reason, setReason] = useState(row.callReason);
  const [kind, setKind] = useState<ChangeKind>(
    row.expectedChangeMinor > 0
      ? 'expansion'
      : row.expectedChangeMinor < 0
        ? 'contraction'
        : 'none',
  );
  const [amount, setAmount] = useState<number | string>(
    toMajorUnits(i18n, Math.abs(row.expectedChangeMinor), row.currency),
  );
  const [target, setTarget] = useState<number | string>(
    toMajorUnits(i18n, row.targetArrMinor, row.currency),
  );
  const { error, busy, run, fail } = useSubmit();
  const opportunities = detail.opportunities.filter((o) => o.currency === row.currency);
  const total = opportunities.reduce((s, o) => s + o.amountMinor, 0);
  const save = async () => {
    const change = kind === 'none' ? 0 : toMinorUnits(i18n, amount, row.currency);
    // The service checks the same; saying it here says it in the user's language.
    if (call !== 'none' && call !== row.forecastCall && !reason.trim())
      return fail(t('renewals.error.reasonNeeded'));
    if (kind === 'contraction' && change > toMinorUnits(i18n, target, row.currency))
      return fail(t('renewals.error.contraction'));
    const saved = await run(() =>
      mutate('renewals:update', {
        contractId: row.contractId,
        forecastCall: call === 'none' ? '' : (call as (typeof FORECAST_CALLS)[number]),
        callReason: reason,
        expectedChangeMinor: kind === 'contraction' ? -change : change,
        targetArrMinor: toMinorUnits(i18n, target, row.currency),
      }),
    );
    if (saved) notifications.show({ color: 'teal', message: t('renewals.saved') });
  };
  return (
    <Stack gap="sm" data-testid="renewal-call-form">
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('renewals.field.forecastCall')}
        </Text>
        <SegmentedControl
          fullWidth
          aria-label={t('renewals.field.forecastCall')}
          value={call}
          onChange={setCall}
          data={[
            { value: 'none', label: t('renewals.noCall') },
            ...FORECAST_CALLS.map((c) => ({ value: c, label: i18n.label(c) })),
          ]}
        />
      </div>
      <Textarea
        label={t('renewals.field.callReason')}
        description={t('renewals.reasonHelp')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('renewals.field.expectedChangeMinor')}
        </Text>
        <SegmentedControl
          aria-label={t('renewals.field.expectedChangeMinor')}
          value={kind}
          onChange={(v) => setKind(v as ChangeKind)}
          data={[
            { value: 'none', label: t('renewals.change.none') },
            { value: 'expansion', label: t('renewals.change.expansion') },
            { value: 'contraction', label: t('renewals.change.contraction') },
          ]}
        />
      </div>
      <Group align="flex-end" grow>
        <MoneyInput
          label={t('renewals.change.amount')}
          currency={row.currency}
          value={amount}
          onChange={setAmount}
          disabled={kind === 'none'}
        />
        <MoneyInput
          label={t('renewals.field.targetArrMinor')}
          currency={row.currency}
          value={target}
          onChange={setTarget}
        />
      </Group>
      {opportunities.length ? (
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('renewals.opportunities', {
              count: i18n.number(opportunities.length),
              total: i18n.money(total, row.currency),
            })}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => {
              setKind('expansion');
              setAmount(toMajorUnits(i18n, total, row.currency));
            }}
          >
            {t('renewals.useOpportunities')}
          </Button>
        </Group>
      ) : null}
      {error ? (
        <Alert color="red" data-testid="renewal-error">
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button onClick={() => void save()} loading={busy}>
          {t('renewals.saveCall')}
        </Button>
      </Group>
    </Stack>
  );
}
