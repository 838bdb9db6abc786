/**
 * A "nice" top for an axis (1, 2 or 5 times a power of ten) and its tick values. Counts are whole
 * numbers, so a step is never below 1 (no "0,5 lượt").
 */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = Math.max(1, max / count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

export const formatNumber = (n: number) => n.toLocaleString('vi-VN');
export const formatDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;
