// Text clean-up shared by the corpus parser: Unicode forms, comparison keys, hashes.

/** A session code as events write them: "BRK227", "KEY01" (the same code comes back every year). */
export const SESSION_CODE = String.raw`[A-Z]{2,5}\d{2,4}`;

/** NFKC turns mathematical-bold letters (𝗦𝗽𝗲𝗮𝗸𝗲𝗿𝘀) into plain ones; also unifies line ends. */
export function plainText(text: string): string {
  return text.normalize('NFKC').replace(/\r\n?/g, '\n');
}

/** A key for "is this the same text?": case, punctuation and spacing do not count. */
export function comparisonKey(text: string): string {
  return plainText(text)
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A short, stable hash (FNV-1a, 32 bits) for ids. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The words of a text, lower-cased, for the vocabulary used to split run-together topics. */
export function vocabularyWords(text: string): string[] {
  return (
    plainText(text)
      .toLowerCase()
      .match(/\p{L}[\p{L}\p{N}]*/gu) ?? []
  );
}

/** A quote's first words, to name it in a short confirmation: “I think that in theoretical computer…”. */
export const openingWords = (text: string, count = 6): string => `“${text.split(/\s+/).slice(0, count).join(' ')}…”`;
