import { telHref } from '../../core/site';
import { useT } from '../hooks';
import { useIdentity } from './use-identity';

/**
 * The footer's line naming who runs this copy and its local hotlines. Loaded after the first
 * paint (shell.tsx) into a slot of reserved height; nothing at all until an admin set the unit.
 */
export function UnitLine() {
  const t = useT();
  const identity = useIdentity();
  if (!identity) return null;
  return (
    <>
      <span data-unit-name>{t('common.footer.runBy', { unit: identity.unit, area: identity.area })}</span>
      {identity.hotlines.map((h) => (
        <span key={h.number}>
          {' '}
          <a href={telHref(h.number)} class="tel" data-local-hotline>
            {h.number}
          </a>{' '}
          ({h.label})
        </span>
      ))}
    </>
  );
}
