// The languages of the second line: YouTube's codes for the browser's languages, the line a user has before choosing,
// and the list to choose from. Pure, and free of imports: the settings read it in every context.
import type { Language } from '../model/captions';

/** The browser's language tags YouTube spells another way; any other is asked for by its first subtag. */
const YOUTUBE_CODES: Record<string, string> = {
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  zh: 'zh-Hans',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'pt-pt': 'pt-PT',
  he: 'iw',
  nb: 'no',
  nn: 'no',
};

/** YouTube's code for a browser language tag ('de-AT' → 'de', 'zh-TW' → 'zh-Hant', 'pt-BR' → 'pt'). */
export function youtubeLanguage(tag: string): string {
  const lower = tag.toLowerCase();
  return YOUTUBE_CODES[lower] ?? YOUTUBE_CODES[lower.split('-')[0]!] ?? lower.split('-')[0]!;
}

/** The second line a user has before choosing: none for an English browser, else the browser's own language. */
export function defaultSecondLanguage(uiLanguage: string): string | null {
  const code = youtubeLanguage(uiLanguage);
  return code === 'en' ? null : code;
}

/**
 * The languages to choose from: the browser's own first (those YouTube offers, in the browser's order), then all the
 * others YouTube offers, by name. Each named in the user's language where the browser knows it, else as YouTube names it.
 */
export function languageChoices(
  offered: Language[],
  browserTags: readonly string[],
  namer: (code: string) => string | undefined = () => undefined,
): { yours: Language[]; others: Language[] } {
  const named = offered.map(({ code, name }) => ({ code, name: namer(code) ?? name }));
  const wanted = [...new Set(browserTags.map(youtubeLanguage))].filter((code) => code !== 'en');
  const yours = wanted.flatMap((code) => named.filter((language) => language.code === code));
  const others = named.filter((language) => !yours.includes(language)).sort((a, b) => a.name.localeCompare(b.name));
  return { yours, others };
}
