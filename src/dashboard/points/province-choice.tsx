import { useEffect, useState } from 'preact/hooks';
import { areas, type Area } from './points-api';

/** The provinces this account may edit (loaded once) and the one chosen: the first, until the organizer picks. */
export function useProvinceChoice(): { list: Area[] | null; province: string; setProvince: (p: string) => void } {
  const [list, setList] = useState<Area[] | null>(null);
  const [province, setProvince] = useState('');
  useEffect(() => {
    void areas().then(
      (r) => {
        setList(r.provinces);
        setProvince((p) => p || r.provinces[0]?.province || '');
      },
      () => setList([]),
    );
  }, []);
  return { list, province, setProvince };
}

/** What a points page says before it has provinces to show: loading, or none in this account's scope. */
export function NoProvinces({ list }: { list: Area[] | null }) {
  return <p class="status">{list ? 'Tài khoản này không phụ trách tỉnh/thành nào.' : 'Đang tải…'}</p>;
}

/** The "Tỉnh/thành" choice each points page opens with. */
export function ProvinceSelect(props: { id: string; list: Area[]; value: string; onChange: (province: string) => void }) {
  return (
    <div class="field">
      <label for={props.id}>Tỉnh/thành</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.list.map((a) => (
          <option key={a.province} value={a.province}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}
