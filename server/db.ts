import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';

/** Version of the table layout below; a database written by another version is refused, not rewritten. */
export const SCHEMA_VERSION = 1;

/** The server's SQLite connection. */
export type Db = Database.Database;

const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS org (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS procedures (code TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cases (
  code TEXT PRIMARY KEY,
  unit_id TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  -- When the dossier left the desk's hands (processed, returned, refused, withdrawn, stopped); NULL while open.
  ended_at INTEGER,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_received ON cases (received_at, code);
CREATE INDEX IF NOT EXISTS cases_unit_received ON cases (unit_id, received_at, code);
CREATE INDEX IF NOT EXISTS cases_open ON cases (ended_at, received_at);
CREATE TABLE IF NOT EXISTS ratings (
  id TEXT PRIMARY KEY,
  unit_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  ticket TEXT,
  -- Ticket numbers restart every day, so one-rating-per-ticket is checked within the local day.
  ticket_day TEXT,
  dossier_code TEXT,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ratings_created ON ratings (created_at, id);
CREATE UNIQUE INDEX IF NOT EXISTS ratings_one_per_ticket ON ratings (unit_id, ticket_day, ticket) WHERE ticket IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS ratings_one_per_dossier ON ratings (unit_id, dossier_code) WHERE dossier_code IS NOT NULL;
CREATE TABLE IF NOT EXISTS petitions (id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, received_at INTEGER NOT NULL, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS petitions_received ON petitions (received_at, id);
CREATE TABLE IF NOT EXISTS queue_state (unit_id TEXT PRIMARY KEY, epoch TEXT NOT NULL, seq INTEGER NOT NULL, snapshot TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS queue_events (unit_id TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (unit_id, seq)) WITHOUT ROWID;
`;

/**
 * Opens (creating when needed) the database file, or an in-memory one for `:memory:`. WAL lets the
 * streamed exports read while ratings are written; `synchronous = FULL` makes a committed ratings batch
 * survive a power cut, which the contract promises before answering.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const found = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (found) {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
    if (row && Number(row.value) !== SCHEMA_VERSION) {
      db.close();
      throw new Error(`${file} has schema version ${row.value}; this server uses version ${SCHEMA_VERSION}. Use another --db file.`);
    }
  }
  db.exec(DDL);
  db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)").run(String(SCHEMA_VERSION));
  return db;
}

/** Empties every data table (the schema version stays). */
export function wipe(db: Db): void {
  db.transaction(() => {
    for (const t of ['org', 'procedures', 'cases', 'ratings', 'petitions', 'queue_state', 'queue_events']) db.exec(`DELETE FROM ${t}`);
    db.exec("DELETE FROM meta WHERE key <> 'schema_version'");
  })();
}
