-- Search v2: pinyin keys and owners' names, live records only, newest first, counted by kind.
-- search_fts is rebuilt with two more columns: `names` (the pinyin keys of a name from
-- outpost_search_keys, and for an account its owner's name and that name's pinyin) and `kind`
-- (account / stakeholder / touchpoint, for filters and per-kind counts straight from the index).
-- Only live records are in it (not deleted, their account there and not deleted), so counts need
-- no lookups. Its rowid is day × 2^24 + the search_doc rowid (the day of a touchpoint's date, else
-- of created_at), so walking rowids downwards is newest first; search_doc.fts_key keeps it.
DROP TRIGGER `accounts_search_insert`;
--> statement-breakpoint
DROP TRIGGER `accounts_search_update`;
--> statement-breakpoint
DROP TRIGGER `stakeholders_search_insert`;
--> statement-breakpoint
DROP TRIGGER `stakeholders_search_update`;
--> statement-breakpoint
DROP TRIGGER `touchpoints_search_insert`;
--> statement-breakpoint
DROP TRIGGER `touchpoints_search_update`;
--> statement-breakpoint
DROP TABLE `search_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts` USING fts5(title, names, body, kind, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
ALTER TABLE `search_doc` ADD `fts_key` integer;
--> statement-breakpoint
CREATE INDEX `search_doc_account_idx` ON `search_doc` (`account_id`);
--> statement-breakpoint
UPDATE search_doc SET fts_key = max(0, CAST(COALESCE(julianday(substr((SELECT a.created_at FROM accounts a WHERE a.id = search_doc.ref_id), 1, 10)), 2440587.5) - 2440587.5 AS INTEGER)) * 16777216 + rowid WHERE kind = 'account';
--> statement-breakpoint
UPDATE search_doc SET fts_key = max(0, CAST(COALESCE(julianday(substr((SELECT s.created_at FROM stakeholders s WHERE s.id = search_doc.ref_id), 1, 10)), 2440587.5) - 2440587.5 AS INTEGER)) * 16777216 + rowid WHERE kind = 'stakeholder';
--> statement-breakpoint
UPDATE search_doc SET fts_key = max(0, CAST(COALESCE(julianday(substr((SELECT COALESCE(NULLIF(t.date, ''), t.created_at) FROM touchpoints t WHERE t.id = search_doc.ref_id), 1, 10)), 2440587.5) - 2440587.5 AS INTEGER)) * 16777216 + rowid WHERE kind = 'touchpoint';
--> statement-breakpoint
INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(a.name), trim(outpost_search_keys(a.name) || ' ' || outpost_search_text(a.owner) || ' ' || outpost_search_keys(a.owner)), outpost_search_text(a.industry || ' ' || a.region || ' ' || a.website || ' ' || a.tags || ' ' || a.notes), 'account' FROM accounts a JOIN search_doc d ON d.ref_id = a.id WHERE a.deleted = 0;
--> statement-breakpoint
INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(s.name), outpost_search_keys(s.name), outpost_search_text(s.title || ' ' || s.email || ' ' || s.phone), 'stakeholder' FROM stakeholders s JOIN search_doc d ON d.ref_id = s.id WHERE s.deleted = 0 AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = s.account_id AND a.deleted = 0);
--> statement-breakpoint
INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(t.summary), '', outpost_search_text(t.notes || ' ' || t.next_steps), 'touchpoint' FROM touchpoints t JOIN search_doc d ON d.ref_id = t.id WHERE t.deleted = 0 AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = t.account_id AND a.deleted = 0);
--> statement-breakpoint
CREATE TRIGGER `accounts_search_insert` AFTER INSERT ON `accounts` BEGIN
  INSERT INTO search_doc (ref_id, kind, account_id) VALUES (new.id, 'account', new.id);
  UPDATE search_doc SET account_id = new.id, fts_key = max(0, CAST(COALESCE(julianday(substr(new.created_at, 1, 10)), 2440587.5) - 2440587.5 AS INTEGER)) * 16777216 + rowid WHERE ref_id = new.id;
  INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(new.name), trim(outpost_search_keys(new.name) || ' ' || outpost_search_text(new.owner) || ' ' || outpost_search_keys(new.owner)), outpost_search_text(new.industry || ' ' || new.region || ' ' || new.website || ' ' || new.tags || ' ' || new.notes), 'account' FROM search_doc d WHERE d.ref_id = new.id AND new.deleted = 0;
  -- records that arrived (by sync) before their account
  DELETE FROM search_fts WHERE rowid IN (SELECT fts_key FROM search_doc WHERE account_id = new.id AND kind <> 'account');
  INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(s.name), outpost_search_keys(s.name), outpost_search_text(s.title || ' ' || s.email || ' ' || s.phone), 'stakeholder' FROM stakeholders s JOIN search_doc d ON d.ref_id = s.id WHERE s.account_id = new.id AND s.deleted = 0 AND new.deleted = 0;
  INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(t.summary), '', outpost_search_text(t.notes || ' ' || t.next_steps), 'touchpoint' FROM touchpoints t JOIN search_doc d ON d.ref_id = t.id WHERE t.account_id = new.id AND t.deleted = 0 AND new.deleted = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `accounts_search_update` AFTER UPDATE OF name, industry, region, website, tags, notes, owner, deleted, created_at ON `accounts` BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT fts_key FROM search_doc WHERE ref_id = new.id);
  UPDATE search_doc SET account_id = new.id, fts_key = max(0, CAST(COALESCE(julianday(substr(new.created_at, 1, 10)), 2440587.5) - 2440587.5 AS INTEGER)) * 16777216 + rowid WHERE ref_id = new.id;
  INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(new.name), trim(outpost_search_keys(new.name) || ' ' || outpost_search_text(new.owner) || ' ' || outpost_search_keys(new.owner)), outpost_search_text(new.industry || ' ' || new.region || ' ' || new.website || ' ' || new.tags || ' ' || new.notes), 'account' FROM search_doc d WHERE d.ref_id = new.id AND new.deleted = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `accounts_search_children` AFTER UPDATE OF deleted ON `accounts` WHEN old.deleted IS NOT new.deleted BEGIN
  DELETE FROM search_fts WHERE rowid IN (SELECT fts_key FROM search_doc WHERE account_id = new.id AND kind <> 'account');
  INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(s.name), outpost_search_keys(s.name), outpost_search_text(s.title || ' ' || s.email || ' ' || s.phone), 'stakeholder' FROM stakeholders s JOIN search_doc d ON d.ref_id = s.id WHERE s.account_id = new.id AND s.deleted = 0 AND new.deleted = 0;
  INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(t.summary), '', outpost_search_text(t.notes || ' ' || t.next_steps), 'touchpoint' FROM touchpoints t JOIN search_doc d ON d.ref_id = t.id WHERE t.account_id = new.id AND t.deleted = 0 AND new.deleted = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_search_insert` AFTER INSERT ON `stakeholders` BEGIN
  INSERT INTO search_doc (ref_id, kind, account_id) VALUES (new.id, 'stakeholder', new.account_id);
  UPDATE search_doc SET account_id = new.account_id, fts_key = max(0, CAST(COALESCE(julianday(substr(new.created_at, 1, 10)), 2440587.5) - 2440587.5 AS INTEGER)) * 16777216 + rowid WHERE ref_id = new.id;
  INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(new.name), outpost_search_keys(new.name), outpost_search_text(new.title || ' ' || new.email || ' ' || new.phone), 'stakeholder' FROM search_doc d WHERE d.ref_id = new.id AND new.deleted = 0 AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = new.account_id AND a.deleted = 0);
END;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_search_update` AFTER UPDATE OF account_id, name, title, email, phone, deleted, created_at ON `stakeholders` BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT fts_key FROM search_doc WHERE ref_id = new.id);
  UPDATE search_doc SET account_id = new.account_id, fts_key = max(0, CAST(COALESCE(julianday(substr(new.created_at, 1, 10)), 2440587.5) - 2440587.5 AS INTEGER)) * 16777216 + rowid WHERE ref_id = new.id;
  INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(new.name), outpost_search_keys(new.name), outpost_search_text(new.title || ' ' || new.email || ' ' || new.phone), 'stakeholder' FROM search_doc d WHERE d.ref_id = new.id AND new.deleted = 0 AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = new.account_id AND a.deleted = 0);
END;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_search_insert` AFTER INSERT ON `touchpoints` BEGIN
  INSERT INTO search_doc (ref_id, kind, account_id) VALUES (new.id, 'touchpoint', new.account_id);
  UPDATE search_doc SET account_id = new.account_id, fts_key = max(0, CAST(COALESCE(julianday(substr(COALESCE(NULLIF(new.date, ''), new.created_at), 1, 10)), 2440587.5) - 2440587.5 AS INTEGER)) * 16777216 + rowid WHERE ref_id = new.id;
  INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(new.summary), '', outpost_search_text(new.notes || ' ' || new.next_steps), 'touchpoint' FROM search_doc d WHERE d.ref_id = new.id AND new.deleted = 0 AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = new.account_id AND a.deleted = 0);
END;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_search_update` AFTER UPDATE OF account_id, summary, notes, next_steps, date, deleted, created_at ON `touchpoints` BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT fts_key FROM search_doc WHERE ref_id = new.id);
  UPDATE search_doc SET account_id = new.account_id, fts_key = max(0, CAST(COALESCE(julianday(substr(COALESCE(NULLIF(new.date, ''), new.created_at), 1, 10)), 2440587.5) - 2440587.5 AS INTEGER)) * 16777216 + rowid WHERE ref_id = new.id;
  INSERT INTO search_fts (rowid, title, names, body, kind) SELECT d.fts_key, outpost_search_text(new.summary), '', outpost_search_text(new.notes || ' ' || new.next_steps), 'touchpoint' FROM search_doc d WHERE d.ref_id = new.id AND new.deleted = 0 AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = new.account_id AND a.deleted = 0);
END;
