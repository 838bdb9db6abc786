import { useEffect, useState } from 'preact/hooks';
import { isAdmin, scopeLabel } from '../core/organizers/scope';
import { logout, type Me } from './api';
import { AccountsPage } from './accounts-page';
import { DashboardPage } from './dashboard-page';
import { ReportPage } from './report/report-page';
import { PointsPage } from './points/points-page';

/** The dashboard's sections, addressed by the URL's hash so a link or the back button reaches one. */
interface Section {
  hash: string;
  label: string;
  adminOnly?: boolean;
}

const SECTIONS: Section[] = [
  { hash: '#thong-ke', label: 'Thống kê' },
  { hash: '#bao-cao', label: 'Báo cáo ngày' },
  { hash: '#diem', label: 'Điểm và lịch' },
  { hash: '#tai-khoan', label: 'Tài khoản', adminOnly: true },
];

const currentHash = () => (typeof location === 'undefined' ? '' : location.hash);

/** Logged in: who and what scope, the sections this account may open, and the open section. */
export function Workspace({ me, onOut }: { me: Me; onOut: () => void }) {
  const [hash, setHash] = useState(currentHash());
  useEffect(() => {
    const onHash = () => setHash(currentHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const sections = SECTIONS.filter((s) => !s.adminOnly || isAdmin(me.scope));
  const open = sections.find((s) => s.hash === hash) ?? sections[0]!;

  return (
    <>
      <header class="top">
        <p>
          Ban tổ chức: <strong>{me.name}</strong> · <span data-scope={me.scope}>{scopeLabel(me.scope)}</span>
        </p>
        <button type="button" class="secondary" onClick={() => void logout().finally(onOut)}>
          Đăng xuất
        </button>
      </header>
      {sections.length > 1 && (
        <nav class="sections" aria-label="Các mục">
          <ul>
            {sections.map((s) => (
              <li key={s.hash}>
                <a href={s.hash} aria-current={s === open ? 'page' : undefined}>
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {/* DashboardPage and ReportPage bring their own <main> (one main landmark per page). */}
      {open.hash === '#tai-khoan' ? (
        <main>
          <AccountsPage self={me.name} />
        </main>
      ) : open.hash === '#diem' ? (
        <PointsPage name={me.name} />
      ) : open.hash === '#bao-cao' ? (
        <ReportPage scope={isAdmin(me.scope) ? undefined : me.scope} onOut={onOut} />
      ) : (
        <DashboardPage scope={me.scope} onOut={onOut} />
      )}
    </>
  );
}
