// Every setting of the build and the site, defined once: its environment variable, its
// default, its meaning and how it is checked (zod). Each entry point parses the settings
// once (scripts/build.ts, scripts/convert.ts and scripts/permalinks.ts with
// `parseSettings`; an Astro process, its config and its pages, with `siteSettings`) and
// passes them down. No other module reads process.env or process.cwd().
import { z } from 'zod';

/** A setting that is missing its value or holds a wrong one: a message for the maintainer, not a bug. */
export class SettingError extends Error {
  /** The environment variable. */
  readonly setting: string;
  readonly rule: string;

  constructor(setting: string, reason: string, rule: string, hint: string) {
    super(`${setting}: ${reason} [${rule}]\n  hint: ${hint}`);
    this.setting = setting;
    this.rule = rule;
  }
}

/** What a setting is: where files are (never part of a cache key: their contents are), or what pages show. */
type Kind = 'folder' | 'value';

interface Definition<T> {
  env: string;
  kind: Kind;
  meaning: string;
  schema: z.ZodType<T>;
  /** Shown in a hint. */
  expected: string;
}

/** A path. An empty value is refused, not taken as the working folder: `OUT_DIR=` once deleted a checkout. */
const path = () => z.string().refine((v) => v.trim() !== '', 'is empty');

const folder = (env: string, fallback: string, meaning: string): Definition<string> => ({
  env,
  kind: 'folder',
  meaning,
  schema: path().default(fallback),
  expected: `a folder, by default ${fallback}`,
});

const optionalFolder = (env: string, meaning: string): Definition<string | undefined> => ({
  env,
  kind: 'folder',
  meaning,
  schema: path().optional(),
  expected: 'a folder, or unset',
});

const wholeNumber = (env: string, fallback: number, meaning: string): Definition<number> => ({
  env,
  kind: 'value',
  meaning,
  schema: z
    .string()
    .regex(/^\s*\d+\s*$/, 'is not a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1'))
    .default(fallback),
  expected: `a whole number of at least 1, by default ${fallback}`,
});

const text = (env: string, fallback: string, meaning: string, schema = z.string()): Definition<string> => ({
  env,
  kind: 'value',
  meaning,
  schema: schema.default(fallback),
  expected: `by default ${fallback}`,
});

/** Every setting. The site's (what pages show) and the build's (where it reads and writes). */
export const SETTINGS = {
  seedsDir: folder('SEEDS_DIR', 'seeds', 'the source papers the build converts'),
  contentDir: folder('CONTENT_DIR', 'content', 'where the converted MDX documents are written and read'),
  outDir: folder('OUT_DIR', 'dist', 'where the finished site is published'),
  sharesDir: folder('SHARES_DIR', '.build-shares', 'where --part writes its share and --merge reads the shares'),
  partCache: folder('KD_PART_CACHE', 'node_modules/.cache/kamerdossier/parts', 'finished Astro build parts'),
  convertCache: folder('CONVERT_CACHE_DIR', 'node_modules/.cache/kamerdossier/convert', 'conversion results'),
  frontmatterCache: folder(
    'KD_FRONTMATTER_CACHE',
    'node_modules/.cache/kamerdossier/frontmatter',
    'parsed frontmatter that Astro reads instead of the YAML',
  ),
  astroCacheDir: optionalFolder('ASTRO_CACHE_DIR', "Astro's own cache, when not its default"),
  partSize: wholeNumber('KD_PART_SIZE', 500, 'documents per Astro build part (a larger corpus is built in parts)'),
  siteUrl: text(
    'SITE_URL',
    'http://localhost:4321',
    'the address the site is served from',
    z.string().url('is not an absolute URL (https://…)'),
  ),
  basePath: text(
    'BASE_PATH',
    '/',
    'the path the site lives under (/<repository>/ on GitHub Pages)',
    z.string().startsWith('/', 'must start with /'),
  ),
  repositoryUrl: {
    env: 'REPOSITORY_URL',
    kind: 'value',
    meaning: 'the repository whose issues take error reports (the Verantwoording page)',
    schema: z.string().url('is not an absolute URL').optional(),
    expected: 'an absolute URL, or unset',
  } satisfies Definition<string | undefined>,
  sourceDateEpoch: {
    env: 'SOURCE_DATE_EPOCH',
    kind: 'value',
    meaning: "the build's reference date in seconds since 1970 (reproducible builds); unset: the newest date printed",
    schema: z.string().regex(/^\d+$/, 'is not a number of seconds').optional(),
    expected: 'seconds since 1970-01-01, or unset',
  } satisfies Definition<string | undefined>,
  listPageSize: wholeNumber('KD_LIST_PAGE_SIZE', 100, 'documents per page of a list'),
  timelinePageSize: wholeNumber('KD_TIMELINE_PAGE_SIZE', 400, 'entries per page of the timeline'),
  citedByShown: wholeNumber('KD_CITED_BY_SHOWN', 10, 'citing papers a dossier page names under one paper'),
  buildPart: {
    env: 'KD_BUILD_PART',
    kind: 'value',
    meaning: 'which pages this Astro process renders (set by the build for its parts)',
    schema: z.enum(['all', 'site', 'documents']).default('all'),
    expected: 'all, site or documents',
  } satisfies Definition<'all' | 'site' | 'documents'>,
  partDocuments: optionalFolder('KD_PART_DOCUMENTS', "a JSON file listing a documents part's slugs (set by the build)"),
} as const;

type Settings0 = typeof SETTINGS;
export type Settings = { readonly [K in keyof Settings0]: z.output<Settings0[K]['schema']> };
export type SettingName = keyof Settings;

/** Parses every setting from an environment; throws a SettingError naming the first wrong one. */
export function parseSettings(environment: Readonly<Record<string, string | undefined>>): Settings {
  const parsed: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(SETTINGS) as [SettingName, Definition<unknown>][]) {
    const raw = environment[definition.env];
    const result = definition.schema.safeParse(raw);
    if (!result.success) {
      const reason = result.error.issues[0]?.message ?? 'is not valid';
      throw new SettingError(
        definition.env,
        `${reason}: "${raw}"`,
        'invalid-setting',
        `${definition.env} is ${definition.meaning}; expected ${definition.expected}. Unset it or give such a value.`,
      );
    }
    parsed[name] = result.data;
  }
  return Object.freeze(parsed) as Settings;
}

/** The settings as environment variables, for a child process (an Astro part) to parse again. */
export function settingsEnvironment(settings: Settings): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const [name, definition] of Object.entries(SETTINGS) as [SettingName, Definition<unknown>][]) {
    const value = settings[name];
    if (value !== undefined) environment[definition.env] = String(value);
  }
  return environment;
}

/**
 * What every page depends on of the settings: each one that is not a folder, so a setting added
 * later is in every cache key without anyone remembering to put it there. Folders are left out:
 * their contents are hashed where they matter, and a cache must survive a checkout's move.
 * The settings that choose what one Astro process renders are the part's own key.
 */
export function pageSettingsKey(settings: Settings): string {
  const keyed = (Object.entries(SETTINGS) as [SettingName, Definition<unknown>][])
    .filter(([name, definition]) => definition.kind === 'value' && name !== 'buildPart')
    .map(([name]) => [name, settings[name] ?? null]);
  return JSON.stringify(keyed);
}

/** The process's environment (PATH and the rest), for a child process. The one reader of it besides the settings. */
export function inheritedEnvironment(): Record<string, string | undefined> {
  return process.env;
}

/** The folder the build or Astro runs in: the project, whose data files (src/data) are read from there. */
export function workingFolder(): string {
  return process.cwd();
}

let site: Settings | undefined;

/** The settings of this process, parsed once: what an Astro process and its pages read. */
export function siteSettings(): Settings {
  site ??= parseSettings(process.env);
  return site;
}
