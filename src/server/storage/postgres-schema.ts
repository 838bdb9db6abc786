/**
 * The PostgreSQL schema as numbered migrations, the twin of sqlite-schema.ts: the same tables and
 * columns (test/unit/counts/schema-parity.test.ts compares the two). Text columns sort byte by
 * byte (COLLATE "C"), as SQLite does, whatever the database's locale: the same order in both, and
 * `LIKE '79-%'` uses the primary key. The schema versions of the two databases are counted
 * separately (SQLite's user_version, PostgreSQL's schema_migrations). A migration is never edited once released: add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const T = 'text COLLATE "C" NOT NULL';
/**
 * The metric columns of place_day and place_month as of migration 1, written out: a metric added
 * to PLACE_METRICS later needs a migration that adds its column and then recomputes the sums
 * (PostgresCountStore.rebuildSums), as SQLite's upgrade does.
 */
const METRICS_1 = [
  'guided',
  'outcomes',
  'activation_started',
  'activation_finished',
  'stuck',
  'point_searches',
  'kiosk_sessions',
  'households',
  'households_activated',
  'links_opened',
  'screens',
  'tutorials_finished',
  'outcome_ready',
  'outcome_prepare',
  'outcome_done',
  'outcome_other',
];
/** The metric columns migration 7 added (people within volunteers' household visits). */
const METRICS_7 = ['people', 'people_activated'];
/** The months of place_year's active-day columns, migration 9. */
const MONTHS_9 = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
const metricColumns = METRICS_1.map((m) => `${m} bigint NOT NULL DEFAULT 0`).join(', ');

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'counts, running sums, organizers, sessions',
    sql: `
CREATE TABLE batches (id ${T} PRIMARY KEY, digest ${T}, counters integer NOT NULL, received ${T});
CREATE INDEX batches_received ON batches (received);
CREATE TABLE counts (
  locality ${T}, day ${T}, channel ${T}, source ${T}, version ${T}, event ${T}, param ${T},
  hour smallint NOT NULL, n bigint NOT NULL,
  PRIMARY KEY (locality, day, channel, source, version, event, param, hour)
);
CREATE TABLE daily (
  day ${T}, province ${T}, channel ${T}, event ${T}, param ${T}, n bigint NOT NULL,
  PRIMARY KEY (day, province, channel, event, param)
);
CREATE TABLE place_day (
  day ${T}, locality ${T}, channel ${T}, source ${T}, ${metricColumns},
  PRIMARY KEY (day, locality, channel, source)
);
CREATE TABLE place_month (
  month ${T}, locality ${T}, channel ${T}, source ${T}, ${metricColumns},
  PRIMARY KEY (month, locality, channel, source)
);
CREATE TABLE organizers (name ${T} PRIMARY KEY, password_hash ${T}, created ${T});
CREATE TABLE sessions (token_hash ${T} PRIMARY KEY, organizer ${T}, expires bigint NOT NULL);
CREATE INDEX sessions_organizer ON sessions (organizer);
`,
  },
  {
    version: 2,
    name: 'health check row',
    // One row the health check rewrites (GET /healthz): the proof that the database takes a write.
    sql: `CREATE TABLE health (id integer PRIMARY KEY CHECK (id = 1), checked ${T});`,
  },
  {
    version: 3,
    // Existing accounts become admins ('*'), so upgrading never locks anyone out (as SQLite's upgrade).
    name: 'organizer scopes',
    sql: `ALTER TABLE organizers ADD COLUMN scope ${T} DEFAULT '*';`,
  },
  {
    version: 4,
    name: 'published points and sessions: drafts, versions, change log',
    sql: `
CREATE TABLE draft_provinces (province ${T} PRIMARY KEY, started ${T});
CREATE TABLE draft_entries (
  province ${T}, kind ${T}, id ${T}, cells ${T}, rev integer NOT NULL, updated_by ${T}, updated_at ${T},
  PRIMARY KEY (province, kind, id)
);
CREATE TABLE published_versions (
  province ${T}, version integer NOT NULL, published_at ${T}, organizer ${T}, note ${T}, scope ${T}, action ${T},
  rollback_of integer, entries ${T}, pack ${T}, signature ${T}, key_id ${T},
  PRIMARY KEY (province, version)
);
CREATE TABLE content_changes (
  seq bigserial PRIMARY KEY, province ${T}, at ${T}, organizer ${T}, action ${T}, kind text COLLATE "C", id text COLLATE "C",
  detail ${T}
);
CREATE INDEX content_changes_province ON content_changes (province, seq);
`,
  },
  {
    version: 5,
    // Every change of the deployment's identity (unit, area, hotlines), newest in force (sqlite-schema.ts).
    name: 'deployment identity',
    sql: `CREATE TABLE identity_changes (id bigserial PRIMARY KEY, changed_at ${T}, changed_by ${T}, identity ${T});`,
  },
  {
    version: 6,
    // Organizers' notices for their area and the admin's days off, with who changed what (sqlite-schema.ts).
    name: 'notices and days off',
    sql: `
CREATE TABLE notices (
  id bigserial PRIMARY KEY, area ${T}, area_name ${T}, text ${T}, starts ${T}, expires ${T}, created_by ${T}, created_at ${T},
  ended_by text COLLATE "C", ended_at text COLLATE "C"
);
CREATE INDEX notices_expires ON notices (expires);
CREATE TABLE days_off (date ${T} PRIMARY KEY, name ${T}, kind ${T}, updated_by ${T}, updated_at ${T});
CREATE TABLE days_off_changes (seq bigserial PRIMARY KEY, at ${T}, organizer ${T}, action ${T}, date ${T}, name ${T});
`,
  },
  {
    version: 7,
    // People within volunteers' household visits (decision 0032), the twin of SQLite's schema 4.
    // No sums to recompute: the people counts are new, so every earlier row has 0 of them.
    name: 'people within household visits',
    sql: `
ALTER TABLE place_day ADD COLUMN people bigint NOT NULL DEFAULT 0, ADD COLUMN people_activated bigint NOT NULL DEFAULT 0;
ALTER TABLE place_month ADD COLUMN people bigint NOT NULL DEFAULT 0, ADD COLUMN people_activated bigint NOT NULL DEFAULT 0;
`,
  },
  {
    version: 8,
    // The year's sums per place (sqlite-schema.ts, SQLite's schema 5): a whole year of the whole
    // country is one row per place. Filled from the monthly sums in the same transaction.
    name: 'yearly sums per place',
    sql: `
CREATE TABLE place_year (
  year ${T}, locality ${T}, channel ${T}, source ${T}, ${metricColumns}, ${METRICS_7.map((m) => `${m} bigint NOT NULL DEFAULT 0`).join(', ')},
  PRIMARY KEY (year, locality, channel, source)
);
INSERT INTO place_year (year, locality, channel, source, ${[...METRICS_1, ...METRICS_7].join(', ')})
  SELECT substr(month, 1, 4), locality, channel, source, ${[...METRICS_1, ...METRICS_7].map((m) => `SUM(${m})`).join(', ')}
  FROM place_month GROUP BY substr(month, 1, 4), locality, channel, source;
`,
  },
  {
    version: 9,
    // The days each place has counts, as bits in its yearly row (SQLite's schema 6, decision 0036):
    // active_MM holds bit d - 1 for day d of month MM. Filled from the daily sums (each day once per
    // place, so a sum of its bits is their OR).
    name: 'active days per place and year',
    sql: `
ALTER TABLE place_year ${MONTHS_9.map((mm) => `ADD COLUMN active_${mm} integer NOT NULL DEFAULT 0`).join(', ')};
WITH a AS (
  SELECT substr(day, 1, 4) AS year, locality, channel, source,
    ${MONTHS_9.map((mm) => `SUM(CASE WHEN substr(day, 6, 2) = '${mm}' THEN 1 << (CAST(substr(day, 9, 2) AS integer) - 1) ELSE 0 END) AS a${mm}`).join(',\n    ')}
  FROM place_day GROUP BY substr(day, 1, 4), locality, channel, source)
UPDATE place_year SET ${MONTHS_9.map((mm) => `active_${mm} = a.a${mm}`).join(', ')}
FROM a WHERE place_year.year = a.year AND place_year.locality = a.locality AND place_year.channel = a.channel
  AND place_year.source = a.source;
`,
  },
];

export const POSTGRES_SCHEMA_VERSION = POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1]!.version;
