// Browser measurements for the bench: popup paint against a blank page, sync latency, seeding, the talk's page, idle
// cost, a slide's capture.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { PAINTED_MARK } from '../../components/app/paint-mark';
import { packRecords } from '../../lib/saves/sync/pack';
import { recordOfSave } from '../../lib/saves/sync/records';
import { launchWithExtension } from '../harness/chromium';
import { openRealPopup, popupSession, type Opener } from '../harness/real-popup';
import { serveReplica, youtubePolicy } from '../harness/replica';
import type { ReplicaVideo } from '../harness/videos';
import { median } from './stats';

/** Every timed row's runs, by the row's key: the table prints their spread beside the median. */
export const RUNS: Record<string, number[]> = {};

/** A timed row: the median of its runs, the runs kept for the spread. */
export function figure(key: string, values: number[]): number {
  RUNS[key] = values;
  return median(values);
}

/**
 * Opens a page of the extension as its real popup (`tests/harness/real-popup.ts`) and returns when the browser finished
 * painting the frame that first showed something (ms after the page's navigation start): the paint entry
 * `first-contentful-paint`, by the browser's own rule, at the end of that frame's paint rather than at its start. The
 * page's own mark only says which frame that must be: a contentful paint in an earlier frame (a loading line, an
 * error) is not the first screen, and fails the run.
 */
async function popupPaintTime(cdp: CDPSession, opener: Opener, path: string): Promise<number> {
  const popup = await openRealPopup(cdp, opener, path);
  const marked = !Object.values(STATIC_PAGES).includes(path);
  try {
    return await popup.evaluate<number>(`new Promise((resolve, reject) => {
      const read = () => {
        const mark = performance.getEntriesByName(${JSON.stringify(PAINTED_MARK)})[0];
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        if ((${marked} && !mark) || !paint) return;
        if (mark && paint.paintTime < mark.startTime) reject(new Error('painted before its first screen, at ' + paint.paintTime));
        resolve(paint.paintTime);
      };
      read();
      new PerformanceObserver(read).observe({ type: 'mark' });
      new PerformanceObserver(read).observe({ type: 'paint' });
      setTimeout(() => reject(new Error('not painted after 20 s: ' + document.body.innerText.slice(0, 300))), 20000);
    })`);
  } finally {
    await popup.close();
  }
}

/**
 * The first open after the browser starts, timed by nothing: the background seeds the database as it starts, and with
 * 1,000 talks the talk's tab may not be followed yet when the popup answers, so its first screen (the mark) may come in a
 * later frame than its first paint (the talk without the tab's moment). Waits for the mark.
 */
async function warmUp(cdp: CDPSession, worker: Worker): Promise<void> {
  const popup = await openRealPopup(cdp, worker, 'popup.html');
  try {
    await within(30_000, "the first popup's first screen", () =>
      popup.evaluate(`new Promise((resolve) => {
      const read = () => performance.getEntriesByName(${JSON.stringify(PAINTED_MARK)})[0] && resolve(true);
      read();
      new PerformanceObserver(read).observe({ type: 'mark' });
    })`),
    );
  } finally {
    await popup.close();
  }
}

/** The first screens kept as pages with no script (below): they set no mark, and all they show is their first screen. */
const STATIC_PAGES = { now: 'bench-static.html', transcript: 'bench-static-transcript.html' };

/**
 * Writes the first screen of the view at `url` into the extension as a page with no script: the HTML of its first
 * frame, the view's attributes on <html>, and its styles. Timed as the popup, that page is the floor
 * under any way of building that screen: the same screen, with nothing to run, to ask or to render. The view is
 * opened as a tab the popup's size, and its HTML taken as it sets its mark, so in the frame the popup's first paint
 * shows (the Transcript adds its other lines in a later task).
 */
async function writeStaticFirstScreen(context: BrowserContext, url: string, file: string, extensionDir: string) {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.addInitScript((mark) => {
      const original = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        if (name === mark)
          Object.assign(globalThis, {
            firstScreen: {
              html: document.getElementById('app')!.innerHTML,
              attributes: [...document.documentElement.attributes]
                .filter((attribute) => attribute.name !== 'class') // `as-page`: a tab, not the popup
                .map((attribute) => [attribute.name, attribute.value]),
              css: document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
            },
          });
        return original(name, options);
      };
    }, PAINTED_MARK);
    await page.goto(url);
    type Screen = { html: string; attributes: [string, string][]; css: string[] };
    const handle = await page.waitForFunction(() => (globalThis as unknown as { firstScreen?: Screen }).firstScreen);
    const screen = (await handle.jsonValue()) as Screen;
    const attributes = screen.attributes.map(([name, value]) => ` ${name}="${value.replaceAll('"', '&quot;')}"`);
    // The styles in the page itself, as the view carries them in its script: no file more to fetch.
    const style = screen.css.join('\n').replaceAll('</style', '<\\/style');
    const head = `<meta charset="UTF-8"><title>Talk Companion</title><style>${style}</style>`;
    writeFileSync(
      resolve(extensionDir, file),
      `<!doctype html><html${attributes.join('')}><head>${head}</head><body><div id="app">${screen.html}</div></body></html>`,
    );
  } finally {
    await page.close();
  }
}

export interface VariantFigures {
  popupMs: number;
  blankMs: number;
  popupRatio: number;
  seedMs: number;
  /** Bare IndexedDB writing the same rows: what no database library could beat. */
  rawSeedMs: number;
  quoteLatencyMs?: number;
  /** The popup opened on its Transcript tab, against the blank page. */
  transcriptPaintRatio?: number;
  /** The popup opened while the worker sleeps (the talk paused), against the blank page opened so too. */
  popupColdRatio?: number;
  popupColdMs?: number;
  /** The popup's first screen as a page with no script, against the blank page: the floor under popupRatio. */
  staticScreenRatio?: number;
  /** The same of its Transcript tab: the floor under transcriptPaintRatio. */
  staticTranscriptRatio?: number;
}

/**
 * Popup against blank page, each opened as the extension's popup over the talk's tab, alternating; seeding timed on a
 * fresh database. 101 pairs: the median of 31 pairs' ratios was only sure to about ±0.1 (its 95% range: 1.06–1.26 for
 * 31 of the pairs of one run, 1.12–1.21 for all 101).
 */
export async function measureVariant(
  extensionDir: string,
  talk: { videoId: string; video: ReplicaVideo; quoteStart: number },
  {
    runs = 101,
    coldRuns = 31,
    seedRuns = 5,
    nearQuote = false,
    transcript = false,
    floor = false,
    cold = false,
    suffix = '',
  } = {},
): Promise<VariantFigures> {
  const browser = await launchWithExtension('', { extensionDir });
  try {
    await serveReplica(browser.context, { [talk.videoId]: talk.video });
    const base = `chrome-extension://${browser.extensionId}`;
    const page = await browser.context.newPage();
    await page.goto(`https://www.youtube.com/watch?v=${talk.videoId}`);
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await page.evaluate((s) => window.replica.seek(s), talk.quoteStart - 30);
    await page.bringToFront();
    const cdp = await popupSession(await browser.context.browser()!.newBrowserCDPSession());
    await warmUp(cdp, browser.worker);
    /** The page against the blank page, in alternating pairs: the medians of each, and each pair's ratio. */
    const againstBlank = async (path: string) => {
      const page: number[] = [];
      const blank: number[] = [];
      for (let i = 0; i < runs; i++) {
        const pair = [
          async () => page.push(await popupPaintTime(cdp, browser.worker, path)),
          async () => blank.push(await popupPaintTime(cdp, browser.worker, 'bench-blank.html')),
        ];
        for (const run of i % 2 ? pair.reverse() : pair) await run();
      }
      return { page: median(page), blank: median(blank), ratios: page.map((ms, i) => ms / blank[i]!) };
    };
    const popup = await againstBlank('popup.html');
    const coldFigures = cold ? await coldPopup(browser.context, cdp, base, page, coldRuns) : undefined;
    const tabId = await browser.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    const pinned = `?tab=${tabId}`;
    const open = () => browser.context.newPage();

    const lab = await open();
    await lab.goto(`${base}/bench-lab.html`);
    const seeds: number[] = [];
    type Lab = { seedOnce(): Promise<number>; rawSeedOnce(): Promise<number> };
    for (let i = 0; i < seedRuns; i++) seeds.push(await lab.evaluate(() => (globalThis as unknown as Lab).seedOnce()));
    const rawSeedMs = await lab.evaluate(() => (globalThis as unknown as Lab).rawSeedOnce());
    await lab.close();

    const figures: VariantFigures = {
      popupMs: popup.page,
      blankMs: popup.blank,
      popupRatio: figure(`popupRatio${suffix}`, popup.ratios),
      seedMs: figure(`seedMs${suffix}`, seeds),
      rawSeedMs,
      ...(coldFigures && {
        popupColdRatio: figure(`popupColdRatio${suffix}`, coldFigures.ratios),
        popupColdMs: coldFigures.page,
      }),
    };
    if (nearQuote)
      figures.quoteLatencyMs = await quoteLatency(page, await open(), `${base}/popup.html${pinned}`, talk.quoteStart);
    if (transcript) {
      // The tab read the captions as it started playing the talk: wait until the popup shows them, then time it.
      const check = await open();
      await check.goto(`${base}/popup.html${pinned}&view=transcript`);
      await check.locator('.lines li').first().waitFor();
      // With the second line on (issue 51): YouTube's German (the replica's) read by the tab and shown under the lines.
      await check.getByRole('combobox', { name: 'Second line' }).selectOption('de');
      await check.locator('.lines .second').first().waitFor();
      await check.close();
      const onOpen = await againstBlank('popup.html?view=transcript');
      figures.transcriptPaintRatio = figure(`transcriptPaintRatio${suffix}`, onOpen.ratios);
    }
    if (floor) {
      const floorOf = async (url: string, file: string) => {
        await writeStaticFirstScreen(browser.context, url, file, extensionDir);
        return (await againstBlank(file)).ratios;
      };
      figures.staticScreenRatio = figure(
        `staticScreenRatio${suffix}`,
        await floorOf(`${base}/popup.html${pinned}`, STATIC_PAGES.now),
      );
      if (transcript)
        figures.staticTranscriptRatio = figure(
          `staticTranscriptRatio${suffix}`,
          await floorOf(`${base}/popup.html${pinned}&view=transcript`, STATIC_PAGES.transcript),
        );
    }
    return figures;
  } finally {
    await browser.context.close();
  }
}

/**
 * The popup a user opens after pausing the talk for a while: Chrome has stopped the extension's worker. Each run stops
 * it (through CDP) and waits until it is stopped, then opens the popup from a page of the extension, which wakes
 * nothing; the blank popup is opened so too, in alternating pairs.
 */
async function coldPopup(context: BrowserContext, cdp: CDPSession, base: string, talkPage: Page, runs: number) {
  const opener = await context.newPage();
  // A page of the extension's origin that runs none of its code: it reaches its APIs without waking the worker.
  await opener.goto(`${base}/icon/16.png`);
  await talkPage.bringToFront();
  const workers = await context.newCDPSession(opener);
  const states = new Map<string, string>();
  workers.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const { versionId, runningStatus } of versions) states.set(versionId, runningStatus);
  });
  await workers.send('ServiceWorker.enable');
  // A worker still starting (the last popup's question woke it) is not stopped: it is let start, then stopped.
  const stopped = async () => {
    const asked = Date.now();
    for (;;) {
      const statuses = [...states.values()];
      if (statuses.every((status) => status === 'stopped')) return;
      if (Date.now() - asked > 5_000)
        throw new Error(`waited 5 s for the worker to stop; its versions: ${JSON.stringify([...states])}`);
      if (statuses.includes('running')) await workers.send('ServiceWorker.stopAllWorkers');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const page: number[] = [];
  const blank: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const pair = [
        async () => (await stopped(), page.push(await popupPaintTime(cdp, opener, 'popup.html'))),
        async () => (await stopped(), blank.push(await popupPaintTime(cdp, opener, 'bench-blank.html'))),
      ];
      for (const run of i % 2 ? pair.reverse() : pair) await run();
    }
  } finally {
    await workers.detach();
    await opener.close();
  }
  return { page: median(page), ratios: page.map((ms, i) => ms / blank[i]!) };
}

/** Runs `work`, failing with what it waited for if it takes longer than `ms`. */
export async function within<T>(ms: number, what: string, work: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`waited ${ms / 1000} s for ${what}`)), ms);
  });
  try {
    return await Promise.race([work(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** From setting the video at a quote's start to the quote's text painted in the popup. */
async function quoteLatency(
  talkPage: Page,
  popup: Page,
  popupUrl: string,
  quoteStart: number,
  runs = 15,
): Promise<number> {
  await popup.goto(popupUrl);
  await popup.locator('.chapters').waitFor();
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) {
    await talkPage.evaluate((s) => window.replica.seek(s), quoteStart - 300);
    await popup.locator('[data-near="now"]').waitFor({ state: 'detached' });
    // The observer is in place before the seek: installed by an evaluate not yet run, it could miss the quote's paint,
    // and a paused video changes nothing more to wake it.
    await popup.evaluate(() => {
      const page = window as unknown as { quoteSeen: Promise<number> };
      page.quoteSeen = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-near="now"] blockquote')) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    });
    const sent = await talkPage.evaluate((s) => {
      const at = performance.timeOrigin + performance.now();
      document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime = s;
      return at;
    }, quoteStart);
    latencies.push(
      (await within(10_000, `the quote at ${quoteStart} s painted in the popup`, () =>
        popup.evaluate(() => (window as unknown as { quoteSeen: Promise<number> }).quoteSeen),
      )) - sent,
    );
  }
  await popup.close();
  return figure('quoteLatencyMs', latencies);
}

/**
 * On a page that is not the talk (a YouTube watch page of another video by default; `url` may be a page embedding
 * other videos), once it has loaded: the time the CPU profiler finds in the extension's own scripts over
 * `windowMs`, the page's process and each embedded player's (cross-site frames run in processes of their own), and
 * the messages its content scripts sent. A profile of our scripts alone, not a difference between two browsers,
 * whose noise (±8 ms over 10 s with ten players playing) would swamp what is measured.
 */
export async function measureIdle(
  extensionDir: string,
  { pairs = 3, windowMs = 10_000, url = 'https://www.youtube.com/watch?v=OtherVideo1' } = {},
): Promise<{ idleScriptMs: number; idleMessages: number }> {
  const times: number[] = [];
  let messages = 0;
  for (let i = 0; i < pairs; i++) {
    const browser = await launchWithExtension('', { extensionDir });
    await browser.worker.evaluate(() => {
      const counter = globalThis as unknown as { tabMessages: number };
      counter.tabMessages = 0;
      chrome.runtime.onMessage.addListener((_message, sender) => {
        if (sender.tab) counter.tabMessages++;
      });
    });
    await serveReplica(browser.context);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForLoadState('load');
    const sessions = [await browser.context.newCDPSession(page)];
    for (const frame of page.frames().slice(1))
      sessions.push(
        ...(await browser.context.newCDPSession(frame).then(
          (session) => [session],
          () => [],
        )),
      );
    for (const session of sessions) {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 100 });
      await session.send('Profiler.start');
    }
    await page.waitForTimeout(windowMs); // the measurement window itself
    let ours = 0;
    for (const session of sessions) {
      const { profile } = await session.send('Profiler.stop');
      const extension = new Set(
        profile.nodes.filter((node) => node.callFrame.url.startsWith('chrome-extension://')).map((node) => node.id),
      );
      profile.samples?.forEach((node, index) => {
        if (extension.has(node)) ours += profile.timeDeltas?.[index] ?? 0;
      });
    }
    times.push(ours / 1000);
    messages = Math.max(
      messages,
      await browser.worker.evaluate(() => (globalThis as unknown as { tabMessages: number }).tabMessages),
    );
    await browser.context.close();
  }
  return { idleScriptMs: median(times), idleMessages: messages };
}

/**
 * The talk's page opened with the video at a quote: from navigation start to the card showing the quote (and, with
 * `marks`, the marks on the seek bar), seen by an observer the page starts before its own scripts. Medians of `runs`
 * loads after a warm-up (the first start seeds the database). With `marks`, also how long the marks take to come back
 * after the bar is rebuilt.
 */
export async function measureTalkPage(
  extensionDir: string,
  { videoId, quoteStart, marks, runs = 15 }: { videoId: string; quoteStart: number; marks: boolean; runs?: number },
): Promise<{ talkReadyMs: number; markLayoutMs?: number }> {
  const browser = await launchWithExtension('', { extensionDir });
  try {
    await serveReplica(browser.context);
    // Plain script text: tsx would wrap the named functions of a function passed here in a helper the page lacks.
    await browser.context.addInitScript({
      content: `new MutationObserver((_, observer) => {
        const card = document.querySelector('talk-companion-card');
        const quote = card && !card.hidden && card.shadowRoot && card.shadowRoot.querySelector('.text:not([hidden])');
        const marks = document.querySelector('talk-companion-marks');
        if (!quote || (${marks} && !(marks && marks.shadowRoot.querySelector('.mark')))) return;
        window.talkReadyAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true });`,
    });
    const url = `https://www.youtube.com/watch?v=${videoId}&t=${quoteStart + 2}`;
    const load = async () => {
      const page = await browser.context.newPage();
      await page.goto(url);
      const at = await (
        await page.waitForFunction(() => (window as unknown as { talkReadyAt?: number }).talkReadyAt)
      ).jsonValue();
      return { page, at: at as number };
    };
    await (await load()).page.close(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { page, at } = await load();
      times.push(at);
      await page.close();
    }
    if (!marks) return { talkReadyMs: median(times) };

    const { page } = await load();
    const layouts: number[] = [];
    for (let i = 0; i < runs; i++) {
      layouts.push(
        await within(10_000, 'the marks back on the seek bar after a rebuild', () =>
          page.evaluate(async () => {
            const start = performance.now();
            window.replica.rebuildBar();
            // Checked task after task (a message, not a timer, so nothing clamps the wait), from the rebuild on.
            while (
              !document.querySelector('.ytp-progress-bar > talk-companion-marks')?.shadowRoot?.querySelector('.mark')
            )
              await new Promise((resolve) => {
                const channel = new MessageChannel();
                channel.port1.onmessage = resolve;
                channel.port2.postMessage(0);
              });
            return performance.now() - start;
          }),
        ),
      );
    }
    await page.close();
    return { talkReadyMs: median(times), markLayoutMs: figure('markLayoutMs', layouts) };
  } finally {
    await browser.context.close();
  }
}

/**
 * A star in the popup → its write to sync done (the popup hears it in `storage.onChanged`), one star at a time, a
 * second and a half apart as a user's stars are; and 500 saves arriving in sync from another browser → merged here.
 */
export async function measureSavesSync(
  extensionDir: string,
  { runs = 9 } = {},
): Promise<{ saveCommitMs: number; syncWriteMs: number; syncMergeMs: number }> {
  const browser = await launchWithExtension('', { extensionDir });
  try {
    const base = `chrome-extension://${browser.extensionId}`;
    const popup = await browser.context.newPage();
    await popup.goto(`${base}/popup.html`);
    await popup.getByRole('tab', { name: /^Quotes/ }).click();
    await popup.locator('article.quote button.star').first().waitFor();
    const writes: number[] = [];
    const commits: number[] = [];
    for (let i = 0; i <= runs; i++) {
      // Plain script text: tsx would wrap the function passed here in a helper the page lacks. The star shows its new
      // state once the background (the one writer) has committed it and the view's live query has read it back. The
      // write to sync may land before the view shows the star (a busy machine slows the view, not the 0.4 s batch):
      // each is taken as it comes. The full bench of 2026-12-07 waited for ever here, on a sync write it had ignored.
      const [committed, written] = await within(
        20_000,
        'a star shown in the popup and written to sync',
        () =>
          popup.evaluate(`new Promise((resolve) => {
        const start = performance.now();
        const star = document.querySelector('article.quote button.star');
        const before = star.getAttribute('aria-pressed');
        let committed;
        let written;
        const both = () => committed !== undefined && written !== undefined && resolve([committed, written]);
        const shown = new MutationObserver(() => {
          if (committed !== undefined || star.getAttribute('aria-pressed') === before) return;
          committed = performance.now() - start;
          shown.disconnect();
          both();
        });
        shown.observe(star, { attributes: true, attributeFilter: ['aria-pressed'] });
        const onWrite = (changes, area) => {
          if (area !== 'sync') return;
          written = performance.now() - start;
          chrome.storage.onChanged.removeListener(onWrite);
          both();
        };
        chrome.storage.onChanged.addListener(onWrite);
        star.click();
      })`) as Promise<[number, number]>,
      );
      // The first warms the worker up.
      if (i > 0) {
        writes.push(written);
        commits.push(committed);
      }
      await popup.waitForTimeout(1500);
    }
    await popup.close();

    const lab = await browser.context.newPage();
    await lab.goto(`${base}/bench-lab.html`);
    type Lab = { mergeOnce(items: Record<string, unknown>, prefix: string, count: number): Promise<number> };
    const merges: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const { items, prefix } = arrivingSaves(500, run);
      const elapsed = await lab.evaluate(([i, p]) => (globalThis as unknown as Lab).mergeOnce(i, p, 500), [
        items,
        prefix,
      ] as const);
      if (run > 0) merges.push(elapsed);
    }
    await lab.close();
    return {
      saveCommitMs: figure('saveCommitMs', commits),
      syncWriteMs: figure('syncWriteMs', writes),
      syncMergeMs: figure('syncMergeMs', merges),
    };
  } finally {
    await browser.context.close();
  }
}

/** `count` caption lines saved in another browser, packed into sync items as its extension would write them. */
function arrivingSaves(count: number, run: number): { items: Record<string, unknown>; prefix: string } {
  const now = Date.now();
  const prefix = `bench/captions/QwC-J2KFTrM@${run}-`;
  const records = Array.from({ length: count }, (_, n) =>
    recordOfSave({
      quoteId: `${prefix}${n}`,
      talkId: 'bench',
      savedAt: now - n,
      changedAt: now - n,
      text: `line ${n}`,
      speaker: '',
      talkTitle: 'Bench',
      videoId: 'QwC-J2KFTrM',
      start: n,
      source: 'captions',
    }),
  );
  const { items, carried } = packRecords(records);
  if (carried.length !== count) throw new Error(`only ${carried.length} of ${count} saves fit in sync`);
  return { items, prefix };
}

/**
 * How much later the talk's transcript is kept when the player's token comes `lateMs` late than when it comes at once:
 * from opening the talk's page to its transcript in the database, medians of alternating runs, the kept transcript
 * removed before each (read from the background's worker, with IndexedDB itself).
 */
export async function measureLateToken(
  extensionDir: string,
  { lateMs = 4_000, runs = 5 } = {},
): Promise<{ transcriptLateTokenMs: number; transcriptNowMs: number }> {
  const browser = await launchWithExtension('', { extensionDir });
  try {
    await serveReplica(browser.context);
    // Plain script text, run in the worker: tsx would wrap a function passed here in a helper the worker lacks.
    const transcripts = (action: 'clear' | 'wait') =>
      browser.worker.evaluate(`new Promise((resolve, reject) => {
        const open = indexedDB.open('talk-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const look = () => {
            const store = db.transaction('transcripts', '${action === 'clear' ? 'readwrite' : 'readonly'}').objectStore('transcripts');
            const request = ${action === 'clear' ? 'store.clear()' : 'store.count()'};
            request.onsuccess = () => {
              if ('${action}' === 'clear' || request.result > 0) {
                db.close();
                resolve(performance.now());
              } else setTimeout(look, 20);
            };
          };
          look();
        };
      })`);
    const readIn = async (token: number) => {
      await transcripts('clear');
      const page = await browser.context.newPage();
      const start = Date.now();
      await page.goto(`https://www.youtube.com/watch?v=QwC-J2KFTrM&token=${token}`);
      await within(30_000, `the captions kept (token ${token} s late)`, () => transcripts('wait'));
      const elapsed = Date.now() - start;
      await page.close();
      return elapsed;
    };
    await readIn(0); // warm-up: the first start seeds the database
    const now: number[] = [];
    const late: number[] = [];
    for (let run = 0; run < runs; run++) {
      now.push(await readIn(0));
      late.push(await readIn(lateMs));
    }
    return {
      transcriptLateTokenMs: figure(
        'transcriptLateTokenMs',
        late.map((ms, i) => ms - now[i]!),
      ),
      transcriptNowMs: median(now),
    };
  } finally {
    await browser.context.close();
  }
}

/**
 * A slide's capture, as the talk's page takes one (drawn at 1280 px wide, kept as JPEG): the test slides' frames
 * (tests/fixtures/slides.webm, 1080p: four text slides and one busy picture), each taken `rounds` times, on a page of
 * YouTube's origin with YouTube's policy (bench-frames.html, served from the build), so that the slide maker's frame
 * runs in its own process as it does on YouTube; medians of the time to take one, of the longest task it ran on the
 * page's main thread (from a trace of the page: its `RunTask`s between each capture's marks), and of its size.
 */
export async function measureFrames(
  extensionDir: string,
  { rounds = 5 } = {},
): Promise<{ frameCaptureMs: number; frameMainThreadMs: number; frameBytes: number; frameBytesMax: number }> {
  const browser = await launchWithExtension('', { extensionDir });
  try {
    const nonce = 'bench-frames';
    await browser.context.route('https://www.youtube.com/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = resolve(extensionDir, `.${path}`);
      if (!/^\/(bench-frames\.html|chunks\/[\w.-]+\.js)$/.test(path)) return route.fulfill({ status: 404 });
      const html = path.endsWith('.html');
      const body = html
        ? readFileSync(file, 'utf8').replace(/<(script|link) /g, `<$1 nonce="${nonce}" `)
        : readFileSync(file);
      return route.fulfill({
        contentType: html ? 'text/html' : 'text/javascript',
        headers: { 'Content-Security-Policy': youtubePolicy(nonce) },
        body,
      });
    });
    const lab = await browser.context.newPage();
    await lab.goto('https://www.youtube.com/bench-frames.html');
    type Frame = { ms: number; bytes: number; width: number };
    type Lab = { framesOnce(base64: string, times: number[], makerUrl: string): Promise<Frame[]> };
    const video = readFileSync(resolve('tests/fixtures/slides.webm')).toString('base64');
    const times = [0.5, 1.5, 2.5, 3.5, 4.5];
    const maker = `chrome-extension://${browser.extensionId}/slide-maker.html`;
    await lab.waitForFunction(() => 'framesOnce' in globalThis);
    const takeAll = () =>
      lab.evaluate(([v, t, m]) => (globalThis as unknown as Lab).framesOnce(v, t, m), [video, times, maker] as const);
    await takeAll(); // warm: the maker's first load, the first encoder start
    const cdp = await browser.context.newCDPSession(lab);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const traced = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'blink.user_timing'] },
      transferMode: 'ReportEvents',
    });
    const frames: Frame[] = [];
    for (let round = 0; round < rounds; round++) frames.push(...(await takeAll()));
    await cdp.send('Tracing.end');
    await within(30_000, "the slides' trace", () => traced);
    const narrow = frames.find((frame) => frame.width !== 1280);
    if (narrow) throw new Error(`a frame was taken ${narrow.width} px wide, not 1280`);
    await lab.close();
    return {
      frameCaptureMs: figure(
        'frameCaptureMs',
        frames.map((f) => f.ms),
      ),
      frameMainThreadMs: figure('frameMainThreadMs', longestTasks(events, 'slide-start', 'slide-end')),
      frameBytes: median(frames.map((f) => f.bytes)),
      frameBytesMax: Math.max(...frames.map((f) => f.bytes)),
    };
  } finally {
    await browser.context.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/**
 * The longest task on the talk page's main thread while the talk module starts: from the module's first evaluation
 * to the card and the marks drawn (a mark the page sets then), in a Chrome trace of each of `runs` loads; the median
 * of the loads' longest (Chrome names a task ThreadControllerImpl::RunTask). Past 16 ms, a task holds up a frame.
 */
export async function measureTalkStart(
  extensionDir: string,
  { videoId, quoteStart, runs = 7 }: { videoId: string; quoteStart: number; runs?: number },
): Promise<{ talkStartMs: number }> {
  const browser = await launchWithExtension('', { extensionDir });
  try {
    await serveReplica(browser.context);
    // The page's own promise, awaited through CDP: Playwright's waitForFunction would put its injected script (~15–20
    // ms of compiling and running, a task of its own) into the very stretch timed, and it was the longest task there.
    await browser.context.addInitScript({
      content: `window.talkReady = new Promise((resolve) => new MutationObserver((_, observer) => {
        const card = document.querySelector('talk-companion-card');
        const quote = card && !card.hidden && card.shadowRoot && card.shadowRoot.querySelector('.text:not([hidden])');
        const marks = document.querySelector('talk-companion-marks');
        if (!quote || !(marks && marks.shadowRoot.querySelector('.mark'))) return;
        performance.mark('talk-ready');
        observer.disconnect();
        resolve(true);
      }).observe(document, { subtree: true, childList: true, attributes: true }));`,
    });
    const url = `https://www.youtube.com/watch?v=${videoId}&t=${quoteStart + 2}`;
    const longest: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', {
        traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'blink.user_timing'] },
        transferMode: 'ReportEvents',
      });
      await page.goto(url);
      await within(20_000, 'the card and the marks on the talk page', () =>
        cdp.send('Runtime.evaluate', { expression: 'window.talkReady', awaitPromise: true }),
      );
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      await within(30_000, "the talk page's trace", () => complete);
      await page.close();
      const ready = events.find((event) => event.name === 'talk-ready');
      const start = events
        .filter((event) => event.args?.data?.url?.includes('content-scripts/talk-page.js'))
        .sort((a, b) => a.ts - b.ts)[0];
      if (!ready || !start) throw new Error('the trace shows no talk module, or no card and marks drawn');
      const tasks = events.filter(
        (event) =>
          event.name === 'ThreadControllerImpl::RunTask' &&
          event.pid === ready.pid &&
          event.tid === ready.tid &&
          event.ts + event.dur! >= start.ts &&
          event.ts <= ready.ts,
      );
      // The first load warms the browser's caches: not counted.
      if (run > 0) longest.push(Math.max(...tasks.map((task) => task.dur! / 1000)));
    }
    return { talkStartMs: figure('talkStartMs', longest) };
  } finally {
    await browser.context.close();
  }
}

/** A task of a thread, as Chromium's trace names it (`toplevel`; older versions, `devtools.timeline`). */
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** For each window between a `start` and an `end` mark, the longest main-thread task (ms) that ran in it, in part or whole. */
function longestTasks(events: TraceEvent[], start: string, end: string): number[] {
  const marks = events.filter((e) => e.name === start || e.name === end).sort((a, b) => a.ts - b.ts);
  const thread = marks[0];
  if (!thread) throw new Error('the trace holds no marks of the captures');
  const tasks = events.filter((e) => TASKS.has(e.name) && e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid);
  const windows = marks.flatMap((mark, at) =>
    mark.name === start && marks[at + 1]?.name === end ? [[mark.ts, marks[at + 1]!.ts]] : [],
  );
  return windows.map(([from, to]) => {
    const durations = tasks.filter((task) => task.ts < to! && task.ts + task.dur! > from!).map((t) => t.dur! / 1000);
    // The capture starts in a task of its thread: none found is a trace misread, not a free capture.
    if (durations.length === 0) throw new Error('no main-thread task found during a capture');
    return Math.max(...durations);
  });
}

/**
 * The talk window: the click on its button → the window painted with the chapter and the quote (`pipOpenMs`), and the
 * video set at a quote's start → the quote's text painted in the open window (`pipQuoteLatencyMs`). Both are read in
 * the talk page's own world: the window's document is the page's, and the page hears it open ('enter').
 */
export async function measureTalkWindow(
  extensionDir: string,
  { videoId, quoteStart, runs = 15 }: { videoId: string; quoteStart: number; runs?: number },
): Promise<{ pipOpenMs: number; pipQuoteLatencyMs: number }> {
  const browser = await launchWithExtension('', { extensionDir });
  try {
    await serveReplica(browser.context);
    const page = await browser.context.newPage();
    const button = page.locator('.talk-companion-window');
    /** The talk's page loaded afresh (so the window's module is not loaded yet), paused at the quote. */
    const fresh = async () => {
      await page.goto(`https://www.youtube.com/watch?v=${videoId}`);
      await page.evaluate(`document.querySelector('#movie_player video').pause()`);
      await page.evaluate((s) => window.replica.seek(s), quoteStart + 2);
      await button.waitFor();
      // Plain script text: tsx would wrap the named functions of a function passed here in a helper the page lacks.
      // `painted(selector)`: resolves, a frame after the window's document first holds it, with the time.
      await page.evaluate(`
        window.painted = (selector) => new Promise((resolve) => {
          const look = (pip) => {
            const check = () => {
              if (!pip.document.querySelector(selector)) return false;
              pip.requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
              return true;
            };
            if (check()) return;
            const observer = new MutationObserver(() => check() && observer.disconnect());
            observer.observe(pip.document, { childList: true, subtree: true, characterData: true, attributes: true });
          };
          const open = documentPictureInPicture.window;
          if (open) look(open);
          else documentPictureInPicture.addEventListener('enter', (event) => look(event.window), { once: true });
        });
        document.addEventListener('click', () => (window.clickedAt = performance.timeOrigin + performance.now()), true);
      `);
    };
    /** A click on the button → the window painted with both the chapter and the quote. */
    const opening = async () => {
      const painted = Promise.all([
        page.evaluate(`window.painted('.current-title')`),
        page.evaluate(`window.painted('.said blockquote.quote')`),
      ]);
      const opened = browser.context.waitForEvent('page');
      await button.click();
      const pip = await opened;
      const last = Math.max(
        ...((await within(10_000, 'the talk window painted with its chapter and quote', () => painted)) as number[]),
      );
      return { pip, ms: last - ((await page.evaluate('window.clickedAt')) as number) };
    };
    await fresh();
    await (await opening()).pip.close(); // warm-up: the browser's first PiP window and the first module compile
    const opens: number[] = [];
    for (let i = 0; i < runs; i++) {
      await fresh();
      const { pip, ms } = await opening();
      opens.push(ms);
      await pip.close();
    }

    await fresh();
    await opening();
    const latencies: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.evaluate((s) => window.replica.seek(s), quoteStart - 300);
      await page.waitForFunction(
        () =>
          !(
            window as unknown as { documentPictureInPicture: { window: Window } }
          ).documentPictureInPicture.window.document.querySelector('.said blockquote.quote'),
      );
      const seen = page.evaluate(`window.painted('.said blockquote.quote')`);
      const sent = (await page.evaluate(`(() => {
        const at = performance.timeOrigin + performance.now();
        document.querySelector('#movie_player video').currentTime = ${quoteStart};
        return at;
      })()`)) as number;
      latencies.push(((await within(10_000, 'the quote painted in the talk window', () => seen)) as number) - sent);
    }
    return { pipOpenMs: figure('pipOpenMs', opens), pipQuoteLatencyMs: figure('pipQuoteLatencyMs', latencies) };
  } finally {
    await browser.context.close();
  }
}
