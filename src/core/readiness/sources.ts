/**
 * When the readiness check's facts (lowest OS versions, chip reading on iPhone 7 and later, the
 * 1414 subscriber look-up) were last read against their sources: domain/vneid-facts.md §2, whose
 * entries are secondary ([S]) and shown as unconfirmed on the screen.
 */
export const READINESS_LAST_CHECKED = '2026-12-01';
