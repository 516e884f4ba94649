import Link from "next/link";

export default function NotFound() {
  return (
    <div className="error-box">
      <h1>Not found</h1>
      <p>There is no dispute, claim or page at this address.</p>
      <p>
        <Link href="/">Back to the disputes</Link>
      </p>
    </div>
  );
}
