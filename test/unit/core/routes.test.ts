import { describe, expect, it } from 'vitest';
import { ALIASES, hrefFor, matchRoute, ROUTES, type RouteId } from '../../../src/core/routes';

describe('matchRoute', () => {
  it('matches every route with its parameters', () => {
    expect(matchRoute('/')).toEqual({ id: 'home', params: {}, path: '/' });
    expect(matchRoute('/kiem-tra?a=xyz')?.id).toBe('checker');
    expect(matchRoute('/huong-dan/activate/otp')).toEqual({
      id: 'guideStep',
      params: { tutorial: 'activate', step: 'otp' },
      path: '/huong-dan/activate/otp',
    });
    expect(matchRoute('/diem/q5-p12')).toEqual({ id: 'place', params: { id: 'q5-p12' }, path: '/diem/q5-p12' });
  });

  it('tolerates a trailing slash and upper case (typed from a poster)', () => {
    expect(matchRoute('/KIEM-TRA/')?.id).toBe('checker');
  });

  it('keeps old and alternative paths working', () => {
    for (const [from, to] of Object.entries(ALIASES)) expect(matchRoute(from)?.path, from).toBe(to);
    expect(matchRoute('/guides/activate')).toMatchObject({ id: 'guide', params: { tutorial: 'activate' } });
  });

  it('refuses unknown paths and hostile parameters', () => {
    expect(matchRoute('/nope')).toBeNull();
    expect(matchRoute('/diem/<script>')).toBeNull();
    expect(matchRoute('/diem/%E0%A4%A')).toBeNull(); // broken percent-encoding
    expect(matchRoute('/diem/' + 'a'.repeat(200))).toBeNull();
    expect(matchRoute('/huong-dan/a/b/c')).toBeNull();
  });
});

describe('hrefFor', () => {
  it('builds every route and round-trips through matchRoute', () => {
    const params = { tutorial: 'activate', step: 'otp', id: 'q5-p12' };
    for (const id of Object.keys(ROUTES) as RouteId[]) {
      const href = hrefFor(id, params);
      expect(matchRoute(href)?.id, href).toBe(id);
    }
  });

  it('adds only non-empty query values', () => {
    expect(hrefFor('places', {}, { dv: 'level2', q: '' })).toBe('/diem?dv=level2');
  });

  it('fails loudly on a missing parameter (a programming error)', () => {
    expect(() => hrefFor('place')).toThrow(/missing parameter id/);
  });
});
