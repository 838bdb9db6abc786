// Types of the modules compiled from content/ by src/build/content-plugin.ts.

declare module 'virtual:content/site' {
  export const site: import('../core/site').Site;
}

declare module 'virtual:content/locales' {
  type Loader = () => Promise<{ default: import('../core/i18n/messages').Messages }>;
  export const loaders: Record<import('../core/i18n/languages').Lang, Record<string, Loader>>;
}

declare module 'virtual:content/locale/vi/common' {
  const messages: import('../core/i18n/messages').Messages;
  export default messages;
}

declare module 'virtual:content/locale/vi/home' {
  const messages: import('../core/i18n/messages').Messages;
  export default messages;
}

declare module 'virtual:content/locale/*' {
  const messages: import('../core/i18n/messages').Messages;
  export default messages;
}

declare module 'virtual:content/points/index' {
  export const provinces: readonly import('../core/points/types').ProvinceInfo[];
  /** Public holidays offices close on (official and provisional), YYYY-MM-DD. */
  export const holidays: readonly string[];
  /** Holidays whose dates are not announced yet (provisional or maybe days off): "call first". */
  export const unconfirmedHolidays: readonly string[];
  /** Only provinces with data have a loader. */
  export const loadProvince: Readonly<Record<string, () => Promise<{ data: import('../core/points/types').ProvinceData }>>>;
  export const loadPlaces: () => Promise<{ places: readonly import('../core/points/types').PlaceEntry[] }>;
  /** Point ids by province id. */
  export const loadIds: () => Promise<{ pointIds: Readonly<Record<string, readonly string[]>> }>;
}

declare module 'virtual:content/points/localities' {
  /** Provinces and communes with the codes counts carry, old names as aliases (content/points/localities.csv). */
  export const localities: readonly import('../core/counts/localities').Locality[];
}

declare module 'virtual:content/rules' {
  /** Every ruleset (one per decree), sorted by validFrom; pick one with rulesetInForce(). */
  export const rulesets: readonly import('../core/eligibility/types').Ruleset[];
}

/** The same rulesets with each text in one language only (what pick(text, lang) shows). */
declare module 'virtual:content/rules/vi' {
  export const rulesets: readonly import('../core/eligibility/types').Ruleset[];
}
declare module 'virtual:content/rules/en' {
  export const rulesets: readonly import('../core/eligibility/types').Ruleset[];
}

declare module 'virtual:content/tutorials' {
  /** Every tutorial's title, summary and step count, in the agreed order: small enough for the list screen. */
  export const tutorials: readonly import('../core/tutorials/types').TutorialSummary[];
  /**
   * The full tutorial (steps and illustrations), loaded lazily, with every text in `lang` only
   * (Vietnamese where not translated); undefined for an unknown id.
   */
  export function loadTutorial(
    id: string,
    lang: import('../core/i18n/languages').Lang,
  ): Promise<import('../core/tutorials/types').Tutorial | undefined>;
}

/** One tutorial in one language: `virtual:content/tutorial/<id>/<lang>`. */
declare module 'virtual:content/tutorial/*' {
  export const tutorial: import('../core/tutorials/types').Tutorial;
}
