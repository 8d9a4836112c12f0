// The videos the replica YouTube knows: the talk, a re-upload of it, and look-alikes that must not count as it.

export interface ReplicaVideo {
  title: string;
  channel: string;
}

export const TALK_ID = 'QwC-J2KFTrM';
export const TALK_TITLE = 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica | BRK227';

export const videos: Record<string, ReplicaVideo> = {
  [TALK_ID]: { title: TALK_TITLE, channel: 'Microsoft Developer' },
  // Same talk under an id the corpus does not know.
  R3upl0adX1z: { title: TALK_TITLE, channel: 'Microsoft Developer' },
  // Again, titled without its session code: only the title together with the channel says it is the talk.
  R3upl0adNoC: {
    title: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica',
    channel: 'Microsoft Developer',
  },
  // Same code and speaker, shared words, another year's session.
  BRK227y2027: { title: 'Distributed AI systems with Mark Russinovich | BRK227', channel: 'Microsoft Developer' },
  OtherVideo1: { title: 'Cooking pasta at home in ten minutes', channel: 'Kitchen Stories' },
};
