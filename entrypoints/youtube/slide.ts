// The slide's module: the talk module loads it when the first slide is taken (lib/youtube/frame.ts), so the talk's
// page carries none of it until then. Its slides are made by the extension's slide maker (entrypoints/slide-maker).
import { browser } from 'wxt/browser';
import { slidesMadeBy } from '@/lib/youtube/slide-making';

export const makeSlide = slidesMadeBy(browser.runtime.getURL('/slide-maker.html'));
