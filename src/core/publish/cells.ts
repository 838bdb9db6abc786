import type { MobileSession, RegistrationPoint } from '../points/types';
import type { Cells } from './draft';

/**
 * A point or session back as spreadsheet cells (the columns of content/points/*.csv): how the
 * content shipped with the build becomes a province's first draft, and how an entry is shown in
 * the dashboard's form. Reading these cells back gives the same entry.
 */
export function pointCells(p: RegistrationPoint): Cells {
  const services = [...p.services.map((s) => (p.unconfirmedServices?.includes(s) ? `${s}?` : s))];
  return {
    name: p.name,
    kind: p.kind,
    services: services.join(' '),
    address: p.address,
    commune: p.commune,
    province: p.province,
    lat: String(p.lat),
    lng: String(p.lng),
    phone: p.phone ?? '',
    hours: p.hours ?? '',
    notes: p.notes ?? '',
    notes_en: p.notesEn ?? '',
    aliases: p.aliases.join('; '),
    verified: p.verified ?? '',
    confirmed_by: p.confirmedBy ?? '',
    sample: p.sample ? 'yes' : '',
    closed: p.closed ?? '',
    source: p.source,
  };
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function sessionCells(s: MobileSession): Cells {
  return {
    place: s.place,
    dates: s.dates.join(', '),
    times: s.times.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(', '),
    services: s.services.join(' '),
    notes: s.notes ?? '',
    sample: s.sample ? 'yes' : '',
    cancelled: s.cancelled ? 'yes' : '',
    verified: s.verified ?? '',
    confirmed_by: s.confirmedBy ?? '',
    source: s.source,
  };
}
