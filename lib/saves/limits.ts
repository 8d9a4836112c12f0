// How much a save's note, a draft of one and an import file may hold: read by the rules and by the message checks,
// which must stay light (the content script and the popup's first screen load them).

/** A note holds at most this many characters: longer is refused, never cut. */
export const NOTE_LIMIT = 2000;
/** A draft is what was typed, however long; past this it is not typing. */
export const DRAFT_LIMIT = 100_000;
/** A real export holds a few hundred quotes, and their slides if the user chose them; anything past this is not one. */
export const MAX_IMPORT_BYTES = 32_000_000;
/** A slide's data URL: a 1280-pixel-wide JPEG of a slide is some 50 KB; past this it is not one. */
export const MAX_SLIDE_CHARS = 4_000_000;
