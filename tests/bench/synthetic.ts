// A synthetic corpus for the bench: any number of talks written in the seed documents' own formats, so it goes
// through the same parser. Deterministic for a given seed.
import type { SeedFile } from '../../lib/model/corpus';

const WORDS = `agent model data cluster scale latency cache queue stream batch serving training inference token vector
index search graph shard replica consensus failover region zone network storage compute memory kernel scheduler
runtime compiler pipeline workflow feature metric trace log alert budget quota policy identity secret key trust
privacy governance compliance audit open source community platform service gateway proxy mesh container function
event trigger database table column query join lake warehouse notebook experiment evaluation benchmark prompt
context window retrieval grounding safety reliability robustness verification specification proof test debug
deploy rollout canary rollback observability dashboard incident oncall capacity throughput bandwidth hardware
accelerator chip rack datacenter cooling power energy cost efficiency optimization layer stack architecture
design pattern interface protocol contract schema version migration upgrade security isolation sandbox enclave`
  .split(/\s+/)
  .filter(Boolean);
const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Barbara',
  'Edsger',
  'Leslie',
  'Frances',
  'Donald',
  'Radia',
  'Ken',
  'Margaret',
  'Tim',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Liskov',
  'Dijkstra',
  'Lamport',
  'Allen',
  'Knuth',
  'Perlman',
  'Thompson',
  'Hamilton',
  'Berners',
];

/** mulberry32: a small, fast, seedable generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stamp = (seconds: number) =>
  [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');

export interface SyntheticOptions {
  talks: number;
  quotesPerTalk: number;
  chaptersPerTalk: number;
  seed?: number;
}

export function syntheticSeeds({ talks, quotesPerTalk, chaptersPerTalk, seed = 42 }: SyntheticOptions): SeedFile[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const words = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, () => pick(WORDS));
  const sentence = (min: number, max: number) => {
    const text = words(min, max).join(' ');
    return text[0]!.toUpperCase() + text.slice(1);
  };
  const files: SeedFile[] = [];
  const videoIds: Record<string, string[]> = {};

  for (let t = 0; t < talks; t++) {
    const code = `SYN${String(t).padStart(4, '0')}`;
    const speakers = [`${pick(FIRST)} ${pick(LAST)}`, `${pick(FIRST)} ${pick(LAST)}`];
    const title = `${sentence(3, 6)} with ${speakers[0]} & ${speakers[1]}`;
    const channel = 'Synthetic Developer';
    const starts = [
      0,
      ...Array.from({ length: chaptersPerTalk - 1 }, (_, i) => (i + 1) * 200 + Math.floor(next() * 150)),
    ];
    files.push({
      name: `${code}_overview.txt`,
      text: [
        `${title} | ${code}`,
        sentence(20, 30) + '.',
        'Overview',
        `Join CTO ${speakers[0]} and professor ${speakers[1]}. ${sentence(25, 40)}.`,
        'Key themes include:',
        ...Array.from({ length: 5 }, () => `- ${sentence(5, 9)}`),
        'Session metadata',
        `- Event: Synthetic Summit ${2020 + (t % 10)}`,
        `- Session: ${code} (${sentence(2, 3)})`,
        '- Level: Intermediate',
        `- Resource link: https://aka.ms/synthetic/${code}`,
        'Chapters (from the video description)',
        ...starts.map((start) => `- ${start === 0 ? '0:00' : stamp(start)} - ${sentence(4, 10)}`),
      ].join('\n'),
    });
    for (let q = 0; q < quotesPerTalk; q++) {
      const speaker = pick(speakers);
      const timed = next() < 0.9;
      files.push({
        name: `${code}_quote_${String(q).padStart(3, '0')}.txt`,
        text: [
          `From ${title} | ${code} · · ${channel}`,
          `“${sentence(30, 90)}.”`,
          `On , ${speaker}, Engineer at Synthetic Labs, spoke about ${words(2, 3).join(' ')} during ${title} | ${code} on ${channel}.`,
          ...(timed ? [`Watch on YouTube at ${stamp(q * 50 + Math.floor(next() * 40))}`] : []),
        ].join('\n'),
      });
    }
    videoIds[`${title} | ${code}`] = [`syn${String(t).padStart(8, '0')}`];
  }
  files.push({ name: 'videos.json', text: JSON.stringify(videoIds) });
  return files;
}
