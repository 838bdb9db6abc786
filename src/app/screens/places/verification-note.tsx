import { daysSinceConfirmed, type Verification } from '../../../core/points/verification';
import { formatDate } from '../../format-date';
import { useLang, useT } from '../../hooks';

/**
 * How far to trust an entry, said in words (never by colour alone): "Xác nhận bởi … 3 ngày trước"
 * while fresh; past 30 days, or never confirmed, "hãy gọi trước khi đến".
 */
export function VerificationNote({
  state,
  verified,
  confirmedBy,
  today,
}: {
  state: Verification;
  verified?: string;
  confirmedBy?: string;
  today?: string;
}) {
  const t = useT();
  const lang = useLang();
  if (state === 'fresh') {
    const days = today ? daysSinceConfirmed({ verified }, today) : undefined;
    const ago =
      days === undefined
        ? undefined
        : days === 0
          ? t('points.verify.today')
          : days === 1
            ? t('points.verify.yesterday')
            : t('points.verify.daysAgo', { days });
    return (
      <p class="verify verify-fresh" data-verification="fresh" data-confirmed-by={confirmedBy}>
        {confirmedBy && ago
          ? t('points.verify.freshBy', { by: confirmedBy, ago })
          : t('points.verify.fresh', { date: formatDate(verified ?? '', lang) })}
      </p>
    );
  }
  const text = state === 'stale' ? t('points.verify.stale', { date: formatDate(verified ?? '', lang) }) : t(`points.verify.${state}`);
  return (
    <p class="verify verify-warn" data-verification={state}>
      <strong>{text}</strong>
    </p>
  );
}
