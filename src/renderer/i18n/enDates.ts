/** English words of the date fields and their calendar. */
export const enDates = {
  'dates.placeholder': 'e.g. Dec 7, 2026',
  'dates.calendar': 'Calendar',
  'dates.nextMonth': 'Next month',
  'dates.previousMonth': 'Previous month',
  'dates.nextYear': 'Next year',
  'dates.previousYear': 'Previous year',
  'dates.nextDecade': 'Next decade',
  'dates.previousDecade': 'Previous decade',
  'dates.chooseMonth': 'Choose a month',
  'dates.chooseYear': 'Choose a year',
  'dates.throughBeforeFrom': 'Ends before it starts: pick a day on or after {from}.',
};
