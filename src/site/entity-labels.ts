// Dutch names of the entity types, for headings and navigation.
import type { EntityType } from '../lib/entities.ts';

export const entityTypeLabel: Record<EntityType, { plural: string; singular: string }> = {
  personen: { plural: 'Personen', singular: 'Persoon' },
  partijen: { plural: 'Partijen', singular: 'Partij' },
  organisaties: { plural: 'Organisaties', singular: 'Organisatie' },
};
