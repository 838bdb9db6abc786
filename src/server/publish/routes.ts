import { Hono, type Context } from 'hono';
import { checkEntry, type Cells, type EntryKind } from '../../core/publish/draft';
import { diffEntries } from '../../core/publish/diff';
import { readFlag } from '../../core/content/cells';
import { readBodyLimited } from '../counts/body';
import type { OrganizerStore } from '../auth/organizer-store';
import { sameOriginWrites } from '../auth/same-origin';
import { requireOrganizer, type OrganizerVars } from '../auth/session';
import type { ProxyTrust } from '../proxy/trust';
import type { ContentSource } from './content-source';
import type { NewEntry, PublicationStore } from './publication-store';
import type { Actor, Publisher } from './publisher';
import { accountScope, provinceInScope, type ScopeOf } from './province-param';
import { entryLocality, scopeCovers, scopeTouches } from './scope-of-entry';

/** A form's entry or a publish request: a few kilobytes; more is refused before it is parsed. */
export const EDIT_BODY_MAX_BYTES = 64 * 1024;

export interface PublishRoutesOptions {
  trustProxy?: ProxyTrust;
  /** The logged-in organizer's scope ("*" admin, a province or a commune code); default: the account's own. */
  scopeOf?: ScopeOf;
  now?: () => Date;
}

const ID = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

/**
 * The organizers' side of published points and sessions, under /api/dashboard/points: the drafts
 * of the provinces in their scope, saving one entry (with its revision: an edit made from an older
 * copy is refused as a conflict showing both), publishing, history, differences, roll-back and the
 * change log. Every write is same-origin JSON and recorded with the account that made it.
 */
export function publishRoutes(
  organizers: OrganizerStore,
  store: PublicationStore,
  publisher: Publisher,
  content: ContentSource,
  options: PublishRoutesOptions = {},
): Hono<OrganizerVars> {
  const app = new Hono<OrganizerVars>();
  const scopeOf = options.scopeOf ?? accountScope;
  const now = options.now ?? (() => new Date());
  app.use('*', requireOrganizer(organizers));
  app.use('*', sameOriginWrites({ trustProxy: options.trustProxy }));

  const provinceOr403 = provinceInScope(content, scopeOf);
  const actorFor = async (c: Context<OrganizerVars>, province: string): Promise<Actor> => {
    const draft = await publisher.draft(province, c.get('organizer'));
    const { entries } = await publisher.current(province);
    const points = new Map<string, NewEntry>();
    for (const e of [...entries, ...draft]) if (e.kind === 'point') points.set(e.id, e);
    const where = entryLocality(province, content, points);
    const scope = scopeOf(c);
    return { organizer: c.get('organizer'), scope, inScope: (e) => scopeCovers(scope, where(e)) };
  };

  app.get('/provinces', (c) => {
    const scope = scopeOf(c);
    return c.json({ scope, provinces: content.provinces.filter((p) => scopeTouches(scope, p.code)) });
  });

  app.get('/:province/draft', async (c) => {
    const province = provinceOr403(c);
    if (typeof province !== 'string') return province;
    const actor = await actorFor(c, province);
    const draft = await publisher.draft(province, actor.organizer);
    const { entries, latest } = await publisher.current(province);
    const changes = diffEntries(entries.filter(actor.inScope), draft.filter(actor.inScope));
    return c.json({
      province,
      scope: actor.scope,
      latest: latest ? { version: latest.version, publishedAt: latest.publishedAt, organizer: latest.organizer, note: latest.note } : null,
      entries: draft.map((e) => ({ ...e, editable: actor.inScope(e) })),
      unpublished: changes,
    });
  });

  app.put('/:province/entries/:kind/:id', async (c) => {
    const province = provinceOr403(c);
    if (typeof province !== 'string') return province;
    const kind = c.req.param('kind') as EntryKind;
    const id = c.req.param('id');
    if (kind !== 'point' && kind !== 'session') return c.json({ error: 'invalid_kind', message: 'kind: expected point or session' }, 400);
    if (!ID.test(id))
      return c.json({ error: 'invalid_id', message: `id: found "${id.slice(0, 40)}", expected lower-case letters, digits and -` }, 400);
    const body = await readJson(c, EDIT_BODY_MAX_BYTES);
    if (body instanceof Response) return body;
    const cells = readCells(body.cells);
    const rev = body.rev;
    if (!cells || typeof rev !== 'number' || !Number.isInteger(rev) || rev < 0)
      return c.json(
        { error: 'invalid_entry', message: 'Send {"cells": {column: text}, "rev": the revision you edited (0 for a new entry)}.' },
        400,
      );
    const actor = await actorFor(c, province);
    const entry: NewEntry = { kind, id, cells: { ...cells, province: kind === 'point' ? province : (cells.province ?? '') } };
    if (kind === 'session') delete entry.cells.province;
    const draft = await store.draft(province);
    const before = draft.find((e) => e.kind === kind && e.id === id);
    if ((before && !actor.inScope(before)) || !actor.inScope(entry))
      return c.json({ error: 'outside_scope', message: 'This entry is outside your area.' }, 403);
    const problems = checkEntry(province, entry, draft);
    if (problems.length) return c.json({ error: 'invalid_entry', problems }, 400);
    const outcome = await store.saveEntry(province, entry, rev, actor.organizer, now().toISOString());
    if ('conflict' in outcome)
      return c.json(
        {
          error: 'conflict',
          message: outcome.conflict
            ? `${outcome.conflict.updatedBy} saved this entry at ${outcome.conflict.updatedAt} after you opened it.`
            : 'This entry was removed after you opened it.',
          theirs: outcome.conflict ?? null,
          yours: { kind, id, cells: entry.cells, rev },
        },
        409,
      );
    return c.json({ entry: outcome.saved });
  });

  app.post('/:province/publish', async (c) => {
    const province = provinceOr403(c);
    if (typeof province !== 'string') return province;
    const body = await readJson(c, EDIT_BODY_MAX_BYTES);
    if (body instanceof Response) return body;
    const note = typeof body.note === 'string' ? body.note.trim() : '';
    if (!note || note.length > 200 || /[\r\n]/.test(note))
      return c.json({ error: 'invalid_note', message: 'note: expected one line of at most 200 characters saying what changed' }, 400);
    if (!isVersion(body.expectedVersion))
      return c.json({ error: 'invalid_version', message: 'expectedVersion: expected the version number you saw (0 for none)' }, 400);
    return answer(c, await publisher.publish(province, await actorFor(c, province), note, body.expectedVersion));
  });

  app.post('/:province/rollback', async (c) => {
    const province = provinceOr403(c);
    if (typeof province !== 'string') return province;
    const body = await readJson(c, EDIT_BODY_MAX_BYTES);
    if (body instanceof Response) return body;
    if (!isVersion(body.version) || !isVersion(body.expectedVersion))
      return c.json({ error: 'invalid_version', message: 'Send {"version": to go back to, "expectedVersion": the latest you saw}.' }, 400);
    return answer(c, await publisher.rollback(province, await actorFor(c, province), body.version, body.expectedVersion));
  });

  // The re-check list: the entries in force inside the scope, the longest unconfirmed first.
  app.get('/:province/recheck', async (c) => {
    const province = provinceOr403(c);
    if (typeof province !== 'string') return province;
    const actor = await actorFor(c, province);
    const { entries, latest } = await publisher.current(province);
    const list = entries
      .filter(actor.inScope)
      .filter((e) => !(e.kind === 'point' && (e.cells.closed ?? '').trim() === 'permanent'))
      .map((e) => ({
        kind: e.kind,
        id: e.id,
        label: e.cells.name || `${e.cells.place ?? ''} ${e.cells.dates ?? ''}`.trim() || e.id,
        verified: (e.cells.verified ?? '').trim() || null,
        confirmedBy: (e.cells.confirmed_by ?? '').trim() || null,
        sample: readFlag(e.cells.sample) === true,
      }))
      .sort((a, b) => (a.verified ?? '').localeCompare(b.verified ?? '') || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
    return c.json({ province, latest: latest?.version ?? 0, entries: list });
  });

  app.post('/:province/confirm', async (c) => {
    const province = provinceOr403(c);
    if (typeof province !== 'string') return province;
    const body = await readJson(c, EDIT_BODY_MAX_BYTES);
    if (body instanceof Response) return body;
    const { kind, id } = body;
    if ((kind !== 'point' && kind !== 'session') || typeof id !== 'string' || !ID.test(id) || !isVersion(body.expectedVersion))
      return c.json(
        {
          error: 'invalid_confirm',
          message: 'Send {"kind": "point" or "session", "id": the entry id, "expectedVersion": the latest you saw}.',
        },
        400,
      );
    const outcome = await publisher.confirm(province, await actorFor(c, province), kind, id, body.expectedVersion);
    if (!outcome.ok && outcome.error === 'outside_scope')
      return c.json({ error: 'outside_scope', message: 'This entry is outside your area.' }, 403);
    if (!outcome.ok && outcome.error === 'no_such_entry')
      return c.json({ error: 'no_such_entry', message: 'id: no such entry in the version in force (publish it first)' }, 404);
    return answer(c, outcome as Awaited<ReturnType<Publisher['publish']>>);
  });

  app.get('/:province/versions', async (c) => {
    const province = provinceOr403(c);
    if (typeof province !== 'string') return province;
    return c.json({ versions: await store.history(province) });
  });

  // What changed between two versions; "0" is the built content, "draft" the current draft.
  app.get('/:province/diff', async (c) => {
    const province = provinceOr403(c);
    if (typeof province !== 'string') return province;
    const side = async (v: string | undefined): Promise<NewEntry[] | undefined> => {
      if (v === 'draft') return publisher.draft(province, c.get('organizer'));
      if (v === '0') return content.builtEntries(province);
      const n = Number(v);
      const r = Number.isInteger(n) && n > 0 ? await store.version(province, n) : undefined;
      return r && (JSON.parse(r.entries) as NewEntry[]);
    };
    const [a, b] = [await side(c.req.query('from')), await side(c.req.query('to'))];
    if (!a || !b)
      return c.json({ error: 'no_such_version', message: 'from, to: expected version numbers of this province, 0 or draft' }, 404);
    return c.json({ changes: diffEntries(a, b) });
  });

  app.get('/:province/changes', async (c) => {
    const province = provinceOr403(c);
    if (typeof province !== 'string') return province;
    return c.json({ changes: await store.changes(province, 200) });
  });

  return app;
}

function answer(c: Context, outcome: Awaited<ReturnType<Publisher['publish']>>): Response {
  if (outcome.ok) return c.json({ version: outcome.version });
  if (outcome.error === 'invalid') return c.json({ error: 'invalid_content', problems: outcome.problems }, 400);
  if (outcome.error === 'no_such_version')
    return c.json({ error: 'no_such_version', message: 'version: no such version of this province' }, 404);
  return c.json(
    { error: 'conflict', latest: outcome.latest, message: `Someone published version ${outcome.latest} after you opened the page.` },
    409,
  );
}

const isVersion = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

async function readJson(c: Context, max: number): Promise<Record<string, unknown> | Response> {
  const text = await readBodyLimited(c.req.raw, max);
  if (text === 'too_large') return c.json({ error: 'too_large', message: `Send at most ${max} bytes.` }, 413);
  try {
    const v = JSON.parse(text) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // answered below
  }
  return c.json({ error: 'invalid_json', message: 'Send a JSON object.' }, 400);
}

function readCells(v: unknown): Cells | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const out: Cells = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x !== 'string' || k.length > 20 || x.length > 2000) return undefined;
    out[k.toLowerCase()] = x;
  }
  return out;
}
