// Where the content script finds the talks it recognises: entries in extension storage by video id, by channel and
// by exact title, written by the background from the corpus. The script on every YouTube page carries none of them
// and reads only the entries its page needs, however many talks are installed.
import { comparisonKey } from '../corpus/text';
import { titleKey, type TalkIdentity } from './match';

/** Extension storage as both sides use it (browser.storage.local). */
export interface IndexStorage {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const PREFIX = 'talkIndex:';
/** Written last: the index is complete, and of this corpus. */
export const INDEX_HASH = `${PREFIX}hash`;
export const videoKey = (videoId: string) => `${PREFIX}video:${videoId}`;
export const channelKey = (channel: string) => `${PREFIX}channel:${comparisonKey(channel)}`;
export const titleKeyOf = (title: string) => `${PREFIX}title:${titleKey(title)}`;

/** Each talk under its video ids, its channel, and the titles that recognise it on any channel (with its code or not). */
export function talkIndexEntries(talks: TalkIdentity[]): Record<string, TalkIdentity[]> {
  const entries: Record<string, TalkIdentity[]> = {};
  const add = (key: string, talk: TalkIdentity) => (entries[key] ??= []).push(talk);
  for (const { id, code, title, channel, videoIds } of talks) {
    const identity = { id, code, title, channel, videoIds };
    for (const videoId of videoIds) add(videoKey(videoId), identity);
    if (channel) add(channelKey(channel), identity);
    add(titleKeyOf(title), identity);
    add(titleKeyOf(`${title} ${code}`), identity);
  }
  return entries;
}

/** Rewrites the index when the corpus changed (an install, an update): old entries go, the hash goes in last. */
export async function writeTalkIndex(storage: IndexStorage, talks: TalkIdentity[], hash: string): Promise<boolean> {
  if ((await storage.get([INDEX_HASH]))[INDEX_HASH] === hash) return false;
  const stale = Object.keys(await storage.get(null)).filter((key) => key.startsWith(PREFIX));
  await storage.remove(stale);
  await storage.set(talkIndexEntries(talks));
  await storage.set({ [INDEX_HASH]: hash });
  return true;
}

/** The talks stored under these keys; whether the index is there at all. */
export async function readTalkIndex(
  storage: Pick<IndexStorage, 'get'>,
  keys: string[],
): Promise<{ talks: TalkIdentity[]; ready: boolean }> {
  const found = await storage.get([...keys, INDEX_HASH]);
  const talks = keys.flatMap((key) => {
    const value = found[key];
    return Array.isArray(value) ? (value as TalkIdentity[]) : [];
  });
  return { talks, ready: typeof found[INDEX_HASH] === 'string' };
}
