import { useEffect, useState } from 'preact/hooks';
import { pick, type Lang } from '../../../core/i18n/languages';
import type { PickOption, TargetOptions } from './target-picker';

/**
 * The lists the target picker offers, read from the content modules: tutorials and their steps,
 * provinces with registration points and the points of the chosen province. Each list loads only
 * when the picker needs it (points are per province). A list that cannot load stays empty and the
 * picker falls back to typing an id, checked against the routes.
 */
export function useTargetOptions(
  need: { tutorials: boolean; tutorial?: string; points: boolean; province?: string },
  lang: Lang,
): TargetOptions {
  const [tutorials, setTutorials] = useState<PickOption[]>([]);
  const [steps, setSteps] = useState<PickOption[]>([]);
  const [provinces, setProvinces] = useState<PickOption[]>([]);
  const [points, setPoints] = useState<PickOption[]>([]);

  useEffect(() => {
    if (!need.tutorials) return;
    let live = true;
    import('virtual:content/tutorials').then(
      (m) => live && setTutorials(m.tutorials.map((s) => ({ id: s.id, label: pick(s.title, lang) }))),
      () => undefined,
    );
    return () => void (live = false);
  }, [need.tutorials, lang]);

  useEffect(() => {
    setSteps([]);
    if (!need.tutorial) return;
    let live = true;
    import('virtual:content/tutorials')
      .then((m) => m.loadTutorial(need.tutorial ?? '', lang))
      .then(
        (tutorial) => live && setSteps((tutorial?.steps ?? []).map((s, i) => ({ id: s.id, label: `${i + 1}. ${pick(s.title, lang)}` }))),
        () => undefined,
      );
    return () => void (live = false);
  }, [need.tutorial, lang]);

  useEffect(() => {
    if (!need.points) return;
    let live = true;
    import('virtual:content/points/index').then(
      (m) =>
        live && setProvinces(m.provinces.filter((p) => p.points > 0 && m.loadProvince[p.id]).map((p) => ({ id: p.id, label: p.name }))),
      () => undefined,
    );
    return () => void (live = false);
  }, [need.points]);

  useEffect(() => {
    setPoints([]);
    if (!need.province) return;
    let live = true;
    import('virtual:content/points/index')
      .then((m) => m.loadProvince[need.province ?? '']?.())
      .then(
        (mod) =>
          live &&
          setPoints(
            (mod?.data.points ?? [])
              .map((p) => ({ id: p.id, label: `${p.name} (${p.commune})` }))
              .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
          ),
        () => undefined,
      );
    return () => void (live = false);
  }, [need.province]);

  return { tutorials, steps, provinces, points };
}
