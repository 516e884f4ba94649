// npm run user -- create --role admin <email> [--name "Display name"]
// npm run user -- setup-link
//
// Accounts from the command line, on the database the environment names (the embedded one in
// CLAIMLINE_DATA_DIR takes its lock, so stop `npm start` first; with DATABASE_URL the server
// may keep running). The password is asked for on a terminal, or read from
// CLAIMLINE_USER_PASSWORD, or from the first line of standard input.
import { createInterface } from "node:readline";
import { createAuditRecorder } from "@/lib/audit/record";
import { appBaseUrl, formatSetupNotice, setupLinkIfNoAdmin } from "@/lib/auth/setup";
import { closeDb, getDb, withTransaction } from "@/lib/db";
import { prepareDatabaseFromEnv } from "@/lib/db/prepare";
import { parseInput } from "@/lib/actions/run";
import { newUserSchema } from "@/lib/users/schema";
import { createUser } from "@/lib/users/mutations";
import { AppError } from "@/lib/errors";
import { runCli } from "./cli";

const USAGE = `Usage:
  npm run user -- create --role <viewer|editor|admin> <email> [--name "Display name"]
  npm run user -- setup-link      (prints a one-time link that creates the first admin)`;

function parseArgs(argv: readonly string[]) {
  const [command, ...rest] = argv;
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index] ?? "";
    if (arg.startsWith("--")) {
      const value = rest[++index];
      if (value === undefined) throw new Error(`${arg} needs a value.\n${USAGE}`);
      options[arg.slice(2)] = value;
    } else positional.push(arg);
  }
  return { command, options, positional };
}

async function readPassword(): Promise<string> {
  if (process.env.CLAIMLINE_USER_PASSWORD) return process.env.CLAIMLINE_USER_PASSWORD;
  const reader = createInterface({ input: process.stdin, output: process.stdin.isTTY ? process.stdout : undefined, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write("Password (at least 10 characters, not shown): ");
    // Typed characters are not echoed: the interface's output is muted after the prompt.
    const muted = reader as unknown as { _writeToOutput: (text: string) => void };
    muted._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((resolve) => reader.once("line", resolve).once("close", () => resolve("")));
  reader.close();
  if (process.stdin.isTTY) process.stdout.write("\n");
  return line;
}

runCli(async () => {
  const { command, options, positional } = parseArgs(process.argv.slice(2));
  if (command !== "create" && command !== "setup-link") throw new Error(USAGE);
  await prepareDatabaseFromEnv("none");
  try {
    if (command === "setup-link") {
      const link = await setupLinkIfNoAdmin(getDb(), appBaseUrl());
      console.log(link ? formatSetupNotice(link) : "An active admin exists: sign in, and invite people from /admin/users.");
      return;
    }
    const email = positional[0];
    if (!email || positional.length > 1) throw new Error(USAGE);
    const role = (options.role ?? "").toUpperCase();
    const name = options.name ?? email.split("@")[0] ?? email;
    const password = await readPassword();
    let input;
    try {
      input = parseInput(newUserSchema, { email, name, role, password });
    } catch (error) {
      if (error instanceof AppError && error.fieldErrors) {
        const problems = Object.entries(error.fieldErrors).map(([field, messages]) => `${field}: ${messages?.join(" ")}`);
        throw new Error(`Not created. ${problems.join("; ")}`);
      }
      throw error;
    }
    const user = await withTransaction((tx) =>
      createUser(tx, input, createAuditRecorder(tx, { userId: null, action: "user.create (command line)" })),
    );
    console.log(`Created ${input.role.toLowerCase()} ${user.name} <${input.email}>. They can sign in at ${appBaseUrl()}/sign-in`);
  } catch (error) {
    if (error instanceof AppError) throw new Error(error.message);
    throw error;
  } finally {
    await closeDb();
  }
});
