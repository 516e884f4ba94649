// Constants the claims table shares between server and browser (no dependencies, so importing
// them never pulls a server library into the client bundle).

/** The cookie the claims table remembers its hidden columns in. */
export const CLAIMS_COLUMNS_COOKIE = "claimline-claims-columns";

/** Search-match markers in highlighted text (control characters never occur in stored text). */
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";
