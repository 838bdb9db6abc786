import { currentVisit } from '../kiosk/kiosk-flag';

/**
 * Where a kiosk stands, as its organizer set it up on the kiosk (src/platform/kiosk): an in-app
 * setting, never a URL parameter, because a position in a link would travel with every shared or
 * QR'd page.
 */
export interface KioskLocation {
  lat: number;
  lng: number;
  /** What the kiosk calls its place, e.g. "Nhà văn hóa khu phố 3, phường Chợ Lớn". */
  label: string;
}

/** The kiosk's place, or undefined on any device that is not a kiosk (checked without loading the kiosk's store). */
export async function getKioskLocation(): Promise<KioskLocation | undefined> {
  if (!currentVisit()) return undefined;
  try {
    const { readKioskPlace } = await import('../kiosk/kiosk-place');
    return await readKioskPlace();
  } catch {
    return undefined;
  }
}
