import { Card, Checkbox, Group, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { HANDOVER_ITEMS } from '../../../../shared/domain/enums';
import { handoverItemKey } from '../../../../shared/records/handoverRecord';
import { mutate } from '../../../api/useApi';
import { useI18n } from '../../../i18n/i18nContext';
import type { MessageKey } from '../../../i18n/en';
import type { TabProps } from './tabProps';
import { writeOrTell } from '../../../components/writeOrTell';

export function HandoverTab({ detail }: TabProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const handover = detail.handover as Record<string, unknown> | null;
  const [notes, setNotes] = useState<Record<string, string>>({});
  useEffect(() => {
    if (handover)
      setNotes(
        Object.fromEntries(
          HANDOVER_ITEMS.map((item) => [
            item,
            String(handover[`${handoverItemKey(item)}Note`] ?? ''),
          ]),
        ),
      );
  }, [handover]);
  if (!handover || !detail.handover) return <Text c="dimmed">{t('handover.missing')}</Text>;
  const id = detail.handover.id;
  const done = HANDOVER_ITEMS.filter(
    (item) => handover[`${handoverItemKey(item)}Done`] === true,
  ).length;
  const save = (patch: Record<string, unknown>) =>
    void writeOrTell(i18n, () => mutate('records:update', { type: 'handovers', id, patch }));
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('handover.title')}</Title>
        <Text size="sm" data-testid="handover-completeness">
          {t('handover.completeness', {
            done,
            total: HANDOVER_ITEMS.length,
            pct: i18n.percent(done / HANDOVER_ITEMS.length),
          })}
        </Text>
      </Group>
      <Progress value={(done / HANDOVER_ITEMS.length) * 100} mb="md" />
      <Stack gap="sm">
        {HANDOVER_ITEMS.map((item) => {
          const key = handoverItemKey(item);
          return (
            <Group key={item} wrap="nowrap" align="center">
              <Checkbox
                w={260}
                label={t(`handover.${item}` as MessageKey)}
                checked={handover[`${key}Done`] === true}
                onChange={(e) => save({ [`${key}Done`]: e.currentTarget.checked })}
              />
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('handover.noteFor', { item: t(`handover.${item}` as MessageKey) })}
                placeholder={t('handover.notePlaceholder')}
                value={notes[item] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setNotes((n) => ({ ...n, [item]: value }));
                }}
                onBlur={() => {
                  if ((notes[item] ?? '') !== String(handover[`${key}Note`] ?? ''))
                    save({ [`${key}Note`]: notes[item] ?? '' });
                }}
              />
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}
