// Merges the quotes and speaker profiles that several documents repeat, keeping every fact each one adds.
import { comparisonKey, shortHash } from './text';
import { SeedError, type Quote, type SpeakerProfile } from '../model/corpus';
import type { DocumentFacts } from './document';

export function mergeQuotes(talkId: string, documents: DocumentFacts[], vocabulary: () => Set<string>): Quote[] {
  const byText = new Map<string, Quote>();
  for (const doc of documents) {
    for (const facts of doc.quotes) {
      if (!facts.speaker)
        throw new SeedError(doc.file, 'a quote has no speaker (no "On …, NAME, ROLE, spoke about …" line)');
      const key = comparisonKey(facts.text);
      const quote = byText.get(key) ?? {
        id: `${talkId}/${shortHash(key)}`,
        talkId,
        text: facts.text,
        speaker: facts.speaker,
        topics: [],
        start: null,
        sources: [],
      };
      if (facts.start !== null && quote.start !== null && facts.start !== quote.start)
        throw new SeedError(
          doc.file,
          `the quote "${facts.text.slice(0, 40)}…" has another time in ${quote.sources.join(', ')}`,
        );
      quote.start ??= facts.start;
      quote.role ??= facts.role;
      const topics = [
        ...(facts.topicLine ? splitTopics(facts.topicLine, vocabulary()) : []),
        ...(facts.topic ? [facts.topic] : []),
      ];
      quote.topics = [...new Set([...quote.topics, ...topics])];
      quote.sources.push(doc.file);
      byText.set(key, quote);
    }
  }
  return [...byText.values()];
}

export function mergeProfiles(documents: DocumentFacts[]): SpeakerProfile[] {
  const byText = new Map<string, SpeakerProfile>();
  for (const doc of documents) {
    for (const { speaker, text } of doc.profiles) {
      const key = `${speaker}|${comparisonKey(text)}`;
      const profile = byText.get(key) ?? {
        id: `${comparisonKey(speaker).replace(/ /g, '-')}-${shortHash(key)}`,
        speaker,
        text,
        sources: [],
      };
      profile.sources.push(doc.file);
      byText.set(key, profile);
    }
  }
  return [...byText.values()];
}

/**
 * The quote page prints its topic tags with nothing between them ("AI code generationformal verification…").
 * A word that appears nowhere else in the corpus but splits into two words that do marks a boundary.
 */
export function splitTopics(line: string, vocabulary: Set<string>): string[] {
  const topics: string[][] = [[]];
  for (const token of line.split(/\s+/).filter(Boolean)) {
    splitGlued(token, vocabulary).forEach((piece, index) => {
      if (index > 0) topics.push([]);
      topics.at(-1)!.push(piece);
    });
  }
  return topics.map((words) => words.join(' ')).filter(Boolean);
}

function splitGlued(token: string, vocabulary: Set<string>): string[] {
  if (vocabulary.has(token.toLowerCase())) return [token];
  for (let cut = 2; cut <= token.length - 2; cut++) {
    const left = token.slice(0, cut);
    if (!vocabulary.has(left.toLowerCase())) continue;
    const right = splitGlued(token.slice(cut), vocabulary);
    if (right.every((piece) => vocabulary.has(piece.toLowerCase()))) return [left, ...right];
  }
  return [token];
}
