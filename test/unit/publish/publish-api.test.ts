import { describe, expect, it } from 'vitest';
import { webcrypto } from 'node:crypto';
import { readPack, type SignedPack } from '../../../src/core/publish/pack';
import { publishApp } from './publish-app';

const P = '/api/dashboard/points/ho-chi-minh';

/** The publishing app; `as(name)` sends JSON requests as that account. */
async function setup() {
  const { app, signer, sessionOf } = await publishApp();
  const as = async (name: string) => {
    const cookie = await sessionOf(name);
    return (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
      app.request(path, {
        method: init.method ?? 'GET',
        headers: { cookie, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
        body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
      });
  };
  return { app, as, signer };
}

const session = (cells: Record<string, string> = {}) => ({
  place: 'hcm-q5-nvh',
  dates: '2026-12-02',
  times: '07:30-11:00',
  services: 'level2 help',
  notes: 'Mang CCCD gắn chip',
  source: 'Tổ lưu động phường Chợ Lớn',
  ...cells,
});

async function verify(signed: SignedPack, jwk: JsonWebKey): Promise<boolean> {
  const key = await webcrypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  return webcrypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    Buffer.from(signed.signature, 'base64url'),
    new TextEncoder().encode(signed.pack),
  );
}

describe('published points API', () => {
  it('refuses without a session, from another origin, and past the size limit', async () => {
    const { app, as } = await setup();
    expect((await app.request(`${P}/draft`)).status).toBe(401);
    const admin = await as('admin');
    const put = (init: { body?: unknown; headers?: Record<string, string> }) =>
      admin(`${P}/entries/session/s-new`, { method: 'PUT', ...init });
    expect((await put({ body: { cells: session(), rev: 0 }, headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect((await put({ body: { cells: session({ notes: 'x'.repeat(70_000) }), rev: 0 } })).status).toBe(413);
    expect((await put({ body: 'not json' })).status).toBe(400);
  });

  it('an organizer adds a session, publishes, and the signed pack carries it; a tampered pack does not verify', async () => {
    const { app, as } = await setup();
    const admin = await as('admin');
    const none = await app.request('/api/points/ho-chi-minh/pack');
    expect(none.status).toBe(200);
    expect(((await none.json()) as { published?: boolean }).published).toBe(false);
    const draft = (await (await admin(`${P}/draft`)).json()) as { entries: { id: string }[]; latest: unknown };
    expect(draft.latest).toBeNull();
    expect(draft.entries.map((e) => e.id)).toContain('hcm-cho-quan'); // started from the built content
    const saved = await admin(`${P}/entries/session/s-mai`, { method: 'PUT', body: { cells: session(), rev: 0 } });
    expect(saved.status).toBe(200);
    expect((await admin(`${P}/publish`, { method: 'POST', body: { note: '', expectedVersion: 0 } })).status).toBe(400);
    const published = await admin(`${P}/publish`, { method: 'POST', body: { note: 'Thêm buổi ngày 2/12', expectedVersion: 0 } });
    expect(await published.json()).toEqual({ version: 1 });
    const res = await app.request('/api/points/ho-chi-minh/pack');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const signed = (await res.json()) as SignedPack;
    const pack = readPack(signed.pack, 'ho-chi-minh')!;
    expect(pack).toMatchObject({ version: 1, organizer: 'admin', note: 'Thêm buổi ngày 2/12' });
    expect(pack.sessions.find((s) => s.id === 's-mai')).toMatchObject({ place: 'hcm-q5-nvh', dates: ['2026-12-02'] });
    const { jwk } = (await (await app.request('/api/points/key')).json()) as { jwk: JsonWebKey };
    expect(await verify(signed, jwk)).toBe(true);
    expect(await verify({ ...signed, pack: signed.pack.replace('Mang CCCD', 'Mang tiền') }, jwk)).toBe(false);
    // Unchanged since: the phone's copy is still good.
    expect((await app.request('/api/points/ho-chi-minh/pack', { headers: { 'if-none-match': res.headers.get('etag')! } })).status).toBe(
      304,
    );
    const feed = (await (await app.request('/api/points/ho-chi-minh/feed.json')).json()) as { sessions: { id: string; status: string }[] };
    expect(feed.sessions.find((s) => s.id.startsWith('s-mai:'))).toMatchObject({ status: 'scheduled' });
  });

  it('refuses invalid entries with the field, found and expected', async () => {
    const { as } = await setup();
    const admin = await as('admin');
    const res = await admin(`${P}/entries/session/s-bad`, { method: 'PUT', body: { cells: session({ times: '25:00-11:00' }), rev: 0 } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { problems: { field: string; found: string; expected: string }[] };
    expect(body.problems).toEqual([expect.objectContaining({ field: 'times', found: expect.stringContaining('25:00') })]);
  });

  it('two organizers edit the same entry: the second is told and gets both versions', async () => {
    const { as } = await setup();
    const [one, two] = [await as('admin'), await as('cho-lon')];
    await one(`${P}/entries/session/s1`, { method: 'PUT', body: { cells: session(), rev: 0 } });
    expect((await one(`${P}/entries/session/s1`, { method: 'PUT', body: { cells: session({ notes: 'Một' }), rev: 1 } })).status).toBe(200);
    const late = await two(`${P}/entries/session/s1`, { method: 'PUT', body: { cells: session({ notes: 'Hai' }), rev: 1 } });
    expect(late.status).toBe(409);
    const body = (await late.json()) as { theirs: { cells: { notes: string }; updatedBy: string }; yours: { cells: { notes: string } } };
    expect(body.theirs).toMatchObject({ updatedBy: 'admin', cells: { notes: 'Một' } });
    expect(body.yours.cells.notes).toBe('Hai');
  });

  it('a commune organizer edits and publishes only their commune; another province gets 403', async () => {
    const { as, app } = await setup();
    const commune = await as('cho-lon');
    const other = await as('khanh-hoa');
    expect((await other(`${P}/draft`)).status).toBe(403);
    expect((await other(`${P}/entries/session/s1`, { method: 'PUT', body: { cells: session(), rev: 0 } })).status).toBe(403);
    // A venue in another commune (An Đông) is outside Chợ Lớn.
    expect(
      (await commune(`${P}/entries/session/s2`, { method: 'PUT', body: { cells: session({ place: 'hcm-q5-chung-cu' }), rev: 0 } })).status,
    ).toBe(403);
    expect((await commune(`${P}/entries/session/s3`, { method: 'PUT', body: { cells: session(), rev: 0 } })).status).toBe(200);
    expect((await commune(`${P}/publish`, { method: 'POST', body: { note: 'Buổi mới', expectedVersion: 0 } })).status).toBe(200);
    const pack = readPack(((await (await app.request('/api/points/ho-chi-minh/pack')).json()) as SignedPack).pack, 'ho-chi-minh')!;
    expect(pack.sessions.map((s) => s.id)).toContain('s3');
    expect(pack.points.map((p) => p.id)).toContain('hcm-cho-quan'); // the rest of the province as built
  });

  it('history, diff between versions, roll back in one step, and a publish from a stale page is refused', async () => {
    const { as, app } = await setup();
    const admin = await as('admin');
    await admin(`${P}/entries/session/s1`, { method: 'PUT', body: { cells: session(), rev: 0 } });
    await admin(`${P}/publish`, { method: 'POST', body: { note: 'Bản 1', expectedVersion: 0 } });
    await admin(`${P}/entries/session/s1`, { method: 'PUT', body: { cells: session({ cancelled: 'yes' }), rev: 1 } });
    expect((await admin(`${P}/publish`, { method: 'POST', body: { note: 'Hủy', expectedVersion: 0 } })).status).toBe(409);
    await admin(`${P}/publish`, { method: 'POST', body: { note: 'Hủy buổi 2/12', expectedVersion: 1 } });
    const diff = (await (await admin(`${P}/diff?from=1&to=2`)).json()) as { changes: unknown[] };
    expect(diff.changes).toEqual([
      expect.objectContaining({ id: 's1', change: 'changed', fields: [{ field: 'cancelled', before: '', after: 'yes' }] }),
    ]);
    const cancelled = readPack(((await (await app.request('/api/points/ho-chi-minh/pack')).json()) as SignedPack).pack, 'ho-chi-minh')!;
    expect(cancelled.sessions.find((s) => s.id === 's1')?.cancelled).toBe(true);
    expect((await admin(`${P}/rollback`, { method: 'POST', body: { version: 1, expectedVersion: 2 } })).status).toBe(200);
    const back = readPack(((await (await app.request('/api/points/ho-chi-minh/pack')).json()) as SignedPack).pack, 'ho-chi-minh')!;
    expect(back.version).toBe(3);
    expect(back.sessions.find((s) => s.id === 's1')?.cancelled).toBeUndefined();
    const versions = (await (await admin(`${P}/versions`)).json()) as {
      versions: { version: number; action: string; organizer: string }[];
    };
    expect(versions.versions.map((v) => [v.version, v.action, v.organizer])).toEqual([
      [3, 'rollback', 'admin'],
      [2, 'publish', 'admin'],
      [1, 'publish', 'admin'],
    ]);
    // The draft went back too: nothing left to publish.
    const draft = (await (await admin(`${P}/draft`)).json()) as { unpublished: unknown[] };
    expect(draft.unpublished).toEqual([]);
  });

  it('re-check list oldest first; "vẫn đúng" confirms one entry and publishes only that; another area gets 403', async () => {
    const { as, app } = await setup();
    const commune = await as('cho-lon');
    const admin = await as('admin');
    // A draft edit left unpublished must not go out with the confirmation.
    const draft = (await (await admin(`${P}/draft`)).json()) as {
      entries: { kind: string; id: string; rev: number; cells: Record<string, string> }[];
    };
    const nvh = draft.entries.find((e) => e.id === 'hcm-q5-nvh')!;
    await admin(`${P}/entries/point/hcm-q5-nvh`, {
      method: 'PUT',
      body: { cells: { ...nvh.cells, notes: 'Chưa xuất bản' }, rev: nvh.rev },
    });
    const list = (await (await commune(`${P}/recheck`)).json()) as { latest: number; entries: { id: string; verified: string | null }[] };
    expect(list.entries.map((e) => e.id)).toContain('hcm-cho-lon');
    expect(list.entries.map((e) => e.id)).not.toContain('hcm-an-dong'); // another commune
    expect(list.entries.every((e) => e.verified === null)).toBe(true); // sample data: never confirmed, first in line
    expect((await commune(`${P}/confirm`, { method: 'POST', body: { kind: 'point', id: 'hcm-an-dong', expectedVersion: 0 } })).status).toBe(
      403,
    );
    const ok = await commune(`${P}/confirm`, { method: 'POST', body: { kind: 'point', id: 'hcm-cho-lon', expectedVersion: 0 } });
    expect(await ok.json()).toEqual({ version: 1 });
    const pack = readPack(((await (await app.request('/api/points/ho-chi-minh/pack')).json()) as SignedPack).pack, 'ho-chi-minh')!;
    const point = pack.points.find((p) => p.id === 'hcm-cho-lon')!;
    expect(point).toMatchObject({ confirmedBy: 'cho-lon', sample: false });
    expect(point.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pack.note).toMatch(/^Xác nhận vẫn đúng: /);
    expect(pack.points.find((p) => p.id === 'hcm-q5-nvh')?.notes).not.toBe('Chưa xuất bản');
    // The confirmed entry goes to the end of the list; a stale version number is a conflict.
    const after = (await (await commune(`${P}/recheck`)).json()) as { entries: { id: string }[] };
    expect(after.entries.at(-1)?.id).toBe('hcm-cho-lon');
    expect((await commune(`${P}/confirm`, { method: 'POST', body: { kind: 'point', id: 'hcm-cho-lon', expectedVersion: 0 } })).status).toBe(
      409,
    );
  });
});
