// npm run convert -- [--in seeds] [--out content] [--check] [--keep-going]
// Converts every *.txt in --in into MDX in --out.
import { parseArgs } from 'node:util';
import { convertFolder } from '../src/converter/batch.ts';
import { describeTextChanges } from '../src/converter/text-changes.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    check: { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: false },
  },
});

const result = await convertFolder({ inDir: values.in, outDir: values.out, check: values.check, keepGoing: values['keep-going'] });
for (const error of result.errors) console.error(error);
for (const c of result.converted) {
  for (const u of c.frontmatter.unknown) console.log(`${c.frontmatter.source.file}: ${u.field} unknown: ${u.reason}`);
  const changes = describeTextChanges(c.frontmatter.source.file, c.textChanges ?? {});
  if (changes) console.log(changes);
  for (const u of c.frontmatter.unresolvedDates) console.log(`${c.frontmatter.source.file}: date not resolved, left off the timeline: "${u.text}" (${u.problem})`);
}
if (values.check) {
  for (const name of result.changed) console.error(`${values.out}/${name}: out of date with ${values.in}/`);
  console.log(`checked ${result.converted.length} documents: ${result.changed.length} out of date, ${result.errors.length} errors`);
} else {
  console.log(`converted ${result.converted.length} documents into ${values.out}/ (${result.converted.length - result.fromCache} converted, ${result.fromCache} from cache; ${result.changed.length} files changed), ${result.errors.length} errors`);
}
process.exitCode = result.errors.length || (values.check && result.changed.length) ? 1 : 0;
