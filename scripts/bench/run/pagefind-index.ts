// node scripts/bench/run/pagefind-index.ts <site folder>: indexes a built site
// with Pagefind the way the build's pagefind stage does (Node API, Dutch),
// for the baseline. Prints "[pagefind] N pages indexed".
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeSearchBundle } from '../../build/search-write.ts';

const site = process.argv[2];
if (!site) throw new Error('usage: pagefind-index.ts <site folder>');
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
if (!index) throw new Error(errors.join('\n'));
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(added.errors.join('\n'));
// The same whole write as the build's (scripts/build/search-write.ts), so both pay for it.
await writeSearchBundle(index, join(site, 'pagefind'));
await pagefind.close();
console.log(`[pagefind] ${added.page_count} pages indexed`);
