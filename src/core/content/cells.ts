/**
 * Reading one spreadsheet cell: shared by the build (content/points/*.csv) and the server
 * (dashboard forms, uploaded CSV), so a value means the same everywhere.
 */

/** A list written in one cell: "level2 card", "level2;card", "level2, card". */
export function splitList(cell: string | undefined, separators = /[\s,;|]+/): string[] {
  return (cell ?? '')
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A yes/no cell: yes, có, x, 1 / no, không, 0 / empty. */
export function readFlag(cell: string | undefined): boolean | undefined {
  const v = (cell ?? '').trim().toLowerCase();
  if (['yes', 'y', 'có', 'co', 'x', '1', 'true'].includes(v)) return true;
  if (['', 'no', 'n', 'không', 'khong', '0', 'false'].includes(v)) return false;
  return undefined;
}

/** A coordinate, also with a decimal comma (Vietnamese spreadsheets write 10,7626). */
export function readCoordinate(cell: string | undefined): number | undefined {
  const v = (cell ?? '').trim();
  if (!/^-?\d+([.,]\d+)?$/.test(v)) return undefined;
  return Number(v.replace(',', '.'));
}
