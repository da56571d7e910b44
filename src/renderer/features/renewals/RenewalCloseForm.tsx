/**
 * Closing a renewal: as renewed, with its final ARR and the new term (the follow-on contract is
 * created from it), or as churned, with the reasons the customer left.
 */
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { RenewalDetailView } from '../../../shared/api/forecastViews';
import { CHURN_REASONS } from '../../../shared/domain/enums';
import { mutate } from '../../api/useApi';
import { MoneyInput } from '../../components/MoneyInput';
import { readMoneyField } from '../../components/readMoneyField';
import { useSubmit } from '../../api/useSubmit';
import { useI18n } from '../../i18n/i18nContext';
import { DateField } from '../../components/DateField';

export function RenewalCloseForm({ detail, today }: { detail: RenewalDetailView; today: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { row } = detail;
  const [outcome, setOutcome] = useState<'renewed' | 'churned'>('renewed');
  const [finalArr, setFinalArr] = useState(
    i18n.moneyAmount(Math.max(0, row.targetArrMinor + row.expectedChangeMinor), row.currency),
  );
  const [tried, setTried] = useState(false);
  const [start, setStart] = useState(row.endDate);
  const [end, setEnd] = useState('');
  const [seats, setSeats] = useState<number | string>(detail.seats);
  const [closedDate, setClosedDate] = useState(today);
  const [reasons, setReasons] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const { error, busy, run, fail } = useSubmit();
  const close = async () => {
    const read = readMoneyField(i18n, finalArr, { currency: row.currency });
    setTried(true);
    if (outcome === 'renewed' && !read.ok) return;
    const finalArrMinor = read.ok ? (read.minor ?? 0) : 0;
    if (outcome === 'renewed' && !(finalArrMinor > 0)) return fail(t('renewals.error.finalArr'));
    if (outcome === 'churned' && reasons.length === 0) return fail(t('renewals.error.churnReason'));
    const closed = await run(() =>
      mutate('renewals:close', {
        contractId: row.contractId,
        outcome,
        closedDate,
        note,
        ...(outcome === 'renewed'
          ? {
              finalArrMinor,
              newStartDate: start,
              newEndDate: end,
              newSeats: Number(seats) || 0,
            }
          : { reasonCodes: reasons as (typeof CHURN_REASONS)[number][] }),
      }),
    );
    if (closed) notifications.show({ color: 'teal', message: t(`renewals.closed.${outcome}`) });
  };
  return (
    <Stack gap="sm" data-testid="renewal-close-form">
      <SegmentedControl
        aria-label={t('renewals.closeAs')}
        value={outcome}
        onChange={(v) => setOutcome(v as 'renewed' | 'churned')}
        data={[
          { value: 'renewed', label: t('renewals.closeRenewed') },
          { value: 'churned', label: t('renewals.closeChurned') },
        ]}
      />
      {outcome === 'renewed' ? (
        <Group grow align="flex-start">
          <MoneyInput
            label={t('renewals.field.finalArrMinor')}
            name="finalArrMinor"
            currency={row.currency}
            value={finalArr}
            onChange={setFinalArr}
            required
            showProblem={tried}
          />
          <DateField label={t('renewals.newStart')} value={start} onChange={setStart} />
          <DateField
            label={t('renewals.newEnd')}
            description={t('renewals.newEndHelp')}
            value={end}
            onChange={setEnd}
          />
          <NumberInput
            label={t('field.seats')}
            value={seats}
            onChange={setSeats}
            min={0}
            allowDecimal={false}
            thousandSeparator=","
          />
        </Group>
      ) : (
        <MultiSelect
          label={t('renewals.field.reasonCodes')}
          data={CHURN_REASONS.map((r) => ({ value: r, label: i18n.label(r) }))}
          value={reasons}
          onChange={setReasons}
          required
        />
      )}
      <Group grow align="flex-start">
        <DateField
          label={t('renewals.field.closedDate')}
          value={closedDate}
          maxDate={today}
          onChange={setClosedDate}
        />
        <Textarea
          label={t('field.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
        />
      </Group>
      {error ? (
        <Alert color="red" data-testid="renewal-error">
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button
          color={outcome === 'renewed' ? 'teal' : 'red'}
          onClick={() => void close()}
          loading={busy}
        >
          {t(outcome === 'renewed' ? 'renewals.confirmRenewed' : 'renewals.confirmChurned')}
        </Button>
      </Group>
    </Stack>
  );
}
