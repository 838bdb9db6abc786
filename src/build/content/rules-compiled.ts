import type { Ruleset } from '../../core/eligibility/types';
import { formatContentError } from './errors';
import { rulesCollection } from './rules';

/**
 * The real content/rules, compiled by the rules collection alone and read back from the module the
 * app imports (so tests and the review pages see exactly what ships). Throws on content errors.
 */
export function compiledRulesets(root = process.cwd()): Ruleset[] {
  const out = rulesCollection.compile(root);
  if (out.errors.length) throw new Error(out.errors.map(formatContentError).join('\n'));
  const code = out.modules.rules ?? '';
  const literal = /JSON\.parse\((".*")\);\s*$/s.exec(code)?.[1];
  if (!literal) throw new Error('unexpected module shape');
  return JSON.parse(JSON.parse(literal) as string) as Ruleset[];
}
