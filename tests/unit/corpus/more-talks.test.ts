import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, SeedError, type SeedFile } from '@/lib/corpus';
import { seedProblem } from '@/lib/corpus/seed-plugin';
import { realSeeds, SEEDS_DIR, withEdit } from '../seeds';

// A made-up talk written in the seed formats: an overview document and a quote page.
const madeUpOverview: SeedFile = {
  name: '100_made_up_overview.txt',
  text: `Cooking with compilers with Ada Lovelace | DEM101
A made-up session to prove the corpus holds more than one talk.
Overview
Ada Lovelace cooks a compiler live.
Key themes include:
- Parsing recipes
- Optimising dinner
Session metadata
- Event: Imaginary Conf 2030
- Session: DEM101 (Kitchen & code)
- Level: Beginner
- Resource link: https://aka.ms/imaginary/DEM101
Chapters (from the video description)
- 0:00 - Welcome
- 00:05:00 - Tokenising tomatoes
- 00:12:30 - Questions
`,
};
const madeUpQuote: SeedFile = {
  name: '101_made_up_quote.txt',
  text: `From Cooking with compilers with Ada Lovelace | DEM101 · · Imaginary Channel
“A good parser, like a good cook, never throws anything away.”
On , Ada Lovelace, Chef at Analytical Kitchens, spoke about parsing during Cooking with compilers with Ada Lovelace | DEM101 on Imaginary Channel.
Watch on YouTube at 7:05
`,
};

describe('a corpus of several talks', () => {
  const corpus = buildCorpus([...realSeeds(), madeUpOverview, madeUpQuote]);
  const madeUp = corpus.talks.find((talk) => talk.code === 'DEM101')!;

  it('gets a second talk from its documents alone', () => {
    expect(corpus.talks.map((talk) => talk.code).sort()).toEqual(['BRK227', 'DEM101']);
    expect(madeUp).toMatchObject({
      title: 'Cooking with compilers with Ada Lovelace',
      event: 'Imaginary Conf 2030',
      channel: 'Imaginary Channel',
    });
    expect(madeUp.themes).toEqual(['Parsing recipes', 'Optimising dinner']);
  });

  it("keeps each talk's chapters and quotes apart", () => {
    const chaptersOf = (id: string) => corpus.chapters.filter((chapter) => chapter.talkId === id);
    expect(chaptersOf(madeUp.id).map((chapter) => chapter.start)).toEqual([0, 300, 750]);
    expect(chaptersOf(corpus.talks.find((talk) => talk.code === 'BRK227')!.id)).toHaveLength(10);
    const quote = corpus.quotes.find((q) => q.talkId === madeUp.id)!;
    expect(quote).toMatchObject({
      speaker: 'Ada Lovelace',
      role: 'Chef, Analytical Kitchens',
      start: 425,
      topics: ['parsing'],
    });
  });

  it('tells talks apart that reuse a session code in another year', () => {
    const nextYear = {
      name: '102_next_year.txt',
      text: madeUpQuote.text.replaceAll('Cooking with compilers', 'Baking with linkers'),
    };
    const ids = buildCorpus([madeUpOverview, madeUpQuote, nextYear]).talks.map((talk) => talk.id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('a malformed document', () => {
  const failure = (files: SeedFile[]) => {
    try {
      buildCorpus(files);
    } catch (error) {
      return error;
    }
    throw new Error('the corpus was built');
  };

  it('fails on a chapter line with a broken time, naming the file', () => {
    const error = failure(withEdit('003', (text) => text.replace('- 00:10:19 - Evolution', '- 00:1O:19 - Evolution')));
    expect(error).toBeInstanceOf(SeedError);
    expect(error).toMatchObject({
      file: '003_d5ff3d0c53822017.txt',
      line: 22,
      reason: expect.stringMatching(/broken time "00:1O:19"/),
    });
  });

  it("fails on a broken time inside the description's run-together chapters", () => {
    const error = failure(withEdit('000', (text) => text.replace('00:13:33 - Modern', '00:13:7 - Modern')));
    expect(error).toMatchObject({
      file: '000_5e4e5974ee5409b2.txt',
      line: 20,
      reason: expect.stringMatching(/broken time "00:13:7"/),
    });
  });

  it('is told to the person building once, as seeds/FILE:LINE: reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    for (const file of withEdit('003', (text) => text.replace('- 00:10:19 - Evolution', '- 00:1O:19 - Evolution')))
      writeFileSync(join(dir, file.name), file.text);
    expect(seedProblem(dir)).toBe(
      `${join(dir, '003_d5ff3d0c53822017.txt')}:22: chapter "Evolution of data centers and rise of large-scale AI supercomputing regions" has a broken time "00:1O:19"`,
    );
    expect(seedProblem(SEEDS_DIR)).toBeUndefined();
  });

  it('fails when the two chapter lists disagree', () => {
    const error = failure(withEdit('003', (text) => text.replace('- 00:14:25 - Emergence', '- 00:14:26 - Emergence')));
    expect(error).toMatchObject({ reason: expect.stringMatching(/chapter list disagrees/) });
  });

  it('fails on chapters out of order', () => {
    const error = failure([{ ...madeUpOverview, text: madeUpOverview.text.replace('00:12:30', '00:01:30') }]);
    expect(error).toMatchObject({ file: madeUpOverview.name, reason: expect.stringMatching(/starts before/) });
  });

  it('fails on a document that names no talk', () => {
    const error = failure([...realSeeds(), { name: '200_stray.txt', text: 'Just some notes.\nNothing here.' }]);
    expect(error).toMatchObject({ file: '200_stray.txt', reason: expect.stringMatching(/no line names the talk/) });
  });

  it('fails on a quote with no speaker', () => {
    const error = failure([{ name: '300_anon.txt', text: madeUpQuote.text.replace(/^On .*$/m, '') }]);
    expect(error).toMatchObject({ file: '300_anon.txt', reason: expect.stringMatching(/no speaker/) });
  });

  it('fails on a video id list that names an unknown talk or a malformed id', () => {
    expect(
      failure([
        ...realSeeds().filter((f) => f.name !== 'videos.json'),
        { name: 'videos.json', text: '{"Nope | XYZ123": ["QwC-J2KFTrM"]}' },
      ]),
    ).toMatchObject({
      file: 'videos.json',
      reason: expect.stringMatching(/no seed document describes/),
    });
    expect(failure(withEdit('videos.json', (text) => text.replace('QwC-J2KFTrM', 'not an id')))).toMatchObject({
      file: 'videos.json',
    });
    expect(failure(withEdit('videos.json', () => '{'))).toMatchObject({
      file: 'videos.json',
      reason: expect.stringMatching(/not valid JSON/),
    });
  });
});
