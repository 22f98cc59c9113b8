// Reviewed exceptions to the dictionary's compound flags (compound-lexicon.ts),
// each with its reason. Judged against the sample in
// tests/fixtures/compound-splits.yaml; add an entry only with a word that shows it.

interface Exception {
  part: string;
  reason: string;
}

const set = (list: Exception[]) => new Set(list.map((e) => e.part));
const suffixoid = (parts: string[], example: string): Exception[] =>
  parts.map((part) => ({ part, reason: `a suffix that is also a word: ${example}` }));
const particle = (parts: string[]): Exception[] =>
  parts.map((part) => ({
    part,
    reason:
      'a particle of separable verbs and their derivations ("rondlopen", "neerzetten", "achteruitgang"), not a part a reader splits off',
  }));

/** Forms that may or may not end a compound, whatever the dictionary's flags say. */
export const END_EXCEPTIONS = {
  yes: set([
    { part: 'uitbuiting', reason: 'OpenTaal lacks the end flag: "arbeidsuitbuiting" is the term of art. 273f Sr' },
  ]),
  no: set([
    ...suffixoid(
      ['rijk', 'rijke', 'rijker', 'rijkere', 'rijkste'],
      '"belangrijk", "kansrijk" are belang + -rijk, not a kind of "rijk"',
    ),
    ...suffixoid(
      ['matig', 'matige', 'matigen', 'matiger'],
      '"cijfermatig", "onrechtmatig" are -matig, not "matig" (moderate)',
    ),
    ...suffixoid(['kundig', 'kundige', 'kundigen'], '"verpleegkundige", "deskundige" are -kundig'),
    ...suffixoid(['volle', 'vol', 'voller'], '"succesvolle" is succes + -vol'),
    ...suffixoid(['loze', 'loos', 'lozen'], '"uitzichtloze" is uitzicht + -loos'),
    ...suffixoid(['ring', 'ringen'], '"waardering" is waarderen + -ing, not waarde + "ring"'),
    ...suffixoid(['natie', 'naties'], '"combinatie" is not combi + "natie"'),
    ...suffixoid(['zetten'], '"activiteitenzetten" is two words glued where a line ended, not a compound'),
  ]),
};

/** Forms that may or may not begin a compound. */
export const BEGIN_EXCEPTIONS = {
  yes: set([
    {
      part: 'kamer',
      reason: 'OpenTaal lacks the begin flag: "kamerstukken", "kamerbrief", "kamerlid" are compounds of "kamer"',
    },
  ]),
  no: set([
    ...particle([
      'rond',
      'neer',
      'vast',
      'achter',
      'boven',
      'buiten',
      'binnen',
      'samen',
      'onder',
      'tegen',
      'terug',
      'tussen',
      'voorbij',
      'door',
      'over',
      'mee',
      'toe',
      'weg',
      'vorm',
    ]),
    { part: 'trans', reason: 'a Latin prefix: "transacties", "transformatie"' },
    { part: 'combi', reason: 'a clipped word that begins "combinatie" by accident' },
    { part: 'stik', reason: '"stikstof" is one word (nitrogen), not stik + stof' },
  ]),
};

/** Whole words decided by hand: the split, or null for a word that is not a compound. */
export const WORD_EXCEPTIONS = new Map<string, { split: string[] | null; reason: string }>(
  (
    [
      ['slachtoffer', 'one word (victim); "offer" must not find it'],
      ['slachtoffers', 'one word (victims); "offers" must not find it'],
      ['hoofdstuk', 'one word (chapter); "stuk" must not find it'],
      ['vraagstuk', 'one word (issue); "stuk" must not find it'],
      ['vraagstukken', 'one word (issues)'],
      ['sluitstuk', 'one word (conclusion)'],
      ['huisvesting', 'huisvesten + -ing (housing), not huis + "vesting" (fortress)'],
      ['merendeel', 'one word (the greater part), not "meren" + "deel"'],
      ['bloemlezing', 'one word (anthology)'],
      ['borgharen', 'a place name (Borgharen)'],
      ['veldkamp', 'a surname (minister Veldkamp)'],
      ['loverboys', 'an English word'],
      ['ambtshalve', 'one adverb (ex officio)'],
      ['oorzakenwoningbouwplannen', 'two words glued where a line ended ("oorzaken woningbouwplannen")'],
    ] as const
  ).map(([word, reason]) => [word, { split: null, reason }]),
);
