// npm run build: seeds/ → content/ (convert) → dist/ (Astro) → dist/pagefind/ (Pagefind).
// Settings come from the environment (src/lib/options.ts lists each: SEEDS_DIR, CONTENT_DIR,
// OUT_DIR, …), flags from the command line:
//   --keep-going  builds every paper that converts; a paper that does not keeps its last good
//                 version, with a warning naming it and why
//   --part K/N    converts and builds only share K of N of the Astro parts, into SHARES_DIR
//   --merge       converts, joins the shares of SHARES_DIR and finishes the build
// The site is built into a staging folder beside OUT_DIR, verified, and swapped in by rename:
// readers see the old site or the new one, whole, whatever happens to the build.
// One progress line per stage, a closing summary; every expected failure is one message with
// a hint and a non-zero exit, and nothing is published.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ConversionError, formatMessage } from '../src/converter/messages.ts';
import { parseSettings, SettingError, workingFolder } from '../src/lib/options.ts';
import { BuildError, printableLines } from './build/build-error.ts';
import { checkFolders, withFolders } from './build/folders.ts';
import { type BuildFlags, runBuild } from './build/run.ts';
import { parseShare } from './build/shares.ts';

const USAGE = 'npm run build -- [--keep-going] [--part K/N | --merge]';
const PROJECT = fileURLToPath(new URL('..', import.meta.url));

/** The command line as flags; a mistyped or incomplete flag is a usage error. */
function parseFlags(argv: string[]): BuildFlags {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'keep-going': { type: 'boolean', default: false },
        part: { type: 'string' },
        merge: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new BuildError('command line', (error as Error).message, 'usage', USAGE);
  }
  if (values.part !== undefined && values.merge)
    throw new BuildError(
      'command line',
      '--part and --merge are two steps',
      'usage',
      'build each share with --part K/N, then join them with --merge',
    );
  return {
    keepGoing: values['keep-going'],
    share: values.part === undefined ? undefined : parseShare(values.part),
    merge: values.merge,
  };
}

try {
  const flags = parseFlags(process.argv.slice(2));
  const settings = parseSettings(process.env);
  const folders = checkFolders(settings, workingFolder(), PROJECT);
  const ok = await runBuild({ settings: withFolders(settings, folders), folders, flags, project: PROJECT });
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  if (error instanceof SettingError || error instanceof BuildError) {
    console.error(printableLines(error.message));
    process.exitCode = 2;
  } else if (error instanceof ConversionError) {
    console.error(error.messages.map(formatMessage).join('\n'));
    process.exitCode = 2;
  } else throw error;
}
