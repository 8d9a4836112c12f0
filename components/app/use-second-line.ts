// The second line under the talk's words: the language chosen (or the browser's own), YouTube's translation kept for
// it, and each transcript line's translation placed by time (lib/captions/translation.ts), kept live.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { alignTranslation } from '@/lib/captions/translation';
import type { StoredTranscript, StoredTranslation } from '@/lib/model/captions';
import { onSecondLanguageChange, secondLanguage } from '@/lib/settings';
import { useLiveQuery } from './use-live-query';

export interface SecondLine {
  /** YouTube's code of the language, or null when the user has none. Undefined until read. */
  language: string | null | undefined;
  /** What is kept of YouTube's translation into it; undefined while read, or when none was ever read. */
  translation: StoredTranslation | undefined;
  /** Each transcript line's translation ('' where none falls), when one is kept. */
  lines: string[] | undefined;
}

export function useSecondLanguage(): string | null | undefined {
  const [language, setLanguage] = useState<string | null>();
  useEffect(() => {
    void secondLanguage().then(setLanguage);
    return onSecondLanguageChange(setLanguage);
  }, []);
  return language;
}

export function useSecondLine(transcript: StoredTranscript | undefined): SecondLine {
  const language = useSecondLanguage();
  const videoId = transcript?.status === 'ready' ? transcript.videoId : undefined;
  const kept = useLiveQuery(
    async (db) => (videoId && language ? db.translations.get([videoId, language]) : undefined),
    [videoId, language],
  );
  const translation = kept.status === 'ready' ? kept.value : undefined;
  const lines = useMemo(
    () =>
      translation?.status === 'ready' && transcript?.status === 'ready'
        ? alignTranslation(transcript.lines, translation.lines)
        : undefined,
    [translation, transcript],
  );
  return { language, translation, lines };
}
