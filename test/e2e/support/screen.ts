import type { Locator, Page } from '@playwright/test';

/**
 * The screen shown, by its route id (main's data-screen; "not-found" for an unknown path), in any
 * language, once the app is live: a page the server pre-rendered is marked `data-prerendered`
 * until the app has rendered over it and its buttons work.
 */
export function screen(page: Page, id: string): Locator {
  return page.locator(`#app:not([data-prerendered]) main[data-screen="${id}"]`);
}

/** The heading of the screen shown, once that screen is the one shown. */
export function screenHeading(page: Page, id: string): Locator {
  return screen(page, id).getByRole('heading', { level: 1 });
}

/**
 * Letters only Vietnamese writes: a Vietnamese page's title has some, an English one none. Which
 * language a text came out in, without tying the test to its wording.
 */
export const VIETNAMESE_LETTERS = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
