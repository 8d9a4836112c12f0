// The view script of both pages: the side panel's page loads this same file. Rollup would otherwise put what the two
// share in a chunk of its own, beside a page chunk that only imports it, and the popup would fetch a file more before
// it can paint (`npm run bench`: popupRatio about 1.22 → 1.15 on this machine).
import { mountApp, surfaceOfPage } from '@/components/app/mount';

mountApp(surfaceOfPage(location.pathname));
