// Narrow screens: at 360 px nothing may make the page scroll sideways.
import type { Page } from 'playwright-core';

export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
