// The folders a build writes, resolved and checked before anything is touched. The build
// replaces its output folder and prunes its caches: a folder setting that names the project,
// its sources or another setting's folder would make that a deletion of someone's work
// (`OUT_DIR=` once removed a whole checkout). Such a value is refused with a message.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { type SettingName, SETTINGS, SettingError, type Settings } from '../../src/lib/options.ts';

/** The folders a build writes, each resolved against the working folder. */
export interface BuildFolders {
  seeds: string;
  content: string;
  out: string;
  shares: string;
  partCache: string;
  convertCache: string;
  frontmatterCache: string;
  astroCache: string | undefined;
}

/** The project's own folders: no output may be one of them or hold one of them. */
const PROJECT_FOLDERS = ['src', 'scripts', 'tests', 'docs', 'public', '.git', '.github', '.ci', 'node_modules'];

/** Whether `outer` is `inner` or a folder that holds it. */
export function holds(outer: string, inner: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/** Marks a folder as a site published by this build, so that a later build may replace it. */
export const SITE_MARK = 'kamerdossier-build.json';

/**
 * Resolves the folder settings and refuses any that would make the build delete or overwrite
 * what is not its own. `project` is the checkout the build runs from.
 */
export function checkFolders(settings: Settings, cwd: string, project: string): BuildFolders {
  const at = (name: SettingName) => {
    const value = settings[name] as string | undefined;
    return value === undefined ? undefined : resolve(cwd, value);
  };
  const folders: BuildFolders = {
    seeds: at('seedsDir')!,
    content: at('contentDir')!,
    out: at('outDir')!,
    shares: at('sharesDir')!,
    partCache: at('partCache')!,
    convertCache: at('convertCache')!,
    frontmatterCache: at('frontmatterCache')!,
    astroCache: at('astroCacheDir'),
  };
  const written: [SettingName, string | undefined][] = [
    ['contentDir', folders.content],
    ['outDir', folders.out],
    ['sharesDir', folders.shares],
    ['partCache', folders.partCache],
    ['convertCache', folders.convertCache],
    ['frontmatterCache', folders.frontmatterCache],
    ['astroCacheDir', folders.astroCache],
  ];
  const guarded: [string, string][] = [
    ['the project', project],
    ...PROJECT_FOLDERS.map((name): [string, string] => [`the project's ${name}/`, join(project, name)]),
    [`the sources (${SETTINGS.seedsDir.env})`, folders.seeds],
  ];
  for (const [name, path] of written) {
    if (path === undefined) continue;
    const env = SETTINGS[name].env;
    for (const [what, other] of guarded)
      if (holds(path, other)) refuse(env, path, `is ${what} or holds it`, 'output-holds-project');
    if (holds(folders.seeds, path)) refuse(env, path, 'is inside the sources folder', 'output-in-sources');
    if (holds(join(project, 'src'), path)) refuse(env, path, "is inside the project's src/", 'output-in-code');
    for (const [otherName, other] of written) {
      if (otherName === name || other === undefined) continue;
      if (holds(path, other))
        refuse(env, path, `is ${SETTINGS[otherName].env}'s folder or holds it`, 'output-overlaps');
    }
  }
  if (!replaceableSite(folders.out))
    refuse(
      SETTINGS.outDir.env,
      folders.out,
      'holds files that are not a site built here (no index.html, _astro/ or build mark)',
      'output-not-a-site',
    );
  if (hasSubfolders(folders.content))
    refuse(
      SETTINGS.contentDir.env,
      folders.content,
      'holds folders: the converter replaces this folder with the MDX documents',
      'content-not-documents',
    );
  return folders;
}

/** The settings with every folder resolved: what the build passes down and to its Astro processes. */
export function withFolders(settings: Settings, folders: BuildFolders): Settings {
  return {
    ...settings,
    seedsDir: folders.seeds,
    contentDir: folders.content,
    outDir: folders.out,
    sharesDir: folders.shares,
    partCache: folders.partCache,
    convertCache: folders.convertCache,
    frontmatterCache: folders.frontmatterCache,
    astroCacheDir: folders.astroCache,
  };
}

function refuse(env: string, path: string, reason: string, rule: string): never {
  throw new SettingError(
    env,
    `${JSON.stringify(path)} ${reason}; nothing was touched`,
    rule,
    `the build replaces or prunes ${env}; name a folder of its own, such as the default`,
  );
}

/** An output folder the build may replace: absent, empty, marked by an earlier build, or a site built before the mark. */
export function replaceableSite(out: string): boolean {
  if (!existsSync(out)) return true;
  if (!lstatSync(out).isDirectory()) return false;
  const names = readdirSync(out);
  return names.length === 0 || names.includes(SITE_MARK) || (names.includes('index.html') && names.includes('_astro'));
}

function hasSubfolders(dir: string): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((e) => e.isDirectory() && !e.name.startsWith('.staging-'));
}
