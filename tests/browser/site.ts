// Where the browser tests find the built site and the browser.
export const BASE_PATH = '/kamerdossier/';
export const OUT_DIR = 'test-results/site';
/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere on other machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
