// The views not on the first screen (Quotes, Transcript, Saved, About, search results): they load right after the
// first paint, which does not wait for them.
export { About } from '@/components/About';
export { AllQuotes } from '@/components/AllQuotes';
export { SearchResults } from '@/components/SearchResults';
export { Transcript } from '@/components/Transcript';
export { TranscriptDownloads } from '@/components/TranscriptDownloads';
export { aboutFacts } from '@/lib/about';
export { SavedView } from './SavedView';
