import { useEffect, useState } from 'preact/hooks';
import { rulesets } from 'virtual:content/rules';
import { loadTutorial, tutorials } from 'virtual:content/tutorials';

/**
 * The product's words for the ids counts carry: checker outcomes by their titles in the rules,
 * "I'm stuck" steps by tutorial and step titles (content/), in Vietnamese. An id the content no
 * longer has is shown as it is, so nothing counted disappears.
 */
const outcomeTitles = new Map<string, string>();
for (const r of rulesets) for (const [id, o] of Object.entries(r.outcomes)) outcomeTitles.set(id, o.title.vi); // newest ruleset last: its words win

export const outcomeName = (id: string) => outcomeTitles.get(id) ?? id;

const tutorialTitles = new Map(tutorials.map((t) => [t.id, t.title.vi]));

/** Step names for "tutorial/step" ids, loading the tutorials they belong to. */
export function useStepNames(ids: readonly string[]): (id: string) => string {
  const [steps, setSteps] = useState<Map<string, string>>(new Map());
  // Compared as one string: the caller passes a new array every render.
  const wanted = [...new Set(ids.map((id) => id.split('/')[0]!))]
    .filter((t) => tutorialTitles.has(t))
    .sort()
    .join(',');
  useEffect(() => {
    let live = true;
    Promise.all((wanted ? wanted.split(',') : []).map((t) => loadTutorial(t, 'vi'))).then(
      (list) => {
        if (!live) return;
        const m = new Map<string, string>();
        for (const t of list) t?.steps.forEach((s, i) => m.set(`${t.id}/${s.id}`, `bước ${i + 1}: ${s.title.vi}`));
        setSteps(m);
      },
      () => undefined,
    );
    return () => void (live = false);
  }, [wanted]);
  return (id) => {
    const [tutorial = ''] = id.split('/');
    const title = tutorialTitles.get(tutorial);
    const step = steps.get(id);
    return title ? `${title}${step ? `, ${step}` : ''}` : id;
  };
}
