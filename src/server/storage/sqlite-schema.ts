import { PLACE_METRICS } from '../../core/counts/metrics';
import { ACTIVE_COLUMNS } from './active-days-sql';

/**
 * Tables of the SQLite store. `counts` holds every counter as sent (summed); the other three are
 * running sums kept in the same transaction, so the dashboard reads a year of a whole country in
 * milliseconds instead of summing millions of rows:
 * - daily: per day, province and event (charts, funnel, outcomes, blockers);
 * - place_day / place_month / place_year: per locality, channel and source tag, one column per
 *   metric (table, CSV); the year's sums make a whole year of the whole country one row per place.
 * `batches` remembers every batch id (and a digest of its counters) for idempotency.
 * Keys start with the day or the place, so one device's batch touches few pages (one short write).
 * No table has a column for an IP address, a user agent or a time finer than the day.
 * `health` is one row the health check rewrites: the proof that the database takes a write.
 */
const metricColumns = PLACE_METRICS.map((m) => `${m} INTEGER NOT NULL DEFAULT 0`).join(', ');

/**
 * 2: the daily report's metrics (tutorials finished, outcomes by kind); 3: organizer scopes;
 * 4: people within volunteers' household visits (people, people_activated; decision 0032).
 * 5: yearly sums per place (filled from the monthly ones).
 * 6: the days each place has counts, as bits in its yearly row (filled from the daily sums; decision 0036).
 * sqlite-db.ts upgrades an older file (new metric columns, then the sums rebuilt).
 */
export const SCHEMA_VERSION = 6;

/** place_year's active days (see ACTIVE_COLUMNS in active-days-sql.ts). */
export const ACTIVE_COLUMN_SQL = ACTIVE_COLUMNS.map((c) => `${c} INTEGER NOT NULL DEFAULT 0`);

/**
 * Published points and sessions (../publish/publication-store.ts): drafts as spreadsheet cells
 * (JSON) with a revision each, every published version with its signed pack, and a change log.
 * Added with IF NOT EXISTS, so an older database file gains them on its next start.
 */
const PUBLICATION_TABLES = `
CREATE TABLE IF NOT EXISTS draft_provinces (province TEXT PRIMARY KEY, started TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS draft_entries (
  province TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, cells TEXT NOT NULL, rev INTEGER NOT NULL,
  updated_by TEXT NOT NULL, updated_at TEXT NOT NULL,
  PRIMARY KEY (province, kind, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS published_versions (
  province TEXT NOT NULL, version INTEGER NOT NULL, published_at TEXT NOT NULL, organizer TEXT NOT NULL,
  note TEXT NOT NULL, scope TEXT NOT NULL, action TEXT NOT NULL, rollback_of INTEGER,
  entries TEXT NOT NULL, pack TEXT NOT NULL, signature TEXT NOT NULL, key_id TEXT NOT NULL,
  PRIMARY KEY (province, version)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS content_changes (
  seq INTEGER PRIMARY KEY, province TEXT NOT NULL, at TEXT NOT NULL, organizer TEXT NOT NULL, action TEXT NOT NULL,
  kind TEXT, id TEXT, detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS content_changes_province ON content_changes (province, seq);
`;

/** Notices for an area and the admin's days off (../notices/notice-store.ts); IF NOT EXISTS, as above. */
const NOTICE_TABLES = `
CREATE TABLE IF NOT EXISTS notices (
  id INTEGER PRIMARY KEY, area TEXT NOT NULL, area_name TEXT NOT NULL, text TEXT NOT NULL, starts TEXT NOT NULL,
  expires TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL, ended_by TEXT, ended_at TEXT
);
CREATE INDEX IF NOT EXISTS notices_expires ON notices (expires);
CREATE TABLE IF NOT EXISTS days_off (
  date TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS days_off_changes (
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, organizer TEXT NOT NULL, action TEXT NOT NULL, date TEXT NOT NULL, name TEXT NOT NULL
);
`;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS batches (
  id TEXT PRIMARY KEY, digest TEXT NOT NULL, counters INTEGER NOT NULL, received TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS counts (
  locality TEXT NOT NULL, day TEXT NOT NULL, channel TEXT NOT NULL, source TEXT NOT NULL,
  version TEXT NOT NULL, event TEXT NOT NULL, param TEXT NOT NULL, hour INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (locality, day, channel, source, version, event, param, hour)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS daily (
  day TEXT NOT NULL, province TEXT NOT NULL, channel TEXT NOT NULL, event TEXT NOT NULL,
  param TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (day, province, channel, event, param)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS place_day (
  day TEXT NOT NULL, locality TEXT NOT NULL, channel TEXT NOT NULL, source TEXT NOT NULL, ${metricColumns},
  PRIMARY KEY (day, locality, channel, source)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS place_month (
  month TEXT NOT NULL, locality TEXT NOT NULL, channel TEXT NOT NULL, source TEXT NOT NULL, ${metricColumns},
  PRIMARY KEY (month, locality, channel, source)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS place_year (
  year TEXT NOT NULL, locality TEXT NOT NULL, channel TEXT NOT NULL, source TEXT NOT NULL, ${metricColumns},
  ${ACTIVE_COLUMN_SQL.join(', ')},
  PRIMARY KEY (year, locality, channel, source)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS organizers (
  name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, created TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT '*'
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY, organizer TEXT NOT NULL, expires INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS health (id INTEGER PRIMARY KEY CHECK (id = 1), checked TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS identity_changes (
  id INTEGER PRIMARY KEY, changed_at TEXT NOT NULL, changed_by TEXT NOT NULL, identity TEXT NOT NULL
);
${PUBLICATION_TABLES}${NOTICE_TABLES}`;
