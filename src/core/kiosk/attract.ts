/**
 * The attract screen's rotating messages (the only content in the app that moves by itself, per
 * the style guide). Message ids index the kiosk.json texts; the order is the order shown.
 */
export const ATTRACT_MESSAGES = ['activate', 'level2', 'free', 'phone', 'scam'] as const;
export type AttractMessage = (typeof ATTRACT_MESSAGES)[number];

/** Long enough to read twice at a slow pace, short enough to catch a passer-by. */
export const ATTRACT_ROTATE_MS = 8_000;

/** The message on screen `elapsedMs` after the screen appeared. */
export function attractMessageAt(elapsedMs: number, rotateMs: number = ATTRACT_ROTATE_MS): AttractMessage {
  const i = Math.floor(Math.max(0, elapsedMs) / rotateMs) % ATTRACT_MESSAGES.length;
  return ATTRACT_MESSAGES[i]!;
}
