import { useState } from 'preact/hooks';
import type { Cells, DraftEntry, EntryProblem } from '../../core/publish/draft';
import { HoursPreview } from './hours-preview';
import { COLUMN_NAMES, KIND_NAMES, SERVICE_NAMES, problemText } from './words';

const SERVICES = ['level2', 'card', 'help'] as const;

type Submit = (cells: Cells) => void;

/** Problems of one field, under it; the rest at the top of the form. */
function FieldProblems({ problems, fields }: { problems: EntryProblem[]; fields: string[] }) {
  const own = problems.filter((p) => fields.includes(p.field));
  if (!own.length) return null;
  return (
    <p class="error" data-field-problem={fields[0]}>
      {own.map(problemText).join(' · ')}
    </p>
  );
}

function Services({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const list = value.split(/[\s,;|]+/).filter(Boolean);
  const has = (s: string) => list.some((x) => x.replace(/\?$/, '') === s);
  const toggle = (s: string) => {
    const next = has(s) ? list.filter((x) => x.replace(/\?$/, '') !== s) : [...list, s];
    onChange(next.join(' '));
  };
  return (
    <fieldset class="choices">
      <legend>Dịch vụ</legend>
      {SERVICES.map((s) => (
        <label key={s} class="choice">
          <input type="checkbox" name="services" value={s} checked={has(s)} onChange={() => toggle(s)} /> {SERVICE_NAMES[s]}
        </label>
      ))}
    </fieldset>
  );
}

function Field(props: {
  name: string;
  label?: string;
  cells: Cells;
  set: (name: string, v: string) => void;
  type?: string;
  problems: EntryProblem[];
  hint?: string;
  required?: boolean;
}) {
  const { name, cells, set, problems } = props;
  const id = `f-${name}`;
  return (
    <div class="field">
      <label for={id}>{props.label ?? COLUMN_NAMES[name] ?? name}</label>
      <input
        id={id}
        name={name}
        type={props.type ?? 'text'}
        value={cells[name] ?? ''}
        required={props.required}
        aria-invalid={problems.some((p) => p.field === name) ? 'true' : undefined}
        onInput={(e) => set(name, (e.currentTarget as HTMLInputElement).value)}
      />
      {props.hint && <p class="hint">{props.hint}</p>}
      <FieldProblems problems={problems} fields={[name]} />
    </div>
  );
}

/**
 * A mobile team's session in a few taps: the day, from–to, the place, services, a note. A session
 * written with several dates or time ranges (from a spreadsheet) keeps them as text.
 */
export function SessionForm(props: {
  entry?: DraftEntry;
  places: { id: string; name: string; kind: string }[];
  defaultSource: string;
  problems: EntryProblem[];
  busy: boolean;
  onSubmit: Submit;
  onCancel: () => void;
}) {
  const [cells, setCells] = useState<Cells>(
    props.entry?.cells ?? {
      place: props.places.find((p) => p.kind === 'mobile')?.id ?? props.places[0]?.id ?? '',
      services: 'level2 help',
      source: props.defaultSource,
    },
  );
  const set = (name: string, v: string) => setCells((c) => ({ ...c, [name]: v }));
  // Decided once, from the entry as opened: typing must not switch the fields under the fingers.
  const [oneDate] = useState(() => !/,|\.\./.test(cells.dates ?? ''));
  const [range] = useState(() => /^\s*(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$/.exec(cells.times ?? ''));
  const [oneRange] = useState(() => !cells.times || !!range);
  const [[from, to], setRange] = useState<[string, string]>(range ? [range[1]!, range[2]!] : ['', '']);
  const setTimes = (a: string, b: string) => {
    setRange([a, b]);
    set('times', `${a}-${b}`);
  };
  return (
    <form
      class="entry-form"
      data-form="session"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(cells);
      }}
    >
      <FieldProblems problems={props.problems} fields={['id', 'sample']} />
      {oneDate ? (
        <Field name="dates" label="Ngày" type="date" cells={cells} set={set} problems={props.problems} required />
      ) : (
        <Field name="dates" label="Các ngày (cách nhau bằng dấu phẩy)" cells={cells} set={set} problems={props.problems} required />
      )}
      {oneRange ? (
        <div class="field-row">
          <div class="field">
            <label for="f-from">Từ giờ</label>
            <input
              id="f-from"
              name="from"
              type="time"
              value={from}
              required
              onInput={(e) => setTimes((e.currentTarget as HTMLInputElement).value, to)}
            />
          </div>
          <div class="field">
            <label for="f-to">Đến giờ</label>
            <input
              id="f-to"
              name="to"
              type="time"
              value={to}
              required
              onInput={(e) => setTimes(from, (e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <FieldProblems problems={props.problems} fields={['times']} />
        </div>
      ) : (
        <Field name="times" label="Giờ (cách nhau bằng dấu phẩy)" cells={cells} set={set} problems={props.problems} />
      )}
      <div class="field">
        <label for="f-place">Địa điểm</label>
        <select
          id="f-place"
          name="place"
          value={cells.place ?? ''}
          onChange={(e) => set('place', (e.currentTarget as HTMLSelectElement).value)}
        >
          {props.places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({KIND_NAMES[p.kind] ?? p.kind})
            </option>
          ))}
        </select>
        <FieldProblems problems={props.problems} fields={['place']} />
      </div>
      <Services value={cells.services ?? ''} onChange={(v) => set('services', v)} />
      <FieldProblems problems={props.problems} fields={['services']} />
      <Field name="notes" label="Ghi chú cho người dân" cells={cells} set={set} problems={props.problems} />
      <Field name="source" label="Ai thông báo buổi này" cells={cells} set={set} problems={props.problems} required />
      <FormActions busy={props.busy} onCancel={props.onCancel} />
    </form>
  );
}

/** A registration point: every column of the points file, hours previewed as typed, a map link for the pin. */
export function PointForm(props: {
  entry?: DraftEntry;
  province: string;
  problems: EntryProblem[];
  busy: boolean;
  onSubmit: Submit;
  onCancel: () => void;
}) {
  const [cells, setCells] = useState<Cells>(props.entry?.cells ?? { kind: 'mobile', services: 'level2 help', province: props.province });
  const set = (name: string, v: string) => setCells((c) => ({ ...c, [name]: v }));
  const lat = Number((cells.lat ?? '').replace(',', '.'));
  const lng = Number((cells.lng ?? '').replace(',', '.'));
  const hasPin = Number.isFinite(lat) && Number.isFinite(lng) && cells.lat && cells.lng;
  const address = [cells.address, cells.commune].filter(Boolean).join(', ');
  return (
    <form
      class="entry-form"
      data-form="point"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(cells);
      }}
    >
      <FieldProblems problems={props.problems} fields={['id', 'sample', 'province']} />
      <Field name="name" cells={cells} set={set} problems={props.problems} required />
      <div class="field">
        <label for="f-kind">Loại</label>
        <select
          id="f-kind"
          name="kind"
          value={cells.kind ?? ''}
          onChange={(e) => set('kind', (e.currentTarget as HTMLSelectElement).value)}
        >
          {Object.entries(KIND_NAMES).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
        <FieldProblems problems={props.problems} fields={['kind']} />
      </div>
      <Field name="address" cells={cells} set={set} problems={props.problems} required />
      <Field name="commune" label="Xã/phường (tên sau sắp xếp 2025)" cells={cells} set={set} problems={props.problems} required />
      <div class="field-row">
        <Field name="lat" label="Vĩ độ (ví dụ 10.7545)" cells={cells} set={set} problems={[]} />
        <Field name="lng" label="Kinh độ (ví dụ 106.6630)" cells={cells} set={set} problems={[]} />
      </div>
      <FieldProblems problems={props.problems} fields={['lat,lng']} />
      <p class="hint">
        {hasPin ? (
          <a href={`https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=18/${lat}/${lng}`} target="_blank" rel="noopener noreferrer">
            Xem ghim trên bản đồ
          </a>
        ) : (
          'Chưa có tọa độ.'
        )}{' '}
        {address && (
          <>
            Không đọc được tọa độ?{' '}
            <a href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`} target="_blank" rel="noopener noreferrer">
              Tìm theo địa chỉ này
            </a>
            , bấm chuột phải vào đúng chỗ, chọn “Hiển thị địa chỉ” rồi chép hai số.
          </>
        )}
      </p>
      <Field
        name="phone"
        label="Điện thoại cơ quan (không dùng số di động cá nhân)"
        cells={cells}
        set={set}
        problems={props.problems}
        type="tel"
      />
      <div class="field">
        <label for="f-hours">Giờ làm việc</label>
        <input
          id="f-hours"
          name="hours"
          value={cells.hours ?? ''}
          aria-describedby="hours-live"
          onInput={(e) => set('hours', (e.currentTarget as HTMLInputElement).value)}
        />
        <div id="hours-live" aria-live="polite">
          {cells.kind === 'mobile' ? (
            <p class="hint">Điểm tổ lưu động không có giờ cố định: thêm các buổi bên dưới.</p>
          ) : (
            <HoursPreview text={cells.hours ?? ''} />
          )}
        </div>
        <FieldProblems problems={props.problems} fields={['hours']} />
      </div>
      <Services value={cells.services ?? ''} onChange={(v) => set('services', v)} />
      <FieldProblems problems={props.problems} fields={['services']} />
      <Field name="verified" label="Ngày xác minh gần nhất" type="date" cells={cells} set={set} problems={props.problems} />
      <Field name="notes" label="Ghi chú cho người dân" cells={cells} set={set} problems={props.problems} />
      <Field name="source" label="Nguồn thông tin" cells={cells} set={set} problems={props.problems} required />
      <div class="field">
        <label for="f-closed">Tình trạng</label>
        <select
          id="f-closed"
          name="closed"
          value={cells.closed ?? ''}
          onChange={(e) => set('closed', (e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">Đang làm việc</option>
          <option value="temporary">Tạm đóng cửa</option>
          <option value="permanent">Đóng hẳn</option>
        </select>
      </div>
      <FormActions busy={props.busy} onCancel={props.onCancel} />
    </form>
  );
}

/** Save the draft or leave the form: the same two buttons under both forms. */
function FormActions({ busy, onCancel }: { busy: boolean | undefined; onCancel: () => void }) {
  return (
    <div class="form-actions">
      <button type="submit" disabled={busy} data-action="save-draft">
        Lưu bản nháp
      </button>
      <button type="button" class="secondary" onClick={onCancel}>
        Thôi
      </button>
    </div>
  );
}
