// npm run convert -- [--in seeds] [--out content] [--check] [--keep-going]
// Converts every *.txt in --in into MDX in --out. Every problem ends in
// `file[:line:col]: reason [rule]` and a hint with a non-zero exit; a stack
// trace is printed only for a bug in the converter itself.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConversionError, formatMessage, printable } from '../src/converter/messages.ts';
import { CONTENT_FOLDER } from '../src/lib/content-folder.ts';

const USAGE = 'usage: npm run convert -- [--in FOLDER] [--out FOLDER] [--check] [--keep-going]';

let values;
try {
  ({ values } = parseArgs({
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      'keep-going': { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`convert: ${printable((error as Error).message)} [usage]\n  hint: ${USAGE}`);
  process.exit(2);
}

// Folders given on the command line are the caller's; the defaults and the project's own data
// (src/data/entities.yaml, the cache) are the project's, wherever the script is started from.
const project = fileURLToPath(new URL('..', import.meta.url));
const inDir = values.in === undefined ? resolve(project, 'seeds') : resolve(values.in);
const outDir = values.out === undefined ? resolve(project, CONTENT_FOLDER) : resolve(values.out);
const shown = (dir: string, given: string | undefined) => given ?? dir.slice(project.length);
process.chdir(project);
// Imported after the change of folder: some modules find the project's data from the working folder.
const { convertFolder } = await import('../src/converter/batch/batch.ts');
const { describeTextChanges } = await import('../src/converter/batch/text-changes.ts');
const { describeUnrecognisedKind } = await import('../src/converter/batch/kind-note.ts');

let result;
try {
  result = await convertFolder({ inDir, outDir, check: values.check, keepGoing: values['keep-going'] });
} catch (error) {
  if (!(error instanceof ConversionError)) throw error;
  for (const message of error.messages) console.error(formatMessage(message));
  process.exit(1);
}
for (const error of result.errors) console.error(error);
for (const c of result.converted) {
  const kind = describeUnrecognisedKind(c.frontmatter);
  if (kind) console.log(printable(kind));
  for (const u of c.frontmatter.unknown)
    console.log(printable(`${c.frontmatter.source.file}: ${u.field} unknown: ${u.reason}`));
  const changes = describeTextChanges(c.frontmatter.source.file, c.textChanges ?? {});
  if (changes) console.log(printable(changes));
  for (const u of c.frontmatter.unresolvedDates)
    console.log(
      printable(`${c.frontmatter.source.file}: date not resolved, left off the timeline: "${u.text}" (${u.problem})`),
    );
}
const out = printable(shown(outDir, values.out));
if (values.check) {
  for (const name of result.changed)
    console.error(printable(`${out}/${name}: out of date with ${shown(inDir, values.in)}/`));
  console.log(
    `checked ${result.converted.length} documents: ${result.changed.length} out of date, ${result.errors.length} errors`,
  );
} else {
  console.log(
    `converted ${result.converted.length} documents into ${out}/ (${result.converted.length - result.fromCache} converted, ${result.fromCache} from cache; ${result.changed.length} files changed), ${result.errors.length} errors`,
  );
}
process.exitCode = result.errors.length || (values.check && result.changed.length) ? 1 : 0;
