import { Checkbox, Progress, Text } from '@mantine/core';
import { mutate } from '../../../api/useApi';
import { RecordSection } from '../../../components/RecordSection';
import { useI18n } from '../../../i18n/i18nContext';
import type { TabProps } from './tabProps';
import { todayIso } from './tabProps';
import { writeOrTell } from '../../../components/writeOrTell';

/** Progress from start towards target, whichever direction the target lies. */
function progress(
  start: number | null,
  current: number | null,
  target: number | null,
): number | null {
  if (start === null || current === null || target === null || start === target) return null;
  return Math.max(0, Math.min(1, (current - start) / (target - start)));
}

export function SuccessPlanTab({ detail, onEdit }: TabProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const accountId = detail.account.id;
  const today = todayIso();
  return (
    <>
      <RecordSection
        type="objectives"
        title={t('plan.objectives')}
        records={detail.objectives}
        defaults={{ accountId }}
        onEdit={onEdit}
        columns={[
          {
            header: t('field.title'),
            render: (o) => (
              <>
                <Text size="sm" fw={500}>
                  {o.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {o.metric}
                </Text>
              </>
            ),
          },
          {
            header: t('plan.values'),
            render: (o) =>
              [o.startValue, o.currentValue, o.targetValue]
                .map((v) => (v === null ? '—' : i18n.number(v, 2)))
                .join(' → '),
          },
          {
            header: t('plan.progress'),
            render: (o) => {
              const p = progress(o.startValue, o.currentValue, o.targetValue);
              return p === null ? (
                '—'
              ) : (
                <>
                  <Progress value={p * 100} size="sm" w={120} />
                  <Text size="xs">{i18n.percent(p)}</Text>
                </>
              );
            },
          },
          { header: t('field.targetDate'), render: (o) => i18n.date(o.targetDate) },
          { header: t('field.status'), render: (o) => i18n.label(o.status) },
        ]}
      />
      <RecordSection
        type="milestones"
        title={t('plan.milestones')}
        records={detail.milestones}
        defaults={{ accountId, dueDate: today }}
        onEdit={onEdit}
        columns={[
          { header: t('field.title'), render: (m) => m.title },
          {
            header: t('field.dueDate'),
            render: (m) => (
              <Text size="sm" c={m.status !== 'done' && m.dueDate < today ? 'red' : undefined}>
                {i18n.date(m.dueDate)}
              </Text>
            ),
          },
          { header: t('field.status'), render: (m) => i18n.label(m.status) },
          { header: t('field.onboarding'), render: (m) => (m.onboarding ? '✓' : '') },
        ]}
      />
      <RecordSection
        type="action_items"
        title={t('section.action_items')}
        records={[...detail.actionItems].sort((a, b) =>
          a.status === b.status
            ? (a.dueDate || '9999').localeCompare(b.dueDate || '9999')
            : a.status === 'open'
              ? -1
              : 1,
        )}
        defaults={{ accountId, owner: detail.account.owner }}
        onEdit={onEdit}
        columns={[
          {
            header: t('action.done'),
            render: (a) => (
              <Checkbox
                aria-label={t('action.done')}
                checked={a.status === 'done'}
                onChange={(e) => {
                  const status = e.currentTarget.checked ? 'done' : 'open';
                  void writeOrTell(i18n, () =>
                    mutate('records:update', { type: 'action_items', id: a.id, patch: { status } }),
                  );
                }}
              />
            ),
          },
          { header: t('field.title'), render: (a) => a.title },
          { header: t('field.owner'), render: (a) => a.owner },
          {
            header: t('field.dueDate'),
            render: (a) => (
              <Text
                size="sm"
                c={a.status === 'open' && a.dueDate && a.dueDate < today ? 'red' : undefined}
              >
                {i18n.date(a.dueDate)}
              </Text>
            ),
          },
          { header: t('field.status'), render: (a) => i18n.label(a.status) },
        ]}
      />
    </>
  );
}
