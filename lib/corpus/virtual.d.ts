// The corpus as the build derived it from seeds/ (see seed-plugin.ts).
declare module 'virtual:corpus' {
  import type { Corpus } from '../model/corpus';
  export const corpus: Corpus;
  export const corpusHash: string;
}
