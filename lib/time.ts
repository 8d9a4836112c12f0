// Time stamps as the talk's documents and YouTube write them, and back.

/** Parses "0:00", "41:21" or "00:34:48" into seconds; returns null for anything else. */
export function parseTimestamp(text: string): number | null {
  const match = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  if (Number(seconds) >= 60 || (match[1] !== undefined && Number(minutes) >= 60)) return null;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** Formats seconds the way YouTube shows them: "0:36", "41:21", "1:02:03". */
export function formatTimestamp(totalSeconds: number): string {
  const whole = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
