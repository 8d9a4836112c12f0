// Whether a database change Dexie reports (its `storagemutated` parts, from this context or another) touched the saves.
const SAVES = /^idb:\/\/[^/]+\/(favourites|timings|tombstones)\//;

export const touchesSaves = (parts: Record<string, unknown>): boolean => Object.keys(parts).some((part) => part === 'all' || SAVES.test(part));
