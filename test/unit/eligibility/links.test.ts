import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { TutorialLink } from '../../../src/core/eligibility/types';
import { RULESETS } from './load-rulesets';

/** Every tutorial (and step) an outcome or blocker links to exists in content/tutorials. */
function stepsOf(tutorial: string): string[] | undefined {
  const file = `content/tutorials/${tutorial}.yaml`;
  if (!existsSync(file)) return undefined;
  const doc = parse(readFileSync(file, 'utf8')) as { steps?: { id?: string }[] };
  return (doc.steps ?? []).map((s) => s.id ?? '');
}

describe('links from outcomes and blockers', () => {
  const links: [string, TutorialLink][] = RULESETS.flatMap((r) => [
    ...Object.values(r.outcomes).flatMap((o) => o.tutorials.map((t) => [`${r.id} ${o.id}`, t] as [string, TutorialLink])),
    ...Object.values(r.blockers).flatMap((b) => b.tutorials.map((t) => [`${r.id} ${b.id}`, t] as [string, TutorialLink])),
  ]);

  it.each(links)('%s → %j exists', (_, link) => {
    const steps = stepsOf(link.tutorial);
    expect(steps, `content/tutorials/${link.tutorial}.yaml`).toBeDefined();
    if (link.step) expect(steps).toContain(link.step);
  });
});
