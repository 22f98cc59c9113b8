import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSettings, SETTINGS, SettingError } from '../../src/lib/options.ts';
import { checkFolders, holds, SITE_MARK } from '../../scripts/build/folders.ts';

// A stand-in checkout: the checks read folders, never write them.
const project = mkdtempSync(join(tmpdir(), 'kd-folders-'));
for (const folder of ['src', 'scripts', 'tests', 'seeds', 'content', 'node_modules', '.git'])
  mkdirSync(join(project, folder));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const check = (environment: Record<string, string>) => checkFolders(parseSettings(environment), project, project);
const refusal = (environment: Record<string, string>): string | null => {
  try {
    check(environment);
    return null;
  } catch (error) {
    if (error instanceof SettingError) return error.rule;
    throw error;
  }
};

const FOLDER_SETTINGS = Object.values(SETTINGS)
  .filter((s) => s.kind === 'folder' && s.env !== 'SEEDS_DIR' && s.env !== 'KD_PART_DOCUMENTS')
  .map((s) => s.env);

describe('the folders a build writes', () => {
  it('accept the defaults, resolved against the working folder', () => {
    const folders = check({});
    expect(folders.out).toBe(join(project, 'dist'));
    expect(folders.partCache).toBe(join(project, 'node_modules/.cache/kamerdossier/parts'));
  });

  it.each(FOLDER_SETTINGS)('refuse %s naming the project, its parent, the root, the sources or the code', (env) => {
    for (const value of ['.', '..', '/', project, 'seeds', 'src', 'scripts', '.git', 'node_modules', 'src/pages'])
      expect(refusal({ [env]: value }), `${env}=${value}`).not.toBeNull();
  });

  it('refuse two settings naming one folder, or one inside the other', () => {
    expect(refusal({ OUT_DIR: 'site', KD_PART_CACHE: 'site' })).toBe('output-overlaps');
    expect(refusal({ OUT_DIR: 'site', SHARES_DIR: 'site/shares' })).toBe('output-overlaps');
    expect(refusal({ OUT_DIR: 'content' })).toBe('output-overlaps');
  });

  it('refuse to replace a folder that is not a site built here, and accept one that is', () => {
    const other = join(project, 'papers');
    mkdirSync(other);
    writeFileSync(join(other, 'notes.txt'), 'mine');
    expect(refusal({ OUT_DIR: other })).toBe('output-not-a-site');
    writeFileSync(join(other, SITE_MARK), '{}');
    expect(refusal({ OUT_DIR: other })).toBeNull();
  });

  it('refuse a content folder that holds folders (the converter replaces it with documents)', () => {
    mkdirSync(join(project, 'elsewhere', 'sub'), { recursive: true });
    expect(refusal({ CONTENT_DIR: join(project, 'elsewhere') })).toBe('content-not-documents');
  });

  // Whatever the values: what the build may replace or prune never is, or holds, the project's own folders.
  it('never accept a folder that holds the project, its sources or its code, for any values', () => {
    const guarded = ['', 'src', 'seeds', 'scripts', 'tests', '.git', 'node_modules', 'content'].map((f) =>
      join(project, f),
    );
    const path = fc.oneof(
      fc.constantFrom('.', '..', '/', '', 'dist', 'seeds', 'src', 'content', 'node_modules/.cache/x', project),
      fc
        .array(fc.constantFrom('..', '.', 'a', 'src', 'seeds', 'dist'), { minLength: 1, maxLength: 4 })
        .map((parts) => parts.join('/')),
    );
    fc.assert(
      fc.property(fc.record(Object.fromEntries(FOLDER_SETTINGS.map((env) => [env, path]))), (environment) => {
        let folders;
        try {
          folders = check(environment as Record<string, string>);
        } catch (error) {
          if (error instanceof SettingError) return;
          throw error;
        }
        const written = [
          folders.out,
          folders.shares,
          folders.partCache,
          folders.convertCache,
          folders.frontmatterCache,
        ];
        for (const folder of written)
          for (const own of guarded) {
            if (own === folders.content && folder === folders.content) continue;
            expect(holds(folder, own), `${folder} holds ${own}`).toBe(false);
          }
      }),
      { numRuns: 300, seed: 35 },
    );
  });
});
