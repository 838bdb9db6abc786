import type { EntryProblem } from '../../core/publish/draft';

/** The dashboard's Vietnamese names for columns, kinds and services. */
export const COLUMN_NAMES: Record<string, string> = {
  name: 'Tên',
  kind: 'Loại',
  services: 'Dịch vụ',
  address: 'Địa chỉ',
  commune: 'Xã/phường',
  province: 'Tỉnh/thành',
  'lat,lng': 'Tọa độ',
  lat: 'Vĩ độ',
  lng: 'Kinh độ',
  phone: 'Điện thoại',
  hours: 'Giờ làm việc',
  notes: 'Ghi chú',
  verified: 'Ngày xác minh',
  source: 'Nguồn',
  closed: 'Đóng cửa',
  place: 'Địa điểm',
  dates: 'Ngày',
  times: 'Giờ',
  cancelled: 'Đã hủy',
  id: 'Mã',
};

export const KIND_NAMES: Record<string, string> = {
  police: 'Công an xã/phường',
  pc06: 'Phòng PC06',
  guidance: 'Điểm hướng dẫn',
  mobile: 'Điểm tổ lưu động',
};

export const SERVICE_NAMES: Record<string, string> = {
  level2: 'Đăng ký mức 2',
  card: 'Làm thẻ căn cước',
  help: 'Hướng dẫn mức 1, kích hoạt',
};

/** "Giờ làm việc: có "25:00", cần …": the server's problem in the dashboard's words. */
export function problemText(p: Pick<EntryProblem, 'field' | 'found' | 'expected'>): string {
  return `${COLUMN_NAMES[p.field] ?? p.field}: có ${p.found}, cần ${p.expected}`;
}

/** 2026-12-01T02:10:00Z → "01/12/2026 09:10" (Vietnam time). */
export function whenText(iso: string): string {
  return new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso));
}

/** A new entry's id: readable, unique enough, within the id rule (a-z, 0-9, -; at most 40). */
export function newId(prefix: string): string {
  const slug = prefix
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 28);
  return `${slug || 'muc'}-${Math.random().toString(36).slice(2, 8)}`.replace(/^-/, '');
}
