import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { realSeeds, SEEDS_DIR } from '../seeds';

const corpus = buildCorpus(realSeeds());
const talk = corpus.talks[0]!;
const [firstQuote, secondQuote] = [
  corpus.quotes.find((quote) => quote.text.startsWith('I think that in theoretical'))!,
  corpus.quotes.find((quote) => quote.text.startsWith('I do think that actually the biggest challenge'))!,
];

describe('the seeds folder', () => {
  // SHA-256 of ../shared/seeds/* when they were copied: the seeds stay verbatim, even where shared/ is not beside the clone.
  const shared = {
    '000_5e4e5974ee5409b2.txt': 'b3deca8122aae5eca16b43e9af8a825e7c635f44ae9ea002a82776eb1a9d92da',
    '001_8be6d55696283c1d.txt': '8a9c5aa66bb5607915bde8958464e457dc2fa61dd28a62b4bdfd93b3534f9772',
    '002_780c4d23ba434d6d.txt': '234a1fb49feb7e393a201fd90de96c3449f882ef1ec887902b3a8c1d496135a9',
    '003_d5ff3d0c53822017.txt': '7b9677ea1c16b29bc4fa0f4bd4a61077941c6b86ad9c9da10902bd066bbb9d9b',
  };

  it('holds the four shared seed documents byte for byte', () => {
    for (const [name, sha256] of Object.entries(shared)) {
      expect(
        createHash('sha256')
          .update(readFileSync(`${SEEDS_DIR}/${name}`))
          .digest('hex'),
        name,
      ).toBe(sha256);
    }
  });
});

describe('the talk BRK227', () => {
  it('is one talk, described by all four documents', () => {
    expect(corpus.talks).toHaveLength(1);
    expect(talk.sources).toHaveLength(4);
  });

  it('has its session facts', () => {
    expect(talk).toMatchObject({
      code: 'BRK227',
      title: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica',
      event: 'Microsoft Build 2026',
      channel: 'Microsoft Developer',
      track: 'Cloud platform & data',
      format: 'Breakout',
      level: '(200) Intermediate',
      language: 'English (US)',
      link: 'https://aka.ms/build26/BRK227',
      videoIds: ['QwC-J2KFTrM'],
    });
  });

  it('has its overview, seven themes and the long description in plain letters', () => {
    expect(talk.overview).toMatch(/^Azure CTO Mark Russinovich and UC Berkeley professor Ion Stoica explore/);
    expect(talk.themes).toHaveLength(7);
    expect(talk.themes[0]).toBe('How distributed-systems fundamentals translate to modern AI infrastructure');
    expect(talk.themes[6]).toBe('Security, governance, and confidential computing as core platform concerns');
    expect(talk.description).toMatch(/^What will it take to build AI platforms for the agent era\?/);
    expect(talk.description).toContain('Speakers: Mark Russinovich Ion Stoica Session Information:');
    expect(talk.description).not.toMatch(/[\u{1D400}-\u{1D7FF}]/u);
  });

  it('has two speakers with their roles', () => {
    expect(talk.speakers).toEqual([
      { name: 'Mark Russinovich', role: 'Azure CTO' },
      {
        name: 'Ion Stoica',
        role: 'UC Berkeley professor',
        details: 'co-creator of Apache Spark and co-founder of Databricks and Anyscale',
      },
    ]);
  });
});

describe('chapters', () => {
  const chapters = corpus.chapters;

  it('are the ten from the description, in order, read from both time formats', () => {
    expect(chapters).toHaveLength(10);
    expect(chapters[0]).toMatchObject({ start: 0, title: 'Introduction and session overview at BUILD conference' });
    expect(chapters[1]).toMatchObject({
      start: 36,
      title: 'Speaker backgrounds and history in AI systems such as Spark, Ray, and VLLM',
    });
    expect(chapters[8]).toMatchObject({
      start: 29 * 60 + 30,
      title: 'Security, confidential computing, and protecting sensitive AI data',
    });
    expect(chapters[9]).toMatchObject({
      start: 34 * 60 + 48,
      title: 'Developer experience, code verification challenges, and discussion on future automation limits',
    });
    expect(chapters.every((chapter) => chapter.talkId === talk.id)).toBe(true);
  });
});

describe('quotes', () => {
  it('are two distinct quotes, the duplicate merged', () => {
    expect(corpus.quotes).toHaveLength(2);
    expect(firstQuote.sources).toEqual(['000_5e4e5974ee5409b2.txt', '001_8be6d55696283c1d.txt']);
  });

  it("keep the first quote's time from one document and its topics from another", () => {
    expect(firstQuote.start).toBe(41 * 60 + 21);
    expect(firstQuote.topics).toEqual(['AI code generation', 'formal verification', 'specification completeness']);
    expect(firstQuote).toMatchObject({ speaker: 'Ion Stoica', role: 'Cofounder, Databricks' });
  });

  it('give the second quote no time: "12:50" inside its text is a slip, not a timestamp', () => {
    expect(secondQuote.text).toContain("It's easily 12:50 effort.");
    expect(secondQuote.start).toBeNull();
    expect(secondQuote.topics).toEqual(['AI coding agents']);
    expect(secondQuote).toMatchObject({ speaker: 'Ion Stoica', role: 'Cofounder, Databricks' });
  });

  it('are stripped of their curly quotation marks and end where the speaker ends', () => {
    expect(firstQuote.text.startsWith('I think')).toBe(true);
    expect(firstQuote.text.endsWith('drop the packets, right?')).toBe(true);
  });

  it('have ids that are stable and distinct', () => {
    expect(buildCorpus(realSeeds()).quotes.map((quote) => quote.id)).toEqual(corpus.quotes.map((quote) => quote.id));
    expect(firstQuote.id).not.toBe(secondQuote.id);
  });
});

describe('speaker profiles', () => {
  it('are one profile of Ion Stoica, repeated in three documents', () => {
    expect(corpus.profiles).toHaveLength(1);
    expect(corpus.profiles[0]).toMatchObject({ speaker: 'Ion Stoica' });
    expect(corpus.profiles[0]!.text).toMatch(/^Ion Stoica, cofounder of Databricks and executive chair of Anyscale/);
    expect(corpus.profiles[0]!.sources).toHaveLength(3);
  });
});
