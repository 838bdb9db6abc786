import { POSTER_TARGET_KINDS, type PosterTarget } from '../../../core/share/poster';
import type { Translate } from '../../i18n';

export interface PickOption {
  id: string;
  label: string;
}

export interface TargetOptions {
  tutorials: PickOption[];
  /** Steps of the chosen tutorial (loaded when one is chosen). */
  steps: PickOption[];
  /** Provinces that have registration points; points are listed per province. */
  provinces: PickOption[];
  points: PickOption[];
}

/** The picker's state: the target plus the province used to list points (not part of the link). */
export type PickedTarget = PosterTarget & { province?: string };

interface Props {
  target: PickedTarget;
  onChange: (next: PickedTarget) => void;
  options: TargetOptions;
  /** The target is filled in but opens no page of the guide. */
  invalid: boolean;
  t: Translate;
}

/**
 * What the poster's QR opens. Tutorials, steps and points come from the content when it lists
 * them; otherwise (or for anything else) the organizer types an id or a path, checked against the
 * app's routes before any QR is made.
 */
export function TargetPicker({ target, onChange, options, invalid, t }: Props) {
  const set = (change: Partial<PickedTarget>) => onChange({ ...target, ...change });
  // With a list of provinces, a point is chosen in two steps; without, its id is typed.
  const byProvince = options.provinces.length > 0;
  const needsTutorial = target.kind === 'guide' || target.kind === 'guideStep';
  return (
    <fieldset class="field">
      <legend>{t('share.posters.target.legend')}</legend>
      {POSTER_TARGET_KINDS.map((kind) => (
        <label class="choice" key={kind}>
          <input type="radio" name="poster-target" value={kind} checked={target.kind === kind} onChange={() => set({ kind })} />
          <span>{t(`share.posters.target.${kind}`)}</span>
        </label>
      ))}
      <div class="poster-target-detail">
        {needsTutorial && (
          <IdField
            id="poster-tutorial"
            name="tutorial"
            label={t('share.posters.target.tutorialLabel')}
            value={target.tutorial ?? ''}
            options={options.tutorials}
            onInput={(tutorial) => set({ tutorial, step: undefined })}
            t={t}
          />
        )}
        {target.kind === 'guideStep' && target.tutorial && (
          <IdField
            id="poster-step"
            name="step"
            label={t('share.posters.target.stepLabel')}
            value={target.step ?? ''}
            options={options.steps}
            onInput={(step) => set({ step })}
            t={t}
          />
        )}
        {target.kind === 'place' && byProvince && (
          <IdField
            id="poster-province"
            name="province"
            label={t('share.posters.target.provinceLabel')}
            value={target.province ?? ''}
            options={options.provinces}
            onInput={(province) => set({ province, point: undefined })}
            t={t}
          />
        )}
        {target.kind === 'place' && (!byProvince || target.province) && (
          <IdField
            id="poster-point"
            name="point"
            label={t('share.posters.target.placeLabel')}
            value={target.point ?? ''}
            options={options.points}
            onInput={(point) => set({ point })}
            t={t}
          />
        )}
        {target.kind === 'path' && (
          <div class="poster-input">
            <label for="poster-path">{t('share.posters.target.pathLabel')}</label>
            <p id="poster-path-hint" class="hint">
              {t('share.posters.target.pathHint')}
            </p>
            <input
              id="poster-path"
              name="path"
              type="text"
              dir="ltr"
              autocomplete="off"
              spellcheck={false}
              maxLength={300}
              value={target.path ?? ''}
              aria-invalid={invalid ? 'true' : undefined}
              aria-describedby={invalid ? 'poster-path-hint poster-target-error' : 'poster-path-hint'}
              onInput={(e) => set({ path: e.currentTarget.value })}
            />
          </div>
        )}
        {invalid && (
          <p id="poster-target-error" class="poster-error" role="alert">
            {t('share.posters.target.pathInvalid')}
          </p>
        )}
      </div>
    </fieldset>
  );
}

function IdField(props: {
  id: string;
  /** The form name: the target's part it fills (tutorial, step, province, point). */
  name: string;
  label: string;
  value: string;
  options: PickOption[];
  onInput: (value: string) => void;
  t: Translate;
}) {
  const { id, name, label, value, options, onInput, t } = props;
  if (options.length > 0) {
    return (
      <div class="poster-input">
        <label for={id}>{label}</label>
        <select id={id} name={name} value={value} onChange={(e) => onInput(e.currentTarget.value)}>
          <option value="">{t('share.posters.target.choose')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div class="poster-input">
      <label for={id}>{label}</label>
      <p id={`${id}-hint`} class="hint">
        {t('share.posters.target.idHint')}
      </p>
      <input
        id={id}
        name={name}
        type="text"
        dir="ltr"
        autocomplete="off"
        spellcheck={false}
        maxLength={64}
        value={value}
        aria-describedby={`${id}-hint`}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
