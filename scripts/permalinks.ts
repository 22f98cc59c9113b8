// npm run permalinks: records the permalinks of the current build (dist/) in
// src/data/permalinks.json. It only adds: a permalink once published stays promised.
import { writeFileSync } from 'node:fs';
import { parseSettings } from '../src/lib/options.ts';
import { collectPermalinks, MANIFEST_FILE, readManifest } from '../src/site/permalink-manifest.ts';

const known = readManifest();
const current = collectPermalinks(parseSettings(process.env).outDir);
const added = current.filter((p) => !known.includes(p));
writeFileSync(MANIFEST_FILE, `${JSON.stringify([...new Set([...known, ...current])].sort(), null, 2)}\n`);
console.log(`${added.length} permalinks added to ${MANIFEST_FILE} (${known.length + added.length} in all)`);
