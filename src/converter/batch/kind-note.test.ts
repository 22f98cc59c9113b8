import { describe, expect, it } from 'vitest';
import { describeUnrecognisedKind } from './kind-note.ts';

const source = { file: 'motie.txt', sha256: '0'.repeat(64) };

describe('the report line of a paper of no known kind', () => {
  it('says it was not recognised and is published as overig', () => {
    expect(describeUnrecognisedKind({ kind: 'overig', provenance: {}, source })).toBe(
      'motie.txt: kind not recognised, published as overig',
    );
  });

  it('is not given for a recognised kind, nor for overig declared in seeds/catalog.yaml', () => {
    expect(describeUnrecognisedKind({ kind: 'brief', provenance: {}, source })).toBeNull();
    expect(describeUnrecognisedKind({ kind: 'overig', provenance: { kind: 'catalog' }, source })).toBeNull();
  });
});
