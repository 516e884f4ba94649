/** "Download this view as CSV" for a list whose export holds every page of it. */
export function CsvDownloadLink({ href, testId }: { href: string; testId: string }) {
  return (
    <p className="data-links">
      <a href={href} download data-testid={testId}>
        Download this view as CSV
      </a>{" "}
      <span className="muted">(every page of the list)</span>
    </p>
  );
}
