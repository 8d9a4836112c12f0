// The index of talks the content script reads: only the entries a page needs, rewritten when the corpus changes.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { buildCorpus } from '@/lib/corpus';
import { recogniseTalk } from '@/lib/recognise/match';
import {
  channelKey,
  INDEX_HASH,
  readTalkIndex,
  talkIndexEntries,
  titleKeyOf,
  videoKey,
  writeTalkIndex,
} from '@/lib/recognise/talk-index';
import { realSeeds } from '../seeds';

const { talks } = buildCorpus(realSeeds());
const talk = talks[0]!;
const storage = fakeBrowser.storage.local;

describe('the talk index', () => {
  it('files each talk under its video ids, its channel, and its title with and without its code', () => {
    const entries = talkIndexEntries(talks);
    expect(Object.keys(entries).sort()).toEqual(
      [
        videoKey('QwC-J2KFTrM'),
        channelKey('Microsoft Developer'),
        titleKeyOf(talk.title),
        titleKeyOf(`${talk.title} ${talk.code}`),
      ].sort(),
    );
    expect(entries[videoKey('QwC-J2KFTrM')]).toEqual([
      { id: talk.id, code: talk.code, title: talk.title, channel: talk.channel, videoIds: talk.videoIds },
    ]);
    // The same keys as a page gives them: another case, punctuation, "&".
    expect(titleKeyOf('distributed systems to AI platforms with Mark Russinovich and Ion Stoica | brk227')).toBe(
      titleKeyOf(`${talk.title} ${talk.code}`),
    );
    expect(channelKey('microsoft  developer')).toBe(channelKey('Microsoft Developer'));
  });

  it('is read a few entries at a time, and says when it is not written yet', async () => {
    await fakeBrowser.storage.local.clear();
    expect(await readTalkIndex(storage, [videoKey('QwC-J2KFTrM')])).toEqual({ talks: [], ready: false });
    expect(await writeTalkIndex(storage, talks, 'hash-1')).toBe(true);
    const byId = await readTalkIndex(storage, [videoKey('QwC-J2KFTrM')]);
    expect(byId.ready).toBe(true);
    expect(recogniseTalk(byId.talks, { videoId: 'QwC-J2KFTrM', title: '', channel: '' })?.id).toBe(talk.id);
    expect(await readTalkIndex(storage, [videoKey('OtherVideo1')])).toEqual({ talks: [], ready: true });
    const page = { videoId: 'R3upl0adX1z', title: `${talk.title} | ${talk.code}`, channel: 'Microsoft Developer' };
    const byPage = await readTalkIndex(storage, [titleKeyOf(page.title), channelKey(page.channel)]);
    expect(recogniseTalk(byPage.talks, page)?.id).toBe(talk.id);
  });

  it('is rewritten only for another corpus, and the old entries go with it', async () => {
    await fakeBrowser.storage.local.clear();
    await storage.set({ cardEnabled: false });
    await writeTalkIndex(storage, talks, 'hash-1');
    expect(await writeTalkIndex(storage, talks, 'hash-1')).toBe(false);
    const renamed = [{ ...talk, videoIds: ['N3wVideoId1'] }];
    expect(await writeTalkIndex(storage, renamed, 'hash-2')).toBe(true);
    const stored = await storage.get(null);
    expect(stored[videoKey('QwC-J2KFTrM')]).toBeUndefined();
    expect(stored[videoKey('N3wVideoId1')]).toHaveLength(1);
    expect(stored[INDEX_HASH]).toBe('hash-2');
    expect(stored.cardEnabled).toBe(false);
  });
});
