import type { ContentCollection } from './collection';
import { crossFileCollection } from './cross-checks';
import { encodingCollection } from './encoding';
import { localesCollection } from './locales';
import { pointsCollection } from './points';
import { rulesCollection } from './rules';
import { siteCollection } from './site';
import { tutorialsCollection } from './tutorials';
import { wordingCollection } from './wording';

/**
 * Every kind of content the app is built from. A new kind (rules, tutorials, points...) adds its
 * collection here and its module types to src/types/content.d.ts. Checks between kinds of content
 * (rules → texts, rules → tutorials) live in cross-checks.ts; file encoding in encoding.ts; one term
 * per thing in wording.ts.
 */
export const collections: readonly ContentCollection[] = [
  encodingCollection,
  siteCollection,
  localesCollection,
  pointsCollection,
  rulesCollection,
  tutorialsCollection,
  crossFileCollection,
  wordingCollection,
];
