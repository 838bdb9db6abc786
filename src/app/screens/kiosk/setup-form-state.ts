import { isValidPin } from '../../../core/kiosk/pin';
import {
  formatSetupQuery,
  parseSetup,
  SETUP_VERSION,
  type SetupCheck,
  type SetupField,
  type SetupProblem,
} from '../../../core/kiosk/setup-link';
import { hashPin } from '../../../platform/kiosk/pin-hash';

/** The setup maker's fields, as typed. */
export interface SetupForm {
  id: string;
  loc: string;
  ten: string;
  lat: string;
  lng: string;
  lang: string;
  idle: string;
  pin: string;
  pin2: string;
}

export const EMPTY_FORM: SetupForm = { id: '', loc: '', ten: '', lat: '', lng: '', lang: 'vi', idle: '60', pin: '', pin2: '' };

/** Stands in for the PIN's fingerprint while the other fields are checked (hashing is slow). */
const PLACEHOLDER_PIN = `150000.${'A'.repeat(22)}.${'A'.repeat(43)}`;

function queryOf(form: SetupForm, pin: string): string {
  const pairs: [string, string][] = [
    ['setup', SETUP_VERSION],
    ['id', form.id.trim()],
    ['loc', form.loc.trim()],
    ['lat', form.lat.trim()],
    ['lng', form.lng.trim()],
    ['ten', form.ten.trim()],
    ['lang', form.lang],
    ['idle', form.idle.trim()],
    ['pin', pin],
  ];
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/**
 * Checks the form through the very parser the kiosk will use on the link (so the maker can never
 * make a link the kiosk refuses), then hashes the PIN: the link carries only its fingerprint.
 */
/** A problem with the form: the link's own, or the PIN typed twice. */
export type FormProblem = SetupProblem<SetupField | 'pin2'>;

export async function makeSetupLink(form: SetupForm): Promise<{ ok: true; query: string } | { ok: false; problems: FormProblem[] }> {
  const problems: FormProblem[] = [];
  const draft: SetupCheck = parseSetup(new URLSearchParams(queryOf(form, PLACEHOLDER_PIN)));
  if (!draft.ok) problems.push(...draft.problems);
  if (!isValidPin(form.pin)) problems.push({ field: 'pin', kind: 'invalid', found: '•'.repeat(form.pin.length) });
  else if (form.pin !== form.pin2) problems.push({ field: 'pin2', kind: 'invalid' });
  if (problems.length > 0 || !draft.ok) return { ok: false, problems };
  const pin = await hashPin(form.pin);
  return { ok: true, query: formatSetupQuery({ ...draft.setup, pin }) };
}
