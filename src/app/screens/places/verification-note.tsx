import type { Verification } from '../../../core/points/verification';
import { formatDate } from '../../format-date';
import { useLang, useT } from '../../hooks';

/** How far to trust a point's data, said in words (never by colour alone). */
export function VerificationNote({ state, verified }: { state: Verification; verified?: string }) {
  const t = useT();
  const lang = useLang();
  if (state === 'fresh') {
    return <p class="verify verify-fresh">{t('points.verify.fresh', { date: formatDate(verified ?? '', lang) })}</p>;
  }
  const text = state === 'stale' ? t('points.verify.stale', { date: formatDate(verified ?? '', lang) }) : t(`points.verify.${state}`);
  return (
    <p class="verify verify-warn">
      <strong>{text}</strong>
    </p>
  );
}
