import Link from "next/link";

/** What an editing page shows to someone signed in without the editor role. */
export function NotAllowed({ title }: { title: string }) {
  return (
    <div className="edit-page">
      <h1>{title}</h1>
      <p>Your account can read everything but not change it: editing needs the editor role. Ask an administrator.</p>
      <p>
        <Link href="/">Back to the disputes</Link>
      </p>
    </div>
  );
}
