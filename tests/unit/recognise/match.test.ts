import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { recogniseTalk, type TalkIdentity } from '@/lib/recognise/match';
import { realSeeds } from '../seeds';

const talks: TalkIdentity[] = buildCorpus(realSeeds()).talks;
const TITLE = 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica';
const page = (videoId: string | null, title: string, channel = 'Microsoft Developer') => ({ videoId, title, channel });

describe('recognising the talk', () => {
  it.each([
    ['its known video id, before any title is there', page('QwC-J2KFTrM', '', '')],
    ['its title and code on its channel', page('Unknown0001', `${TITLE} | BRK227`)],
    ['its title alone on its channel', page('Unknown0002', TITLE)],
    ['its title with a prefix on its channel', page('Unknown0003', `Microsoft Build 2026: ${TITLE} | BRK227`)],
    [
      'its exact title and code on another channel (a re-upload)',
      page('Unknown0004', `${TITLE} | BRK227`, 'Microsoft Build'),
    ],
    [
      'its title typed with other punctuation and case',
      page('Unknown0005', 'distributed systems to AI platforms with Mark Russinovich and Ion Stoica | brk227'),
    ],
    ['its exact title without a code on another channel', page('Unknown0015', TITLE, 'Build Archive')],
  ])('by %s', (_, facts) => {
    expect(recogniseTalk(talks, facts)?.code).toBe('BRK227');
  });

  it("is not put off by a code-like word in the talk's own title", () => {
    const gpuTalk: TalkIdentity = {
      id: 'x',
      code: 'BRK100',
      title: 'Serving on MI300 GPUs',
      channel: 'Microsoft Developer',
      videoIds: [],
    };
    expect(recogniseTalk([gpuTalk], page('Unknown0014', 'Serving on MI300 GPUs | BRK100'))?.id).toBe('x');
  });

  it.each([
    ['the session code alone', page('Unknown0006', 'BRK227')],
    [
      "another year's talk with the same code and a speaker",
      page('Unknown0007', 'Distributed AI systems with Mark Russinovich | BRK227'),
    ],
    ["a speaker's name alone", page('Unknown0008', 'Ion Stoica')],
    ['a few shared words', page('Unknown0009', 'Distributed systems to AI platforms')],
    ['the title with another session code', page('Unknown0010', `${TITLE} | BRK228`)],
    ['the title with another session code in lower case', page('Unknown0016', `${TITLE} | brk228`)],
    ["the title with the talk's code and another", page('Unknown0017', `${TITLE} | BRK227 | LAB101`)],
    [
      'the title inside a longer title on another channel',
      page('Unknown0011', `Reacting to ${TITLE} | BRK227`, 'Some Reactor'),
    ],
    ['the title without code on another channel', page('Unknown0012', `${TITLE} (full)`, 'Random Uploads')],
    ['an empty page', page(null, '', '')],
    ['a different video altogether', page('Unknown0013', 'Cooking pasta at home in ten minutes', 'Kitchen Stories')],
  ])('not by %s', (_, facts) => {
    expect(recogniseTalk(talks, facts)).toBeNull();
  });
});
