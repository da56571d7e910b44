/**
 * The one date field of the app: shows a day the way the app's language writes it ("Dec 7, 2026",
 * "2026年12月7日"), reads what is typed in either language or as ISO, and offers a calendar in
 * that language. Towards the rest of the app its value is ISO `YYYY-MM-DD` ('' when empty).
 *
 * It tells its owner about a day only when the day is whole: while typing, when nothing more
 * could be typed into it (2026-01-15, 2026年1月15日); on blur or Enter, in any form (2026-1-5).
 * A partial year never reaches a query. What cannot be read is put back on blur.
 */
import { Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { parseDateText, type DateTextMode } from '../../shared/format/dateText';
import { useI18n } from '../i18n/i18nContext';
import { CALENDAR_FORMATS } from './DatesLanguageProvider';

export interface DateFieldProps extends Omit<
  TextInputProps,
  'value' | 'defaultValue' | 'onChange' | 'type' | 'min' | 'max'
> {
  /** ISO `YYYY-MM-DD`, or '' for no date. */
  value: string;
  onChange(iso: string): void;
  /** First and last day that may be chosen (ISO). */
  minDate?: string;
  maxDate?: string;
  /** An emptied field means "no date" (optional fields); otherwise emptying puts the day back. */
  clearable?: boolean;
}

/** Today on this computer's calendar, where the calendar opens when the field is empty. */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function DateField(props: DateFieldProps) {
  const { value, onChange, minDate, maxDate, clearable, disabled, ...rest } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const formats = CALENDAR_FORMATS[i18n.lang];
  /** What is being typed, until it is taken or put back; null shows the value. */
  const [draft, setDraft] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  const [month, setMonth] = useState<string | null>(null);
  const inRange = (iso: string) => (!minDate || iso >= minDate) && (!maxDate || iso <= maxDate);

  /** Takes `text` when it names a day in range (or is empty and may be); says whether it did. */
  const take = (text: string, mode: DateTextMode): boolean => {
    if (text.trim() === '') {
      if (clearable && mode === 'done' && value !== '') onChange('');
      return clearable === true;
    }
    const iso = parseDateText(text, mode);
    if (!iso || !inRange(iso)) return false;
    if (iso !== value) onChange(iso);
    setMonth(iso);
    return true;
  };
  const finish = () => {
    if (draft !== null) take(draft, 'done');
    setDraft(null);
    setOpened(false);
  };

  return (
    <Popover
      opened={opened && !disabled}
      onChange={setOpened}
      position="bottom-start"
      trapFocus={false}
      withRoles={false}
      shadow="md"
    >
      <Popover.Target>
        <TextInput
          placeholder={t('dates.placeholder')}
          autoComplete="off"
          {...rest}
          disabled={disabled}
          value={draft ?? (value ? i18n.date(value) : '')}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            // A whole day typed: the calendar has done its job and gets out of the way.
            setOpened(!(take(text, 'typing') && text.trim() !== ''));
          }}
          onClick={(e) => {
            if (!opened) setMonth(null);
            setOpened(true);
            rest.onClick?.(e);
          }}
          onBlur={(e: FocusEvent<HTMLInputElement>) => {
            finish();
            rest.onBlur?.(e);
          }}
          onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              finish();
            } else if (e.key === 'Escape' && opened) {
              // Close the calendar, not the dialog around the field.
              e.stopPropagation();
              setOpened(false);
            } else if (e.key === 'ArrowDown' && !opened) {
              setMonth(null);
              setOpened(true);
            }
            rest.onKeyDown?.(e);
          }}
        />
      </Popover.Target>
      <Popover.Dropdown
        // Keeps the focus in the field while the calendar is clicked.
        onMouseDown={(e) => e.preventDefault()}
        aria-label={t('dates.calendar')}
        data-testid="date-calendar"
      >
        <DatePicker
          value={value || null}
          date={month ?? (value || localToday())}
          onDateChange={setMonth}
          onChange={(iso) => {
            if (iso && iso !== value) onChange(iso);
            setDraft(null);
            setOpened(false);
          }}
          minDate={minDate}
          maxDate={maxDate}
          monthLabelFormat={formats.month}
          yearLabelFormat={formats.year}
          getDayAriaLabel={(day) => i18n.date(day)}
          ariaLabels={{
            nextMonth: t('dates.nextMonth'),
            previousMonth: t('dates.previousMonth'),
            nextYear: t('dates.nextYear'),
            previousYear: t('dates.previousYear'),
            nextDecade: t('dates.nextDecade'),
            previousDecade: t('dates.previousDecade'),
            monthLevelControl: t('dates.chooseMonth'),
            yearLevelControl: t('dates.chooseYear'),
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
