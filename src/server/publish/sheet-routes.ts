import { Hono, type Context } from 'hono';
import { writeSheet, sheetProblemText, type SheetSeparator } from '../../core/publish/sheet';
import type { OrganizerStore } from '../auth/organizer-store';
import { sameOriginWrites } from '../auth/same-origin';
import { requireOrganizer, type OrganizerVars } from '../auth/session';
import { readBytesLimited } from '../counts/body';
import type { ProxyTrust } from '../proxy/trust';
import type { ContentSource } from './content-source';
import type { NewEntry } from './publication-store';
import type { Publisher } from './publisher';
import { accountScope, provinceInScope, type ScopeOf } from './province-param';
import { entryLocality, scopeCovers } from './scope-of-entry';
import { encodingMessage, planSheet, type SheetPlan } from './sheet-import';

/** An uploaded sheet: a province's points and a season of sessions fit many times over. */
export const SHEET_MAX_BYTES = 3 * 1024 * 1024;

/**
 * The spreadsheet round trip under /api/dashboard/sheets: download the scope's points and sessions
 * (the draft) as CSV for Excel; upload an edited file for a preview of what would be added, changed
 * and removed, with every problem by row and column; publish that file as a version. Uploads are
 * the file's raw bytes (text/csv), same-origin only, at most SHEET_MAX_BYTES.
 */
export function sheetRoutes(
  organizers: OrganizerStore,
  publisher: Publisher,
  content: ContentSource,
  options: { trustProxy?: ProxyTrust; scopeOf?: ScopeOf } = {},
): Hono<OrganizerVars> {
  const app = new Hono<OrganizerVars>();
  const scopeOf = options.scopeOf ?? accountScope;
  app.use('*', requireOrganizer(organizers));
  app.use('*', sameOriginWrites({ trustProxy: options.trustProxy, body: 'csv' }));

  const provinceOr403 = provinceInScope(content, scopeOf);

  app.get('/:province/file', async (c) => {
    const province = provinceOr403(c);
    if (typeof province !== 'string') return province;
    const draft = await publisher.draft(province, c.get('organizer'));
    const points = new Map<string, NewEntry>(draft.filter((e) => e.kind === 'point').map((e) => [e.id, e]));
    const where = entryLocality(province, content, points);
    const scope = scopeOf(c);
    const sep: SheetSeparator = c.req.query('sep') === 'semicolon' ? ';' : ',';
    const text = writeSheet(
      draft.filter((e) => scopeCovers(scope, where(e))),
      sep,
    );
    const stamp = new Date().toISOString().slice(0, 10);
    const name = `diem-va-lich-${province}-${scope === '*' ? 'tat-ca' : scope}-${stamp}${sep === ';' ? '-excel-vn' : ''}.csv`;
    return c.body(text, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    });
  });

  const plan = async (c: Context<OrganizerVars>, province: string): Promise<SheetPlan | Response> => {
    const bytes = await readBytesLimited(c.req.raw, SHEET_MAX_BYTES);
    if (bytes === 'too_large')
      return c.json(
        {
          error: 'too_large',
          message: `Tệp quá lớn: tối đa ${SHEET_MAX_BYTES / 1024 / 1024} MB. Hãy chia theo xã/phường hoặc bỏ các buổi đã qua.`,
        },
        413,
      );
    const out = await planSheet(province, bytes, { organizer: c.get('organizer'), scope: scopeOf(c) }, publisher, content);
    if ('error' in out) return c.json({ error: 'not_utf8', reason: out.error, message: encodingMessage(out) }, 400);
    return out;
  };
  const body = (p: SheetPlan) => ({
    basis: p.basis,
    latest: p.latest,
    rows: p.entries.length,
    changes: p.changes,
    problems: p.problems.map((x) => ({ ...x, message: sheetProblemText(x) })),
  });

  app.post('/:province/preview', async (c) => {
    const province = provinceOr403(c);
    if (typeof province !== 'string') return province;
    const p = await plan(c, province);
    if (p instanceof Response) return p;
    return c.json(body(p));
  });

  app.post('/:province/publish', async (c) => {
    const province = provinceOr403(c);
    if (typeof province !== 'string') return province;
    const note = (c.req.query('note') ?? '').trim();
    if (!note || note.length > 200 || /[\r\n]/.test(note))
      return c.json({ error: 'invalid_note', message: 'note: expected one line of at most 200 characters saying what changed' }, 400);
    const p = await plan(c, province);
    if (p instanceof Response) return p;
    if (p.problems.length) return c.json({ error: 'invalid_content', ...body(p) }, 400);
    if (c.req.query('basis') !== p.basis)
      return c.json(
        {
          error: 'conflict',
          message: 'Since your preview someone published or saved in your area. Preview the file again.',
          ...body(p),
        },
        409,
      );
    if (!p.changes.length) return c.json({ error: 'no_changes', message: 'The file changes nothing that is published.' }, 400);
    const outcome = await publisher.publishScope(province, p.actor, p.entries, note, p.latest);
    if (outcome.ok) return c.json({ version: outcome.version, changes: p.changes.length });
    if (outcome.error === 'invalid') return c.json({ error: 'invalid_content', problems: outcome.problems }, 400);
    return c.json(
      { error: 'conflict', latest: 'latest' in outcome ? outcome.latest : p.latest, message: 'Someone published meanwhile.' },
      409,
    );
  });

  return app;
}
