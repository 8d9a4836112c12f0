// The second line's language, chosen over the Transcript (the browser's own languages first, then every language
// YouTube offers; a select finds one as its name is typed), and one sentence on where its translation stands.
import { useMemo } from 'preact/hooks';
import { languageChoices } from '@/lib/captions/languages';
import type { Language, StoredTranscript, StoredTranslation } from '@/lib/model/captions';

let names: Intl.DisplayNames | undefined;
/** A language's name in the user's own language where the browser knows it (a code it cannot read: as given). */
export function languageName(code: string, fallback = code): string {
  try {
    names ??= new Intl.DisplayNames([navigator.language], { type: 'language' });
    return names.of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

interface Props {
  language: string | null;
  transcript: StoredTranscript;
  translation: StoredTranslation | undefined;
  /** Whether the talk plays in a tab, where its translation is read. */
  playing: boolean;
  onChoose: (language: string | null) => void;
}

/** Where the translation stands, in one sentence; undefined when it is shown. */
function stateOf({ language, transcript, translation, playing }: Omit<Props, 'onChoose'>): string | undefined {
  if (!language) return undefined;
  const name = languageName(language);
  const offered = transcript.languages ?? [];
  if (transcript.source === 'panel')
    return `YouTube translates caption tracks only, and these words came from its transcript.`;
  if (
    transcript.track?.translatable === false ||
    translation?.status === 'untranslatable' ||
    (offered.length > 0 && !offered.some((offer) => offer.code === language))
  )
    return `YouTube does not translate these captions into ${name}.`;
  if (translation?.status === 'unavailable') return `YouTube gave no ${name} translation (${translation.reason}).`;
  if (!translation)
    return playing
      ? `Reading YouTube’s ${name} translation of the captions…`
      : `YouTube’s ${name} translation is read while the talk plays on YouTube.`;
  return undefined;
}

/** A group of the select's languages; none when it is empty. */
function Choices({ label, languages }: { label: string; languages: Language[] }) {
  if (languages.length === 0) return null;
  return (
    <optgroup label={label}>
      {languages.map(({ code, name }) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </optgroup>
  );
}

export function SecondLineChooser(props: Props) {
  const { language, transcript, translation, onChoose } = props;
  const offered: Language[] = transcript.languages ?? [];
  const { yours, others } = useMemo(
    () => languageChoices(offered, navigator.languages, (code) => languageName(code)),
    [offered],
  );
  // The language chosen is always a choice, offered by this track or not.
  const known = [...yours, ...others].some((choice) => choice.code === language);
  const state = stateOf(props);
  return (
    <div class="second-line">
      <label>
        Second line{' '}
        <select
          value={language ?? ''}
          onChange={(event) => onChoose(event.currentTarget.value || null)}
          aria-describedby={state ? 'second-line-state' : undefined}
        >
          <option value="">Off</option>
          {language && !known && <option value={language}>{languageName(language)}</option>}
          <Choices label="Your languages" languages={yours} />
          <Choices label="All languages YouTube translates into" languages={others} />
        </select>
      </label>
      {language && (
        <button type="button" class="link small" onClick={() => onChoose(null)}>
          Turn off
        </button>
      )}
      {translation?.status === 'ready' && language && (
        <span class="muted small"> {languageName(language)} from YouTube’s translation of the captions</span>
      )}
      {state && (
        <p id="second-line-state" class="muted small" role="status">
          {state}
        </p>
      )}
    </div>
  );
}
