import Link from "next/link";
import { changedFields } from "@/lib/audit/record";
import type { HistoryChangeSet, HistoryEntry } from "@/lib/audit/data";
import { fieldLabel, orderedFields, recordTypeLabel } from "@/lib/audit/fields";

/**
 * One change set as History and the activity page show it: who, when, the summary, and per
 * record the fields that changed, old → new. Plain server-rendered text: user input is never
 * markup here (React escapes it), and ids shown as names come from the snapshot's labels.
 */
const ACTION_WORDS: Record<string, string> = { CREATE: "created", UPDATE: "changed", DELETE: "deleted", MERGE: "merged" };

function shown(entry: HistoryEntry, field: string, value: string | undefined): React.ReactNode {
  if (value === undefined || value === "") return <em className="muted">(empty)</em>;
  const label = field.endsWith("Id") ? entry.labels[field] : undefined;
  return label ? `${label}` : value;
}

function EntryChanges({ entry }: { entry: HistoryEntry }) {
  const fields =
    entry.action === "UPDATE" || entry.action === "MERGE"
      ? changedFields(entry.before, entry.after)
      : Object.keys(entry.after ?? entry.before ?? {}).filter((key) => key !== "version" && (entry.after ?? entry.before)?.[key] !== "");
  const ordered = orderedFields(entry.entity, fields);
  if (ordered.length === 0) return null;
  return (
    <table className="history-changes">
      <thead>
        <tr>
          <th scope="col">Field</th>
          {entry.action !== "CREATE" && <th scope="col">Before</th>}
          {entry.action !== "DELETE" && <th scope="col">After</th>}
        </tr>
      </thead>
      <tbody>
        {ordered.map((field) => (
          <tr key={field}>
            <th scope="row">{fieldLabel(entry.entity, field)}</th>
            {entry.action !== "CREATE" && <td className="history-old">{shown(entry, field, entry.before?.[field])}</td>}
            {entry.action !== "DELETE" && <td className="history-new">{shown(entry, field, entry.after?.[field])}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function recordHref(entity: string, id: string, values: Record<string, string> | null): string | null {
  switch (entity) {
    case "Dispute":
      return values?.slug ? `/disputes/${values.slug}` : null;
    case "Claim":
      return `/claims/${id}`;
    case "Actor":
      return `/actors/${id}`;
    case "Source":
      return `/sources/${id}`;
    default:
      return null;
  }
}

export function ChangeSetView({
  changeSet,
  children,
  headingLevel = 3,
}: {
  changeSet: HistoryChangeSet & { entryCount?: number };
  children?: React.ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article data-testid="change-set" id={`change-${changeSet.id}`}>
      <Heading className="history-head">
        {changeSet.user ? <Link href={`/activity?editor=${changeSet.user.id}`}>{changeSet.user.name}</Link> : "The system"}{" "}
        <span className="muted">
          · <time dateTime={changeSet.at.toISOString()}>{changeSet.at.toISOString().slice(0, 16).replace("T", " ")} UTC</time> ·{" "}
          {changeSet.action}
        </span>
      </Heading>
      {changeSet.revertOfId && (
        <p className="muted">
          Reverts <Link href={`/activity/${changeSet.revertOfId}`}>an earlier change</Link>.
        </p>
      )}
      {changeSet.summary && <p className="history-summary">“{changeSet.summary}”</p>}
      {changeSet.entries.map((entry) => {
        const href = recordHref(entry.entity, entry.entityId, entry.after ?? entry.before);
        const name = entry.labels.self ?? entry.after?.title ?? entry.after?.name ?? entry.before?.title ?? entry.before?.name ?? entry.after?.text ?? entry.before?.text;
        return (
          <div key={entry.id} className="history-entry">
            <p>
              {recordTypeLabel(entry.entity)} {ACTION_WORDS[entry.action] ?? entry.action.toLowerCase()}
              {name && (
                <>
                  : {href && entry.action !== "DELETE" ? <Link href={href}>{name.slice(0, 160)}</Link> : name.slice(0, 160)}
                </>
              )}
            </p>
            <EntryChanges entry={entry} />
          </div>
        );
      })}
      {changeSet.entryCount !== undefined && changeSet.entryCount > changeSet.entries.length && (
        <p className="muted">
          …and {changeSet.entryCount - changeSet.entries.length} more records: <Link href={`/activity/${changeSet.id}`}>see the whole change</Link>.
        </p>
      )}
      {children}
    </article>
  );
}
