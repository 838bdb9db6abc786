/** localStorage key set to '1' by the privacy screen's switch: this phone records and sends no counts. */
export const COUNTS_OFF_KEY = 'vneid-guide:counts-off';

/** Counts made just before the page was left, before this module loaded: picked up on the next visit. */
export const COUNTS_LEFT_KEY = 'vneid-guide:counts-left';
