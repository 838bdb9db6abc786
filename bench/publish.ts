import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { writeSheet, type SheetEntry } from '../src/core/publish/sheet';
import { hashPassword } from '../src/server/auth/password';
import { organizersFeature } from '../src/server/dashboard-api/feature';
import { readContentSource } from '../src/server/publish/content-source';
import { publishFeature } from '../src/server/publish/feature';
import { openPackSigner } from '../src/server/publish/signing-key';
import { openSqlite } from '../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../src/server/storage/sqlite-count-store';
import { SqliteOrganizerStore } from '../src/server/storage/sqlite-organizer-store';
import { SqlitePublicationStore } from '../src/server/storage/sqlite-publication-store';
import { startServer } from '../test/e2e/support/server';
import { percentile } from './counts-load';

const PROVINCE = 'ho-chi-minh';
const ADMIN = { name: 'bench-admin', password: 'mật khẩu bench đủ dài' };

/** A province's worth of realistic rows: points with hours and notes, sessions with several dates and times. */
function province(points: number, sessions: number, round = 0): SheetEntry[] {
  const out: SheetEntry[] = [];
  for (let i = 0; i < points; i++)
    out.push({
      kind: 'point',
      id: `bench-diem-${i}`,
      cells: {
        name: `Điểm hướng dẫn VNeID khu phố ${i + 1}, phường Chợ Lớn`,
        kind: i % 5 === 0 ? 'police' : 'guidance',
        services: i % 5 === 0 ? 'help level2 card?' : 'help level2',
        address: `Số ${100 + i} đường Trần Hưng Đạo, khu phố ${(i % 30) + 1}`,
        commune: 'Phường Chợ Lớn',
        province: PROVINCE,
        lat: (10.7 + (i % 97) * 0.001).toFixed(4),
        lng: (106.6 + (i % 89) * 0.001).toFixed(4),
        phone: '028 3855 1234',
        hours: 'Mo-Fr 07:30-11:30,13:30-17:00; Sa 07:30-11:30; PH off',
        notes: `Mang thẻ căn cước/CCCD gắn chip và điện thoại có SIM chính chủ. Lần ${round}.`,
        verified: '2026-11-20',
        source: 'Công an phường Chợ Lớn, danh sách điểm tháng 11/2026',
      },
    });
  for (let i = 0; i < sessions; i++) {
    const day = (n: number) => `2027-01-${String(((i + n) % 28) + 1).padStart(2, '0')}`;
    out.push({
      kind: 'session',
      id: `bench-buoi-${i}`,
      cells: {
        place: `bench-diem-${i % points}`,
        dates: `${day(0)}, ${day(7)}, ${day(14)}`,
        times: '07:30-11:00, 13:30-16:30',
        services: 'level2 help',
        notes: 'Mang thẻ căn cước/CCCD gắn chip và điện thoại có SIM chính chủ.',
        source: 'Tổ lưu động phường Chợ Lớn',
      },
    });
  }
  return out;
}

async function inProcess(dir: string) {
  const db = openSqlite(dir);
  const organizers = new SqliteOrganizerStore(db);
  await organizers.addOrganizer(ADMIN.name, await hashPassword(ADMIN.password), '2026-12-01', '*');
  const app = new Hono();
  organizersFeature(new SqliteCountStore(db), organizers).mount(app);
  publishFeature(organizers, new SqlitePublicationStore(db), readContentSource(join(process.cwd(), 'content')), openPackSigner(dir)).mount(
    app,
  );
  const login = await app.request('/api/dashboard/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const csv = (path: string, body: string) =>
    Promise.resolve(app.request(path, { method: 'POST', headers: { cookie, 'content-type': 'text/csv' }, body })).then(async (r) => {
      const json = (await r.json()) as { basis?: string; version?: number; problems?: unknown[]; message?: string };
      if (r.status !== 200) throw new Error(`${path}: ${r.status} ${JSON.stringify(json).slice(0, 300)}`);
      return json;
    });
  /** Previews then publishes a sheet; the times of each step. */
  const upload = async (text: string, note: string) => {
    const t0 = performance.now();
    const preview = await csv(`/api/dashboard/sheets/${PROVINCE}/preview`, text);
    const t1 = performance.now();
    if (preview.problems?.length) throw new Error(`bench sheet has problems: ${JSON.stringify(preview.problems.slice(0, 3))}`);
    const done = await csv(`/api/dashboard/sheets/${PROVINCE}/publish?note=${encodeURIComponent(note)}&basis=${preview.basis}`, text);
    return { preview: t1 - t0, publish: performance.now() - t1, version: done.version! };
  };
  return { app, db, upload };
}

/**
 * `npm run bench -- publish`: the gzip size of a province pack of 200 points and 500 sessions; the
 * time to validate (preview) and publish a 5,000-row spreadsheet through the API; and the time from
 * a publish request to the new pack being served by the real server.
 */
export async function benchPublish(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-publish-'));
  try {
    const { app, db, upload } = await inProcess(dir);
    await upload(writeSheet(province(200, 500)), 'Bench: 200 điểm, 500 buổi');
    const served = await app.request(`/api/points/${PROVINCE}/pack`);
    const wire = await served.text();
    const { pack } = JSON.parse(wire) as { pack: string };
    const parsed = JSON.parse(pack) as { points: unknown[]; sessions: unknown[] };
    console.log(
      `  province pack, ${parsed.points.length} points + ${parsed.sessions.length} sessions: ${Buffer.byteLength(wire).toLocaleString('en-US')} B as sent (signed JSON), ` +
        `${gzipSync(wire, { level: 6 }).length.toLocaleString('en-US')} B gzip -6, ${gzipSync(wire, { level: 9 }).length.toLocaleString('en-US')} B gzip -9`,
    );

    const rows = (r: number) => writeSheet(province(1000, 4000, r));
    const sample = rows(0);
    console.log(`  5,000-row sheet (1,000 points + 4,000 sessions): ${Buffer.byteLength(sample).toLocaleString('en-US')} B CSV`);
    const previews: number[] = [];
    const publishes: number[] = [];
    for (let r = 1; r <= 5; r++) {
      const t = await upload(rows(r), `Bench lần ${r}`);
      previews.push(t.preview);
      publishes.push(t.publish);
    }
    console.log(
      `  5,000-row sheet: validate + preview median ${percentile(previews, 50).toFixed(0)} ms (max ${Math.max(...previews).toFixed(0)}), ` +
        `validate + sign + publish median ${percentile(publishes, 50).toFixed(0)} ms (max ${Math.max(...publishes).toFixed(0)}), 5 runs, SQLite`,
    );
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The real server: from the publish request to the first pack answer that carries the new version.
  const server = await startServer({ env: { ORGANIZER_NAME: ADMIN.name, ORGANIZER_PASSWORD: ADMIN.password } });
  try {
    const login = await fetch(`${server.url}/api/dashboard/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const api = (path: string, method: string, body: unknown) =>
      fetch(`${server.url}/api/dashboard/points/${PROVINCE}${path}`, {
        method,
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const times: number[] = [];
    let rev = 0;
    for (let v = 1; v <= 20; v++) {
      const cells = {
        place: 'hcm-q5-nvh',
        dates: '2027-01-09',
        times: '07:30-11:00',
        services: 'level2',
        notes: `Lần ${v}`,
        source: 'Bench',
      };
      const saved = await api('/entries/session/bench-served', 'PUT', { cells, rev });
      rev = ((await saved.json()) as { entry: { rev: number } }).entry.rev;
      const t0 = performance.now();
      const published = await api('/publish', 'POST', { note: `Bench ${v}`, expectedVersion: v - 1 });
      if (published.status !== 200) throw new Error(`publish ${v}: ${published.status} ${await published.text()}`);
      for (;;) {
        const r = await fetch(`${server.url}/api/points/${PROVINCE}/pack`);
        const body = (await r.json()) as { pack?: string };
        if (body.pack && (JSON.parse(body.pack) as { version: number }).version === v) break;
      }
      times.push(performance.now() - t0);
    }
    console.log(
      `  publish → pack served (real server, built province, 20 publishes): median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (target: within a minute)`,
    );
  } finally {
    await server.stop();
  }
}
