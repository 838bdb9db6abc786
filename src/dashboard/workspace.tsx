import { useEffect, useState } from 'preact/hooks';
import { isAdmin, scopeLabel } from '../core/organizers/scope';
import { logout, type Me } from './api';
import { AccountsPage } from './accounts-page';
import { readIdentity, type IdentityChange } from './identity-api';
import { IdentityPage } from './identity-page';
import { DashboardPage } from './dashboard-page';
import { ReportPage } from './report/report-page';
import { PointsPage } from './points/points-page';
import { VersionsPage } from './points/versions-page';
import { NoticesPage } from './notices/notices-page';
import { RecheckPage } from './points/recheck-page';
import { DaysOffPage } from './notices/days-off-page';

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
  { hash: '#phien-ban', label: 'Phiên bản' },
  { hash: '#kiem-tra', label: 'Cần kiểm tra lại' },
  { hash: '#thong-bao', label: 'Thông báo' },
  { hash: '#ngay-nghi', label: 'Ngày nghỉ', adminOnly: true },
  { hash: '#tai-khoan', label: 'Tài khoản', adminOnly: true },
  { hash: '#don-vi', label: 'Đơn vị', adminOnly: true },
];

const currentHash = () => (typeof location === 'undefined' ? '' : location.hash);

/** Logged in: who and what scope, the sections this account may open, and the open section. */
export function Workspace({ me, onOut }: { me: Me; onOut: () => void }) {
  const [hash, setHash] = useState(currentHash());
  useEffect(() => {
    const onHash = () => setHash(currentHash());
    addEventListener('hashchange', onHash);
    // A section link tapped between the first render and this effect (after the next frame) changed the
    // hash with no one listening: read it now (the e2e helper's tap right after login was lost under load).
    onHash();
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const [identity, setIdentity] = useState<{ current: IdentityChange | null; history: IdentityChange[] } | null>(null);
  const loadIdentity = () => void readIdentity().then(setIdentity, () => undefined);
  useEffect(loadIdentity, []);
  const sections = SECTIONS.filter((s) => !s.adminOnly || isAdmin(me.scope));
  // Until the unit is set, an admin starts on it: citizens see no unit until then.
  const unset = identity !== null && identity.current === null;
  const fallback = unset && isAdmin(me.scope) ? sections.find((s) => s.hash === '#don-vi')! : sections[0]!;
  const open = sections.find((s) => s.hash === hash) ?? fallback;
  const first = sections[0];
  useEffect(() => {
    // Pin the section asked for first, so saving (which ends "unset") does not switch the page.
    if (open.hash !== hash && open !== first) {
      history.replaceState(null, '', open.hash);
      setHash(open.hash);
    }
  }, [open, first, hash]);

  return (
    <>
      <header class="top">
        <p>
          Ban tổ chức: <strong>{me.name}</strong> · <span data-scope={me.scope}>{scopeLabel(me.scope)}</span>
        </p>
        <button type="button" class="secondary" data-action="logout" onClick={() => void logout().finally(onOut)}>
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
      {unset && (
        <p class="error" role="status" data-identity-unset>
          Chưa có tên đơn vị thực hiện: người dân chưa thấy ai chịu trách nhiệm trang này.{' '}
          {isAdmin(me.scope) ? 'Hãy nhập ở mục Đơn vị trước.' : 'Hãy báo quản trị viên nhập.'}
        </p>
      )}
      {/* DashboardPage and ReportPage bring their own <main> (one main landmark per page). */}
      {open.hash === '#don-vi' && identity ? (
        <main>
          <IdentityPage current={identity.current} history={identity.history} onSaved={loadIdentity} />
        </main>
      ) : open.hash === '#tai-khoan' ? (
        <main>
          <AccountsPage self={me.name} />
        </main>
      ) : open.hash === '#kiem-tra' ? (
        <main>
          <RecheckPage />
        </main>
      ) : open.hash === '#thong-bao' ? (
        <main>
          <NoticesPage />
        </main>
      ) : open.hash === '#ngay-nghi' ? (
        <main>
          <DaysOffPage />
        </main>
      ) : open.hash === '#diem' ? (
        <PointsPage name={me.name} />
      ) : open.hash === '#phien-ban' ? (
        <VersionsPage />
      ) : open.hash === '#bao-cao' ? (
        <ReportPage scope={isAdmin(me.scope) ? undefined : me.scope} unit={identity?.current?.identity.unit} onOut={onOut} />
      ) : (
        <DashboardPage scope={me.scope} onOut={onOut} />
      )}
    </>
  );
}
