import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageSettingsKey, parseSettings, SETTINGS, SettingError, settingsEnvironment } from './options.ts';

/** A valid value other than the default, for each setting that pages read. */
const OTHER_VALUE: Record<string, string> = {
  KD_PART_SIZE: '7',
  SITE_URL: 'https://example.org',
  BASE_PATH: '/kamerdossier/',
  REPOSITORY_URL: 'https://github.com/example/kamerdossier',
  SOURCE_DATE_EPOCH: '1735689600',
  KD_LIST_PAGE_SIZE: '3',
  KD_TIMELINE_PAGE_SIZE: '4',
  KD_CITED_BY_SHOWN: '1',
  KD_BUILD_PART: 'site',
};

describe('the settings', () => {
  it('default to the documented values', () => {
    const settings = parseSettings({});
    expect(settings.outDir).toBe('dist');
    expect(settings.seedsDir).toBe('seeds');
    expect(settings.contentDir).toBe('content');
    expect(settings.partSize).toBe(500);
    expect(settings.listPageSize).toBe(100);
    expect(settings.citedByShown).toBe(10);
    expect(settings.astroCacheDir).toBeUndefined();
  });

  it.each([
    ['OUT_DIR', '', /OUT_DIR: is empty/],
    ['SEEDS_DIR', '  ', /SEEDS_DIR: is empty/],
    ['KD_PART_SIZE', '0', /KD_PART_SIZE: must be at least 1: "0"/],
    ['KD_PART_SIZE', 'two', /KD_PART_SIZE: is not a whole number: "two"/],
    ['KD_LIST_PAGE_SIZE', '2.5', /KD_LIST_PAGE_SIZE: is not a whole number/],
    ['SITE_URL', 'example.org', /SITE_URL: is not an absolute URL/],
    ['BASE_PATH', 'kamerdossier/', /BASE_PATH: must start with \//],
    ['SOURCE_DATE_EPOCH', 'yesterday', /SOURCE_DATE_EPOCH: is not a number of seconds/],
    ['KD_BUILD_PART', 'pages', /KD_BUILD_PART: /],
  ])('refuse %s=%j with a message that names it and a hint', (name, value, message) => {
    let error: unknown;
    try {
      parseSettings({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingError);
    expect((error as SettingError).message).toMatch(message);
    expect((error as SettingError).message).toMatch(/\[invalid-setting\]\n {2}hint: /);
  });

  it('go to a child process and come back the same', () => {
    const settings = parseSettings({ ...OTHER_VALUE, OUT_DIR: '/tmp/site', ASTRO_CACHE_DIR: '/tmp/astro' });
    expect(parseSettings(settingsEnvironment(settings))).toEqual(settings);
  });

  // The key of the part cache: once a hand-kept list, which forgot KD_CITED_BY_SHOWN.
  it('key every setting that is not a folder, so none can be forgotten', () => {
    const base = pageSettingsKey(parseSettings({}));
    for (const definition of Object.values(SETTINGS)) {
      if (definition.env === 'KD_BUILD_PART') continue;
      if (definition.kind === 'folder') {
        expect(pageSettingsKey(parseSettings({ [definition.env]: '/elsewhere' })), definition.env).toBe(base);
        continue;
      }
      const other = OTHER_VALUE[definition.env];
      expect(other, `a test value for ${definition.env}`).toBeDefined();
      expect(pageSettingsKey(parseSettings({ [definition.env]: other })), definition.env).not.toBe(base);
    }
  });
});

describe('the README', () => {
  it('names every setting', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const definition of Object.values(SETTINGS)) expect(readme, definition.env).toContain(`\`${definition.env}\``);
  });
});
