/**
 * Under a new meeting's form: the action items its next steps will become, one per line in the
 * order typed, each with a due date (a week on by default) the user can change before saving.
 */
import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { nextStepItems, type NextStepItem } from '../../../shared/records/nextSteps';
import { useI18n } from '../../i18n/i18nContext';
import { DateField } from '../../components/DateField';

/** The items as they will be created: the lines with their default dates, and the user's changes. */
export function plannedSteps(
  nextSteps: string,
  meetingDate: string,
  today: string,
  dueDates: Record<number, string>,
): NextStepItem[] {
  return nextStepItems(nextSteps, meetingDate, today).map((item, i) => ({
    ...item,
    dueDate: dueDates[i] ?? item.dueDate,
  }));
}

export interface NextStepsEditorProps {
  steps: NextStepItem[];
  enabled: boolean;
  onEnabled(enabled: boolean): void;
  onDueDate(index: number, date: string): void;
}

export function NextStepsEditor({ steps, enabled, onEnabled, onDueDate }: NextStepsEditorProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Stack gap={6} data-testid="next-steps">
      <Checkbox
        checked={enabled}
        onChange={(e) => onEnabled(e.currentTarget.checked)}
        label={t('touchpoint.createActionItems')}
      />
      {enabled && steps.length > 0 ? (
        <Stack gap={4} pl="xl">
          {steps.map((step, i) => (
            <Group key={i} gap="xs" wrap="nowrap" data-testid="next-step">
              <Text size="sm" style={{ flex: 1 }} lineClamp={1}>
                {i + 1}. {step.title}
              </Text>
              <DateField
                size="xs"
                w={150}
                aria-label={t('nextSteps.dueFor', { title: step.title })}
                value={step.dueDate}
                onChange={(iso) => onDueDate(i, iso)}
                clearable
              />
            </Group>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
