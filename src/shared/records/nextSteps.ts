/**
 * A meeting's next steps, one per line, become action items. Each gets a due date — a week after
 * the meeting, or after today when the meeting is logged late — so it shows on Today; the user
 * can change any of them before saving. Used by the log dialog and the service alike.
 */

/** How long after the meeting (or after today, logged late) a next step falls due by default. */
export const NEXT_STEP_DAYS = 7;

/** Each non-empty line of the next steps, without list markers, in the order typed. */
export function nextStepLines(nextSteps: string): string[] {
  return nextSteps
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)]|\[ ?\])\s*/, '').trim())
    .filter(Boolean);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The default due date of a next step from a meeting on `meetingDate`, logged on `today`. */
export function defaultNextStepDue(meetingDate: string, today: string): string {
  const from = meetingDate && meetingDate > today ? meetingDate : today;
  return addDays(from, NEXT_STEP_DAYS);
}

export interface NextStepItem {
  title: string;
  dueDate: string;
}

export function nextStepItems(
  nextSteps: string,
  meetingDate: string,
  today: string,
): NextStepItem[] {
  const due = defaultNextStepDue(meetingDate, today);
  return nextStepLines(nextSteps).map((title) => ({ title: title.slice(0, 300), dueDate: due }));
}
