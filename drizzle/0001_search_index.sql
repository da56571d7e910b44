-- Full-text search over accounts, stakeholders and meeting notes (local, derived, never synced).
-- Text goes through outpost_search_text(), a function the app registers on every connection:
-- it splits Chinese/Japanese/Korean runs into overlapping bigrams so that 续约 finds 客户续约率.
CREATE TABLE `search_doc` (`rowid` integer PRIMARY KEY, `ref_id` text NOT NULL UNIQUE, `kind` text NOT NULL, `account_id` text NOT NULL);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts` USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `accounts_search_insert` AFTER INSERT ON `accounts` BEGIN
  INSERT INTO search_doc (ref_id, kind, account_id) VALUES (new.id, 'account', new.id);
  INSERT INTO search_fts (rowid, title, body) VALUES (last_insert_rowid(), outpost_search_text(new.name), outpost_search_text(new.industry || ' ' || new.region || ' ' || new.website || ' ' || new.tags || ' ' || new.notes));
END;
--> statement-breakpoint
CREATE TRIGGER `accounts_search_update` AFTER UPDATE OF name, industry, region, website, tags, notes ON `accounts` BEGIN
  UPDATE search_doc SET account_id = new.id WHERE ref_id = new.id;
  UPDATE search_fts SET title = outpost_search_text(new.name), body = outpost_search_text(new.industry || ' ' || new.region || ' ' || new.website || ' ' || new.tags || ' ' || new.notes) WHERE rowid = (SELECT rowid FROM search_doc WHERE ref_id = new.id);
END;
--> statement-breakpoint
INSERT INTO search_doc (ref_id, kind, account_id) SELECT t.id, 'account', t.id FROM `accounts` t;
--> statement-breakpoint
INSERT INTO search_fts (rowid, title, body) SELECT d.rowid, outpost_search_text(t.name), outpost_search_text(t.industry || ' ' || t.region || ' ' || t.website || ' ' || t.tags || ' ' || t.notes) FROM `accounts` t JOIN search_doc d ON d.ref_id = t.id;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_search_insert` AFTER INSERT ON `stakeholders` BEGIN
  INSERT INTO search_doc (ref_id, kind, account_id) VALUES (new.id, 'stakeholder', new.account_id);
  INSERT INTO search_fts (rowid, title, body) VALUES (last_insert_rowid(), outpost_search_text(new.name), outpost_search_text(new.title || ' ' || new.email || ' ' || new.phone));
END;
--> statement-breakpoint
CREATE TRIGGER `stakeholders_search_update` AFTER UPDATE OF account_id, name, title, email, phone ON `stakeholders` BEGIN
  UPDATE search_doc SET account_id = new.account_id WHERE ref_id = new.id;
  UPDATE search_fts SET title = outpost_search_text(new.name), body = outpost_search_text(new.title || ' ' || new.email || ' ' || new.phone) WHERE rowid = (SELECT rowid FROM search_doc WHERE ref_id = new.id);
END;
--> statement-breakpoint
INSERT INTO search_doc (ref_id, kind, account_id) SELECT t.id, 'stakeholder', t.account_id FROM `stakeholders` t;
--> statement-breakpoint
INSERT INTO search_fts (rowid, title, body) SELECT d.rowid, outpost_search_text(t.name), outpost_search_text(t.title || ' ' || t.email || ' ' || t.phone) FROM `stakeholders` t JOIN search_doc d ON d.ref_id = t.id;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_search_insert` AFTER INSERT ON `touchpoints` BEGIN
  INSERT INTO search_doc (ref_id, kind, account_id) VALUES (new.id, 'touchpoint', new.account_id);
  INSERT INTO search_fts (rowid, title, body) VALUES (last_insert_rowid(), outpost_search_text(new.summary), outpost_search_text(new.notes || ' ' || new.next_steps));
END;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_search_update` AFTER UPDATE OF account_id, summary, notes, next_steps ON `touchpoints` BEGIN
  UPDATE search_doc SET account_id = new.account_id WHERE ref_id = new.id;
  UPDATE search_fts SET title = outpost_search_text(new.summary), body = outpost_search_text(new.notes || ' ' || new.next_steps) WHERE rowid = (SELECT rowid FROM search_doc WHERE ref_id = new.id);
END;
--> statement-breakpoint
INSERT INTO search_doc (ref_id, kind, account_id) SELECT t.id, 'touchpoint', t.account_id FROM `touchpoints` t;
--> statement-breakpoint
INSERT INTO search_fts (rowid, title, body) SELECT d.rowid, outpost_search_text(t.summary), outpost_search_text(t.notes || ' ' || t.next_steps) FROM `touchpoints` t JOIN search_doc d ON d.ref_id = t.id;
