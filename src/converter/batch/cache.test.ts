// The converter's version covers the code the converter runs, and only that: a site
// module edited leaves every cached conversion valid; a src/lib module the converter
// imports, edited, makes them all stale.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { converterModules } from './cache.ts';

const project = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs a module script with the project's Node, in `cwd`, and returns what it prints. */
const runNode = (script: string, cwd: string) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });

describe('converter version', () => {
  it('lists the modules Node really loads for the converter', () => {
    // Node's own module hooks record every project file that importing each converter module loads.
    const loaded = runNode(
      `import { registerHooks } from 'node:module';
      import { pathToFileURL } from 'node:url';
      const seen = new Set();
      registerHooks({
        resolve(specifier, context, next) {
          const resolved = next(specifier, context);
          seen.add(resolved.url);
          return resolved;
        },
      });
      const root = pathToFileURL(process.cwd() + '/').href;
      for (const f of ${JSON.stringify(converterModules().filter((m) => m.startsWith('src/converter/')))}) {
        await import(root + f);
      }
      const own = [...seen].filter((u) => u.startsWith(root) && !u.includes('/node_modules/'));
      console.log(JSON.stringify(own.map((u) => u.slice(root.length)).sort()));`,
      project,
    );
    expect(JSON.parse(loaded.trim().split('\n').at(-1)!)).toEqual(converterModules());
  });

  it('covers the converter, the schema and the shared modules it imports, never the site', () => {
    const modules = converterModules();
    // links.ts finds cited papers with src/lib/references.ts.
    expect(modules).toContain('src/lib/references.ts');
    expect(modules).toContain('src/schema/document.ts');
    expect(modules).toContain('src/converter/pipeline.ts');
    expect(modules.filter((m) => !/^src\/(?:converter|lib|schema)\//.test(m))).toEqual([]);
    expect(modules.some((m) => m.endsWith('.test.ts'))).toBe(false);
  });

  describe('in a copy of the project', () => {
    const copy = mkdtempSync(join(tmpdir(), 'kd-cache-'));
    cpSync(join(project, 'src'), join(copy, 'src'), { recursive: true });
    cpSync(join(project, 'package-lock.json'), join(copy, 'package-lock.json'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));
    const script = `import { converterVersion } from './src/converter/batch/cache.ts'; console.log(converterVersion([]))`;
    const version = () => runNode(script, copy).trim();

    it('keeps its version when a site module changes, and not when a shared module the converter imports does', () => {
      const before = version();
      appendFileSync(join(copy, 'src/site/timeline.ts'), '\n// edited\n');
      expect(version()).toBe(before);
      appendFileSync(join(copy, 'src/lib/sentences.ts'), '\n// edited\n');
      expect(version()).not.toBe(before);
    });
  });
});
