import { useState } from 'preact/hooks';
import { CHANNELS } from '../core/counts/dimensions';
import { CHANNEL_LABELS } from '../core/counts/labels';
import type { Filter } from './api';
import { PlacePicker } from './place-picker';

/**
 * Date range, province and commune by name (only inside the account's area: `scope`, undefined for
 * an admin), and channel. Applied on submit, so typing does not fire a query per key.
 */
export function Filters({ value, scope, onApply }: { value: Filter; scope?: string; onApply: (f: Filter) => void }) {
  const [draft, setDraft] = useState(value);
  const set = (k: keyof Filter) => (e: Event) => setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value });
  return (
    <form
      class="filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ ...draft, locality: draft.locality?.trim() || undefined, channel: draft.channel || undefined });
      }}
    >
      <div>
        <label for="from">Từ ngày</label>
        <input id="from" type="date" required value={draft.from} max={draft.to} onInput={set('from')} />
      </div>
      <div>
        <label for="to">Đến ngày</label>
        <input id="to" type="date" required value={draft.to} min={draft.from} onInput={set('to')} />
      </div>
      <PlacePicker scope={scope} value={draft.locality} onChange={(locality) => setDraft({ ...draft, locality })} />
      <div>
        <label for="channel">Kênh</label>
        <select id="channel" value={draft.channel ?? ''} onChange={set('channel')}>
          <option value="">Tất cả</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" data-action="apply-filters">
        Xem
      </button>
    </form>
  );
}
