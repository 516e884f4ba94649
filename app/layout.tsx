import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimline", template: "%s · Claimline" },
  description: "Contested claims and their denials, with the provenance of every statement.",
};

// Every page reads the database at request time; nothing is prerendered at build.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <nav aria-label="Main">
            <Link href="/" className="brand">
              Claimline
            </Link>
            <Link href="/">Disputes</Link>
            <Link href="/claims">Claims</Link>
            <Link href="/sources">Sources</Link>
            <Link href="/actors">Actors</Link>
            <UserMenu />
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>Claimline records what each actor asserts or denies, and where; it does not rule on truth.</p>
        </footer>
      </body>
    </html>
  );
}
