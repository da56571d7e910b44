/** English words of Today's lists beyond the action items' first ones. */
export const enToday = {
  'today.noDueDate': 'no due date',
  'today.noDueDateTitle': 'Open action items with no due date',
  'today.unclosedRenewals': 'Renewals ended with no outcome',
  'today.unclosedHint': 'The contract has ended: record whether it renewed or churned.',
  'today.endedAgo.one': 'ended {count} day ago',
  'today.endedAgo.other': 'ended {count} days ago',
  'today.unowned': 'Accounts with no owner',
  'today.renewsOn': 'renews {date}',
  'today.noRenewal': 'no contract in force',
  'today.unwritten': 'Meetings with no notes',
  'today.writeNotes': 'Write notes',
};
