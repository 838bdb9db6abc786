import { useEffect, useState } from 'preact/hooks';
import { noticesToShow, type DocNotice } from '../../core/notices/notice';
import { rememberedProvinces } from '../../platform/offline/keep-assets';
import { loadNoticeDoc } from '../../platform/points/notices';
import { useLang } from '../hooks';
import { loadNamespaces } from '../i18n';
import { NoticeList } from './notice-list';

/**
 * The home screen's notices, loaded after the first paint (home-screen.tsx): the whole deployment's
 * and those of the provinces this device searched before (kept on the device, never sent). A
 * commune's notice shows in the finder, where the commune is known.
 */
export function HomeNotices() {
  const lang = useLang();
  const [notices, setNotices] = useState<DocNotice[]>([]);
  useEffect(() => {
    let live = true;
    const provinces = rememberedProvinces();
    void Promise.all([loadNamespaces(lang, ['notices']), ...(provinces.length ? provinces : ['all']).map(loadNoticeDoc)]).then(
      ([, ...docs]) => {
        const now = new Date();
        const seen = new Set<number>();
        const list = docs.flatMap((d) => noticesToShow(d, now)).filter((n) => !seen.has(n.id) && (seen.add(n.id), true));
        if (live) setNotices(list);
      },
      () => undefined,
    );
    return () => void (live = false);
  }, [lang]);
  return <NoticeList notices={notices} />;
}
