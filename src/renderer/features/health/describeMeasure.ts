/** A measure's inputs in the user's words: "31 of 80 seats active (39 %)". */
import type { HealthMeasureView } from '../../../shared/api/views';
import type { MessageKey } from '../../i18n/en';
import type { I18n } from '../../i18n/i18nContext';

export function measureName(t: I18n['t'], id: string): string {
  return t(`health.m.${id}` as MessageKey);
}

export function groupName(t: I18n['t'], id: string): string {
  return t(`health.g.${id}` as MessageKey);
}

export function describeMeasure(i18n: I18n, measure: HealthMeasureView): string {
  const { t, percent, number } = i18n;
  const i = measure.inputs;
  const n = (v: unknown) => number(Number(v ?? 0));
  switch (measure.id) {
    case 'licenseUtilisation':
      return i.activeUsers === undefined
        ? t('health.in.noUsage')
        : t('health.in.licenseUtilisation', {
            active: n(i.activeUsers),
            seats: n(i.seats),
            pct: percent(Number(i.ratio)),
          });
    case 'moduleAdoption':
      return i.inUse === undefined
        ? t('health.in.noModules')
        : t('health.in.moduleAdoption', { inUse: n(i.inUse), purchased: n(i.purchased) });
    case 'usageTrend':
      return i.ratio === undefined
        ? t('health.in.noTrend')
        : t('health.in.usageTrend', {
            now: n(i.activeUsers),
            before: n(i.priorActiveUsers),
            pct: percent(Number(i.ratio)),
          });
    case 'daysSinceTouchpoint':
      return i.days === null || i.days === undefined
        ? t('health.in.neverMet')
        : t('health.in.lastTouchpoint', { when: i18n.relativeDays(-Number(i.days)) });
    case 'daysSinceExecutiveTouchpoint':
      if (i.executives === 0) return t('health.in.noExecutive');
      if (i.since) return t('health.in.noExecutiveSince', { date: i18n.date(String(i.since)) });
      return i.days === null || i.days === undefined
        ? t('health.in.neverMet')
        : t('health.in.lastExecutive', { when: i18n.relativeDays(-Number(i.days)) });
    case 'nps':
      return i.responses
        ? i18n.plural('health.in.nps', Number(i.responses), {
            promoters: n(i.promoters),
            detractors: n(i.detractors),
          })
        : t('health.in.noNps');
    case 'csat':
      return i.responses
        ? t('health.in.csat', { satisfied: n(i.satisfied), responses: n(i.responses) })
        : t('health.in.noCsat');
    case 'ces':
      return i.responses
        ? i18n.plural('health.in.ces', Number(i.responses), { mean: number(Number(i.mean), 1) })
        : t('health.in.noCes');
    case 'openTickets':
      return t('health.in.tickets', { p1: n(i.p1), p2: n(i.p2), other: n(i.other) });
    case 'activeChampion':
      return Number(i.departedRecently) > 0
        ? t('health.in.championDeparted')
        : i18n.plural('health.in.champion', Number(i.active ?? 0));
    case 'economicBuyerKnown':
      return i.known ? t('health.in.buyerKnown') : t('health.in.buyerUnknown');
    case 'stakeholdersMet':
      return i18n.plural('health.in.met', Number(i.met ?? 0));
    case 'milestonesOnTrack':
      return i.due
        ? t('health.in.milestones', { done: n(i.done), due: n(i.due) })
        : t('health.in.noMilestones');
    case 'csmPulse':
      return i.stars === undefined
        ? t('health.in.noPulse')
        : t('health.in.pulse', { stars: n(i.stars) });
    default:
      return '';
  }
}
