// Dutch names for what the site shows.
import type { DocumentKind } from '../schema/document.ts';

export const kindLabel: Record<DocumentKind, string> = {
  kamervragen: 'Kamervragen',
  brief: 'Brief',
  'schriftelijk-overleg': 'Schriftelijk overleg',
  overig: 'Overig stuk',
};
