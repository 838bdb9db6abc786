import { useState } from 'preact/hooks';
import type { PlaceEntry } from '../../../core/points/types';
import { useT } from '../../hooks';
import { provinces } from './places-store';

/**
 * "Where are you?": the device's location (asked only on a tap), or a typed place name. The typed
 * text goes into the URL as ?q= (a place name is not a person's position); the device's position
 * never does.
 */
export function WherePanel(props: {
  query: string;
  locating: boolean;
  onLocate: () => void;
  onSearch: (query: string) => void;
  suggestions?: PlaceEntry[];
  /** The choice is for a ward known only by its number ("Phường 12"): say why. */
  numbered?: boolean;
  onPick: (place: PlaceEntry) => void;
  noMatch?: boolean;
}) {
  const t = useT();
  const [text, setText] = useState(props.query);
  return (
    <section class="where" aria-labelledby="where-heading">
      <h2 id="where-heading">{t('points.where.heading')}</h2>
      <button
        type="button"
        class="button"
        data-action="locate"
        onClick={props.onLocate}
        disabled={props.locating}
        aria-describedby="where-privacy"
      >
        {props.locating ? t('points.where.locating') : t('points.where.useLocation')}
      </button>
      <p id="where-privacy" class="hint">
        {t('points.where.privacy')}
      </p>
      <form
        class="where-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) props.onSearch(text.trim());
        }}
      >
        <label for="place-query" class="where-label">
          {t('points.where.searchLabel')}
        </label>
        <p id="place-query-hint" class="hint">
          {t('points.where.searchHint')}
        </p>
        <div class="where-row">
          <input
            id="place-query"
            type="search"
            value={text}
            autocomplete="off"
            aria-describedby="place-query-hint"
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit" class="button button-secondary">
            {t('points.where.searchButton')}
          </button>
        </div>
      </form>
      {props.noMatch && (
        <p class="where-problem" role="alert" data-problem="no-match">
          {t('points.where.noMatch', { query: props.query })}
        </p>
      )}
      {props.suggestions && props.suggestions.length > 0 && (
        <div class="where-suggestions" data-place-choices>
          <p id="suggestions-label">{t('points.where.suggestions')}</p>
          {props.numbered && <p class="hint">{t('points.where.numbered')}</p>}
          <ul class="plain-list" aria-labelledby="suggestions-label">
            {props.suggestions.map((p) => (
              <li key={`${p.province}|${p.name}`}>
                <button
                  type="button"
                  class="link-button suggestion"
                  data-province={p.province}
                  data-place-name={p.name}
                  onClick={() => props.onPick(p)}
                >
                  {p.name}
                  <span class="suggestion-where">
                    {' · '}
                    {p.type === 'province' ? t('points.where.province') : provinces.find((x) => x.id === p.province)?.name}
                    {p.type === 'former' && ` (${t('points.where.formerly')})`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
