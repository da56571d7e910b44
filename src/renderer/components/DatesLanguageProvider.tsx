/**
 * The calendars' language follows the app's, not the operating system's: month and weekday
 * names, the first day of the week, and how a calendar's header writes its month.
 */
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useI18n, type Language } from '../i18n/i18nContext';

/** dayjs formats of a calendar's headers; Mantine's defaults ("MMMM YYYY") read oddly in Chinese. */
export const CALENDAR_FORMATS: Record<
  Language,
  { locale: string; firstDayOfWeek: 0 | 1; month: string; year: string }
> = {
  en: { locale: 'en', firstDayOfWeek: 0, month: 'MMMM YYYY', year: 'YYYY' },
  'zh-CN': { locale: 'zh-cn', firstDayOfWeek: 1, month: 'YYYY年M月', year: 'YYYY年' },
};

export function DatesLanguageProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const { locale, firstDayOfWeek } = CALENDAR_FORMATS[lang];
  return <DatesProvider settings={{ locale, firstDayOfWeek }}>{children}</DatesProvider>;
}
