/** An alert's name and its reason in the user's words, from the facts the rule recorded. */
import type { AlertView } from '../../../shared/api/views';
import type { MessageKey } from '../../i18n/en';
import type { I18n } from '../../i18n/i18nContext';

export function alertName(t: I18n['t'], type: string): string {
  return t(`alerts.t.${type}` as MessageKey);
}

export function alertReason(i18n: I18n, alert: Pick<AlertView, 'type' | 'facts'>): string {
  const { t, plural, number, percent } = i18n;
  const f = alert.facts;
  const date = (v: unknown) => (v ? i18n.date(String(v)) : '');
  const count = (v: unknown) => Number(v ?? 0);
  const n = (v: unknown) => number(count(v));
  const band = (v: unknown) => t(`health.band.${String(v)}` as MessageKey);
  switch (alert.type) {
    case 'open_p1_ticket':
      return plural('alerts.r.open_p1_ticket', count(f.count));
    case 'turned_red':
      return f.before
        ? t('alerts.r.turned_red', { score: n(f.score), before: band(f.before) })
        : t('alerts.r.turned_redNoBefore', { score: n(f.score) });
    case 'health_drop':
      return plural('alerts.r.health_drop', count(f.drop), { from: n(f.from), to: n(f.to) });
    case 'champion_departed':
      return t('alerts.r.champion_departed', { name: String(f.name ?? ''), date: date(f.date) });
    case 'renewal_at_risk':
      return t('alerts.r.renewal_at_risk', {
        date: date(f.endDate),
        when: i18n.relativeDays(count(f.days)),
        score: n(f.score),
        band: band(f.band),
      });
    case 'detractor_response':
      return plural('alerts.r.detractor_response', count(f.count), {
        score: n(f.score),
        date: date(f.date),
      });
    case 'no_recent_touchpoint':
      return f.last
        ? plural('alerts.r.no_recent_touchpoint', count(f.days), { date: date(f.last) })
        : plural('alerts.r.no_recent_touchpointNever', count(f.days));
    case 'low_utilisation':
      return t('alerts.r.low_utilisation', {
        active: n(f.active),
        seats: n(f.seats),
        pct: percent(Number(f.percent ?? 0) / 100),
      });
    case 'milestone_overdue':
      return plural('alerts.r.milestone_overdue', count(f.count), { date: date(f.oldest) });
    default:
      return '';
  }
}
