import { readKioskSetup } from './kiosk-store';

/** Where the kiosk stands, for the point finder (src/platform/geolocation/kiosk-location.ts). */
export async function readKioskPlace(): Promise<{ lat: number; lng: number; label: string } | undefined> {
  const setup = await readKioskSetup();
  return setup && { lat: setup.lat, lng: setup.lng, label: setup.placeName };
}
