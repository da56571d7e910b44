import { Badge } from '@mantine/core';
import { RecordSection } from '../../../components/RecordSection';
import { useI18n } from '../../../i18n/i18nContext';
import type { TabProps } from './tabProps';
import { todayIso } from './tabProps';

const SEVERITY_COLOR: Record<string, string> = {
  P1: 'red',
  P2: 'orange',
  P3: 'yellow',
  P4: 'gray',
};

export function SignalsTab({ detail, onEdit }: TabProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const accountId = detail.account.id;
  const today = todayIso();
  const currency = detail.contracts.at(-1)?.currency ?? detail.account.currency;
  const seats = detail.contracts.find((c) => c.id === detail.currentContractId)?.seats ?? 0;
  return (
    <>
      <RecordSection
        type="usage_snapshots"
        title={t('signals.usage')}
        records={[...detail.usageSnapshots].reverse()}
        limit={12}
        defaults={{ accountId, date: today, licensedSeats: seats }}
        onEdit={onEdit}
        columns={[
          { header: t('field.date'), render: (u) => i18n.date(u.date) },
          {
            header: t('field.activeUsers'),
            numeric: true,
            render: (u) => i18n.number(u.activeUsers),
          },
          {
            header: t('field.licensedSeats'),
            numeric: true,
            render: (u) => i18n.number(u.licensedSeats),
          },
          {
            header: t('signals.utilisation'),
            numeric: true,
            render: (u) => (u.licensedSeats ? i18n.percent(u.activeUsers / u.licensedSeats) : '—'),
          },
          { header: t('field.modulesInUse'), render: (u) => u.modulesInUse.join(', ') },
        ]}
      />
      <RecordSection
        type="survey_responses"
        title={t('section.survey_responses')}
        records={detail.surveyResponses}
        limit={20}
        defaults={{ accountId, date: today, kind: 'nps' }}
        onEdit={onEdit}
        columns={[
          { header: t('field.date'), render: (s) => i18n.date(s.date) },
          { header: t('field.kind'), render: (s) => i18n.label(s.kind) },
          { header: t('field.score'), numeric: true, render: (s) => s.score },
          { header: t('field.respondent'), render: (s) => s.respondent },
          { header: t('field.comment'), render: (s) => s.comment },
        ]}
      />
      <RecordSection
        type="support_tickets"
        title={t('section.support_tickets')}
        records={detail.supportTickets}
        defaults={{ accountId, openedDate: today, severity: 'P3' }}
        onEdit={onEdit}
        columns={[
          { header: t('field.openedDate'), render: (s) => i18n.date(s.openedDate) },
          {
            header: t('field.severity'),
            render: (s) => <Badge color={SEVERITY_COLOR[s.severity] ?? 'gray'}>{s.severity}</Badge>,
          },
          { header: t('field.subject'), render: (s) => s.subject },
          { header: t('field.status'), render: (s) => i18n.label(s.status) },
          { header: t('field.closedDate'), render: (s) => i18n.date(s.closedDate) },
        ]}
      />
      <RecordSection
        type="expansion_opportunities"
        title={t('section.expansion_opportunities')}
        records={detail.expansionOpportunities}
        defaults={{ accountId, currency, probability: 50 }}
        onEdit={onEdit}
        columns={[
          { header: t('field.title'), render: (o) => o.title },
          { header: t('field.kind'), render: (o) => i18n.label(o.kind) },
          {
            header: t('field.amountMinor'),
            numeric: true,
            render: (o) => i18n.money(o.amountMinor, o.currency),
          },
          {
            header: t('field.probability'),
            numeric: true,
            render: (o) => i18n.percent(o.probability / 100),
          },
          { header: t('field.expectedClose'), render: (o) => i18n.date(o.expectedClose) },
          { header: t('field.status'), render: (o) => i18n.label(o.status) },
        ]}
      />
      <RecordSection
        type="product_feedback"
        title={t('section.product_feedback')}
        records={detail.productFeedback}
        defaults={{ accountId, date: today }}
        onEdit={onEdit}
        columns={[
          { header: t('field.date'), render: (f) => i18n.date(f.date) },
          { header: t('field.kind'), render: (f) => i18n.label(f.kind) },
          { header: t('field.area'), render: (f) => f.area },
          { header: t('field.text'), render: (f) => f.text },
          { header: t('field.status'), render: (f) => i18n.label(f.status) },
        ]}
      />
    </>
  );
}
