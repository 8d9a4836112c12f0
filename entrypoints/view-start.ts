// Built as a classic script and loaded in the <head> of the popup and the side panel: see lib/view-start.ts.
import { defineUnlistedScript } from '#imports';
import { startOpening } from '@/lib/view-start';

export default defineUnlistedScript(() => void startOpening());
