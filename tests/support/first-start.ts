// What `npm start` does to the database before serving (migrate, then load the demo data into an
// empty database), alone: the kill -9 test (tests/integration/crash-recovery.test.ts) kills it
// at chosen moments. Prints the report and exits 0, or one line and exits 1.
import { formatReport, prepareDatabaseFromEnv } from "@/lib/db/prepare";
import { runCli } from "../../scripts/cli";

runCli(async () => {
  console.log(formatReport(await prepareDatabaseFromEnv("if-empty")));
});
