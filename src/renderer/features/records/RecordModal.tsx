/** A modal that creates or edits one record with RecordForm and reports the outcome. */
import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { StoredRecord } from '../../../shared/records/recordTypes';
import { mutate } from '../../api/useApi';
import { useI18n } from '../../i18n/i18nContext';
import type { MessageKey } from '../../i18n/en';
import { todayIso } from '../accounts/tabs/tabProps';
import { NextStepsEditor, plannedSteps } from './NextStepsEditor';
import { RecordForm, type RecordChoice } from './RecordForm';
import type { FormRecordType } from './recordFormSpecs';

export interface EditTarget {
  type: FormRecordType;
  record?: StoredRecord<FormRecordType>;
  defaults?: Record<string, unknown>;
}

export interface RecordModalProps {
  target: EditTarget | null;
  stakeholders?: RecordChoice[];
  contracts?: RecordChoice[];
  onClose(): void;
  onCreated?(record: { id: string }): void;
}

export function RecordModal({
  target,
  stakeholders,
  contracts,
  onClose,
  onCreated,
}: RecordModalProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [makeActions, setMakeActions] = useState(true);
  const [dueDates, setDueDates] = useState<Record<number, string>>({});
  if (!target) return null;
  const { type, record } = target;
  const noun = t(`record.${type}` as MessageKey);
  const isNewTouchpoint = type === 'touchpoints' && !record;

  const submit = async (fields: Record<string, unknown>) => {
    if (record) {
      await mutate('records:update', { type, id: record.id, patch: fields });
    } else if (isNewTouchpoint) {
      const steps = plannedSteps(
        String(fields.nextSteps ?? ''),
        String(fields.date ?? ''),
        todayIso(),
        dueDates,
      );
      const result = await mutate('touchpoints:log', {
        fields,
        createActionItems: makeActions,
        actionItems: steps,
      });
      if (result.actionItems.length > 0) {
        notifications.show({
          message: i18n.plural('alerts.playCreated', result.actionItems.length),
        });
      }
      onCreated?.(result.touchpoint);
    } else {
      // Not `onCreated?.(await mutate(…))`: with no callback that would skip the write itself.
      const created = await mutate('records:create', { type, fields });
      onCreated?.(created);
    }
    notifications.show({
      color: 'teal',
      message: t(record ? 'record.saved' : 'record.created', { noun }),
    });
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t(record ? 'record.editTitle' : 'record.newTitle', { noun })}
    >
      <RecordForm
        type={type}
        {...(record ? { initial: record as unknown as Record<string, unknown> } : {})}
        {...(target.defaults ? { defaults: target.defaults } : {})}
        {...(stakeholders ? { stakeholders } : {})}
        {...(contracts ? { contracts } : {})}
        extra={
          isNewTouchpoint
            ? (values) => (
                <NextStepsEditor
                  steps={plannedSteps(
                    String(values.nextSteps ?? ''),
                    String(values.date ?? ''),
                    todayIso(),
                    dueDates,
                  )}
                  enabled={makeActions}
                  onEnabled={setMakeActions}
                  onDueDate={(i, date) => setDueDates((d) => ({ ...d, [i]: date }))}
                />
              )
            : null
        }
        onSubmit={submit}
        onCancel={onClose}
      />
    </Modal>
  );
}
