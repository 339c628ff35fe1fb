import fc from 'fast-check';

/**
 * Names for the screening properties: tokens over a small alphabet (so that names share bigrams
 * and come close to one another often), now and then a legal form or an accented letter, and
 * perturbed copies of other names — a typo (substitution, deletion, insertion, transposition),
 * two tokens swapped, two joined or one split — as the screening bench makes them.
 */
const token = fc.string({ unit: fc.constantFrom(...'abcdeéo'), minLength: 1, maxLength: 7 });
const extra = fc.constantFrom('Ltd', 'GmbH', 'S.A.', 'trading', 'ab');
export const screeningName = fc
  .array(fc.oneof({ weight: 5, arbitrary: token }, { weight: 1, arbitrary: extra }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((words) => words.join(' '));

type Change = (name: string) => string;
const typo: fc.Arbitrary<Change> = fc
  .tuple(fc.nat(), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...'abcdx'))
  .map(([at, kind, letter]) => (name) => {
    if (name.length < 2) return name + letter;
    const i = 1 + (at % (name.length - 1));
    if (kind === 0) return name.slice(0, i) + letter + name.slice(i + 1);
    if (kind === 1) return name.slice(0, i) + name.slice(i + 1);
    if (kind === 2) return name.slice(0, i) + letter + name.slice(i);
    return name.slice(0, i - 1) + name.charAt(i) + name.charAt(i - 1) + name.slice(i + 1);
  });
const swap: fc.Arbitrary<Change> = fc.nat().map((at) => (name) => {
  const words = name.split(' ');
  if (words.length < 2) return name;
  const i = at % (words.length - 1);
  [words[i], words[i + 1]] = [words[i + 1] as string, words[i] as string];
  return words.join(' ');
});
const join: fc.Arbitrary<Change> = fc.constant((name: string) => name.replace(' ', ''));
const split: fc.Arbitrary<Change> = fc.nat().map((at) => (name) => {
  const i = 1 + (at % Math.max(1, name.length - 1));
  return `${name.slice(0, i)} ${name.slice(i)}`;
});
const change = fc.oneof(typo, typo, swap, join, split);

/** A list of names, and parties that are fresh names or one list name changed once or twice. */
export const screeningCase = fc
  .array(screeningName, { minLength: 1, maxLength: 25 })
  .chain((names) =>
    fc.tuple(
      fc.constant(names),
      fc.array(
        fc.oneof(
          screeningName,
          fc
            .tuple(fc.constantFrom(...names), fc.array(change, { minLength: 1, maxLength: 2 }))
            .map(([name, changes]) => changes.reduce((out, f) => f(out), name)),
        ),
        { minLength: 1, maxLength: 8 },
      ),
    ),
  );
