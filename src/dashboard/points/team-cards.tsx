import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { makeShareQr, type QrCreate, type ShareQr } from '../../core/share/qr-make';
import { qrExtent, qrPath } from '../../core/share/qr-render';
import type { DraftEntry } from '../../core/publish/draft';
import { readIdentity } from '../identity-api';
import './team-cards.css';

/** The line every card carries: the scam a fake team at the door tries. */
export const NEVER_ASKS = 'Tổ công tác không bao giờ xin mã OTP, mật khẩu, passcode';

export interface TeamCard {
  id: string;
  url: string;
  dates: string;
  times: string;
  place: string;
  address: string;
  notes: string;
}

type Size = 'a6' | 'a7';
const PRINT_ROOT_ID = 'team-card-print-root';

/** The link a card's QR opens: the venue's page in the finder, at the session. */
export function sessionUrl(origin: string, session: Pick<DraftEntry, 'id' | 'cells'>): string {
  return `${origin}/diem/${encodeURIComponent(session.cells.place ?? '')}#${encodeURIComponent(session.id)}`;
}

let create: Promise<QrCreate> | undefined;
function qr(text: string): Promise<ShareQr> {
  create ??= import('qrcode').then((mod) => {
    const m = mod as unknown as { create?: QrCreate; default?: { create?: QrCreate } };
    const c = m.create ?? m.default?.create;
    if (!c) throw new Error('qrcode: create() not found');
    return c;
  });
  return create.then((c) => makeShareQr(c, text));
}

const dayText = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

function Card({ card, unit, hotline, symbol, size }: { card: TeamCard; unit: string; hotline: string; symbol?: ShareQr; size: Size }) {
  const extent = symbol ? qrExtent(symbol.matrix) : 0;
  return (
    <article class={`team-card ${size}`} data-team-card={card.id} aria-label={`Thẻ tổ công tác ${card.dates}`}>
      <p class="team-card-unit">{unit || 'Chưa có tên đơn vị'}</p>
      <h3>Tổ công tác lưu động: đăng ký định danh điện tử</h3>
      <p class="team-card-when">
        <strong>{card.dates}</strong> · {card.times}
      </p>
      <p>
        {card.place}
        {card.address && ` · ${card.address}`}
      </p>
      <div class="team-card-check">
        {symbol && (
          <svg
            viewBox={`0 0 ${extent} ${extent}`}
            role="img"
            aria-label="Mã QR kiểm tra tổ công tác"
            data-qr-url={card.url}
            shape-rendering="crispEdges"
          >
            <rect width={extent} height={extent} fill="#fff" />
            <path d={qrPath(symbol.matrix)} fill="#000" />
          </svg>
        )}
        <p>Quét mã để kiểm tra: tổ này có trong lịch chính thức. Không thấy lịch này thì đừng làm theo.</p>
      </div>
      <p class="team-card-never" data-warning="never-asks">
        {NEVER_ASKS}
      </p>
      {hotline && <p class="team-card-call">Nghi ngờ? Gọi {hotline}</p>}
    </article>
  );
}

/**
 * Printable cards (A6 or A7, one per page) for the mobile team sessions: the unit's name, when and
 * where, a QR to the session in this deployment's finder (so a household checks that the team at
 * the door is really listed) and the line that the team never asks for an OTP, password or passcode.
 */
export function TeamCards({ sessions, points }: { sessions: DraftEntry[]; points: DraftEntry[] }) {
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState<Size>('a6');
  const [identity, setIdentity] = useState<{ unit: string; hotline: string } | null>(null);
  const [symbols, setSymbols] = useState<Record<string, ShareQr>>({});
  const root = useRef<HTMLElement | null>(null);
  const cards: TeamCard[] = sessions
    .filter((s) => !s.cells.cancelled)
    .map((s) => {
      const venue = points.find((p) => p.id === s.cells.place);
      return {
        id: s.id,
        url: sessionUrl(location.origin, s),
        dates: (s.cells.dates ?? '')
          .split(/\s*,\s*/)
          .filter(Boolean)
          .map(dayText)
          .join(', '),
        times: (s.cells.times ?? '').replace(/-/g, '–'),
        place: venue?.cells.name ?? s.cells.place ?? '',
        address: venue?.cells.address ?? '',
        notes: s.cells.notes ?? '',
      };
    });
  const key = cards.map((c) => c.url).join('|');

  useEffect(() => {
    if (!open) return;
    void readIdentity().then(
      (r) => {
        const id = r.current?.identity;
        const line = id?.hotlines[0];
        setIdentity({ unit: id?.unit ?? '', hotline: line ? `${line.number} (${line.label})` : '' });
      },
      () => setIdentity({ unit: '', hotline: '' }),
    );
    void Promise.all(cards.map(async (c) => [c.id, await qr(c.url)] as const)).then((list) => setSymbols(Object.fromEntries(list)));
    // `key` stands for the cards' contents (the list is rebuilt every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, key]);

  // What is printed lives directly under <body>: the print CSS shows only it.
  useEffect(() => {
    if (!open) return;
    const el = document.createElement('div');
    el.id = PRINT_ROOT_ID;
    document.body.append(el);
    root.current = el;
    return () => {
      render(null, el);
      el.remove();
      root.current = null;
    };
  }, [open]);
  const view = () =>
    identity && (
      <div class="team-cards">
        {cards.map((c) => (
          <Card key={c.id} card={c} unit={identity.unit} hotline={identity.hotline} symbol={symbols[c.id]} size={size} />
        ))}
      </div>
    );
  useEffect(() => {
    if (root.current) render(view() || null, root.current);
  });

  if (!cards.length) return <p class="hint">Chưa có buổi nào để in thẻ.</p>;
  if (!open)
    return (
      <button type="button" class="secondary" data-action="show-team-cards" onClick={() => setOpen(true)}>
        Xem thẻ tổ công tác để in ({cards.length})
      </button>
    );
  const ready = identity && cards.every((c) => symbols[c.id]);
  return (
    <div data-team-cards-ready={ready ? 'yes' : undefined}>
      <p class="hint">
        Mỗi thẻ một trang. Tổ mang thẻ theo khi đến từng nhà: người dân quét mã để thấy buổi này trên trang tìm điểm. In sau khi đã xuất
        bản, để người dân thấy đúng lịch.
      </p>
      <div class="form-actions">
        <div class="field">
          <label for="card-size">Khổ giấy</label>
          <select id="card-size" value={size} onChange={(e) => setSize((e.currentTarget as HTMLSelectElement).value as Size)}>
            <option value="a6">A6 (một phần tư tờ A4)</option>
            <option value="a7">A7 (bỏ túi)</option>
          </select>
        </div>
        <button type="button" data-action="print-team-cards" disabled={!ready} onClick={() => print()}>
          In thẻ
        </button>
      </div>
      {view() || <p class="status">Đang tạo thẻ…</p>}
    </div>
  );
}
