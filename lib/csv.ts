/**
 * CSV lines per RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled,
 * lines end in CRLF. A field that a spreadsheet would run as a formula (=, +, -, @, tab, CR at
 * the start) gets a leading apostrophe, so an export never executes anything it carries.
 */
export function toCsvField(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsvLine(fields: readonly string[]): string {
  return `${fields.map(toCsvField).join(",")}\r\n`;
}
