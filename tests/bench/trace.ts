// `npm run bench -- --only trace`: where the popup's first paint goes, against the blank page's. A Chrome trace of each
// open, from navigation start to the painted mark, on the page's own main thread; each event's self time (its length
// less its children's), put in a few kinds. Tracing slows the pages: read the differences, not the totals.
import type { CDPSession } from '@playwright/test';
import { PAINTED_MARK } from '../../components/app/paint-mark';
import { launchWithExtension } from '../harness/chromium';
import { serveReplica } from '../harness/replica';
import { TALK_ID, TALK_TITLE } from '../harness/videos';
import { median } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

/** The kind an event's self time counts under; the rest of a task's own time is the page's script and Blink's glue. */
const KINDS: [kind: string, test: RegExp][] = [
  ['style, layout, paint', /^(UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|Commit|UpdateLayer|HitTest)/],
  ['module compile and run', /^v8\.(compile|evaluateModule|run|produceModuleCache)/],
  ['new document and its context', /^(DocumentLoader|LocalWindowProxy|V8\.DeserializeContext|v8\.newInstance|Context)/],
  ['HTML parsing', /^(ParseHTML|HTMLDocumentParser|DecodedDataDocumentParser)/],
  ['loading files', /(URLLoader|Mojo|NavigationBodyLoader|ResourceRequest)/],
  ['garbage collection', /^(V8\.GC|MinorGC|MajorGC|BlinkGC|ComputeWeakness)/],
];
const kindOf = (name: string) => KINDS.find(([, test]) => test.test(name))?.[0] ?? 'script and other';

/** One open of `url` traced: milliseconds by kind, plus `idle` (the thread waiting) and `total`. */
async function tracedOpen(cdp: CDPSession, open: () => Promise<void>): Promise<Record<string, number> | undefined> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing', 'v8', 'loading'] },
    transferMode: 'ReportEvents',
  });
  await open();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const mark = events.find((event) => event.name === PAINTED_MARK);
  const start = events.filter((event) => event.name === 'navigationStart' && event.pid === mark?.pid).at(-1);
  // Now and then a trace comes back without the page's events (4 opens of 20 in one run here): that open is not counted.
  if (!mark || !start) return undefined;
  const spans = events
    .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.ts >= start.ts && e.ts <= mark.ts)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<TraceEvent, number>();
  const enclosing: TraceEvent[] = [];
  for (const span of spans) {
    while (enclosing.length && enclosing.at(-1)!.ts + enclosing.at(-1)!.dur! <= span.ts) enclosing.pop();
    self.set(span, span.dur!);
    const parent = enclosing.at(-1);
    if (parent) self.set(parent, self.get(parent)! - span.dur!);
    enclosing.push(span);
  }
  const total = (mark.ts - start.ts) / 1000;
  const byKind: Record<string, number> = { total, idle: total };
  for (const [span, ms] of self) {
    const kind = kindOf(span.name);
    byKind[kind] = (byKind[kind] ?? 0) + ms / 1000;
    byKind.idle! -= ms / 1000;
  }
  return byKind;
}

/** Prints the popup's first paint against the blank page's, kind by kind (medians of `runs` traced opens each). */
export async function traceFirstPaints(extensionDir: string, runs = 11): Promise<void> {
  const browser = await launchWithExtension('', { extensionDir });
  try {
    await serveReplica(browser.context, { [TALK_ID]: { title: TALK_TITLE, channel: 'Microsoft Developer' } });
    const base = `chrome-extension://${browser.extensionId}`;
    const tab = await browser.context.newPage();
    await tab.goto(`https://www.youtube.com/watch?v=${TALK_ID}`);
    await tab.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await tab.evaluate((s) => window.replica.seek(s), 2451);
    const tabId = await browser.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    const pages = { popup: `${base}/popup.html?tab=${tabId}`, blank: `${base}/bench-blank.html` };
    const open = (url: string) => async () => {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, PAINTED_MARK);
      await page.close();
    };
    for (const url of [pages.popup, pages.popup, pages.blank]) await open(url)(); // warm-up: seeding, caches
    const cdp = await browser.context.newCDPSession(tab);
    const traced: Record<keyof typeof pages, Record<string, number>[]> = { popup: [], blank: [] };
    for (let attempt = 0; traced.popup.length < runs || traced.blank.length < runs; attempt++) {
      if (attempt === runs * 3) throw new Error(`${runs * 3} traces, and still not ${runs} of each page`);
      for (const page of ['popup', 'blank'] as const) {
        const run = traced[page].length < runs && (await tracedOpen(cdp, open(pages[page])));
        if (run) traced[page].push(run);
      }
    }
    const kinds = ['total', 'idle', ...KINDS.map(([kind]) => kind), 'script and other'];
    const of = (page: keyof typeof pages, kind: string) => median(traced[page].map((run) => run[kind] ?? 0));
    console.log(`\nThe popup's first paint against the blank page's, traced (median of ${runs} each, ms):\n`);
    console.log('| where | popup | blank | popup − blank |\n|---|---|---|---|');
    for (const kind of kinds)
      console.log(
        `| ${kind} | ${of('popup', kind).toFixed(1)} | ${of('blank', kind).toFixed(1)} | ${(of('popup', kind) - of('blank', kind)).toFixed(1)} |`,
      );
  } finally {
    await browser.context.close();
  }
}
