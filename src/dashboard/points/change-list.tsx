import type { EntryChange } from '../../core/publish/diff';
import { COLUMN_NAMES } from './words';

/** What changed between two versions (or in the draft), entry by entry, field by field. */
export function ChangeList({ changes }: { changes: EntryChange[] }) {
  if (!changes.length) return <p class="hint">Không có thay đổi.</p>;
  const word = { added: 'Thêm', removed: 'Bỏ', changed: 'Sửa' };
  return (
    <ul class="changes">
      {changes.map((c) => (
        <li key={`${c.kind}:${c.id}`} data-change={c.change} data-entry-id={c.id}>
          <strong>{word[c.change]}</strong> {c.kind === 'point' ? 'điểm' : 'buổi'} {c.label}
          {c.fields && (
            <ul>
              {c.fields.map((f) => (
                <li key={f.field}>
                  {COLUMN_NAMES[f.field] ?? f.field}: “{f.before}” → “{f.after}”
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
