// Removals remembered for the browser's sync: a save or timing removed here stays removed when another browser's
// older copy of it arrives. They are short-lived: after TOMBSTONE_DAYS the removal is forgotten.
/**
 * The two kinds of the user's data that sync carries, named once. A save is a save everywhere else; on the wire (sync's
 * keys, and the tombstones that mirror them) each kind is one letter, because every byte counts against sync's quota
 * (8 KB an item, 100 KB in all): 'f' (first called favourites) for a save, 't' for an own timing.
 */
export const KIND = { save: 'f', timing: 't' } as const;
export type SavedKind = (typeof KIND)[keyof typeof KIND];

export const TOMBSTONE_DAYS = 30;
export const TOMBSTONE_MS = TOMBSTONE_DAYS * 24 * 60 * 60 * 1000;

export const savedKey = (kind: SavedKind, quoteId: string) => `${kind}:${quoteId}`;

/** The quote id a key of this kind stands for, or undefined for a key of another kind. */
export const quoteIdOfKey = (kind: SavedKind, key: string): string | undefined =>
  key.startsWith(`${kind}:`) ? key.slice(kind.length + 1) : undefined;
