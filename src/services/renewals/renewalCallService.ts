/**
 * Making and changing a renewal's call and amounts, and closing or reopening it (DESIGN.md §6).
 * Every change writes the renewal record and appends one history entry in the same transaction,
 * so the forecast of any past day can be rebuilt. Closing as renewed creates the follow-on
 * contract and closing either way marks the old one, so the contract history stays the source of
 * ARR movements. The renewal of a contract and its follow-on have ids derived from the contract,
 * so two devices doing the same offline end up with one row each, merged field by field.
 */
import { addMonths } from '../../core/dates';
import { derivedId } from '../../core/ids/derivedId';
import { changedTerms } from '../../core/forecast/renewalHistory';
import { pickTerms, termsOn } from '../../core/forecast/renewalTermsOn';
import { monthsBetween } from '../../core/periods';
import type { RenewalCloseInput, RenewalUpdateInput } from '../../shared/api/forecastInputs';
import type {
  RenewalChangeView,
  RenewalDetailView,
  RenewalTerms,
} from '../../shared/api/forecastViews';
import type { RenewalChangeKind } from '../../shared/domain/enums';
import { RECORD_SCHEMAS, type RecordType } from '../../shared/records/recordTypes';
import { findRecord } from '../../db/repositories/recordRepository';
import type { RenewalSource } from '../../db/repositories/renewalRepository';
import { prepared } from '../../db/preparedStatement';
import { currentAuthor } from '../profileService';
import { fieldIssues, invalidInput, ServiceError } from '../serviceError';
import type { Workspace } from '../workspace';
import { renewalDetail, requireSource } from './renewalDetailService';

const refuse = (message: string) => new ServiceError('invalid_input', message);

function parsed<T extends RecordType>(type: T, values: Record<string, unknown>) {
  const result = RECORD_SCHEMAS[type].safeParse(values);
  if (!result.success) throw invalidInput(fieldIssues(result.error, type));
  return result.data as Record<string, unknown>;
}

/** Inserts the row, or brings back and overwrites one of that id (deleted or not). */
function upsert(ws: Workspace, type: RecordType, id: string, values: Record<string, unknown>) {
  if (findRecord(ws.db.sqlite, type, id)) ws.writer.update(type, id, { ...values, deleted: false });
  else ws.writer.insert(type, id, values);
}

function appendChange(
  ws: Workspace,
  source: RenewalSource,
  renewalId: string,
  entry: Omit<RenewalChangeView, 'id'>,
): void {
  ws.writer.insert(
    'renewal_changes',
    ws.newId(),
    parsed('renewal_changes', {
      renewalId,
      accountId: source.contract.accountId,
      contractId: source.contract.id,
      ...entry,
      changes: JSON.stringify(entry.changes),
    }),
  );
}

/**
 * Writes the renewal's new terms and their history entry; returns whether anything changed. A
 * renewal recorded before history was kept gets its old terms as a first entry, dated when it
 * was made, so the days before this change still show what they showed.
 */
function writeTerms(
  ws: Workspace,
  source: RenewalSource,
  next: Partial<RenewalTerms>,
  kind: RenewalChangeKind,
  note: string,
): boolean {
  const { terms: current } = termsOn(source, ws.today());
  const after = { ...current, ...next };
  const fields = changedTerms(current, after);
  if (fields.length === 0) return false;
  const changes = Object.fromEntries(fields.map((f) => [f, after[f]])) as Partial<RenewalTerms>;
  const { contract, renewal } = source;
  const renewalId = renewal?.id ?? derivedId('renewal', contract.id);
  const author = currentAuthor(ws);
  ws.db.sqlite.transaction(() => {
    const values = parsed('renewals', {
      accountId: contract.accountId,
      contractId: contract.id,
      currency: contract.currency,
      ...after,
    });
    if (renewal) ws.writer.update('renewals', renewal.id, values);
    else upsert(ws, 'renewals', renewalId, values);
    if (renewal && source.changes.length === 0) {
      const made = renewal.createdAt || ws.nowIso();
      appendChange(ws, source, renewalId, {
        at: `${new Date(made).toISOString()}-0000-${ws.nodeId}`,
        date: made.slice(0, 10),
        kind: 'forecast',
        changes: pickTerms(renewal),
        note: '',
        author: '',
      });
    }
    appendChange(ws, source, renewalId, {
      at: ws.clock.now(),
      date: ws.today(),
      kind,
      changes,
      note,
      author,
    });
  })();
  return true;
}

function requireOpen(ws: Workspace, source: RenewalSource): RenewalTerms {
  const { terms } = termsOn(source, ws.today());
  if (terms.outcome !== 'open')
    throw refuse(
      `This renewal is closed (${terms.outcome}${terms.closedDate ? ` on ${terms.closedDate}` : ''}); reopen it to change its forecast`,
    );
  return terms;
}

export function updateRenewal(ws: Workspace, input: RenewalUpdateInput): RenewalDetailView {
  const source = requireSource(ws, input.contractId);
  const terms = requireOpen(ws, source);
  const next: Partial<RenewalTerms> = {};
  if (input.forecastCall !== undefined) next.forecastCall = input.forecastCall;
  if (input.callReason !== undefined) next.callReason = input.callReason;
  if (input.expectedChangeMinor !== undefined) next.expectedChangeMinor = input.expectedChangeMinor;
  if (input.targetArrMinor !== undefined) next.targetArrMinor = input.targetArrMinor;
  const after = { ...terms, ...next };
  if (after.forecastCall && after.forecastCall !== terms.forecastCall && !after.callReason.trim())
    throw refuse('A call needs a reason: say why you expect this outcome (callReason)');
  if (-after.expectedChangeMinor > after.targetArrMinor)
    throw refuse('A contraction cannot be larger than the target ARR it shrinks');
  writeTerms(ws, source, next, 'forecast', '');
  return renewalDetail(ws, input.contractId);
}

export function closeRenewal(ws: Workspace, input: RenewalCloseInput): RenewalDetailView {
  const source = requireSource(ws, input.contractId);
  const { contract } = source;
  requireOpen(ws, source);
  const today = ws.today();
  const closedDate = input.closedDate || today;
  if (closedDate > today) throw refuse(`closedDate must not be after today (${today})`);
  const followOnId = derivedId('follow-on', contract.id);
  const followOn = findRecord(ws.db.sqlite, 'contracts', followOnId);
  ws.db.sqlite.transaction(() => {
    if (input.outcome === 'renewed') {
      if (!input.finalArrMinor)
        throw refuse('A renewal needs its final ARR (more than 0); close it as churned otherwise');
      const start = input.newStartDate || contract.endDate;
      const months = Math.max(1, Math.round(monthsBetween(contract.startDate, contract.endDate)));
      const end = input.newEndDate || addMonths(start, months);
      if (start <= contract.startDate)
        throw refuse(`The new term must start after the old one (${contract.startDate})`);
      if (end <= start) throw refuse(`The new term must end after it starts (${start})`);
      const old = findRecord(ws.db.sqlite, 'contracts', contract.id);
      upsert(
        ws,
        'contracts',
        followOnId,
        parsed('contracts', {
          accountId: contract.accountId,
          startDate: start,
          endDate: end,
          arrMinor: input.finalArrMinor,
          currency: contract.currency,
          seats: input.newSeats ?? contract.seats,
          modules: contract.modules,
          status: 'active',
          renewalOf: contract.id,
          paymentTerms: old?.paymentTerms ?? '',
          discountPct: old?.discountPct ?? 0,
        }),
      );
      ws.writer.update('contracts', contract.id, { status: 'renewed' });
      writeTerms(
        ws,
        source,
        { outcome: 'renewed', finalArrMinor: input.finalArrMinor, closedDate, reasonCodes: [] },
        'close',
        input.note,
      );
    } else {
      if (input.reasonCodes.length === 0)
        throw refuse('Say why the customer left: choose at least one reason code');
      if (followOn && !followOn.deleted)
        ws.writer.update('contracts', followOnId, { deleted: true });
      ws.writer.update('contracts', contract.id, { status: 'churned' });
      writeTerms(
        ws,
        source,
        { outcome: 'churned', finalArrMinor: 0, closedDate, reasonCodes: input.reasonCodes },
        'close',
        input.note,
      );
    }
  })();
  return renewalDetail(ws, input.contractId);
}

export function reopenRenewal(ws: Workspace, contractId: string): RenewalDetailView {
  const source = requireSource(ws, contractId);
  const { terms } = termsOn(source, ws.today());
  if (terms.outcome === 'open') throw refuse('This renewal is open already');
  const followOnId = derivedId('follow-on', contractId);
  const byHand = prepared(
    ws.db.sqlite,
    `SELECT id FROM contracts WHERE renewal_of = ? AND deleted = 0 AND id <> ? AND renewal_of <> ''`,
  )
    .pluck()
    .get(contractId, followOnId) as string | undefined;
  if (byHand)
    throw refuse(
      `Contract ${byHand} renews this one; delete or edit that contract before reopening the renewal`,
    );
  ws.db.sqlite.transaction(() => {
    const followOn = findRecord(ws.db.sqlite, 'contracts', followOnId);
    if (followOn && !followOn.deleted) ws.writer.update('contracts', followOnId, { deleted: true });
    ws.writer.update('contracts', contractId, { status: 'active' });
    writeTerms(
      ws,
      source,
      { outcome: 'open', finalArrMinor: null, closedDate: '', reasonCodes: [] },
      'reopen',
      '',
    );
  })();
  return renewalDetail(ws, contractId);
}
