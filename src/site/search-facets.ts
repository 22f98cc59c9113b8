// What the search page filters and sorts a document by: its kind, the year of
// its main date, the parties that asked, and the people, organisations and
// dossiers it names. Values are the names readers see elsewhere on the site.
import { mainDate, type DocumentFrontmatter } from '../schema/document.ts';
import { dossierId, dossierLabel } from '../lib/paper-ids.ts';
import { formatDutchDate } from '../lib/printed-dates.ts';
import type { EntityData } from '../lib/entities.ts';
import { kindLabel } from './display-labels.ts';

/** Filter names as the search page shows them, in the order it shows them. */
export const FILTERS = ['Soort', 'Jaar', 'Partij', 'Persoon', 'Organisatie', 'Dossier'] as const;
export type FilterName = (typeof FILTERS)[number];

export interface SearchFacets {
  filters: Record<FilterName, string[]>;
  /** Shown with each result. */
  kind: string;
  date: string;
  /** ISO date to sort by; papers of unknown date sort as the oldest, so sorting never hides them. */
  sortDate: string;
}

export const UNKNOWN_YEAR = 'onbekend';

export function searchFacets(data: DocumentFrontmatter, entities: ReadonlyMap<string, EntityData>): SearchFacets {
  const date = mainDate(data);
  const mentioned = (type: string) =>
    unique(
      data.mentions.filter((m) => m.entity.startsWith(`${type}/`)).map((m) => entities.get(m.entity)?.name ?? m.entity),
    );
  const partyName = (party: string) =>
    [...entities.values()].find((e) => e.type === 'partijen' && (e.name === party || e.names.includes(party)))?.name ??
    party;
  const dossiers = [
    ...data.references.flatMap((r) => r.dossiers),
    ...(data.identifiers.kamerstuk ? [dossierId(data.identifiers.kamerstuk.dossier)] : []),
  ];
  return {
    filters: {
      Soort: [kindLabel[data.kind]],
      Jaar: [date ? date.slice(0, 4) : UNKNOWN_YEAR],
      Partij: unique([
        ...data.questioners.flatMap((q) => (q.party ? [partyName(q.party)] : [])),
        ...mentioned('partijen'),
      ]),
      Persoon: mentioned('personen'),
      Organisatie: mentioned('organisaties'),
      Dossier: unique(dossiers.map(dossierLabel)),
    },
    kind: kindLabel[data.kind],
    date: date ? formatDutchDate(date) : 'datum onbekend',
    sortDate: date ?? '0000-00-00',
  };
}

const unique = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'nl'));
