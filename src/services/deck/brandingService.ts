/**
 * The team's deck branding: company name, accent colour and logo, one synced row whose id is the
 * same on every device, so two people editing it offline end up with one row, merged.
 */
import { derivedId } from '../../core/ids/derivedId';
import type { DeckBranding } from '../../shared/api/deckViews';
import { RECORD_SCHEMAS } from '../../shared/records/recordTypes';
import { findRecord } from '../../db/repositories/recordRepository';
import { currentAuthor } from '../profileService';
import { fieldIssues, invalidInput } from '../serviceError';
import type { Workspace } from '../workspace';

const BRANDING_ID = derivedId('branding', 'team');
export const DEFAULT_BRANDING: DeckBranding = { companyName: '', accentColor: '#4263EB', logo: '' };

export function brandingView(ws: Workspace): DeckBranding {
  const row = findRecord(ws.db.sqlite, 'branding', BRANDING_ID);
  if (!row || row.deleted) return DEFAULT_BRANDING;
  return {
    companyName: row.companyName,
    accentColor: /^#[0-9a-fA-F]{6}$/.test(row.accentColor)
      ? row.accentColor
      : DEFAULT_BRANDING.accentColor,
    logo: row.logo,
  };
}

export function saveBranding(ws: Workspace, input: DeckBranding): DeckBranding {
  const parsed = RECORD_SCHEMAS.branding.safeParse({ ...input, author: currentAuthor(ws) });
  if (!parsed.success) throw invalidInput(fieldIssues(parsed.error));
  const existing = findRecord(ws.db.sqlite, 'branding', BRANDING_ID);
  if (existing) ws.writer.update('branding', BRANDING_ID, { ...parsed.data, deleted: false });
  else ws.writer.insert('branding', BRANDING_ID, parsed.data);
  return brandingView(ws);
}
