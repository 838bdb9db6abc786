import { checkDraft, type DraftEntry, type EntryProblem } from '../../core/publish/draft';
import { mergeForScope } from '../../core/publish/merge';
import { PACK_FORMAT, type PointsPack, type SignedPack } from '../../core/publish/pack';
import type { ContentSource } from './content-source';
import type { NewEntry, PublicationStore, VersionRecord } from './publication-store';
import type { PackSigner } from './signing-key';

/** Who acts, and which entries of the province their scope covers. */
export interface Actor {
  organizer: string;
  scope: string;
  inScope: (e: NewEntry) => boolean;
}

export type PublishOutcome =
  | { ok: true; version: number }
  | { ok: false; error: 'invalid'; problems: EntryProblem[] }
  | { ok: false; error: 'conflict'; latest: number }
  | { ok: false; error: 'no_such_version' };

/**
 * Publishing and rolling back one province: the new content is the version in force with the
 * actor's scope taken from their draft (or from the version rolled back to), checked with the
 * build's validator, signed, and recorded as the next version in one transaction. Any failure
 * before or inside that transaction leaves the version in force as it was.
 */
export class Publisher {
  constructor(
    private readonly store: PublicationStore,
    private readonly content: ContentSource,
    private readonly signer: PackSigner,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The province's draft, started from the built content on first use. */
  async draft(province: string, organizer: string): Promise<DraftEntry[]> {
    if (!(await this.store.hasDraft(province)))
      await this.store.seedDraft(province, this.content.builtEntries(province), organizer, this.now().toISOString());
    return this.store.draft(province);
  }

  /** The entries in force: the latest version's, or the built content before any. */
  async current(province: string): Promise<{ entries: NewEntry[]; latest: VersionRecord | undefined }> {
    const latest = await this.store.latest(province);
    return { entries: latest ? (JSON.parse(latest.entries) as NewEntry[]) : this.content.builtEntries(province), latest };
  }

  async publish(province: string, actor: Actor, note: string, expectedLatest: number): Promise<PublishOutcome> {
    const draft = await this.draft(province, actor.organizer);
    const { entries, latest } = await this.current(province);
    if ((latest?.version ?? 0) !== expectedLatest) return { ok: false, error: 'conflict', latest: latest?.version ?? 0 };
    const merged = mergeForScope(entries, draft.map(plain), actor.inScope);
    return this.record(province, actor, merged, { note, action: 'publish', expectedLatest });
  }

  async rollback(province: string, actor: Actor, to: number, expectedLatest: number): Promise<PublishOutcome> {
    const target = await this.store.version(province, to);
    if (!target) return { ok: false, error: 'no_such_version' };
    const { entries, latest } = await this.current(province);
    if ((latest?.version ?? 0) !== expectedLatest) return { ok: false, error: 'conflict', latest: latest?.version ?? 0 };
    const merged = mergeForScope(entries, JSON.parse(target.entries) as NewEntry[], actor.inScope);
    // The draft inside the scope goes back too, or the next publish would bring the newer content back.
    const draft = await this.draft(province, actor.organizer);
    const resetDraft = { remove: draft.filter(actor.inScope), put: merged.filter(actor.inScope) };
    return this.record(province, actor, merged, {
      note: `Quay lại bản ${to}`,
      action: 'rollback',
      rollbackOf: to,
      expectedLatest,
      resetDraft,
    });
  }

  /**
   * Publishes `entries` as the whole of the actor's scope (an uploaded spreadsheet): entries of the
   * scope missing from them are removed. The draft inside the scope becomes the same, in the same
   * transaction as the version.
   */
  async publishScope(
    province: string,
    actor: Actor,
    entries: readonly NewEntry[],
    note: string,
    expectedLatest: number,
  ): Promise<PublishOutcome> {
    const { entries: inForce, latest } = await this.current(province);
    if ((latest?.version ?? 0) !== expectedLatest) return { ok: false, error: 'conflict', latest: latest?.version ?? 0 };
    const merged = mergeForScope(inForce, entries.map(plain), actor.inScope);
    const draft = await this.draft(province, actor.organizer);
    const resetDraft = { remove: draft.filter(actor.inScope), put: merged.filter(actor.inScope) };
    return this.record(province, actor, merged, { note, action: 'publish', expectedLatest, resetDraft });
  }

  /**
   * "Vẫn đúng": the entry as in force is confirmed today by the actor (and is no longer sample data),
   * published at once as a version that changes nothing else; the draft's copy gets the same
   * confirmation, so the next publish keeps it. Unpublished edits of other entries stay drafts.
   */
  async confirm(province: string, actor: Actor, kind: NewEntry['kind'], id: string, expectedLatest: number): Promise<ConfirmOutcome> {
    const { entries, latest } = await this.current(province);
    if ((latest?.version ?? 0) !== expectedLatest) return { ok: false, error: 'conflict', latest: latest?.version ?? 0 };
    const entry = entries.find((e) => e.kind === kind && e.id === id);
    if (!entry) return { ok: false, error: 'no_such_entry' };
    if (!actor.inScope(entry)) return { ok: false, error: 'outside_scope' };
    const stamp = { verified: vietnamDate(this.now()), confirmed_by: actor.organizer, sample: '' };
    const merged = entries.map((e) => (e === entry ? { ...plain(e), cells: { ...e.cells, ...stamp } } : plain(e)));
    const draft = (await this.draft(province, actor.organizer)).find((e) => e.kind === kind && e.id === id);
    const resetDraft = draft ? { remove: [draft], put: [{ ...plain(draft), cells: { ...draft.cells, ...stamp } }] } : undefined;
    const name = entry.cells.name || `${entry.cells.place ?? ''} ${entry.cells.dates ?? ''}`.trim() || id;
    return this.record(province, actor, merged, {
      note: `Xác nhận vẫn đúng: ${name}`.slice(0, 200),
      action: 'publish',
      expectedLatest,
      resetDraft,
    });
  }

  private async record(
    province: string,
    actor: Actor,
    entries: NewEntry[],
    how: {
      note: string;
      action: 'publish' | 'rollback';
      rollbackOf?: number;
      expectedLatest: number;
      resetDraft?: { remove: NewEntry[]; put: NewEntry[] };
    },
  ): Promise<PublishOutcome> {
    const { data, problems } = checkDraft(province, entries);
    if (problems.length) return { ok: false, error: 'invalid', problems };
    const publishedAt = this.now().toISOString();
    const pack: PointsPack = {
      format: PACK_FORMAT,
      province,
      version: how.expectedLatest + 1,
      published: publishedAt,
      organizer: actor.organizer,
      note: how.note,
      points: data.points,
      sessions: data.sessions,
    };
    const text = JSON.stringify(pack);
    const outcome = await this.store.publish(
      {
        province,
        publishedAt,
        organizer: actor.organizer,
        note: how.note,
        scope: actor.scope,
        action: how.action,
        ...(how.rollbackOf ? { rollbackOf: how.rollbackOf } : {}),
        entries: JSON.stringify(entries.map(plain)),
        pack: text,
        signature: this.signer.sign(text),
        keyId: this.signer.keyId,
      },
      how.expectedLatest,
      how.resetDraft,
    );
    return 'conflict' in outcome ? { ok: false, error: 'conflict', latest: outcome.conflict } : { ok: true, version: outcome.version };
  }

  /** The signed pack phones get, or undefined before anything was published. */
  async signedPack(province: string): Promise<(SignedPack & { version: number }) | undefined> {
    const latest = await this.store.latest(province);
    return latest && { pack: latest.pack, signature: latest.signature, keyId: latest.keyId, version: latest.version };
  }
}

const plain = (e: NewEntry): NewEntry => ({ kind: e.kind, id: e.id, cells: e.cells });
const vietnamDate = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

export type ConfirmOutcome = PublishOutcome | { ok: false; error: 'no_such_entry' | 'outside_scope' };
