// npm run db:migrate — applies prisma/migrations to the database the environment names.
import { formatReport, prepareDatabaseFromEnv } from "@/lib/db/prepare";
import { runCli } from "./cli";

runCli(async () => {
  console.log(formatReport(await prepareDatabaseFromEnv("none")));
});
