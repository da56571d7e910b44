/** 日期字段及其日历的中文用语。 */
import type { enDates } from './enDates';

export const zhDates: Record<keyof typeof enDates, string> = {
  'dates.placeholder': '例如 2026年12月7日',
  'dates.calendar': '日历',
  'dates.nextMonth': '下个月',
  'dates.previousMonth': '上个月',
  'dates.nextYear': '下一年',
  'dates.previousYear': '上一年',
  'dates.nextDecade': '下一个十年',
  'dates.previousDecade': '上一个十年',
  'dates.chooseMonth': '选择月份',
  'dates.chooseYear': '选择年份',
  'dates.throughBeforeFrom': '结束日期早于开始日期：请选择 {from} 当天或之后的日期。',
};
