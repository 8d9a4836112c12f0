// What the talk's About view shows, as facts: each once, in order, plain text; a fact the seeds lack is left out.
// Search indexes the same facts, so a result can open the view at the very text it matched.
import type { SpeakerProfile, Talk } from '../model/corpus';

export type FactSection = 'overview' | 'themes' | 'speakers' | 'details' | 'description';

export interface Fact {
  /** Stable within a talk: "overview", "theme:2", "speaker:0", "profile:0", "track"… */
  key: string;
  section: FactSection;
  /** What the fact is, where the view names it: "Track", "Speaker profile". */
  label: string;
  text: string;
  /** A web address the fact is, opened in a new tab. */
  link?: string;
  /** Search weighs a fact by how short and telling it is: a speaker's name above a paragraph of description. */
  weight: number;
}

/** The description's run-together chapter list is shown as the chapters themselves, not again here. */
const CHAPTERS_TAIL = /\s+Chapters:\s.*$/s;

export function aboutFacts(talk: Talk, profiles: SpeakerProfile[]): Fact[] {
  const facts: Fact[] = [];
  const add = (fact: Omit<Fact, 'text'>, text: string | undefined) => {
    if (text?.trim()) facts.push({ ...fact, text: text.trim() });
  };
  add({ key: 'overview', section: 'overview', label: 'Overview', weight: 1 }, talk.overview ?? talk.summary);
  talk.themes.forEach((theme, index) =>
    add({ key: `theme:${index}`, section: 'themes', label: 'Theme', weight: 1.5 }, theme),
  );
  talk.speakers.forEach((speaker, index) => {
    const role = [speaker.role, speaker.details && `(${speaker.details})`].filter(Boolean).join(' ');
    add(
      { key: `speaker:${index}`, section: 'speakers', label: 'Speaker', weight: 2 },
      role ? `${speaker.name}, ${role}` : speaker.name,
    );
    const profile = profiles.find((candidate) => candidate.speaker === speaker.name);
    add({ key: `profile:${index}`, section: 'speakers', label: 'Speaker profile', weight: 0.8 }, profile?.text);
  });
  const details: [string, string, string | undefined][] = [
    ['title', 'Title', talk.title],
    ['event', 'Event', talk.event],
    ['code', 'Session', talk.code],
    ['track', 'Track', talk.track],
    ['format', 'Format', talk.format],
    ['level', 'Level', talk.level],
    ['language', 'Language', talk.language],
  ];
  for (const [key, label, text] of details) add({ key, section: 'details', label, weight: 1.5 }, text);
  if (talk.link) add({ key: 'link', section: 'details', label: 'Resources', link: talk.link, weight: 1 }, talk.link);
  add(
    { key: 'description', section: 'description', label: 'Description', weight: 0.8 },
    talk.description?.replace(CHAPTERS_TAIL, ''),
  );
  return facts;
}
