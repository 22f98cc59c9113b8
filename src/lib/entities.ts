// The reviewed entity data (src/data/entities.yaml): people, parties and
// organisations, with the names the papers use for them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { workingFolder } from './options.ts';

export const entityTypes = ['personen', 'partijen', 'organisaties'] as const;
export type EntityType = (typeof entityTypes)[number];

const Role = z
  .object({
    role: z.string(),
    party: z.string().optional(),
    organisation: z.string().optional(),
    from: z.number().int().optional(),
    to: z.number().int().optional(),
  })
  .strict();

const Entity = z
  .object({
    name: z.string().min(1),
    names: z.array(z.string().min(2)).min(1),
    description: z.string().min(1),
    roles: z.array(Role).optional(),
    history: z
      .array(
        z.object({ name: z.string(), from: z.number().int().optional(), to: z.number().int().optional() }).strict(),
      )
      .optional(),
  })
  .strict();

const EntityFile = z
  .object({
    personen: z.record(z.string(), Entity),
    partijen: z.record(z.string(), Entity),
    organisaties: z.record(z.string(), Entity),
  })
  .strict();

export type EntityData = z.infer<typeof Entity> & { type: EntityType; slug: string; key: string };

// Read from the project root: the converter and the Astro build both run there (a path relative
// to this module would break once Astro bundles it).
const ENTITY_FILE = join(workingFolder(), 'src/data/entities.yaml');

export function parseEntities(text: string): EntityData[] {
  const data = EntityFile.parse(parse(text));
  return entityTypes.flatMap((type) =>
    Object.entries(data[type]).map(([slug, entity]) => ({ ...entity, type, slug, key: `${type}/${slug}` })),
  );
}

let cached: EntityData[] | undefined;
export function loadEntities(): EntityData[] {
  cached ??= parseEntities(readFileSync(ENTITY_FILE, 'utf8'));
  return cached;
}
