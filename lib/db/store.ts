// The extension's one database. Only the background seeds it (see seeding.ts); views wait for that.
import { TalkDatabase } from './database';

export const db = new TalkDatabase();
