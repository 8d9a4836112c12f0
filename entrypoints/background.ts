import { defineBackground } from '#imports';
import { corpusReady } from '@/lib/store';

export default defineBackground(() => {
  // Seeding on every start also covers installs, updates and a corpus changed by an update.
  void corpusReady();
});
