/**
 * Text normalisation applied once, where an article enters: all stored offsets index into its result.
 */

/** C0/C1 control characters other than tab and newline, and lone surrogates' replacement. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** NFC, `\r\n`/`\r` → `\n`, control characters removed, trailing whitespace trimmed. */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .trimEnd();
}

/** True when the string holds an unpaired UTF-16 surrogate (not representable as UTF-8). */
export function hasLoneSurrogate(s: string): boolean {
  return !s.isWellFormed();
}
