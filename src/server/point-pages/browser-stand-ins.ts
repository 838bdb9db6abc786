/**
 * The few browser globals the app's modules read when they load or render (the link's query, the
 * device's saved settings, the language), standing in on the render worker's own thread: never
 * on the server's main thread, where a global `window` would make libraries think they are in a
 * browser. Storage is empty and forgets: a server-rendered page shows what a first visit shows.
 */
export function standInForTheBrowser(): void {
  const forgetful = () => {
    const kept = new Map<string, string>();
    return {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: () => {},
      removeItem: () => {},
      clear: () => {},
      key: () => null,
      length: 0,
    };
  };
  const globals: Record<string, unknown> = {
    window: globalThis,
    location: new URL('https://server.invalid/'),
    history: { state: null, length: 1, pushState() {}, replaceState() {}, back() {} },
    localStorage: forgetful(),
    sessionStorage: forgetful(),
    addEventListener() {},
    removeEventListener() {},
    navigator: { userAgent: '', language: 'vi', languages: ['vi'], onLine: true, platform: '', maxTouchPoints: 0 },
  };
  for (const [name, value] of Object.entries(globals))
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}
