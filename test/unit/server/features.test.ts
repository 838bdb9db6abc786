import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app';
import { closeFeatures } from '../../../src/server/feature';
import { openFeatures } from '../../../src/server/features';
import { tempDir } from '../support/temp-dir';

describe('the server feature list', () => {
  it("wires the counts collector, the organizers' dashboard and the health check, and closes them", async () => {
    const dist = tempDir('vneid-dist-');
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>t</title>');
    const { features, notices } = await openFeatures({ DATA_DIR: tempDir('vneid-data-') });
    try {
      expect(features.map((f) => f.name)).toEqual(['storage', 'counts', 'organizers', 'health', 'published-points', 'notices']);
      expect(notices.join('\n')).toContain('npm run organizer -- add');
      const app = createApp({ distDir: dist, features });
      const redirect = await app.request('/dashboard');
      expect(redirect.status).toBe(302);
      expect(redirect.headers.get('location')).toBe('/dashboard.html');
      const counts = await app.request('/api/counts', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
      expect(counts.status).toBe(415);
      expect((await app.request('/api/dashboard/me')).status).toBe(401);
      const health = await app.request('/healthz');
      expect(health.headers.get('cache-control')).toBe('no-store');
      expect(await health.json()).toMatchObject({
        database: { kind: 'sqlite', writable: true },
        disk: { minFreeBytes: 100 * 1024 * 1024 },
      });
      expect((await app.request('/api/points/key')).status).toBe(200);
    } finally {
      await closeFeatures(features);
    }
  });

  it('creates the first organizer from the environment, and refuses a bad one without leaving storage open', async () => {
    const data = tempDir('vneid-data-');
    const first = await openFeatures({ DATA_DIR: data, ORGANIZER_NAME: 'doi06-q5', ORGANIZER_PASSWORD: 'a long enough secret' });
    expect(first.notices).toEqual(['Organizer account "doi06-q5" created from ORGANIZER_NAME.']);
    await closeFeatures(first.features);
    await expect(
      openFeatures({ DATA_DIR: tempDir('vneid-data-'), ORGANIZER_NAME: 'X Y', ORGANIZER_PASSWORD: 'a long enough secret' }),
    ).rejects.toThrow('ORGANIZER_NAME');
  });

  it('refuses a mistyped HEALTH_MIN_FREE_MB before opening anything', async () => {
    await expect(openFeatures({ DATA_DIR: tempDir('vneid-data-'), HEALTH_MIN_FREE_MB: '1GB' })).rejects.toThrow(
      'HEALTH_MIN_FREE_MB: found "1GB", expected a number of megabytes',
    );
  });
});
