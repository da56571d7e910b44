/**
 * Exchange rates for reporting in one currency. A new rate is added, never edited, so the history
 * stays: the table shows every rate with the one in effect today marked.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CURRENCIES, type Currency } from '../../../shared/domain/enums';
import { mutate, useQuery } from '../../api/useApi';
import { useSubmit } from '../../api/useSubmit';
import { useI18n } from '../../i18n/i18nContext';
import { deleteWithUndo } from '../records/deleteWithUndo';
import { RefreshProblem } from '../../components/RefreshProblem';
import { DateField } from '../../components/DateField';

function AddRate({ today, home }: { today: string; home: Currency }) {
  const { t } = useI18n();
  const [from, setFrom] = useState<Currency>(home === 'EUR' ? 'USD' : 'EUR');
  const [to, setTo] = useState<Currency>(home);
  const [rate, setRate] = useState<number | string>('');
  const [effectiveDate, setEffectiveDate] = useState(today);
  const [note, setNote] = useState('');
  const { error, busy, run } = useSubmit();
  const save = async () => {
    const saved = await run(() =>
      mutate('rates:save', {
        fromCurrency: from,
        toCurrency: to,
        rate: Number(rate),
        effectiveDate,
        note,
      }),
    );
    if (!saved) return;
    setRate('');
    setNote('');
    notifications.show({ color: 'teal', message: t('rates.saved') });
  };
  const currencies = CURRENCIES.map((c) => ({ value: c, label: c }));
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {t('rates.add')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <Text size="sm" pb={8}>
          1
        </Text>
        <Select
          label={t('rates.from')}
          data={currencies}
          value={from}
          onChange={(v) => v && setFrom(v as Currency)}
          allowDeselect={false}
          w={100}
        />
        <Text size="sm" pb={8}>
          =
        </Text>
        <NumberInput
          label={t('rates.rate')}
          value={rate}
          onChange={setRate}
          min={0}
          decimalScale={8}
          // Mantine would read a comma as a decimal point: "1,234.5" became 1.2345.
          allowedDecimalSeparators={['.']}
          w={140}
          data-testid="rate-value"
        />
        <Select
          label={t('rates.to')}
          data={currencies}
          value={to}
          onChange={(v) => v && setTo(v as Currency)}
          allowDeselect={false}
          w={100}
        />
        <DateField
          label={t('rates.effective')}
          value={effectiveDate}
          onChange={setEffectiveDate}
          w={160}
        />
        <TextInput
          label={t('field.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          w={220}
        />
        <Button loading={busy} onClick={() => void save()}>
          {t('rates.addButton')}
        </Button>
      </Group>
      {error ? (
        <Alert color="red" mt="sm" data-testid="rate-error">
          {error}
        </Alert>
      ) : null}
    </Card>
  );
}

export function ExchangeRatesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error } = useQuery('rates:list', {});
  const info = useQuery('app:info', {});
  if (error && !data) return <Alert color="red">{error.message}</Alert>;
  if (!data || !info.data) return <Loader />;
  return (
    <Stack>
      <RefreshProblem error={error} />
      <Title order={2}>{t('rates.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('rates.intro')}
      </Text>
      <AddRate today={data.today} home={info.data.reportingCurrency as Currency} />
      <Card withBorder>
        {data.rates.length === 0 ? (
          <Text c="dimmed">{t('rates.none')}</Text>
        ) : (
          <Table striped data-testid="rates-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rates.pair')}</Table.Th>
                <Table.Th ta="right">{t('rates.rate')}</Table.Th>
                <Table.Th>{t('rates.effective')}</Table.Th>
                <Table.Th>{t('field.note')}</Table.Th>
                <Table.Th>{t('rates.author')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rates.map((r) => (
                <Table.Tr key={r.id} data-testid="rate-row">
                  <Table.Td>
                    1 {r.fromCurrency} → {r.toCurrency}{' '}
                    {r.current ? (
                      <Badge size="xs" color="teal" variant="light">
                        {t('rates.inEffect')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">{i18n.number(r.rate, 8)}</Table.Td>
                  <Table.Td>{i18n.date(r.effectiveDate)}</Table.Td>
                  <Table.Td>{r.note}</Table.Td>
                  <Table.Td>{r.author}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => void deleteWithUndo(i18n, 'exchange_rates', r.id)}
                    >
                      {t('action.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
