import { Badge, Button, Card, Paper, SimpleGrid, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { STAKEHOLDER_ROLES } from '../../../../shared/domain/enums';
import type { Stakeholder } from '../../../../shared/records/recordTypes';
import { RecordSection } from '../../../components/RecordSection';
import { useI18n } from '../../../i18n/i18nContext';
import type { TabProps } from './tabProps';
import { DepartedDialog } from './DepartedDialog';

const SENTIMENT_COLOR: Record<string, string> = {
  positive: 'teal',
  neutral: 'gray',
  negative: 'red',
};

export function StakeholdersTab({ detail, onEdit }: TabProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const active = detail.stakeholders.filter((s) => s.status === 'active');
  const [leaving, setLeaving] = useState<Stakeholder | null>(null);
  return (
    <>
      <Card withBorder mb="md" data-testid="power-map">
        <Title order={4} mb="xs">
          {t('stakeholders.powerMap')}
        </Title>
        <Text size="xs" c="dimmed" mb="sm">
          {t('stakeholders.powerMapHint')}
        </Text>
        <SimpleGrid cols={STAKEHOLDER_ROLES.length} spacing={6}>
          {STAKEHOLDER_ROLES.map((role) => (
            <Paper key={role} withBorder p={6} mih={120}>
              <Text size="xs" fw={600} mb={4}>
                {i18n.label(role)}
              </Text>
              {active
                .filter((s) => s.role === role)
                .sort((a, b) => b.influence - a.influence)
                .map((s) => (
                  <Tooltip
                    key={s.id}
                    label={`${s.title} · ${t('field.influence')} ${s.influence}/5 · ${i18n.label(s.sentiment)}`}
                  >
                    <Badge
                      fullWidth
                      mb={4}
                      variant={s.influence >= 4 ? 'filled' : 'light'}
                      color={SENTIMENT_COLOR[s.sentiment] ?? 'gray'}
                      size={s.influence >= 4 ? 'md' : 'sm'}
                    >
                      {s.name}
                    </Badge>
                  </Tooltip>
                ))}
            </Paper>
          ))}
        </SimpleGrid>
      </Card>
      <RecordSection
        type="stakeholders"
        title={t('section.stakeholders')}
        records={detail.stakeholders}
        defaults={{ accountId: detail.account.id, influence: 3 }}
        onEdit={onEdit}
        columns={[
          {
            header: t('field.name'),
            render: (s) => (
              <Text size="sm" fw={500} td={s.status === 'departed' ? 'line-through' : undefined}>
                {s.name}
              </Text>
            ),
          },
          { header: t('field.stakeholders.title'), render: (s) => s.title },
          { header: t('field.role'), render: (s) => i18n.label(s.role) },
          { header: t('field.influence'), numeric: true, render: (s) => `${s.influence}/5` },
          {
            header: t('field.sentiment'),
            render: (s) => (
              <Badge variant="light" color={SENTIMENT_COLOR[s.sentiment] ?? 'gray'}>
                {i18n.label(s.sentiment)}
              </Badge>
            ),
          },
          {
            header: t('field.status'),
            render: (s) =>
              s.status === 'departed'
                ? `${i18n.label('departed')} ${i18n.date(s.departedDate)}`
                : i18n.label('active'),
          },
          { header: t('field.email'), render: (s) => s.email },
        ]}
        rowActions={(s) =>
          s.status === 'active' ? (
            <Button size="compact-xs" variant="subtle" onClick={() => setLeaving(s)}>
              {t('stakeholders.markDeparted')}
            </Button>
          ) : null
        }
      />
      {leaving ? <DepartedDialog person={leaving} onClose={() => setLeaving(null)} /> : null}
    </>
  );
}
