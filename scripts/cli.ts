/** Runs a command-line task, printing one clear line (no stack trace) when it fails. */
export function runCli(task: () => Promise<void>): void {
  task().then(
    () => process.exit(0),
    (error: unknown) => {
      const message =
        error instanceof Error
          ? error.message
          : error && typeof error === "object" && "message" in error && typeof error.message === "string"
            ? error.message
            : typeof error === "object"
              ? `unexpected failure ${JSON.stringify(error)?.slice(0, 200) ?? ""}`
              : String(error);
      console.error(`claimline: ${message}`);
      if (process.env.CLAIMLINE_DEBUG) console.error(error);
      process.exit(1);
    },
  );
}
