import { useLang, useT } from '../hooks';
import { formatDate } from '../format-date';

/** "Nguồn: … · Kiểm tra lần cuối …", under every rule and guide step; flags unconfirmed facts. */
export function SourceNote({ source, lastChecked, unconfirmed }: { source: string; lastChecked: string; unconfirmed?: boolean }) {
  const t = useT();
  const lang = useLang();
  return (
    <p class="source-note">
      {unconfirmed && <strong class="unconfirmed">{t('source.unconfirmed')}. </strong>}
      {t('source.label')}: {source} · {t('source.lastChecked', { date: formatDate(lastChecked, lang) })}
    </p>
  );
}
