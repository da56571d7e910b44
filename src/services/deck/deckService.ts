/**
 * A QBR deck of one account (DESIGN.md §7): its records read into the deck input — and, for the
 * internal audience only, its health, open alerts and renewal forecast from their own engines —
 * then built into slides in the user's language.
 */
import { buildDeck } from '../../core/deck/buildDeck';
import type { DeckInput } from '../../core/deck/deckInput';
import { addDays } from '../../core/dates';
import { currentContract } from '../../core/lifecycle/lifecycleStage';
import type { Audience, Deck } from '../../shared/api/deckViews';
import type { Lang } from '../../shared/format/formatters';
import type { AccountDetail } from '../../shared/api/views';
import { getAccountDetail } from '../accountService';
import { listAlerts } from '../alerts/alertService';
import { portfolioHealth } from '../health/healthService';
import { renewalDetail } from '../renewals/renewalDetailService';
import { ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';
import { brandingView } from './brandingService';

export interface DeckQuery {
  accountId: string;
  audience: Audience;
  from: string;
  to: string;
  lang: Lang;
}

/** The renewal a deck talks about: the next contract to end from today, else the last one. */
function renewalContract(detail: AccountDetail, today: string) {
  const live = detail.contracts.filter((c) => c.status !== 'cancelled');
  const next = live
    .filter((c) => c.endDate >= today)
    .sort((a, b) => a.endDate.localeCompare(b.endDate))[0];
  return next ?? [...live].sort((a, b) => b.endDate.localeCompare(a.endDate))[0] ?? null;
}

function internalFacts(ws: Workspace, detail: AccountDetail, today: string): DeckInput['internal'] {
  const accountId = detail.account.id;
  const [health] = portfolioHealth(ws, { accountId });
  const contract = renewalContract(detail, today);
  return {
    health: health
      ? {
          score: health.score,
          band: health.band,
          trend: health.trend,
          groups: health.groups.map((g) => ({ id: g.id, points: g.points, weight: g.weight })),
          drivers: health.drivers.map((d) => ({ id: d.id, points: d.points })),
        }
      : null,
    alerts: listAlerts(ws, accountId)
      .filter((a) => a.state === 'open')
      .map((a) => ({ type: a.type, severity: a.severity, firstSeen: a.firstSeen })),
    renewal: contract ? renewalDetail(ws, contract.id).row : null,
  };
}

export function deckInput(ws: Workspace, query: DeckQuery): DeckInput {
  if (query.from >= query.to)
    throw new ServiceError(
      'invalid_input',
      `to must be after from, got ${query.from} and ${query.to}`,
    );
  const detail = getAccountDetail(ws, query.accountId);
  const today = ws.today();
  const lastDay = addDays(query.to, -1);
  const contract =
    currentContract(detail.contracts, lastDay < today ? lastDay : today) ??
    detail.contracts.at(-1) ??
    null;
  return {
    account: {
      id: detail.account.id,
      name: detail.account.name,
      owner: detail.account.owner,
      currency: detail.account.currency,
    },
    from: query.from,
    to: query.to,
    today,
    contract: contract
      ? {
          endDate: contract.endDate,
          arrMinor: contract.arrMinor,
          currency: contract.currency,
          seats: contract.seats,
          modules: contract.modules,
        }
      : null,
    usage: detail.usageSnapshots,
    surveys: detail.surveyResponses,
    tickets: detail.supportTickets,
    objectives: detail.objectives,
    milestones: detail.milestones,
    stakeholders: detail.stakeholders,
    touchpoints: detail.touchpoints.map((t) => ({
      date: t.date,
      kind: t.kind,
      summary: t.summary,
    })),
    actionItems: detail.actionItems
      .filter((a) => a.status === 'open')
      .map((a) => ({
        title: a.title,
        owner: a.owner,
        dueDate: a.dueDate,
        shared: a.touchpointId !== '' || a.milestoneId !== '',
      })),
    internal: query.audience === 'internal' ? internalFacts(ws, detail, today) : null,
  };
}

export function deckFor(ws: Workspace, query: DeckQuery): Deck {
  return buildDeck(deckInput(ws, query), {
    audience: query.audience,
    lang: query.lang,
    branding: brandingView(ws),
  });
}
