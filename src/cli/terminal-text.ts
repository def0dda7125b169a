// Text that came from the network is shown escaped: a responder could otherwise send terminal
// escape sequences or line breaks that clear the screen or forge an `OK` line.

// C0 controls, DEL and C1 controls (0x9b alone starts an escape sequence on many terminals),
// plus the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function hasControlCharacters(text: string): boolean {
  return new RegExp(CONTROL.source).test(text);
}

/** `text` with every control character written as a visible `\uXXXX` escape. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
