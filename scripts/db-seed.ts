// npm run db:seed — migrates, then loads the demo data set; refuses a database that has data.
import { formatReport, prepareDatabaseFromEnv } from "@/lib/db/prepare";
import { runCli } from "./cli";

runCli(async () => {
  console.log(formatReport(await prepareDatabaseFromEnv("required")));
});
