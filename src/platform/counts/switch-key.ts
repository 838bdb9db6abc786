/** localStorage key set to '1' by the privacy screen's switch: this phone records and sends no counts. */
export const COUNTS_OFF_KEY = 'vneid-guide:counts-off';

/** Counts made just before the page was left, before this module loaded: picked up on the next visit. */
export const COUNTS_LEFT_KEY = 'vneid-guide:counts-left';

/** Rows the delivery code had not yet written to IndexedDB when the page was left. */
export const COUNTS_LEFT_ROWS_KEY = 'vneid-guide:counts-left-rows';

/** Writes to IndexedDB that were under way when the page was left, each with its page and number. */
export const COUNTS_LEFT_INFLIGHT_KEY = 'vneid-guide:counts-left-writes';
