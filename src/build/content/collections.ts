import type { ContentCollection } from './collection';
import { localesCollection } from './locales';
import { pointsCollection } from './points';
import { rulesCollection } from './rules';
import { siteCollection } from './site';
import { tutorialsCollection } from './tutorials';

/**
 * Every kind of content the app is built from. A new kind (rules, tutorials, points...) adds its
 * collection here and its module types to src/types/content.d.ts.
 */
export const collections: readonly ContentCollection[] = [
  siteCollection,
  localesCollection,
  pointsCollection,
  rulesCollection,
  tutorialsCollection,
];
