/**
 * Registration points (điểm đăng ký) and mobile team sessions (buổi làm việc của tổ lưu động), as
 * compiled from content/points/*.csv. The data model follows the 2025 reform: province → commune,
 * no district; old district and ward names live on as search aliases.
 */

/** What kind of place a point is. */
export const POINT_KINDS = [
  'police', // Công an xã/phường/đặc khu: takes level-2 applications
  'pc06', // Phòng PC06, Công an tỉnh/thành phố
  'guidance', // Điểm hướng dẫn (nhà văn hóa, trụ sở thôn/khu phố): help with level 1 and activation
  'mobile', // a venue where a mobile team (tổ lưu động) holds sessions; no regular hours
] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/** Service filter codes, also used in links: /diem?dv=level2 */
export const SERVICES = [
  'level2', // đăng ký tài khoản định danh điện tử mức 2
  'card', // làm thẻ căn cước
  'help', // hướng dẫn đăng ký mức 1 và kích hoạt
] as const;
export type Service = (typeof SERVICES)[number];

export function isService(value: unknown): value is Service {
  return typeof value === 'string' && (SERVICES as readonly string[]).includes(value);
}

export interface RegistrationPoint {
  /** Short slug, stable: it is printed in URLs (/diem/<id>) and QR codes. */
  id: string;
  name: string;
  kind: PointKind;
  services: Service[];
  /**
   * Services listed with "?" in the data: offered as far as anyone knows but not confirmed by a
   * source (HCMC takes card applications at a limited list of points since 1/7/2025). The finder
   * still lists the point for them, and says to call first.
   */
  unconfirmedServices?: Service[];
  address: string;
  /** Commune-level unit after the 2025 reform (xã, phường, đặc khu). */
  commune: string;
  /** Province id from content/points/provinces.csv. */
  province: string;
  lat: number;
  lng: number;
  /** As written for people (an office line or hotline); absent when none is published. */
  phone?: string;
  /** Opening hours in the syntax of ./hours (absent for mobile venues: their sessions give the times). */
  hours?: string;
  notes?: string;
  notesEn?: string;
  /** Old names (district, ward, province before 2025) people still use; searched, shown as "formerly". */
  aliases: string[];
  /** YYYY-MM-DD when someone last confirmed the data with the unit. */
  verified?: string;
  /** Who confirmed it then (an organizer account, or a unit), shown as "Xác nhận bởi …". */
  confirmedBy?: string;
  source: string;
  /** Sample data shipped with the guide: never verified, shown as "not verified: call before you go". */
  sample: boolean;
  /** Closed for a while (shown as such) or for good (left out of the finder); absent when open. */
  closed?: 'temporary' | 'permanent';
}

/** One mobile team's schedule at one place: a list of dates with the same times. */
export interface MobileSession {
  id: string;
  /** The RegistrationPoint id of the venue. */
  place: string;
  /** Every date it happens, YYYY-MM-DD, sorted. */
  dates: string[];
  /** Times on each of those dates, minutes since midnight, sorted, not overlapping. */
  times: [number, number][];
  services: Service[];
  notes?: string;
  source: string;
  sample: boolean;
  /** Called off by its team: still listed, marked cancelled, so nobody goes in vain. */
  cancelled?: boolean;
  /** YYYY-MM-DD when an organizer last confirmed it, and who. */
  verified?: string;
  confirmedBy?: string;
}

/** One province as the index lists it (every province, with or without data). */
export interface ProvinceInfo {
  id: string;
  name: string;
  /** Provinces merged into this one in 2025 and other names people use (Sài Gòn). */
  aliases: string[];
  /** Approximate administrative centre [lat, lng]: orders provinces by distance, centres a typed province. */
  center: [number, number];
  /** [minLat, minLng, maxLat, maxLng] of its points, when it has any. */
  bounds?: [number, number, number, number];
  points: number;
  sessions: number;
}

/** What a province's lazily loaded module holds. */
export interface ProvinceData {
  province: string;
  points: RegistrationPoint[];
  sessions: MobileSession[];
}

/** A place name a person may type (commune, old ward or district, province), with where it is. */
export interface PlaceEntry {
  name: string;
  /** 'commune' (current unit), 'former' (an old name), 'province'. */
  type: 'commune' | 'former' | 'province';
  province: string;
  lat: number;
  lng: number;
}
