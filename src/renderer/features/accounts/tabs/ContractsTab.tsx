import { Badge } from '@mantine/core';
import { RecordSection } from '../../../components/RecordSection';
import { useI18n } from '../../../i18n/i18nContext';
import type { TabProps } from './tabProps';

export function ContractsTab({ detail, onEdit }: TabProps) {
  const i18n = useI18n();
  const { t } = i18n;
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
      <RecordSection
        type="renewals"
        title={t('section.renewals')}
        records={[...detail.renewals].sort((a, b) =>
          (byId.get(b.contractId)?.endDate ?? '').localeCompare(
            byId.get(a.contractId)?.endDate ?? '',
          ),
        )}
        defaults={{
          accountId,
          contractId: detail.currentContractId ?? '',
          currency: last?.currency ?? detail.account.currency,
          targetArrMinor: last?.arrMinor ?? 0,
        }}
        onEdit={onEdit}
        columns={[
          {
            header: t('contracts.ending'),
            render: (r) => i18n.date(byId.get(r.contractId)?.endDate ?? ''),
          },
          {
            header: t('field.targetArrMinor'),
            numeric: true,
            render: (r) => i18n.money(r.targetArrMinor, r.currency),
          },
          {
            header: t('field.forecastCall'),
            render: (r) => (r.forecastCall ? i18n.label(r.forecastCall) : '—'),
          },
          { header: t('field.outcome'), render: (r) => i18n.label(r.outcome) },
          {
            header: t('field.finalArrMinor'),
            numeric: true,
            render: (r) =>
              r.finalArrMinor === null ? '—' : i18n.money(r.finalArrMinor, r.currency),
          },
        ]}
      />
    </>
  );
}
