/** The CSM's call on an open renewal, with its reason, the expected expansion or contraction and
 * the target ARR; saving keeps the change in the renewal's history. */
import { Alert, Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { RenewalDetailView } from '../../../shared/api/forecastViews';
import { FORECAST_CALLS } from '../../../shared/domain/enums';
import { mutate } from '../../api/useApi';
import { MoneyInput } from '../../components/MoneyInput';
import { readMoneyField } from '../../components/readMoneyField';
import { useSubmit } from '../../api/useSubmit';
import { useI18n } from '../../i18n/i18nContext';

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
  const { currency } = row;
  const [amount, setAmount] = useState(
    i18n.moneyAmount(Math.abs(row.expectedChangeMinor), currency),
  );
  const [target, setTarget] = useState(i18n.moneyAmount(row.targetArrMinor, currency));
  const [tried, setTried] = useState(false);
  const { error, busy, run, fail } = useSubmit();
  const opportunities = detail.opportunities.filter((o) => o.currency === currency);
  const total = opportunities.reduce((s, o) => s + o.amountMinor, 0);
  // A signed amount says which way it goes: "-50k" (or a pasted "−$50,000") is a contraction.
  const takeSign = (minor: number) => {
    if (minor >= 0) return;
    setKind('contraction');
    setAmount(i18n.moneyAmount(-minor, currency));
  };
  const save = async () => {
    const readChange = readMoneyField(i18n, amount, { currency, allowNegative: true });
    const readTarget = readMoneyField(i18n, target, { currency });
    setTried(true);
    if ((kind !== 'none' && !readChange.ok) || !readTarget.ok) return;
    const signed = kind === 'none' || !readChange.ok ? 0 : (readChange.minor ?? 0);
    const direction = signed < 0 ? 'contraction' : kind;
    const change = Math.abs(signed);
    const targetMinor = readTarget.minor ?? 0;
    // The service checks the same; saying it here says it in the user's language.
    if (call !== 'none' && call !== row.forecastCall && !reason.trim())
      return fail(t('renewals.error.reasonNeeded'));
    if (direction === 'contraction' && change > targetMinor)
      return fail(t('renewals.error.contraction'));
    const saved = await run(() =>
      mutate('renewals:update', {
        contractId: row.contractId,
        forecastCall: call === 'none' ? '' : (call as (typeof FORECAST_CALLS)[number]),
        callReason: reason,
        expectedChangeMinor: direction === 'contraction' ? -change : change,
        targetArrMinor: targetMinor,
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
      <Group align="flex-start" grow>
        <MoneyInput
          label={t('renewals.change.amount')}
          name="expectedChangeMinor"
          currency={currency}
          value={amount}
          onChange={setAmount}
          onAmount={takeSign}
          allowNegative
          disabled={kind === 'none'}
          showProblem={tried}
        />
        <MoneyInput
          label={t('renewals.field.targetArrMinor')}
          name="targetArrMinor"
          currency={currency}
          value={target}
          onChange={setTarget}
          required
          showProblem={tried}
        />
      </Group>
      {opportunities.length ? (
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('renewals.opportunities', {
              count: i18n.number(opportunities.length),
              total: i18n.money(total, currency),
            })}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => {
              setKind('expansion');
              setAmount(i18n.moneyAmount(total, currency));
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
