// Layout regressions: a page's screenshot against a reviewed reference PNG, pixel by
// pixel (pixelmatch), with a small tolerance for anti-aliasing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';

/** No animation, no blinking caret, fonts loaded, nothing still arriving: the same pixels on every run. */
export async function settle(page: Page): Promise<void> {
  await page.addStyleTag({
    content:
      '*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }',
  });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
}

export interface Comparison {
  /** Share of pixels that differ, 0–1; 1 when the sizes differ or there is no reference. */
  changed: number;
  reason: string | null;
}

/** Compares a screenshot with its reference; writes the difference image beside `diffFile` when they differ. */
export function compareWithReference(
  actual: Buffer,
  referenceFile: string,
  diffFile: string,
  tolerance: number,
): Comparison {
  if (!existsSync(referenceFile)) return { changed: 1, reason: `no reference ${referenceFile}` };
  const expected = PNG.sync.read(readFileSync(referenceFile));
  const shot = PNG.sync.read(actual);
  if (expected.width !== shot.width || expected.height !== shot.height) {
    mkdirSync(dirname(diffFile), { recursive: true });
    writeFileSync(diffFile, actual);
    return { changed: 1, reason: `size ${shot.width}×${shot.height}, reference ${expected.width}×${expected.height}` };
  }
  const diff = new PNG({ width: shot.width, height: shot.height });
  const pixels = pixelmatch(expected.data, shot.data, diff.data, shot.width, shot.height, { threshold: 0.1 });
  const changed = pixels / (shot.width * shot.height);
  if (changed > tolerance) {
    mkdirSync(dirname(diffFile), { recursive: true });
    writeFileSync(diffFile, PNG.sync.write(diff));
    writeFileSync(diffFile.replace(/\.diff\.png$/, '.actual.png'), actual);
  }
  return { changed, reason: changed > tolerance ? `${(changed * 100).toFixed(2)} % of pixels differ` : null };
}
