// Built as a classic script and loaded in the <head> of the popup and the side panel: see components/app/opening.ts.
import { defineUnlistedScript } from '#imports';
import { keptView, opening } from '@/components/app/opening';

// What the background kept first (no worker woken); the question to the background only when nothing kept is right.
export default defineUnlistedScript(() => {
  void keptView().then((view) => view ?? opening().catch(() => undefined));
});
