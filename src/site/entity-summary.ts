// What an index or the home page says about an entity in one line: its latest
// role, how often and in how many documents it is mentioned, and when last.
import type { CorpusIndex } from './corpus.ts';
import type { EntityData } from '../lib/entities.ts';
import { mainDate } from '../schema/document.ts';

export interface EntitySummary {
  entity: EntityData;
  /** "Kamerlid, VVD" or "minister, Ministerie van Justitie en Veiligheid"; null when the reviewed data has no role. */
  role: string | null;
  mentions: number;
  documents: number;
  /** Main date of the newest document that mentions it. */
  lastMentioned: string | null;
}

export function entitySummary(corpus: CorpusIndex, entity: EntityData): EntitySummary {
  const mentions = corpus.mentions.get(entity.key) ?? [];
  const documents = new Set(mentions.map((m) => m.doc));
  const dates = [...documents].map((doc) => mainDate(doc.data)).filter((d): d is string => d !== null);
  const latest = entity.roles?.at(-1);
  const where =
    latest &&
    (latest.party
      ? corpus.entities.get(`partijen/${latest.party}`)?.name
      : latest.organisation
        ? corpus.entities.get(`organisaties/${latest.organisation}`)?.name
        : undefined);
  return {
    entity,
    role: latest ? [latest.role, where].filter(Boolean).join(', ') : null,
    mentions: mentions.length,
    documents: documents.size,
    lastMentioned: dates.sort().at(-1) ?? null,
  };
}

/** The entities of one type that the documents mention, most mentioned first. */
export function mentionedEntities(corpus: CorpusIndex, type: EntityData['type']): EntitySummary[] {
  return [...corpus.entities.values()]
    .filter((e) => e.type === type)
    .map((e) => entitySummary(corpus, e))
    .filter((s) => s.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions || a.entity.name.localeCompare(b.entity.name, 'nl'));
}

/** The reviewed display name of a person as a paper prints them ("Van der Steur" → "Ard van der Steur"); the printed name when no entity matches. */
export function personName(printed: string, entities: Map<string, EntityData>): string {
  for (const entity of entities.values())
    if (entity.type === 'personen' && entity.names.includes(printed)) return entity.name;
  return printed;
}
