/**
 * Marking a stakeholder departed asks the day they left (today unless told otherwise), then offers
 * Undo, which puts them back as they were. A champion leaving raises an alert, so the day matters.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Stakeholder } from '../../../../shared/records/recordTypes';
import { mutate } from '../../../api/useApi';
import { useSubmit } from '../../../api/useSubmit';
import { writeOrTell } from '../../../components/writeOrTell';
import { useI18n } from '../../../i18n/i18nContext';
import { todayIso } from './tabProps';
import { DateField } from '../../../components/DateField';

export function DepartedDialog({ person, onClose }: { person: Stakeholder; onClose(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [date, setDate] = useState(todayIso());
  const { error, busy, run, fail } = useSubmit();
  const save = async () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return fail(t('departed.needDate'));
    const done = await run(() =>
      mutate('records:update', {
        type: 'stakeholders',
        id: person.id,
        patch: { status: 'departed', departedDate: date },
      }),
    );
    if (!done) return;
    onClose();
    const id = `departed-${person.id}`;
    notifications.show({
      id,
      autoClose: 12_000,
      message: (
        <Group justify="space-between" wrap="nowrap" data-testid="undo-departed">
          <Text size="sm">{t('departed.done', { name: person.name, date: i18n.date(date) })}</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              void writeOrTell(i18n, () =>
                mutate('records:update', {
                  type: 'stakeholders',
                  id: person.id,
                  patch: { status: person.status, departedDate: person.departedDate },
                }),
              );
            }}
          >
            {t('action.undo')}
          </Button>
        </Group>
      ),
    });
  };
  return (
    <Modal opened onClose={onClose} title={t('departed.title', { name: person.name })}>
      <Stack gap="sm">
        <DateField
          label={t('departed.date')}
          value={date}
          onChange={setDate}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('confirm.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void save()}>
            {t('departed.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
