// The slides: each save of the talk keeps the frame the video shows at its moment, taken here when the video shows
// it (at once, if it does): a star on the card or in a view, the save key, a save from another browser alike. Never
// from another moment; while an ad plays, none (and the save says so), until the talk shows the moment again.
import { momentAt, momentsWithoutSlide, type SaveMoment } from '../saves/slides';
import { takeSlide } from '../youtube/frame';
import { mainVideo } from '../youtube/page';
import type { TalkPage } from './page';

export function keepSlides(page: TalkPage): void {
  // Without YouTube's player an ad cannot be told from the talk, and an ad's frame must never be kept.
  if (!page.player) return;
  let moments: SaveMoment[] = [];
  // Sent this visit, once each: the background answers with the page's quotes, whose `withSlide` then holds it.
  const sent = new Set<string>();
  const toldAd = new Set<string>();
  const look = () => {
    const reading = page.reading;
    const due = reading && momentAt(moments, reading.time);
    if (!due || sent.has(due.quoteId) || !page.alive()) return;
    if (reading.ad) {
      if (!toldAd.has(due.quoteId))
        void page.send('keepSlide', { quoteId: due.quoteId, time: reading.time, missing: 'ad' });
      toldAd.add(due.quoteId);
      return;
    }
    const video = mainVideo(document);
    if (!video) return;
    const time = video.currentTime;
    // Taken once at a time: the readings that come while it is encoded find it sent.
    sent.add(due.quoteId);
    void takeSlide(video).then((slide) => {
      if (slide === 'not yet') {
        sent.delete(due.quoteId);
        // A paused video sends no more readings: the next frame it shows (the one a seek lands on) is looked at.
        video.requestVideoFrameCallback(() => look());
        return;
      }
      if (!page.alive()) return;
      void page.send('keepSlide', {
        quoteId: due.quoteId,
        time,
        ...(slide === 'unreadable' ? { missing: slide } : { slide }),
      });
    });
  };
  moments = momentsWithoutSlide(page.quotes);
  page.on('quotes', () => {
    moments = momentsWithoutSlide(page.quotes);
    // A save taken back (and its slide with it) may be made again: it wants its slide again.
    for (const quoteId of sent) if (!page.quotes.saved.includes(quoteId)) sent.delete(quoteId);
    look();
  });
  page.on('reading', look);
}
