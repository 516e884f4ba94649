import type { Metadata } from "next";
import Link from "next/link";
import { ChangeSetView } from "@/components/history/change-set";
import { parseActivityParams } from "@/lib/audit/activity-params";
import { listActivity, listEditors } from "@/lib/audit/data";
import { RECORD_TYPES } from "@/lib/audit/fields";
import { canEdit } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import "@/components/forms/forms.css";

export const metadata: Metadata = { title: "Recent changes" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Every change, newest first, by anyone: readable signed out (the accountability is the point). */
export default async function ActivityPage({ searchParams }: Props) {
  const params = await searchParams;
  const filters = parseActivityParams((name) => params[name]);
  const [activity, editors, user] = await Promise.all([
    listActivity({ editor: filters.editor, entity: filters.type, before: filters.before }),
    listEditors(),
    getCurrentUser(),
  ]);
  const view = new URLSearchParams(Object.entries({ editor: filters.editor, type: filters.type }).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const older = new URLSearchParams(view);
  if (activity.next) older.set("before", activity.next);
  const exportHref = `/activity/export${view.size > 0 ? `?${view}` : ""}`;
  return (
    <div className="edit-page">
      <h1>Recent changes</h1>
      <form method="get" className="activity-filters" aria-label="Filter the changes">
        <div>
          <label htmlFor="filter-editor">Editor</label>
          <select id="filter-editor" name="editor" defaultValue={filters.editor ?? ""}>
            <option value="">Everyone</option>
            {editors.map((editor) => (
              <option key={editor.id} value={editor.id}>
                {editor.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-type">Record type</label>
          <select id="filter-type" name="type" defaultValue={filters.type ?? ""}>
            <option value="">All</option>
            {Object.entries(RECORD_TYPES).map(([key, type]) => (
              <option key={key} value={key}>
                {type.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Show
        </button>
      </form>
      {activity.changeSets.length > 0 && (
        <p className="data-links">
          <a href={exportHref} download data-testid="activity-csv">
            Download this view as CSV
          </a>{" "}
          <span className="muted">(every change that matches, not only this page)</span>
        </p>
      )}
      {activity.changeSets.length === 0 ? (
        <p className="empty">No changes match.</p>
      ) : (
        <ol className="history-list">
          {activity.changeSets.map((changeSet) => (
            <li key={changeSet.id}>
              <ChangeSetView changeSet={changeSet}>
                <p className="edit-links">
                  <Link href={`/activity/${changeSet.id}`}>This change</Link>
                </p>
              </ChangeSetView>
            </li>
          ))}
        </ol>
      )}
      {activity.next && (
        <p>
          <Link href={`/activity?${older}`}>Older changes</Link>
        </p>
      )}
      {canEdit(user) && <p className="muted">To revert a change, open it.</p>}
    </div>
  );
}
