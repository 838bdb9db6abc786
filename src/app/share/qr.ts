import { makeShareQr, type QrCreate, type ShareQr } from '../../core/share/qr-make';

/**
 * Makes a QR symbol on the device (it works offline). The `qrcode` package is loaded on first use
 * only, so no screen pays for it until someone shares; the import is kept once loaded.
 */
let loading: Promise<QrCreate> | undefined;

function loadCreate(): Promise<QrCreate> {
  if (!loading) {
    loading = import('qrcode').then((mod) => {
      // The package is CommonJS: depending on the bundler, create() is on the module or its default.
      const m = mod as unknown as { create?: QrCreate; default?: { create?: QrCreate } };
      const create = m.create ?? m.default?.create;
      if (!create) throw new Error('qrcode: create() not found');
      return create;
    });
    loading.catch(() => (loading = undefined)); // a failed load (offline before it was cached) may be retried
  }
  return loading;
}

export async function makeQr(text: string): Promise<ShareQr> {
  return makeShareQr(await loadCreate(), text);
}
