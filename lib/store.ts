// The extension's one database. Only the background seeds it (see seeding.ts); views wait for that.
import { TalkDatabase } from './db';

export const db = new TalkDatabase();
