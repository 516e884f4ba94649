import Link from "next/link";
import { canEdit } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import "./user-menu.css";

/**
 * The links a record page offers under its heading: History for everyone (the change history
 * is public), and — for editors only — plain links to the editing pages. No form code loads on
 * reading pages: editing happens on its own pages.
 */
export async function RecordLinks({
  history,
  edit,
  more = [],
}: {
  history?: string;
  edit?: string;
  more?: { href: string; label: string }[];
}) {
  const user = await getCurrentUser();
  const editor = canEdit(user);
  if (!history && !(editor && (edit || more.length > 0))) return null;
  return (
    <p className="edit-links" data-testid="record-links">
      {editor && edit && (
        <Link href={edit} data-testid="edit-link">
          Edit
        </Link>
      )}
      {editor && more.map((link) => (
        <Link key={link.href} href={link.href}>
          {link.label}
        </Link>
      ))}
      {history && <Link href={history}>History</Link>}
    </p>
  );
}
