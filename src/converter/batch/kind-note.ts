// The build report's line for a paper of no kind the converter knows: it is published as
// plain text (kind overig) rather than refused, and the maintainer should know it was not recognised.
import type { DocumentFrontmatter } from '../../schema/document.ts';

/** "file: kind not recognised, published as overig", or null for a recognised kind or one the catalog declares. */
export function describeUnrecognisedKind(
  frontmatter: Pick<DocumentFrontmatter, 'kind' | 'provenance' | 'source'>,
): string | null {
  if (frontmatter.kind !== 'overig' || frontmatter.provenance.kind === 'catalog') return null;
  return `${frontmatter.source.file}: kind not recognised, published as overig`;
}
