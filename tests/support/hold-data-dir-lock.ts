// Test fixture: takes the data folder lock on argv[2] (optionally opening PGlite on it), prints
// "locked" (or "refused: <message>" and exits 2), then holds it until killed.
import { acquireDataDirLock, DataDirLockedError } from "../../lib/db/lock";

const dir = process.argv[2];
if (!dir) throw new Error("usage: hold-data-dir-lock <dir>");
try {
  acquireDataDirLock(dir);
  console.log("locked");
  setInterval(() => undefined, 60_000);
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error;
  console.log(`refused: ${error.message}`);
  process.exit(2);
}
