import { isLocalityCode } from '../counts/dimensions';
import { normalizeSourceTag, SOURCE_TAG_MAX } from '../share/source-tag';

/**
 * A volunteer team's code (mã tổ tình nguyện), e.g. "doan-tn-phuong-3": the source of the team's
 * counts, so it follows the source-tag rule. It names a team, never a person: no names, and no
 * run of digits that could be a phone or ID number.
 */
export type TeamCodeProblem = 'empty' | 'tooShort' | 'tooLong' | 'characters' | 'digits';

export type TeamCodeCheck = { ok: true; code: string } | { ok: false; problem: TeamCodeProblem };

export const TEAM_CODE_MIN = 3;
export const TEAM_CODE_MAX = SOURCE_TAG_MAX;

export function checkTeamCode(raw: string): TeamCodeCheck {
  // Spaces typed on a phone keyboard become dashes: "To 3" is clearly meant as "to-3".
  const text = raw.trim().replace(/\s+/g, '-');
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > TEAM_CODE_MAX) return { ok: false, problem: 'tooLong' };
  // Checked first so the volunteer hears why (the source-tag rule would refuse it too).
  if (/\d{8}/.test(text)) return { ok: false, problem: 'digits' };
  const code = normalizeSourceTag(text);
  if (!code) return { ok: false, problem: 'characters' };
  if (code.length < TEAM_CODE_MIN) return { ok: false, problem: 'tooShort' };
  return { ok: true, code };
}

/** The team's locality is optional: '' (not given) or a locality code "79" / "79-26734". */
export function checkTeamLocality(raw: string): { ok: true; locality: string } | { ok: false } {
  const text = raw.trim();
  if (text === '') return { ok: true, locality: '' };
  return isLocalityCode(text) ? { ok: true, locality: text } : { ok: false };
}

/** A volunteer device's setup: the team and, when known, where it works. Nothing about a person. */
export interface VolunteerTeam {
  code: string;
  locality: string;
}
