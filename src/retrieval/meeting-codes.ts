/**
 * ITU names its meetings by a code and a year (WTSA-20, WTDC-22, PP-22, GSS-20): letters, a hyphen (any dash)
 * and two digits. Not IMT-2020 (four digits), not ITU-T (no year).
 */
const MEETING_CODE = /\b([A-Za-z]{2,6})[-‑–](\d{2})(?!\d)/g;

/** The meeting codes in a text, normalised (wtdc‑17 → WTDC-17). */
export function meetingCodes(text: string): string[] {
  return [...text.matchAll(MEETING_CODE)].map((m) => `${m[1]!.toUpperCase()}-${m[2]}`);
}

/** The text without its meeting codes. */
export function withoutMeetingCodes(text: string): string {
  return text.replace(MEETING_CODE, ' ');
}
