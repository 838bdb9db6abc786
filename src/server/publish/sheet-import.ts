import { createHash } from 'node:crypto';
import { checkDraft } from '../../core/publish/draft';
import { diffEntries, type EntryChange } from '../../core/publish/diff';
import { mergeForScope } from '../../core/publish/merge';
import { decodeSheet, readSheet, sheetColumns, type NotUtf8, type SheetEntry, type SheetProblem } from '../../core/publish/sheet';
import type { ContentSource } from './content-source';
import type { NewEntry } from './publication-store';
import type { Actor, Publisher } from './publisher';
import { entryLocality, scopeCovers } from './scope-of-entry';

/** What an uploaded sheet would do: its entries, every problem with its row, the changes against what is in force. */
export interface SheetPlan {
  entries: SheetEntry[];
  problems: SheetProblem[];
  changes: EntryChange[];
  /** The version in force and the draft inside the scope the plan was made from: a publish must see the same. */
  basis: string;
  latest: number;
  actor: Actor;
}

export type SheetRefusal = NotUtf8;

/** How to save the file again, in plain Vietnamese: the answer to every file that is not UTF-8. */
export function encodingMessage(r: NotUtf8): string {
  const how =
    'Cách sửa: mở tệp bằng Excel, chọn Tệp (File) → Lưu thành (Save As), ở ô “Kiểu tệp” (Save as type) chọn ' +
    '“CSV UTF-8 (Comma delimited) (*.csv)”, bấm Lưu rồi tải tệp mới lên. Google Trang tính: Tệp → Tải xuống → ' +
    'Giá trị được phân tách bằng dấu phẩy (.csv). LibreOffice: Lưu thành → Văn bản CSV, Bộ ký tự “Unicode (UTF-8)”. ' +
    'Chưa có gì được xuất bản.';
  if (r.error === 'utf16') return `Tệp được lưu ở dạng “Unicode Text” (UTF-16), không phải CSV UTF-8. ${how}`;
  if (r.error === 'broken_letters')
    return `Dòng ${r.row} có chữ tiếng Việt đã bị lỗi phông từ trước (có “${r.found}”): tệp từng được mở sai bảng mã rồi lưu lại. Hãy tải lại tệp mẫu từ trang này và sửa lại trên đó. ${how}`;
  return `Tệp được lưu bằng bảng mã Windows cũ (Windows-1258 hoặc 1252; dòng ${r.row} có byte ${r.bytes} không phải UTF-8), nếu xuất bản thì chữ tiếng Việt sẽ bị lỗi. ${how}`;
}

/**
 * Reads an uploaded sheet for one organizer: the file's bytes must be UTF-8; every row must lie
 * inside the organizer's scope; the province as it would be published (the scope from the file,
 * the rest as in force) must pass the shared validator. Nothing is written.
 */
export async function planSheet(
  province: string,
  bytes: Uint8Array,
  who: { organizer: string; scope: string },
  publisher: Publisher,
  content: ContentSource,
): Promise<SheetPlan | SheetRefusal> {
  const decoded = decodeSheet(bytes);
  if (!('text' in decoded)) return decoded;
  const draft = await publisher.draft(province, who.organizer);
  const { entries: inForce, latest } = await publisher.current(province);
  const { rows, problems } = readSheet(decoded.text, sheetColumns([...inForce, ...draft]));

  const points = new Map<string, NewEntry>();
  for (const e of [...inForce, ...draft, ...rows.map((r) => r.entry)]) if (e.kind === 'point') points.set(e.id, e);
  const where = entryLocality(province, content, points);
  const inScope = (e: NewEntry) => scopeCovers(who.scope, where(e));
  const actor: Actor = { organizer: who.organizer, scope: who.scope, inScope };

  const taken: { row: number; entry: SheetEntry }[] = [];
  for (const r of rows) {
    const e = r.entry;
    if (!e.id) {
      problems.push({ row: r.row, column: 'id', found: 'an empty value', expected: 'a short id: lower-case letters, digits and -' });
      continue;
    }
    if (!inScope(e)) {
      const column = e.kind === 'point' ? 'commune' : 'place';
      problems.push({
        row: r.row,
        column,
        found: JSON.stringify(e.cells[column] ?? ''),
        expected: `a ${e.kind === 'point' ? 'commune' : 'venue'} inside your area (${who.scope}); rows of other areas are changed by their own organizers`,
      });
      continue;
    }
    taken.push(r);
  }

  const entries = taken.map((r) => r.entry);
  const rowOf = new Map(taken.map((r) => [`${r.entry.kind}:${r.entry.id}`, r.row]));
  const merged = mergeForScope(inForce, entries, inScope);
  for (const p of checkDraft(province, merged).problems) {
    const row = rowOf.get(`${p.kind}:${p.id}`) ?? 0;
    problems.push({ row, column: p.field, found: row ? p.found : `${p.found} (${p.kind} ${p.id})`, expected: p.expected });
  }
  problems.sort((a, b) => a.row - b.row);

  const scopeDraft = draft
    .filter(inScope)
    .map((e) => `${e.kind}:${e.id}:${e.rev}`)
    .sort();
  const basis = createHash('sha256')
    .update(`${latest?.version ?? 0}\n${scopeDraft.join('\n')}`)
    .digest('base64url')
    .slice(0, 22);
  return {
    entries,
    problems,
    changes: diffEntries(inForce.filter(inScope), entries),
    basis,
    latest: latest?.version ?? 0,
    actor,
  };
}
