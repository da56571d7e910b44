import { Badge, Button, Card, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { RecordSection } from '../../../components/RecordSection';
import { useI18n } from '../../../i18n/i18nContext';
import { RenewalModal } from '../../renewals';
import { todayIso, type TabProps } from './tabProps';

/** The account's renewals: each contract's call and outcome, opened in the renewal dialog. */
function RenewalsSection({
  detail,
  onOpen,
}: Pick<TabProps, 'detail'> & { onOpen(id: string): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const byContract = new Map(detail.renewals.map((r) => [r.contractId, r]));
  const contracts = [...detail.contracts].reverse().filter((c) => c.status !== 'cancelled');
  return (
    <Card withBorder mb="md" data-testid="section-renewals">
      <Title order={4} mb="sm">
        {t('section.renewals')}
      </Title>
      {contracts.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('renewals.noContracts')}
        </Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contracts.ending')}</Table.Th>
              <Table.Th ta="right">{t('renewals.col.target')}</Table.Th>
              <Table.Th>{t('renewals.col.call')}</Table.Th>
              <Table.Th>{t('renewals.col.status')}</Table.Th>
              <Table.Th ta="right">{t('renewals.field.finalArrMinor')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contracts.map((c) => {
              const r = byContract.get(c.id);
              return (
                <Table.Tr key={c.id}>
                  <Table.Td>{i18n.date(c.endDate)}</Table.Td>
                  <Table.Td ta="right">
                    {i18n.money(r?.targetArrMinor ?? c.arrMinor, c.currency)}
                  </Table.Td>
                  <Table.Td>{r?.forecastCall ? i18n.label(r.forecastCall) : '—'}</Table.Td>
                  <Table.Td>
                    {t(
                      `renewals.status.${r?.outcome ?? (c.status === 'active' ? 'open' : c.status === 'renewed' ? 'renewed' : 'churned')}`,
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {r?.finalArrMinor == null ? '—' : i18n.money(r.finalArrMinor, c.currency)}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button size="compact-xs" variant="light" onClick={() => onOpen(c.id)}>
                      {t('renewals.openRenewal')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

export function ContractsTab({ detail, onEdit }: TabProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [renewal, setRenewal] = useState<string | null>(null);
  const accountId = detail.account.id;
  const byId = new Map(detail.contracts.map((c) => [c.id, c]));
  const last = detail.contracts.at(-1);
  return (
    <>
      <RecordSection
        type="contracts"
        title={t('contracts.history')}
        records={[...detail.contracts].reverse()}
        defaults={{
          accountId,
          currency: last?.currency ?? detail.account.currency,
          renewalOf: last?.id ?? '',
          startDate: last?.endDate ?? '',
          modules: last?.modules ?? [],
        }}
        onEdit={onEdit}
        columns={[
          {
            header: t('contracts.term'),
            render: (c) => `${i18n.date(c.startDate)} – ${i18n.date(c.endDate)}`,
          },
          {
            header: t('portfolio.arr'),
            numeric: true,
            render: (c) => i18n.money(c.arrMinor, c.currency),
          },
          { header: t('field.seats'), numeric: true, render: (c) => i18n.number(c.seats) },
          {
            header: t('field.status'),
            render: (c) => (
              <Badge variant="light" color={c.id === detail.currentContractId ? 'teal' : 'gray'}>
                {i18n.label(c.status)}
              </Badge>
            ),
          },
          {
            header: t('contracts.chain'),
            render: (c) => {
              const previous = byId.get(c.renewalOf);
              return previous
                ? t('contracts.renews', {
                    date: i18n.date(previous.startDate),
                    arr: i18n.money(previous.arrMinor, previous.currency),
                  })
                : t('contracts.first');
            },
          },
        ]}
      />
      <RenewalsSection detail={detail} onOpen={setRenewal} />
      <RenewalModal contractId={renewal} today={todayIso()} onClose={() => setRenewal(null)} />
    </>
  );
}
