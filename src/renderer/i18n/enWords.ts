/**
 * English messages whose noun follows a number, in plural forms (`.one` / `.other`, chosen by
 * Intl.PluralRules through i18n.plural), the sync indicator's waiting changes, and what sync
 * says when it fails (from the shared sync words, so the CLI says the same).
 */
import { SYNC_FAILURE_WORDS } from '../../shared/sync/syncFailureWords';
import { SYNC_WORDS } from '../../shared/sync/syncWords';

const sync = SYNC_WORDS.en;
const failure = SYNC_FAILURE_WORDS.en;

export const enWords = {
  'health.openAlerts.one': '{count} open alert',
  'health.openAlerts.other': '{count} open alerts',
  'health.points.one': '{count} pt',
  'health.points.other': '{count} pts',
  'health.in.nps.one': '{count} response in a year: promoters {promoters}, detractors {detractors}',
  'health.in.nps.other':
    '{count} responses in a year: promoters {promoters}, detractors {detractors}',
  'health.in.ces.one': 'Average {mean} of 7 from {count} response in 180 days',
  'health.in.ces.other': 'Average {mean} of 7 from {count} responses in 180 days',
  'health.in.champion.one': '{count} active champion',
  'health.in.champion.other': '{count} active champions',
  'health.in.met.one': '{count} stakeholder met in 90 days',
  'health.in.met.other': '{count} stakeholders met in 90 days',
  'alerts.r.open_p1_ticket.one': '{count} P1 ticket open',
  'alerts.r.open_p1_ticket.other': '{count} P1 tickets open',
  'alerts.r.health_drop.one': 'Health fell {count} point in 30 days, from {from} to {to}',
  'alerts.r.health_drop.other': 'Health fell {count} points in 30 days, from {from} to {to}',
  'alerts.r.detractor_response.one':
    'NPS {score} on {date} ({count} detractor response in 30 days)',
  'alerts.r.detractor_response.other':
    'NPS {score} on {date} ({count} detractor responses in 30 days)',
  'alerts.r.no_recent_touchpoint.one': 'No touchpoint for {count} day (last on {date})',
  'alerts.r.no_recent_touchpoint.other': 'No touchpoint for {count} days (last on {date})',
  'alerts.r.no_recent_touchpointNever.one':
    'No touchpoint in the {count} day since the contract began',
  'alerts.r.no_recent_touchpointNever.other':
    'No touchpoint in the {count} days since the contract began',
  'alerts.r.milestone_overdue.one': '{count} milestone overdue, due {date}',
  'alerts.r.milestone_overdue.other': '{count} milestones overdue, the oldest due {date}',
  'today.quiet.one': '{count} day quiet',
  'today.quiet.other': '{count} days quiet',
  'risk.accounts.one': '{count} account',
  'risk.accounts.other': '{count} accounts',
  'risk.greenCount.one': '{count} green account is not shown',
  'risk.greenCount.other': '{count} green accounts are not shown',
  'renewals.count.renewals.one': '{count} renewal',
  'renewals.count.renewals.other': '{count} renewals',
  'renewals.count.open.one': '{count} open',
  'renewals.count.open.other': '{count} open',
  'renewals.count.renewed.one': '{count} renewed',
  'renewals.count.renewed.other': '{count} renewed',
  'renewals.count.churned.one': '{count} churned',
  'renewals.count.churned.other': '{count} churned',
  'renewals.count.overdue.one': '{count} past its end date',
  'renewals.count.overdue.other': '{count} past their end date',
  'renewals.count.flagged.one': '{count} to review',
  'renewals.count.flagged.other': '{count} to review',
  'renewals.shown.one': '{shown} of {count} renewal',
  'renewals.shown.other': '{shown} of {count} renewals',
  'renewals.explain.pipeline.one':
    '+ {amount} from {count} open expansion opportunity, at its own probability',
  'renewals.explain.pipeline.other':
    '+ {amount} from {count} open expansion opportunities, each at its own probability',
  'qbr.chosen.one': '{chosen} of {count} slide in the export',
  'qbr.chosen.other': '{chosen} of {count} slides in the export',
  'import.rows.one': '{count} row read',
  'import.rows.other': '{count} rows read',
  'import.run.one': 'Import {count} row',
  'import.run.other': 'Import {count} rows',
  'deleted.intro.one':
    'Everything deleted in the last {count} day, here or on a teammate’s device. Restoring an account brings back everything it held.',
  'deleted.intro.other':
    'Everything deleted in the last {count} days, here or on a teammate’s device. Restoring an account brings back everything it held.',
  'deleted.none.one': 'Nothing was deleted in the last {count} day.',
  'deleted.none.other': 'Nothing was deleted in the last {count} days.',
  'confirm.restoreHint.one':
    'You can restore it, with all of it, from Recently deleted for {count} day.',
  'confirm.restoreHint.other':
    'You can restore it, with all of it, from Recently deleted for {count} days.',
  'sync.node.copied.one': sync['node.copied.one'],
  'sync.node.copied.other': sync['node.copied.other'],
  'sync.node.taken.one': sync['node.taken.one'],
  'sync.node.taken.other': sync['node.taken.other'],
  'sync.node.reset.one': sync['node.reset.one'],
  'sync.node.reset.other': sync['node.reset.other'],
  'sync.waiting.one': '{count} change waiting',
  'sync.waiting.other': '{count} changes waiting',
  'sync.withWaiting': '{state} · {waiting}',
  'sync.lastSyncAgo': 'Last synced {when} ({at})',
  'sync.details': 'Details',
  'sync.failure.unreachable': failure.unreachable,
  'sync.failure.refused': failure.refused,
  'sync.failure.reset': failure.reset,
  'sync.failure.timeout': failure.timeout,
  'sync.failure.dns': failure.dns,
  'sync.failure.tls': failure.tls,
  'sync.failure.unauthorized': failure.unauthorized,
  'sync.failure.forbidden': failure.forbidden,
  'sync.failure.rate_limited': failure.rate_limited,
  'sync.failure.rate_limitedFor': failure.rate_limitedFor,
  'sync.failure.server_error': failure.server_error,
  'sync.failure.not_a_server': failure.not_a_server,
  'sync.failure.too_large': failure.too_large,
  'sync.failure.rejected': failure.rejected,
  'sync.failure.quota': failure.quota,
  'sync.failure.diverged': failure.diverged,
  'sync.failure.unknown': failure.unknown,
} as const;
