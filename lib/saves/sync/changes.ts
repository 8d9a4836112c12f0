// Whether a database change Dexie reports (its `storagemutated` parts, from this context or another) touched the saves.
import { SAVES_STORED_AS } from '../../db/database';

const SAVES = new RegExp(`^idb://[^/]+/(${SAVES_STORED_AS}|timings|tombstones)/`);

export const touchesSaves = (parts: Record<string, unknown>): boolean =>
  Object.keys(parts).some((part) => part === 'all' || SAVES.test(part));
