import { addDays } from '../../../core/points/clock';
import type { TimesOn } from '../../../core/points/open-status';
import { useLang, useT } from '../../hooks';
import { dayLabel, timesText } from './format';

/** The next seven days as they really are (holidays and campaigns applied), not the rule text. */
export function WeekHours({
  timesOn,
  today,
  isHoliday,
  isUnconfirmedHoliday = () => false,
  dayOffName = () => undefined,
}: {
  timesOn: TimesOn;
  today: string;
  isHoliday: (d: string) => boolean;
  /** A day off not announced yet (provisional, or maybe): say so, and to call first. */
  isUnconfirmedHoliday?: (d: string) => boolean;
  /** The name of a day off an admin published ("Nghỉ bù Quốc khánh"), said with it. */
  dayOffName?: (d: string) => string | undefined;
}) {
  const t = useT();
  const lang = useLang();
  const days = Array.from({ length: 7 }, (_, i) => addDays(today, i));
  return (
    <>
      <h2>{t('points.point.hours')}</h2>
      <table class="week-hours">
        <tbody>
          {days.map((d) => {
            const ranges = timesOn(d);
            return (
              <tr key={d} data-date={d} data-day-off={isHoliday(d) ? 'yes' : undefined}>
                <th scope="row">{dayLabel(d, today, t, lang)}</th>
                <td>
                  {ranges.length ? timesText(ranges) : t('points.point.closed')}
                  {isUnconfirmedHoliday(d)
                    ? ` (${t('points.point.holidayUnconfirmed')})`
                    : isHoliday(d) && ` (${dayOffName(d) ?? t('points.point.holiday')})`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
