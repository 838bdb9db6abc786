import { platformOf, type ClientHints, type DeviceSignals } from '../core/readiness/device';

interface NavigatorWithHints {
  userAgentData?: { mobile?: boolean; platform?: string; getHighEntropyValues?(hints: string[]): Promise<ClientHints> };
}

/**
 * Reads what the browser tells about the phone for the readiness check: platform and OS version
 * (User-Agent Client Hints where available, else the User-Agent), Web NFC, and the storage quota.
 * Every read is optional and bounded: a browser that refuses or hangs gives "unknown", never an error.
 * Nothing is stored or sent.
 */
export async function readDeviceSignals(nav: Navigator = navigator, win: object = window): Promise<DeviceSignals> {
  const uaData = (nav as Navigator & NavigatorWithHints).userAgentData;
  let hints: ClientHints | undefined;
  if (uaData?.getHighEntropyValues) {
    hints = await within(
      uaData
        .getHighEntropyValues(['platformVersion'])
        .then((h) => ({ ...h, platform: h.platform ?? uaData.platform, mobile: h.mobile ?? uaData.mobile })),
    );
  }
  const { platform, osMajor } = platformOf(nav.userAgent, hints);
  const estimate = nav.storage?.estimate ? await within(nav.storage.estimate()) : undefined;
  return {
    platform,
    ...(osMajor === undefined ? {} : { osMajor }),
    webNfc: 'NDEFReader' in win,
    ...(estimate?.quota === undefined ? {} : { storageQuota: estimate.quota }),
  };
}

/** A browser API that never answers must not hold the screen: one second, then "unknown". */
function within<T>(promise: Promise<T>, ms = 1000): Promise<T | undefined> {
  return Promise.race([promise.catch(() => undefined), new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);
}
