import { currentVisit } from '../kiosk/kiosk-flag';

/**
 * Where a kiosk stands, as set up by the organizer on the kiosk's settings (never in a URL: a
 * position in a link would travel with every shared or QR'd page).
 *
 * Contract with the kiosk feature: it replaces the body of getKioskLocation() to read the kiosk
 * configuration from its own store, and returns undefined on any device that is not a kiosk.
 */
export interface KioskLocation {
  lat: number;
  lng: number;
  /** What the kiosk calls its place, e.g. "Nhà văn hóa khu phố 3, phường Chợ Lớn". */
  label: string;
}

export async function getKioskLocation(): Promise<KioskLocation | undefined> {
  // Kiosk feature (issue 8): only a kiosk loads its configuration store; a phone stops here.
  if (!currentVisit()) return undefined;
  return (await import('../kiosk/kiosk-place')).readKioskPlace();
}
