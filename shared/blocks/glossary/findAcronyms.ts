/**
 * A capital, then up to nine capitals, digits or inner ampersands ("HWBB", "A&E", "COVID19"),
 * not inside a longer word. A trailing lower-case "s" is a plural ("SARs" uses SAR).
 */
const TOKEN = /(?<![\p{L}\p{N}&])[A-Z](?:[A-Z0-9]|&(?=[A-Z0-9])){1,9}(?=s?(?![\p{L}\p{N}]))/gu;

/** Capitalised words that are not acronyms a reader needs spelled out. */
const NOT_ACRONYMS = new Set(
  [
    // Well known abbreviations.
    'UK OK AM PM NB TBC TBA',
    // Short words typed in capitals for emphasis.
    'AN AND ARE AS AT BE BY DO FOR IF IN IS MUST NO NOT OF ON OR SHALL SHOULD THE TO WE WILL',
  ]
    .join(' ')
    .split(' '),
);

/** Roman numerals up to 39 (clause and list numbers such as "II", "XIV"). */
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

/** A line with no lower-case letters and this many words or more is a heading in capitals. */
const SHOUTED_LINE_WORDS = 3;

function isShouted(line: string): boolean {
  return !/\p{Ll}/u.test(line) && (line.match(/\p{L}+/gu) ?? []).length >= SHOUTED_LINE_WORDS;
}

/**
 * The acronyms used in a text, each once, in order of first use: words of two or more
 * capitals (digits and inner ampersands allowed), leaving out Roman numerals, a few
 * well-known abbreviations and short words typed in capitals, and every word of a line
 * written wholly in capitals (a heading, not a list of acronyms).
 */
export function findAcronyms(text: string): string[] {
  const found = new Set<string>();
  for (const line of text.split('\n')) {
    if (isShouted(line)) continue;
    for (const [token] of line.matchAll(TOKEN)) {
      if ((token.match(/[A-Z]/g) ?? []).length < 2) continue;
      if (ROMAN.test(token) || NOT_ACRONYMS.has(token)) continue;
      found.add(token);
    }
  }
  return [...found];
}
