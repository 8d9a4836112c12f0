// `npm run bench`: what users feel, as figures beside their budgets, on the real corpus and on 1,000 synthetic talks.
// Prints a table and writes bench-results.json. Timings live here, never in the test suite.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCorpus } from '../../lib/corpus/index';
import { readSeedFiles } from '../../lib/corpus/seed-plugin';
import type { Corpus } from '../../lib/model/corpus';
import { alignQuote, timedWords } from '../../lib/timeline/align';
import { parseCaptions } from '../../lib/captions/parse';
import type { CaptionLine } from '../../lib/model/captions';
import { buildSearchIndex, search, searchItems } from '../../lib/search/search';
import { toSrt } from '../../lib/captions/exports';
import { captionLines, json3 } from '../harness/captions';
import { TALK_ID, TALK_TITLE } from '../harness/videos';
import {
  figure,
  measureFrames,
  measureIdle,
  measureLateToken,
  measureSavesSync,
  measureTalkPage,
  measureTalkStart,
  measureTalkWindow,
  measureVariant,
  RUNS,
  within,
} from './measure';
import { median, medianRange, quantile } from './stats';
import { syntheticSeeds } from './synthetic';
import { traceFirstPaints } from './trace';

/** The last commit before the talk module: its content script did everything on every page. The card and marks may take 1.2× its time to the card. */
const BEFORE_TALK_MODULE = '242ee8394315c8172fbd41fd1c10d977569a91bc';

// A row without a budget is there to read the others by.
const BUDGETS: Record<string, [number | null, string]> = {
  // Issue 49's goals (issue 35's were 1.1, 1.2 and 1.2: against a blank popup, the popup's first screen alone as a
  // page with no script already read 0.95 to 1.19).
  popupColdRatio: [
    1.5,
    'the real popup opened while the worker sleeps (Chrome stops it after 30 s idle: the talk paused) ÷ a blank popup',
  ],
  popupRatio: [1.25, 'the real popup’s first paint ÷ a blank popup’s, real corpus'],
  staticScreenRatio: [
    null,
    'the floor under it: the popup’s first screen as a page with no script (its first frame’s HTML, its styles) ÷ the same',
  ],
  popupRatio1000: [1.3, 'the same with 1,000 talks installed (the first of them open, its own first screen)'],
  staticScreenRatio1000: [null, 'the floor under it: that first screen as a page with no script ÷ the same'],
  searchMs: [1, 'one search, real corpus (median)'],
  searchMs1000: [8, 'one search over the 1,000-talk corpus (median)'],
  quoteLatencyMs: [100, 'video reaches a quote → its text painted'],
  pipOpenMs: [150, 'a click on the talk window’s button → the window painted with the chapter and the quote (median)'],
  pipQuoteLatencyMs: [100, 'video reaches a quote → its text painted in the open talk window (median)'],
  seedMs: [100, 'first-install seeding, real corpus'],
  seedMs1000: [2000, 'first-install seeding, 1,000 talks'],
  contentScriptBytes: [6000, 'script on every YouTube page (isolated world), Chrome, minified'],
  contentScriptBytesFirefox: [6000, 'the same, Firefox'],
  contentScriptBytes1000: [6000, 'the same with 1,000 talks installed (Chrome)'],
  talkModuleBytes: [
    40000,
    "talk module, loaded on the talk's page only, Chrome, minified (the talk window's way in too)",
  ],
  talkModuleBytesFirefox: [40000, 'the same, Firefox'],
  windowModuleBytes: [32000, "the talk window's module, loaded the first time the window opens, Chrome, minified"],
  slideModuleBytes: [3000, "the slide's module, loaded when the first slide is taken, Chrome, minified"],
  // 5,000 as in tests/e2e/sizes.spec.ts since issue 51: it also reads YouTube's translation and the languages offered.
  pageScriptBytes: [
    5000,
    "page-world script (reads the player's captions, its ways in turn, their translation, and whether YouTube plays the video), minified",
  ],
  talkReadyRatio: [
    1.2,
    'talk page loaded → card and marks shown ÷ the same page → card before the talk module (medians)',
  ],
  markLayoutMs: [16, 'marks back on the seek bar after YouTube rebuilt it (median)'],
  talkStartMs: [
    16,
    "the longest task on YouTube's page while the talk module starts, to the card and marks drawn (median of the loads')",
  ],
  captionsParseMs: [10, 'json3 of a 46-minute automatic track (~930 events) parsed (median)'],
  alignMs: [20, 'both quotes placed against that track (median)'],
  transcriptPaintRatio: [1.35, 'the real popup opened on its Transcript tab ÷ a blank popup’s paint'],
  staticTranscriptRatio: [
    null,
    'the floor under it: the Transcript tab’s first screen as a page with no script ÷ the same',
  ],
  searchMsTranscript: [2, 'one search with the transcript in the index (median)'],
  exportTranscriptMs: [20, 'the 46-minute transcript as SRT (median)'],
  transcriptLateTokenMs: [
    4500,
    "transcript kept when the token comes 4 s late, minus when it comes at once (medians): no wait beyond the token's own",
  ],
  saveCommitMs: [50, 'a star in the popup → committed by the background and shown in the popup (median)'],
  syncWriteMs: [2000, 'a star in the popup → its write to storage.sync done, batched (median)'],
  syncMergeMs: [200, '500 saves arriving in storage.sync from another browser → merged into this one (median)'],
  frameCaptureMs: [
    150,
    'a slide taken from the video: the frame at 1280 px, encoded as JPEG, done (median of the test slides)',
  ],
  frameMainThreadMs: [
    8,
    "the longest the page's main thread is held while a slide is taken (median of the test slides)",
  ],
  frameBytes: [150000, 'one slide kept, 1280 px wide (median of the test slides)'],
  idleScriptMs: [0, "the extension's script time on a non-talk YouTube page, 10 s after load (CPU profile)"],
  idleMessages: [0, 'messages sent from that page'],
  idleScriptMsEmbeds: [0, 'the same on a page with ten embedded players of other videos, their frames included'],
  idleMessagesEmbeds: [0, "messages sent from that page's frames"],
};
const QUERIES = [
  'Stoika',
  'verifcation',
  'confidentail',
  'serverless',
  'formal specification',
  'agentic',
  'load balancers',
  'Russinovich',
  'datacenter',
  'security',
];
const SYNTHETIC_QUERIES = [
  'consensus',
  'verifcation',
  'retreival grounding',
  'Lamport',
  'obsevability',
  'shard replica',
  'acelerator',
  'schema migration',
];

/** The extension as it was at `commit`, built from a worktree of it (with this checkout's node_modules). */
function buildBefore(commit: string, outDir: string): string {
  const tree = mkdtempSync(join(tmpdir(), 'talk-companion-before-'));
  try {
    execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { stdio: 'ignore' });
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'));
    execFileSync('npx', ['wxt', 'build'], {
      cwd: tree,
      stdio: 'ignore',
      env: { ...process.env, TALK_OUT_DIR: outDir },
    });
    return join(outDir, 'chrome-mv3');
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'ignore' });
  }
}

/**
 * The extension as it ships, with the bench's pages beside it. The pages are built apart and copied in: built with
 * the extension, they would share its HTML pages' modules (WXT's plugin loader, the paint mark), and the popup would
 * load those as chunks of their own, two files more than it ships with.
 */
function build(outDir: string, seedsDir = 'seeds'): string {
  const env = { ...process.env, TALK_OUT_DIR: outDir, TALK_SEEDS_DIR: seedsDir };
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env });
  const pagesDir = mkdtempSync(join(tmpdir(), 'talk-companion-bench-pages-'));
  try {
    execFileSync('npx', ['wxt', 'build'], {
      stdio: 'ignore',
      env: { ...env, TALK_BENCH: 'pages', TALK_OUT_DIR: pagesDir },
    });
    const [pages, extension] = [join(pagesDir, 'chrome-mv3'), join(outDir, 'chrome-mv3')];
    cpSync(join(pages, 'chunks'), join(extension, 'chunks'), { recursive: true });
    for (const file of readdirSync(pages).filter((name) => name.startsWith('bench-')))
      cpSync(join(pages, file), join(extension, file));
  } finally {
    rmSync(pagesDir, { recursive: true, force: true });
  }
  return join(outDir, 'chrome-mv3');
}

/** Each query runs once untimed first, to warm the JIT as a user's first keystrokes do. `lines`: the first talk's captions. */
function searchFigure(corpus: Corpus, queries: string[], lines: CaptionLine[] = []): number {
  const items = corpus.talks.flatMap((talk, at) =>
    searchItems(
      talk,
      corpus.chapters.filter((c) => c.talkId === talk.id),
      corpus.quotes.filter((q) => q.talkId === talk.id),
      corpus.profiles,
      at ? [] : lines,
    ),
  );
  const index = buildSearchIndex(items); // built once, as the views do per corpus version
  for (const query of queries) search(index, query);
  return median(
    queries.map((query) => {
      const start = performance.now();
      search(index, query);
      return performance.now() - start;
    }),
  );
}

/** The real quotes said in a made-up 46-minute automatic track, as the replica serves it. */
function captionFigures(corpus: Corpus): Record<string, number> {
  const timed = corpus.quotes.find((quote) => quote.start !== null)!;
  const untimed = corpus.quotes.find((quote) => quote.start === null)!;
  const track = json3(
    captionLines({
      quotes: [
        { text: timed.text, at: 2405 },
        { text: untimed.text, at: 1420 },
      ],
      automatic: true,
    }),
    true,
  );
  const timedRuns = (run: () => void, times = 15) => {
    run(); // warm, as a first read is
    return median(
      Array.from({ length: times }, () => {
        const start = performance.now();
        run();
        return performance.now() - start;
      }),
    );
  };
  const parsed = parseCaptions(track);
  if (!parsed.ok) throw new Error(`the bench's track did not parse: ${parsed.reason}`);
  return {
    captionsParseMs: timedRuns(() => parseCaptions(track)),
    alignMs: timedRuns(() => {
      const words = timedWords(parsed.lines);
      for (const quote of [timed, untimed]) alignQuote(quote.text, words);
    }),
    searchMsTranscript: searchFigure(corpus, [...QUERIES, 'scheduler locality', 'region fails'], parsed.lines),
    exportTranscriptMs: timedRuns(() => toSrt(parsed.lines)),
  };
}

/** The groups `--only <word>` picks from: each group whose name contains the word. */
const GROUPS = [
  'search',
  'captions',
  'sizes',
  'popup',
  'popup1000',
  'talk-page',
  'window',
  'late-token',
  'sync',
  'frames',
  'idle',
  'trace',
];

/** The longest a group may take before it is ended with what it was waiting for (the whole bench takes about 12 min). */
const GROUP_MS = 6 * 60_000;

async function main(): Promise<void> {
  const started = Date.now();
  const results: Record<string, number> = {};
  const failed: string[] = [];
  const seconds = () => Math.round((Date.now() - started) / 1000);
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
  if (onlyAt > 0 && !GROUPS.some((group) => only && group.includes(only)))
    throw new Error(`--only takes one of: ${GROUPS.join(', ')}`);
  const runs = (group: string) => only === undefined || group.includes(only);
  const file = only === undefined ? 'bench-results.json' : `bench-results-${only}.json`;
  const write = () =>
    writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), ...results, ...(failed.length > 0 && { failed }), runs: RUNS }, null, 2)}\n`,
    );
  /**
   * Runs a group (if asked for), within GROUP_MS; its figures are written as it ends. A group that fails or runs out
   * of time says so, with what it waited for, and the others go on.
   */
  const group = async (name: string, what: string, work: () => Promise<Record<string, number>>) => {
    if (!runs(name)) return;
    console.log(`· ${what} (${seconds()} s)`);
    try {
      Object.assign(results, await within(GROUP_MS, `the group "${name}" to end`, work));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failed.push(`${name}: ${message}`);
      console.error(`  ✗ ${name} failed, its figures are missing: ${message}`);
    }
    write();
  };
  let realDir: string | undefined;
  const real = () => (realDir ??= build(resolve('.output/bench-real')));
  const realCorpus = buildCorpus(readSeedFiles('seeds'));

  // A trace of the popup's first paint, when asked for alone: it prints where the time goes, and no figure.
  if (only === 'trace') return traceFirstPaints(real());

  // First, before the synthetic corpus fills this process's heap and its collections skew a 2 ms figure.
  await group('search', 'search, real corpus', async () => ({ searchMs: searchFigure(realCorpus, QUERIES) }));

  await group('captions', 'captions: parsing, placing the quotes, search with the transcript', async () =>
    captionFigures(realCorpus),
  );

  await group('sizes', 'building the extension, for Chrome and Firefox', async () => {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'ignore' });
    const size = (file: string) => statSync(file).size;
    return {
      contentScriptBytes: size('.output/chrome-mv3/youtube.js'),
      contentScriptBytesFirefox: size('.output/firefox-mv2/youtube.js'),
      talkModuleBytes: size('.output/chrome-mv3/content-scripts/talk-page.js'),
      talkModuleBytesFirefox: size('.output/firefox-mv2/content-scripts/talk-page.js'),
      pageScriptBytes: size('.output/chrome-mv3/content-scripts/page-captions.js'),
      windowModuleBytes: size('.output/chrome-mv3/content-scripts/talk-window.js'),
      slideModuleBytes: size('.output/chrome-mv3/content-scripts/slide.js'),
    };
  });

  await group('popup', 'popup (worker awake and asleep), seeding, real corpus', async () => {
    const figures = await measureVariant(
      real(),
      { videoId: TALK_ID, video: { title: TALK_TITLE, channel: 'Microsoft Developer' }, quoteStart: 2481 },
      { nearQuote: true, transcript: true, floor: true, cold: true },
    );
    return {
      transcriptPaintRatio: figures.transcriptPaintRatio!,
      popupColdRatio: figures.popupColdRatio!,
      popupColdMs: figures.popupColdMs!,
      popupRatio: figures.popupRatio,
      staticScreenRatio: figures.staticScreenRatio!,
      staticTranscriptRatio: figures.staticTranscriptRatio!,
      popupMs: figures.popupMs,
      blankMs: figures.blankMs,
      seedMs: figures.seedMs,
      rawSeedMs: figures.rawSeedMs,
      quoteLatencyMs: figures.quoteLatencyMs!,
    };
  });

  await group('popup1000', 'popup, search and seeding, 1,000 synthetic talks', async () => {
    const synthetic = syntheticSeeds({ talks: 1000, quotesPerTalk: 50, chaptersPerTalk: 12 });
    const seedsDir = mkdtempSync(join(tmpdir(), 'talk-companion-synthetic-'));
    for (const file of synthetic) writeFileSync(join(seedsDir, file.name), file.text);
    const syntheticDir = build(resolve('.output/bench-1000'), seedsDir);
    rmSync(seedsDir, { recursive: true, force: true });
    const syntheticCorpus = buildCorpus(synthetic);
    const searchMs1000 = searchFigure(syntheticCorpus, SYNTHETIC_QUERIES);
    const first = syntheticCorpus.talks[0]!;
    const firstQuote = syntheticCorpus.quotes
      .filter((q) => q.talkId === first.id && q.start !== null)
      .sort((a, b) => a.start! - b.start!)[5]!;
    const big = await measureVariant(
      syntheticDir,
      {
        videoId: first.videoIds[0]!,
        video: { title: `${first.title} | ${first.code}`, channel: first.channel! },
        quoteStart: firstQuote.start!,
      },
      { seedRuns: 3, floor: true, suffix: '1000' },
    );
    return {
      contentScriptBytes1000: statSync(join(syntheticDir, 'youtube.js')).size,
      searchMs1000,
      popupRatio1000: big.popupRatio,
      staticScreenRatio1000: big.staticScreenRatio!,
      popupMs1000: big.popupMs,
      blankMs1000: big.blankMs,
      seedMs1000: big.seedMs,
      rawSeedMs1000: big.rawSeedMs,
    };
  });

  await group('window', 'the talk window: opened from its button, and a quote reached while it is open', () =>
    measureTalkWindow(real(), { videoId: TALK_ID, quoteStart: 2481 }),
  );

  await group(
    'talk-page',
    "the talk's page: card and marks shown, marks after a bar rebuild; the card before the talk module",
    async () => {
      const before = buildBefore(BEFORE_TALK_MODULE, resolve('.output/bench-before'));
      const talkPage = { videoId: TALK_ID, quoteStart: 2481 };
      // Alternating, so a machine busier for a while weighs on both. Seven rounds: of three, the ratio's 95% range was
      // its lowest to its highest round, and one day's runs read 1.27, then 1.08.
      const ready: number[] = [];
      const readyBefore: number[] = [];
      let markLayoutMs = 0;
      for (let round = 0; round < 7; round++) {
        const now = await measureTalkPage(real(), { ...talkPage, marks: true });
        ready.push(now.talkReadyMs);
        markLayoutMs = Math.max(markLayoutMs, now.markLayoutMs!);
        readyBefore.push((await measureTalkPage(before, { ...talkPage, marks: false })).talkReadyMs);
      }
      const { talkStartMs } = await measureTalkStart(real(), talkPage);
      return {
        markLayoutMs,
        talkStartMs,
        talkReadyMs: median(ready),
        talkReadyBeforeMs: median(readyBefore),
        talkReadyRatio: figure(
          'talkReadyRatio',
          ready.map((ms, i) => ms / readyBefore[i]!),
        ),
      };
    },
  );

  await group('late-token', "the transcript when the player's token comes 4 s late", () => measureLateToken(real()));

  await group('sync', "saves to and from the browser's sync", () => measureSavesSync(real()));

  await group('frames', 'a slide taken from the video', () => measureFrames(real()));

  await group('idle', 'idle cost on a YouTube page that is not the talk', async () => {
    const alone = await measureIdle(real());
    const tenEmbeds = `https://build.microsoft.com/sessions?embeds=${Array(10).fill('OtherVideo1').join(',')}`;
    const embedded = await measureIdle(real(), { url: tenEmbeds });
    return { ...alone, idleScriptMsEmbeds: embedded.idleScriptMs, idleMessagesEmbeds: embedded.idleMessages };
  });

  console.log(`\n${table(results)}\n`);
  const ms = (key: string) => `${results[key]!.toFixed(1)} ms`;
  const say = (keys: string[], text: () => string) => keys.every((key) => key in results) && console.log(text());
  say(['popupMs', 'blankMs'], () => `Popup ${ms('popupMs')} vs blank ${ms('blankMs')}.`);
  say(['popupColdMs'], () => `Popup opened while the worker sleeps: ${ms('popupColdMs')}.`);
  say(['popupMs1000', 'blankMs1000'], () => `With 1,000 talks: popup ${ms('popupMs1000')} vs ${ms('blankMs1000')}.`);
  say(['rawSeedMs'], () => `Bare IndexedDB writing the same rows (the floor under seeding): ${ms('rawSeedMs')}.`);
  say(['frameBytesMax'], () => `Slides: the largest test frame ${results.frameBytesMax} bytes (the busy picture).`);
  say(
    ['talkReadyMs', 'talkReadyBeforeMs'],
    () =>
      `Talk page to card and marks ${ms('talkReadyMs')}; to the card before the talk module ${ms('talkReadyBeforeMs')}.`,
  );
  for (const failure of failed) console.error(`Failed: ${failure}`);
  console.log(`${file} written; ${seconds()} s in all.`);
  // A group ended by its bound may leave its browser behind: nothing of it is waited for.
  process.exit(failed.length > 0 ? 1 : 0);
}

/**
 * The rows measured, each beside its budget. A timed row gives its median, where that median lies (at least 95% sure:
 * a ratio's median of 31 pairs is only sure to about ±0.1), and the middle half of its runs
 * (25th-75th percentile) with how many. A row says when its median may be over the budget, or when its middle half
 * reaches past it.
 */
function table(results: Record<string, number>): string {
  const rows = Object.entries(BUDGETS)
    .filter(([key]) => key in results)
    .map(([key, [budget, what]]) => {
      const value = results[key]!;
      const digits = key.includes('Ratio') ? 2 : 1;
      const shown = key.includes('Bytes') || key.includes('Messages') ? String(value) : value.toFixed(digits);
      const values = RUNS[key];
      const range = (low: number, high: number) => `${low.toFixed(digits)}–${high.toFixed(digits)}`;
      const [sureLow, sureHigh] = values ? medianRange(values) : [value, value];
      const [low, high] = values ? [quantile(values, 0.25), quantile(values, 0.75)] : [value, value];
      const verdict =
        budget === null
          ? 'no budget'
          : value > budget
            ? '**over**'
            : sureHigh > budget
              ? 'within, **median not sure**'
              : high > budget
                ? 'within, **spread crosses**'
                : 'within';
      const sure = values ? range(sureLow, sureHigh) : '';
      const spread = values ? `${range(low, high)} (${values.length})` : '';
      return `| \`${key}\` | ${shown} | ${sure} | ${spread} | ${budget === null ? '' : `≤ ${budget}`} | ${verdict} | ${what} |`;
    });
  return [
    '| key | figure | median, 95% sure | middle half (runs) | budget | | what |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
