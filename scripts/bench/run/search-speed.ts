// Search on the built bench site as a reader meets it: the bytes a shared search URL and a second
// query fetch, and the median wait after the last keystroke, measured the way the browser test
// measures the seeds (tests/browser/checks/search-speed.ts).
import { preview } from 'astro';
import { measureReader, type SearchSpeed } from '../../../tests/browser/checks/search-speed.ts';
import { launchBrowser } from '../../../tests/browser/browser.ts';

export async function benchSearch(outDir: string): Promise<SearchSpeed> {
  const server = await preview({
    root: process.cwd(),
    logLevel: 'error',
    outDir,
    server: { host: '127.0.0.1', port: 0 },
  });
  const browser = await launchBrowser();
  try {
    return await measureReader(browser, `http://127.0.0.1:${server.port}/`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
