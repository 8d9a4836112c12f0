// Built as a classic script and loaded in the <head> of the popup and the side panel: see components/app/opening.ts.
import { defineUnlistedScript } from '#imports';
import { opening } from '@/components/app/opening';

export default defineUnlistedScript(() => void opening());
