import { PLACE_METRICS } from '../../core/counts/metrics';

/**
 * Tables of the SQLite store. `counts` holds every counter as sent (summed); the other three are
 * running sums kept in the same transaction, so the dashboard reads a year of a whole country in
 * milliseconds instead of summing millions of rows:
 * - daily: per day, province and event (charts, funnel, outcomes, blockers);
 * - place_day / place_month: per locality, channel and source tag, one column per metric (table, CSV).
 * `batches` remembers every batch id (and a digest of its counters) for idempotency.
 * Keys start with the day or the place, so one device's batch touches few pages (one short write).
 * No table has a column for an IP address, a user agent or a time finer than the day.
 * `health` is one row the health check rewrites: the proof that the database takes a write.
 */
const metricColumns = PLACE_METRICS.map((m) => `${m} INTEGER NOT NULL DEFAULT 0`).join(', ');

/**
 * 2: the daily report's metrics (tutorials finished, outcomes by kind); 3: organizer scopes.
 * sqlite-db.ts upgrades an older file.
 */
export const SCHEMA_VERSION = 3;

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
CREATE TABLE IF NOT EXISTS organizers (
  name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, created TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT '*'
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY, organizer TEXT NOT NULL, expires INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS health (id INTEGER PRIMARY KEY CHECK (id = 1), checked TEXT NOT NULL);
`;
