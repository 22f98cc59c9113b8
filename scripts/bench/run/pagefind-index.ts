// node scripts/bench/run/pagefind-index.ts <site folder>: indexes a built site
// with Pagefind the way the build's pagefind stage does (Node API, Dutch),
// for the baseline. Prints "[pagefind] N pages indexed".
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const site = process.argv[2];
if (!site) throw new Error('usage: pagefind-index.ts <site folder>');
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
if (!index) throw new Error(errors.join('\n'));
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(added.errors.join('\n'));
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await pagefind.close();
console.log(`[pagefind] ${added.page_count} pages indexed`);
