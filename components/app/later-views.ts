// The views not on the first screen (Quotes, Saved, About, search results): they load right after the first paint,
// which does not wait for them. (The Transcript stays with the first screen: a view may open on it.)
export { AboutView } from './AboutView';
export { AllQuotes } from '@/components/AllQuotes';
export { SearchResults } from '@/components/SearchResults';
export { aboutFacts } from '@/lib/search/about';
export { SavedView } from './SavedView';
