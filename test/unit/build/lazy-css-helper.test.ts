import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAZY_CSS_HELPER } from '../../../src/build/lazy-css-helper';
import { importCompiled } from '../support/compiled-module';

type Preload = (load: () => Promise<string>, deps?: string[]) => Promise<string>;

/** A page with the shell's stylesheet; links it is given load (or fail) when the test says. */
function fakeDocument() {
  const links: { rel: string; href: string; onload?: () => void; onerror?: () => void; removed?: boolean; remove(): void }[] = [];
  const doc = {
    querySelector: (selector: string) =>
      selector === 'link[rel=stylesheet][href="/assets/index-a.css"]' || links.some((l) => !l.removed && selector.includes(`"${l.href}"`))
        ? {}
        : null,
    createElement: () => {
      const link = { rel: '', href: '', remove: () => (link.removed = true) } as (typeof links)[number];
      return link;
    },
    head: { appendChild: (l: (typeof links)[number]) => links.push(l) },
  };
  vi.stubGlobal('document', doc);
  return links;
}
const preloadFn = async () => (await importCompiled(LAZY_CSS_HELPER)).__vitePreload as Preload;
afterEach(() => vi.unstubAllGlobals());

describe("the lazy chunks' stylesheet loader", () => {
  it("imports a chunk once its stylesheets have loaded, adds each once, and never the shell's again", async () => {
    const links = fakeDocument();
    const preload = await preloadFn();
    const load = vi.fn(() => Promise.resolve('screen'));
    const first = preload(load, ['assets/checker-b.css', 'assets/index-a.css']);
    expect(links.map((l) => [l.rel, l.href])).toEqual([['stylesheet', '/assets/checker-b.css']]);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled(); // not before its stylesheet: no unstyled paint
    links[0]!.onload!();
    await expect(first).resolves.toBe('screen');
    await expect(preload(load, ['assets/checker-b.css'])).resolves.toBe('screen');
    expect(links).toHaveLength(1);
    await expect(preload(load)).resolves.toBe('screen');
  });

  it('fails when a stylesheet fails, and tries it again next time', async () => {
    const links = fakeDocument();
    const preload = await preloadFn();
    const load = vi.fn(() => Promise.resolve('screen'));
    const first = preload(load, ['assets/guides-c.css']);
    links[0]!.onerror!();
    await expect(first).rejects.toThrow('assets/guides-c.css');
    expect(links[0]!.removed).toBe(true);
    expect(load).not.toHaveBeenCalled();
    const again = preload(load, ['assets/guides-c.css']);
    expect(links).toHaveLength(2);
    links[1]!.onload!();
    await expect(again).resolves.toBe('screen');
  });
});
