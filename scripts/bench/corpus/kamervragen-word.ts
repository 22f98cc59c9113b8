// Kamervragen as a Word export (seed 004): one paragraph per line, notes as
// "[footnoteRef:N] [N:  text]", "Antwoord op vraag N", and a registration
// number glued to the year of submission ("21 november, 20242024Z19016").
import type { GeneratedDocument, ShapeContext } from './document.ts';
import { answerer, dateIn2012To2024, daysAfter, dutchDate, member, topic } from './facts.ts';

export function kamervragenWord(context: ShapeContext): GeneratedDocument {
  const { random, pools, index } = context;
  const asked = dateIn2012To2024(random);
  const answered = daysAfter(asked, random.int(20, 75));
  const registration = `${asked.getUTCFullYear()}Z${String(10000 + index).padStart(5, '0')}`;
  const [day, month, year] = dutchDate(asked).split(' ');
  const a = member(random);
  const b = member(random);
  const minister = answerer(random);
  const lines = [
    ` Vragen van de leden ${a.name} en ${b.name} (beiden ${a.party}) aan de ministers van Justitie en Veiligheid en van Asiel en Migratie over ${topic(random)} (ingezonden ${day} ${month}, ${year}${registration})`,
    '',
    `Antwoord van ${minister.role} ${minister.name} (${minister.ministry}) (ontvangen ${dutchDate(answered)})`,
    '',
    '',
  ];
  let notes = 0;
  const withNote = (text: string, probability: number) => {
    const end = /(?<=\p{Ll}{2}[.?!])(?=\s+\p{Lu}|$)/u.exec(text);
    if (!end || (notes > 0 && !random.chance(probability))) return text;
    notes++;
    return `${text.slice(0, end.index)}[footnoteRef:${notes}] [${notes}:  ${random.pick(pools.footnotes)}]${text.slice(end.index)}`;
  };
  let size = lines.join('\n').length;
  let questions = 0;
  while (size < context.size) {
    const pair = random.pick(pools.pairs);
    questions++;
    const block = [
      `Vraag ${questions}`,
      withNote(pair.question, 0.2),
      '',
      '\u00a0',
      `Antwoord op vraag ${questions}`,
      ...pair.answer.flatMap((p) => [withNote(p, 0.3), '']),
      '',
    ];
    lines.push(...block);
    size += block.join('\n').length;
  }
  return { shape: 'kamervragen-word', text: `${lines.join('\n')}\n`, slug: registration, questions, footnotes: notes };
}
