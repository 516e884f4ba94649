// The benchmark's data set generator. Builds N claims (with disputes, actors, sources,
// appearances in provenance chains, denial links, events and a few annotations) inside the
// database itself: every row comes from INSERT … SELECT over generate_series, and every random
// choice is a hash of (row number, purpose, seed) — hashint8extended, stable across PostgreSQL
// versions and platforms — so the same seed gives the same data set on PostgreSQL and PGlite,
// whatever order the rows are produced in. Node only sends statements, so its memory stays flat.
//
// CLI:  npm run bench:generate -- --db postgres|pglite --size 100k [--regenerate]
//   or  tsx --conditions=react-server bench/generate.ts --db pglite --size 10k
import { readFileSync } from "node:fs";
import { applyMigrations } from "@/lib/db/migrate";
import { openSqlConnection, type SqlConnection } from "@/lib/db/sql";
import type { DbTarget } from "@/lib/db/target";
import { closeBenchTarget, openBenchTarget, parseSize, sizeLabel, type BenchDb } from "./targets";
import * as vocabulary from "./vocabulary";

/** Bump when the generated data changes, so cached data sets are rebuilt. */
export const GENERATOR_VERSION = "2";
export const DEFAULT_SEED = 20_261_129;
/** The dispute whose timeline the bench renders has exactly this many claims. */
export const BIG_DISPUTE_SLUG = "bench-2000";
export const BIG_DISPUTE_CLAIMS = 2_000;

const MARKER_TABLE = "_bench_dataset";
const FIRST_DAY = "2015-01-01";
/** 2015-01-01 … 2025-12-31 */
const TOTAL_DAYS = 4_018;

export interface OutletStat {
  id: string;
  name: string;
  claims: number;
}

export interface WordStat {
  word: string;
  claims: number;
}

export interface DatasetInfo {
  size: number;
  generator: string;
  seed: number;
  generatedAt: string;
  /** wall time of the whole generation (database creation, migrations, load, indexes, ANALYZE) */
  seconds: number;
  /** peak resident set size of the generating Node process (VmHWM), MiB; null when unknown */
  peakRssMiB: number | null;
  steps: { step: string; seconds: number }[];
  counts: Record<string, number>;
  busiestOutlet: OutletStat;
  midOutlet: OutletStat;
  mediumWord: WordStat;
  commonWord: WordStat;
  rareWord: WordStat;
  bigDispute: { slug: string; claims: number };
}

export interface Shape {
  claims: number;
  disputes: number;
  actors: number;
  outlets: number;
  governmentBodies: number;
  organizations: number;
  anonymousGroups: number;
  persons: number;
  sources: number;
}

export function shapeFor(size: number): Shape {
  const actors = Math.max(100, Math.round(size / 50));
  const outlets = Math.max(vocabulary.OUTLETS.length, Math.round(actors * 0.05));
  const governmentBodies = Math.max(15, Math.round(actors * 0.05));
  const organizations = Math.max(8, Math.round(actors * 0.02));
  const anonymousGroups = vocabulary.ANONYMOUS_GROUPS.length;
  return {
    claims: size,
    disputes: Math.max(5, Math.round(size / 500)),
    actors,
    outlets,
    governmentBodies,
    organizations,
    anonymousGroups,
    persons: actors - outlets - governmentBodies - organizations - anonymousGroups,
    sources: Math.max(100, Math.round(size / 20)),
  };
}

// Id spaces: cid(kind, n) is "c" + 12 hex digits growing with n (like a cuid's time prefix, so
// the primary keys fill in order) + 12 hex digits of md5; /^c[a-z0-9]{24}$/ like Prisma's cuids.
const K = { dispute: 1, actor: 2, claim: 3, appearance: 4, event: 5, link: 6, user: 7, annotation: 8, source: 9 };

function helperFunctions(seed: number): string {
  return `
CREATE FUNCTION pg_temp.rnd(i bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
  SELECT ((hashint8extended(i, salt::bigint * 7919 + ${seed}) >> 11) & 9007199254740991)::float8 / 9007199254740992.0
$$;
-- 1..m, log-uniform: P(k) = ln((k+1)/k) / ln(m+1), a Zipf-like skew toward the first entries
CREATE FUNCTION pg_temp.zipf(r float8, m int) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT least(m, greatest(1, floor(exp(r * ln(m + 1.0)))::int))
$$;
CREATE FUNCTION pg_temp.uni(r float8, m int) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT least(m, 1 + floor(r * m)::int)
$$;
CREATE FUNCTION pg_temp.cid(k int, n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT 'c' || lpad(to_hex((k::bigint << 40) + n), 12, '0') || substr(md5(k || ':' || n || ':${seed}'), 1, 12)
$$;
CREATE FUNCTION pg_temp.prec(r float8) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN r < 0.70 THEN 'DAY' WHEN r < 0.85 THEN 'MONTH' WHEN r < 0.90 THEN 'YEAR' ELSE 'APPROXIMATE' END
$$;
CREATE FUNCTION pg_temp.dstart(day int, p text, w int) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p
    WHEN 'DAY' THEN DATE '${FIRST_DAY}' + day
    WHEN 'MONTH' THEN date_trunc('month', (DATE '${FIRST_DAY}' + day)::timestamp)::date
    WHEN 'YEAR' THEN date_trunc('year', (DATE '${FIRST_DAY}' + day)::timestamp)::date
    ELSE greatest(DATE '${FIRST_DAY}', DATE '${FIRST_DAY}' + day - w) END
$$;
CREATE FUNCTION pg_temp.dend(day int, p text, w int) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p
    WHEN 'DAY' THEN DATE '${FIRST_DAY}' + day
    WHEN 'MONTH' THEN (date_trunc('month', (DATE '${FIRST_DAY}' + day)::timestamp) + interval '1 month - 1 day')::date
    WHEN 'YEAR' THEN (date_trunc('year', (DATE '${FIRST_DAY}' + day)::timestamp) + interval '1 year - 1 day')::date
    ELSE least(DATE '${FIRST_DAY}' + ${TOTAL_DAYS - 1}, DATE '${FIRST_DAY}' + day + w) END
$$;
CREATE FUNCTION pg_temp.cap(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT upper(left(t, 1)) || substr(t, 2)
$$;`;
}

const VOCAB_COLUMNS = {
  subj: vocabulary.SUBJECTS,
  verb: vocabulary.VERBS,
  link: vocabulary.VERB_LINKS,
  vinf: vocabulary.VERB_INFINITIVES,
  adj: vocabulary.ADJECTIVES,
  noun: vocabulary.NOUNS,
  ctx: vocabulary.CONTEXTS,
  pa: vocabulary.STANCE_PREFIXES.AFFIRMS ?? [],
  pd: vocabulary.STANCE_PREFIXES.DENIES ?? [],
  pq: vocabulary.STANCE_PREFIXES.QUALIFIES ?? [],
  pn: vocabulary.STANCE_PREFIXES.DECLINES_TO_COMMENT ?? [],
  pc: vocabulary.STANCE_PREFIXES.CONTEXT ?? [],
  quote: vocabulary.QUOTES,
  rare: vocabulary.RARE_WORDS,
  anon: vocabulary.ANONYMOUS_PHRASES,
  relay: vocabulary.RELAY_PHRASES,
  note: vocabulary.ANNOTATIONS,
  first: vocabulary.FIRST_NAMES,
  last: vocabulary.LAST_NAMES,
  role: vocabulary.PERSON_ROLES,
  country: vocabulary.COUNTRIES,
  cc: vocabulary.COUNTRY_CODES,
  body: vocabulary.GOVERNMENT_BODIES,
  outlet: vocabulary.OUTLETS,
  city: vocabulary.CITIES,
  mast: vocabulary.MASTHEADS,
  org: vocabulary.ORGANIZATION_PATTERNS,
  agroup: vocabulary.ANONYMOUS_GROUPS,
} satisfies Record<string, readonly string[]>;

/** The statements that load the data set, in order, with a label each. */
function loadStatements(shape: Shape): { step: string; sql: string }[] {
  const { claims: N, disputes: D, outlets: M, governmentBodies: G, organizations: O, anonymousGroups: Z, persons: P, sources: S } = shape;
  const govBase = M;
  const orgBase = M + G;
  const anonBase = M + G + O;
  const personBase = M + G + O + Z;
  const r = (n: string, salt: number) => `pg_temp.rnd(${n}, ${salt})`;
  const dateCols = (day: string, p: string, w: string) =>
    `pg_temp.dstart(${day}, ${p}, ${w}), pg_temp.dend(${day}, ${p}, ${w}), ${p}::"DatePrecision"`;
  const now = `TIMESTAMP '2026-01-01 00:00:00'`;

  return [
    {
      step: "disputes",
      sql: `
CREATE TEMP TABLE bdisp AS
SELECT k, start_day, least(span, ${TOTAL_DAYS - 1} - start_day) AS span, s1,
       CASE WHEN s2 = s1 THEN s1 % cardinality(v.subj) + 1 ELSE s2 END AS s2, vb, ai, ni
FROM (
  SELECT k,
    CASE WHEN k = 0 THEN 2600 ELSE floor(${r("k", 101)} * 3900)::int END AS start_day,
    CASE WHEN k = 0 THEN 700 ELSE floor(exp(ln(14) + ${r("k", 102)} * (ln(1500) - ln(14))))::int END AS span,
    pg_temp.zipf(${r("k", 103)}, cardinality(v.subj)) AS s1,
    pg_temp.zipf(${r("k", 104)}, cardinality(v.subj)) AS s2,
    pg_temp.uni(${r("k", 105)}, cardinality(v.verb)) AS vb,
    pg_temp.zipf(${r("k", 106)}, cardinality(v.adj)) AS ai,
    pg_temp.zipf(${r("k", 107)}, cardinality(v.noun)) AS ni
  FROM generate_series(0, ${D - 1}) k, bvocab v
) x, bvocab v;

INSERT INTO "Dispute" ("id", "slug", "title", "proposition", "summary", "status", "tags", "createdAt", "updatedAt")
SELECT pg_temp.cid(${K.dispute}, k),
  CASE WHEN k = 0 THEN '${BIG_DISPUTE_SLUG}'
       ELSE trim(both '-' from regexp_replace(lower(v.subj[s1] || ' ' || v.noun[ni] || ' ' || v.subj[s2]), '[^a-z0-9]+', '-', 'g')) || '-' || k END,
  'Did ' || v.subj[s1] || ' ' || v.vinf[vb] || ' ' || v.adj[ai] || ' ' || v.noun[ni] || ' ' || v.link[vb] || ' ' || v.subj[s2] || '?'
    || CASE WHEN k = 0 THEN ' (${BIG_DISPUTE_CLAIMS} claims)' ELSE '' END,
  pg_temp.cap(v.subj[s1]) || ' ' || v.verb[vb] || ' ' || v.adj[ai] || ' ' || v.noun[ni] || ' ' || v.link[vb] || ' ' || v.subj[s2] || '.',
  '',
  (CASE WHEN ${r("k", 108)} < 0.7 THEN 'OPEN' WHEN ${r("k", 108)} < 0.9 THEN 'SETTLED' ELSE 'STALE' END)::"DisputeStatus",
  ARRAY[lower(v.noun[ni]), lower(v.subj[s1])],
  ${now}, ${now}
FROM bdisp, bvocab v`,
    },
    {
      step: "actors",
      sql: `
INSERT INTO "Actor" ("id", "name", "kind", "role", "country", "affiliationId", "createdAt", "updatedAt")
SELECT pg_temp.cid(${K.actor}, a),
  CASE
    WHEN a <= cardinality(v.outlet) THEN v.outlet[a]
    WHEN a <= ${M} THEN v.city[1 + (a - cardinality(v.outlet) - 1) % cardinality(v.city)] || ' '
      || v.mast[1 + ((a - cardinality(v.outlet) - 1) / cardinality(v.city)) % cardinality(v.mast)]
      || CASE WHEN (a - cardinality(v.outlet) - 1) / (cardinality(v.city) * cardinality(v.mast)) > 0
              THEN ' Edition ' || (a - cardinality(v.outlet) - 1) / (cardinality(v.city) * cardinality(v.mast)) + 1 ELSE '' END
    WHEN a <= ${orgBase} THEN v.body[1 + (a - ${govBase} - 1) % cardinality(v.body)] || ' ('
      || v.country[1 + ((a - ${govBase} - 1) / cardinality(v.body)) % cardinality(v.country)] || ')'
      || CASE WHEN (a - ${govBase} - 1) / (cardinality(v.body) * cardinality(v.country)) > 0
              THEN ' Office ' || (a - ${govBase} - 1) / (cardinality(v.body) * cardinality(v.country)) + 1 ELSE '' END
    WHEN a <= ${anonBase} THEN
      CASE WHEN a - ${orgBase} <= cardinality(v.org) THEN 'The ' || v.org[a - ${orgBase}]
           ELSE v.city[1 + (a - ${orgBase}) % cardinality(v.city)] || ' ' || v.org[1 + (a - ${orgBase}) % cardinality(v.org)]
                || ' ' || (a - ${orgBase}) END
    ELSE v.agroup[a - ${anonBase}]
  END,
  (CASE WHEN a <= ${M} THEN 'MEDIA_OUTLET' WHEN a <= ${orgBase} THEN 'GOVERNMENT_BODY'
        WHEN a <= ${anonBase} THEN 'ORGANIZATION' ELSE 'ANONYMOUS_GROUP' END)::"ActorKind",
  NULL,
  CASE WHEN a <= ${anonBase} THEN v.cc[pg_temp.zipf(${r("a", 110)}, cardinality(v.cc))] END,
  NULL, ${now}, ${now}
FROM generate_series(1, ${personBase}) a, bvocab v;

INSERT INTO "Actor" ("id", "name", "kind", "role", "country", "affiliationId", "createdAt", "updatedAt")
SELECT pg_temp.cid(${K.actor}, ${personBase} + p),
  v.first[1 + (p - 1) % cardinality(v.first)] || ' ' || chr(65 + floor(${r("p", 115)} * 26)::int) || '. '
    || v.last[1 + ((p - 1) / cardinality(v.first)) % cardinality(v.last)],
  'PERSON',
  v.role[pg_temp.zipf(${r("p", 111)}, cardinality(v.role))],
  v.cc[pg_temp.zipf(${r("p", 112)}, cardinality(v.cc))],
  CASE WHEN ${r("p", 113)} < 0.5 THEN pg_temp.cid(${K.actor}, ${govBase} + pg_temp.zipf(${r("p", 114)}, ${G}))
       WHEN ${r("p", 113)} < 0.8 THEN pg_temp.cid(${K.actor}, pg_temp.zipf(${r("p", 114)}, ${M}))
       WHEN ${r("p", 113)} < 0.9 THEN pg_temp.cid(${K.actor}, ${orgBase} + pg_temp.uni(${r("p", 114)}, ${O}))
  END,
  ${now}, ${now}
FROM generate_series(1, ${P}) p, bvocab v`,
    },
    {
      step: "sources, events, user",
      sql: `
-- Sources are numbered in date order, so an appearance picks one published near its date.
-- Publishers: outlets by a Zipf-like rank (the first outlets publish most), then government
-- bodies (statements, briefings, readouts), organizations (reports), and a few with none.
INSERT INTO "Source" ("id", "title", "kind", "publisherId", "url", "publishedStart", "publishedEnd", "publishedPrecision",
                      "language", "createdAt", "updatedAt")
SELECT pg_temp.cid(${K.source}, j),
  pg_temp.cap(v.subj[pg_temp.zipf(${r("j", 201)}, cardinality(v.subj))]) || ' '
    || v.verb[pg_temp.uni(${r("j", 202)}, cardinality(v.verb))] || ' '
    || v.adj[pg_temp.zipf(${r("j", 203)}, cardinality(v.adj))] || ' '
    || v.noun[pg_temp.zipf(${r("j", 204)}, cardinality(v.noun))]
    || CASE WHEN ${r("j", 205)} < 0.5 THEN ', ' || v.anon[pg_temp.uni(${r("j", 206)}, cardinality(v.anon))] ELSE '' END,
  (CASE WHEN pk = 'outlet' THEN (CASE WHEN ${r("j", 207)} < 0.85 THEN 'NEWS_ARTICLE' WHEN ${r("j", 207)} < 0.93 THEN 'INTERVIEW' ELSE 'REPORT' END)
        WHEN pk = 'gov' THEN (CASE WHEN ${r("j", 207)} < 0.5 THEN 'OFFICIAL_STATEMENT' WHEN ${r("j", 207)} < 0.8 THEN 'PRESS_BRIEFING' ELSE 'READOUT' END)
        WHEN pk = 'org' THEN 'REPORT'
        ELSE (CASE WHEN ${r("j", 207)} < 0.6 THEN 'SOCIAL_POST' ELSE 'OTHER' END) END)::"SourceKind",
  CASE WHEN pk = 'outlet' THEN pg_temp.cid(${K.actor}, pg_temp.zipf(${r("j", 208)}, ${M}))
       WHEN pk = 'gov' THEN pg_temp.cid(${K.actor}, ${govBase} + pg_temp.zipf(${r("j", 208)}, ${G}))
       WHEN pk = 'org' THEN pg_temp.cid(${K.actor}, ${orgBase} + pg_temp.uni(${r("j", 208)}, ${O})) END,
  'https://news.example/' || to_char(DATE '${FIRST_DAY}' + day, 'YYYY/MM/DD') || '/story-' || j,
  DATE '${FIRST_DAY}' + day, DATE '${FIRST_DAY}' + day, 'DAY', 'en', ${now}, ${now}
FROM (
  SELECT j, floor((j - 0.5) * ${TOTAL_DAYS}.0 / ${S})::int AS day,
    CASE WHEN ${r("j", 209)} < 0.80 THEN 'outlet' WHEN ${r("j", 209)} < 0.95 THEN 'gov' WHEN ${r("j", 209)} < 0.98 THEN 'org' ELSE 'none' END AS pk
  FROM generate_series(1, ${S}) j
) src, bvocab v;

INSERT INTO "Event" ("id", "disputeId", "title", "description", "occurredStart", "occurredEnd", "occurredPrecision", "createdAt", "updatedAt")
SELECT pg_temp.cid(${K.event}, k * 32 + e), pg_temp.cid(${K.dispute}, k),
  pg_temp.cap(v.subj[pg_temp.zipf(${r("k * 32 + e", 220)}, cardinality(v.subj))]) || ' announces new restrictions on '
    || v.noun[pg_temp.zipf(${r("k * 32 + e", 221)}, cardinality(v.noun))],
  '', DATE '${FIRST_DAY}' + d, DATE '${FIRST_DAY}' + d, 'DAY', ${now}, ${now}
FROM (
  SELECT k, e, b.start_day + floor(${r("k * 32 + e", 222)} * (b.span + 1))::int AS d
  FROM bdisp b, generate_series(1, 20) e
  WHERE e <= CASE WHEN k = 0 THEN 20 ELSE 3 END
) ev, bvocab v;

INSERT INTO "EventSource" ("eventId", "sourceId")
SELECT e."id", pg_temp.cid(${K.source}, least(${S}, greatest(1, round((e."occurredStart" - DATE '${FIRST_DAY}') * ${S}.0 / ${TOTAL_DAYS})::int)))
FROM "Event" e;

INSERT INTO "User" ("id", "email", "name", "role", "createdAt", "updatedAt")
VALUES (pg_temp.cid(${K.user}, 1), 'bench@claimline.invalid', 'Bench Annotator', 'EDITOR', ${now}, ${now})`,
    },
    {
      step: "claim plan",
      sql: `
CREATE TEMP TABLE bc AS
SELECT i, d, least(${TOTAL_DAYS - 1}, b.start_day + floor(${r("i", 2)} * (b.span + 1))::int) AS day,
  pg_temp.prec(${r("i", 3)}) AS prec, 3 + floor(${r("i", 4)} * 28)::int AS w,
  CASE WHEN ${r("i", 5)} < 0.35 THEN 1 WHEN ${r("i", 5)} < 0.60 THEN 2 WHEN ${r("i", 5)} < 0.78 THEN 3
       WHEN ${r("i", 5)} < 0.90 THEN 4 ELSE 5 END AS n,
  ${r("i", 6)} < 0.10 AS answers,
  CASE WHEN ${r("i", 8)} < 0.6 THEN b.s1 ELSE pg_temp.zipf(${r("i", 9)}, cardinality(v.subj)) END AS s1,
  CASE WHEN ${r("i", 10)} < 0.6 THEN b.s2 ELSE pg_temp.zipf(${r("i", 11)}, cardinality(v.subj)) END AS s2,
  CASE WHEN ${r("i", 12)} < 0.6 THEN b.vb ELSE pg_temp.uni(${r("i", 13)}, cardinality(v.verb)) END AS vb,
  pg_temp.zipf(${r("i", 14)}, cardinality(v.adj)) AS ai,
  CASE WHEN ${r("i", 15)} < 0.6 THEN b.ni ELSE pg_temp.zipf(${r("i", 16)}, cardinality(v.noun)) END AS ni
FROM (
  SELECT i, CASE WHEN i <= ${BIG_DISPUTE_CLAIMS} THEN 0
                 ELSE 1 + least(${D - 2}, floor(power(${r("i", 1)}, 2) * ${D - 1})::int) END AS d
  FROM generate_series(1, ${N}) i
) x JOIN bdisp b ON b.k = x.d, bvocab v;

-- Claims in each dispute in date order: an answering claim denies an earlier one.
CREATE TEMP TABLE brank AS
SELECT i, d, row_number() OVER (PARTITION BY d ORDER BY day, i)::int AS rk FROM bc;
CREATE INDEX ON brank (d, rk);
ANALYZE bc;
ANALYZE brank`,
    },
    {
      step: "claims",
      sql: `
INSERT INTO "Claim" ("id", "disputeId", "claimantId", "stance", "text", "quote", "madeAtStart", "madeAtEnd", "madeAtPrecision",
                     "status", "createdAt", "updatedAt")
SELECT pg_temp.cid(${K.claim}, i), pg_temp.cid(${K.dispute}, d),
  pg_temp.cid(${K.actor}, CASE
    WHEN ${r("i", 20)} < 0.55 THEN ${personBase} + pg_temp.zipf(${r("i", 21)}, ${P})
    WHEN ${r("i", 20)} < 0.80 THEN ${govBase} + pg_temp.zipf(${r("i", 21)}, ${G})
    WHEN ${r("i", 20)} < 0.92 THEN ${anonBase} + pg_temp.uni(${r("i", 21)}, ${Z})
    WHEN ${r("i", 20)} < 0.97 THEN ${orgBase} + pg_temp.uni(${r("i", 21)}, ${O})
    ELSE pg_temp.zipf(${r("i", 21)}, ${M}) END),
  stance::"Stance",
  pg_temp.cap(ltrim(
    CASE stance WHEN 'AFFIRMS' THEN v.pa[pg_temp.uni(${r("i", 22)}, cardinality(v.pa))]
                WHEN 'DENIES' THEN v.pd[pg_temp.uni(${r("i", 22)}, cardinality(v.pd))]
                WHEN 'QUALIFIES' THEN v.pq[pg_temp.uni(${r("i", 22)}, cardinality(v.pq))]
                WHEN 'DECLINES_TO_COMMENT' THEN v.pn[pg_temp.uni(${r("i", 22)}, cardinality(v.pn))]
                ELSE v.pc[pg_temp.uni(${r("i", 22)}, cardinality(v.pc))] END
    || ' ' || v.subj[s1] || ' ' || v.verb[vb] || ' ' || v.adj[ai] || ' ' || v.noun[ni] || ' ' || v.link[vb] || ' ' || v.subj[s2]
    || ' ' || v.ctx[pg_temp.zipf(${r("i", 23)}, cardinality(v.ctx))]
    || CASE WHEN ${r("i", 24)} < 0.003 THEN ', according to a document codenamed ' || v.rare[pg_temp.uni(${r("i", 25)}, cardinality(v.rare))]
            ELSE '' END || '.')),
  CASE WHEN ${r("i", 26)} < 0.35 THEN v.quote[pg_temp.zipf(${r("i", 27)}, cardinality(v.quote))] END,
  ${dateCols("day", "prec", "w")},
  (CASE WHEN ${r("i", 28)} < 0.95 THEN 'ACTIVE' WHEN ${r("i", 28)} < 0.97 THEN 'RETRACTED' ELSE 'SUPERSEDED' END)::"ClaimStatus",
  (DATE '${FIRST_DAY}' + day)::timestamp + floor(${r("i", 29)} * 86400) * interval '1 second',
  (DATE '${FIRST_DAY}' + day)::timestamp + floor(${r("i", 29)} * 86400) * interval '1 second'
FROM (
  SELECT bc.*,
    CASE WHEN answers THEN 'DENIES'
         WHEN ${r("i", 7)} < 0.50 THEN 'AFFIRMS' WHEN ${r("i", 7)} < 0.6667 THEN 'DENIES' WHEN ${r("i", 7)} < 0.80 THEN 'QUALIFIES'
         WHEN ${r("i", 7)} < 0.90 THEN 'DECLINES_TO_COMMENT' ELSE 'CONTEXT' END AS stance
  FROM bc
) c, bvocab v`,
    },
    {
      step: "appearances",
      sql: `
-- Each claim appears 1-5 times, at increasing dates. The first appearance is a root; ~40% of
-- the later ones relay (viaId) an earlier appearance of the same claim.
INSERT INTO "Appearance" ("id", "claimId", "sourceId", "reportedStart", "reportedEnd", "reportedPrecision", "attribution",
                          "attributionPhrase", "viaId", "createdAt", "updatedAt")
SELECT pg_temp.cid(${K.appearance}, ak), pg_temp.cid(${K.claim}, i),
  pg_temp.cid(${K.source}, least(${S}, greatest(1, round(aday * ${S}.0 / ${TOTAL_DAYS})::int + floor(${r("ak", 304)} * 7)::int - 3))),
  ${dateCols("aday", "prec", "w")},
  attribution::"AttributionKind",
  CASE attribution
    WHEN 'ANONYMOUS_SOURCING' THEN v.anon[pg_temp.uni(${r("ak", 305)}, cardinality(v.anon))]
    WHEN 'RELAYED' THEN v.relay[pg_temp.uni(${r("ak", 305)}, cardinality(v.relay))]
    WHEN 'DIRECT_QUOTE' THEN 'said in a statement'
    WHEN 'DOCUMENT' THEN 'according to a document seen by reporters'
  END,
  CASE WHEN via_j IS NOT NULL THEN pg_temp.cid(${K.appearance}, i * 8 + via_j) END,
  (DATE '${FIRST_DAY}' + aday)::timestamp + interval '9 hours' + j * interval '1 minute',
  (DATE '${FIRST_DAY}' + aday)::timestamp + interval '9 hours' + j * interval '1 minute'
FROM (
  SELECT i, j, ak, aday, via_j, prec, w,
    CASE WHEN via_j IS NOT NULL THEN (CASE WHEN ${r("ak", 306)} < 0.8 THEN 'RELAYED' ELSE 'ANONYMOUS_SOURCING' END)
         WHEN ${r("ak", 306)} < 0.33 THEN 'ANONYMOUS_SOURCING' WHEN ${r("ak", 306)} < 0.60 THEN 'DIRECT_QUOTE'
         WHEN ${r("ak", 306)} < 0.87 THEN 'PARAPHRASE' ELSE 'DOCUMENT' END AS attribution
  FROM (
    SELECT bc.i, j, bc.i * 8 + j AS ak,
      least(${TOTAL_DAYS - 1}, bc.day + (j - 1) * j * 2 + floor(${r("bc.i * 8 + j", 301)} * 4)::int) AS aday,
      CASE WHEN j > 1 AND ${r("bc.i * 8 + j", 302)} < 0.4 THEN 1 + floor(${r("bc.i * 8 + j", 303)} * (j - 1))::int END AS via_j,
      pg_temp.prec(${r("bc.i * 8 + j", 307)}) AS prec, 3 + floor(${r("bc.i * 8 + j", 308)} * 28)::int AS w
    FROM bc, generate_series(1, bc.n) j
  ) a0
) a, bvocab v`,
    },
    {
      // What the ClaimPublisher triggers would have written row by row (they are off during the load).
      step: "claim publishers",
      sql: `
INSERT INTO "ClaimPublisher" ("publisherId", "claimId", "madeAtStart", "madeAtEnd", "stance")
SELECT DISTINCT s."publisherId", c."id", c."madeAtStart", c."madeAtEnd", c."stance"
FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId" JOIN "Claim" c ON c."id" = a."claimId"
WHERE s."publisherId" IS NOT NULL`,
    },
    {
      step: "links, annotations",
      sql: `
INSERT INTO "ClaimLink" ("id", "fromId", "toId", "kind", "createdAt", "updatedAt")
SELECT pg_temp.cid(${K.link}, r.i), pg_temp.cid(${K.claim}, r.i), pg_temp.cid(${K.claim}, t.i), 'DENIES', ${now}, ${now}
FROM bc JOIN brank r ON r.i = bc.i
JOIN brank t ON t.d = r.d AND t.rk = 1 + floor(${r("r.i", 40)} * (r.rk - 1))::int
WHERE bc.answers AND r.rk > 1;

INSERT INTO "Annotation" ("id", "claimId", "authorId", "motivation", "body", "createdAt", "updatedAt")
SELECT pg_temp.cid(${K.annotation}, i), pg_temp.cid(${K.claim}, i), pg_temp.cid(${K.user}, 1),
  (CASE WHEN ${r("i", 41)} < 0.5 THEN 'COMMENTING' WHEN ${r("i", 41)} < 0.8 THEN 'QUESTIONING' ELSE 'ASSESSING' END)::"AnnotationMotivation",
  v.note[pg_temp.uni(${r("i", 42)}, cardinality(v.note))]
    || CASE WHEN ${r("i", 43)} < 0.1 THEN ' See file ' || v.rare[pg_temp.uni(${r("i", 44)}, cardinality(v.rare))] || '.' ELSE '' END,
  ${now}, ${now}
FROM bc, bvocab v
WHERE ${r("i", 45)} < 0.01`,
    },
  ];
}

const BULK_TABLES = ["Claim", "Appearance", "Annotation", "Source"] as const;

interface OutletRow {
  id: string;
  name: string;
  claims: number;
}

async function timed<T>(steps: { step: string; seconds: number }[], step: string, log: (line: string) => void, fn: () => Promise<T>) {
  const started = performance.now();
  const result = await fn();
  const seconds = (performance.now() - started) / 1000;
  steps.push({ step, seconds: Math.round(seconds * 100) / 100 });
  log(`  ${step}: ${seconds.toFixed(1)} s`);
  return result;
}

/** Secondary indexes of the bulk-loaded tables, to drop before the load and rebuild after. */
async function secondaryIndexes(connection: SqlConnection): Promise<{ name: string; table: string; definition: string }[]> {
  return connection.query<{ name: string; table: string; definition: string }>(
    `SELECT i.indexname AS name, i.tablename AS table, i.indexdef AS definition
     FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname AND c.relkind = 'i'
     JOIN pg_index x ON x.indexrelid = c.oid
     WHERE i.schemaname = 'public' AND i.tablename IN ('Claim', 'Appearance', 'ClaimLink', 'Annotation', 'ClaimPublisher')
       AND NOT x.indisprimary AND NOT x.indisunique
     ORDER BY i.indexname`,
  );
}

/**
 * Loads a data set of `size` claims into `target`, which must be empty (or only migrated).
 * Applies the migrations first. Returns what it built; records it in a marker table so later
 * runs can reuse the data set (see readDatasetInfo).
 */
export async function generateDataset(
  target: DbTarget,
  size: number,
  options: { seed?: number; log?: (line: string) => void; startedAt?: number } = {},
): Promise<DatasetInfo> {
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? ((line: string) => console.log(line));
  const shape = shapeFor(size);
  if (size < BIG_DISPUTE_CLAIMS + 500) throw new Error(`size must be at least ${BIG_DISPUTE_CLAIMS + 500}`);
  // performance.now() when the caller began (creating the database counts too)
  const started = options.startedAt ?? performance.now();
  const steps: { step: string; seconds: number }[] = [];
  const connection = await openSqlConnection(target);
  try {
    await timed(steps, "migrations", log, () => applyMigrations(connection));
    const existing = await connection.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Claim"`);
    if ((existing[0]?.n ?? 0) > 0) throw new Error(`${target.label} already has claims: generate into an empty database`);

    await connection.exec(`SET TimeZone = 'UTC'`);
    if (target.kind === "postgres") {
      await connection.exec(`SET synchronous_commit = off; SET maintenance_work_mem = '512MB'; SET work_mem = '64MB'`);
    } else {
      await connection.exec(`SET maintenance_work_mem = '128MB'; SET work_mem = '32MB'`);
    }
    await connection.exec(helperFunctions(seed));
    const columns = Object.keys(VOCAB_COLUMNS);
    await connection.query(
      `CREATE TEMP TABLE bvocab AS SELECT ${columns.map((name, index) => `$${index + 1}::text[] AS ${name}`).join(", ")}`,
      columns.map((name) => [...VOCAB_COLUMNS[name as keyof typeof VOCAB_COLUMNS]]),
    );

    // Bulk-load as pg_restore does: without the search triggers, and with the secondary
    // indexes rebuilt once at the end instead of maintained row by row.
    const indexes = await secondaryIndexes(connection);
    for (const table of BULK_TABLES) await connection.exec(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    for (const index of indexes) await connection.exec(`DROP INDEX "${index.name}"`);

    for (const { step, sql } of loadStatements(shape)) {
      await timed(steps, step, log, () => connection.exec(sql));
    }
    // The search function looks up each claim's appearances and annotations by claimId: their
    // indexes first; the claims' own indexes after the UPDATE, so it does not maintain them.
    const claimIndexes = indexes.filter((index) => index.table === "Claim");
    await timed(steps, "indexes (appearances, claim publishers, links, annotations)", log, async () => {
      for (const index of indexes.filter((index) => index.table !== "Claim")) await connection.exec(index.definition);
      // Without statistics the function's lookups plan as hash joins over whole tables.
      await connection.exec(`ANALYZE "Claim", "Appearance", "Source", "Annotation", "Actor", "ClaimPublisher"`);
    });
    // The sort keys and the per-actor counts are what their triggers (off during the load)
    // would have written; the keys ride on the one pass that rewrites every claim anyway.
    await timed(steps, "search vectors, sort keys, attributions", log, () =>
      connection.exec(`UPDATE "Claim" c SET "searchVector" = claimline_claim_search_vector(c."id", c."text", c."quote", c."claimantId"),
        "claimantSortKey" = (SELECT lower(a."name") FROM "Actor" a WHERE a."id" = c."claimantId"),
        "disputeSortKey" = (SELECT lower(d."title") FROM "Dispute" d WHERE d."id" = c."disputeId"),
        "attributions" = coalesce((SELECT array_agg(DISTINCT a."attribution" ORDER BY a."attribution") FROM "Appearance" a
                                   WHERE a."claimId" = c."id"), ARRAY[]::"AttributionKind"[])`),
    );
    await timed(steps, "actor stats", log, () =>
      connection.exec(`INSERT INTO "ActorStats" ("actorId", "claims", "sources")
        SELECT "actorId", sum("claims")::int, sum("sources")::int FROM (
          SELECT "claimantId" AS "actorId", count(*) AS "claims", 0 AS "sources" FROM "Claim" GROUP BY 1
          UNION ALL
          SELECT "publisherId", 0, count(*) FROM "Source" WHERE "publisherId" IS NOT NULL GROUP BY 1
        ) counts GROUP BY 1`),
    );
    for (const table of BULK_TABLES) await connection.exec(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    await timed(steps, "indexes (claims)", log, async () => {
      for (const index of claimIndexes) await connection.exec(index.definition);
    });
    await timed(steps, "vacuum analyze", log, () => connection.exec(`VACUUM ANALYZE`));

    const info = await timed(steps, "statistics", log, () => describeDataset(connection, size));
    const result: DatasetInfo = {
      size,
      generator: GENERATOR_VERSION,
      seed,
      generatedAt: new Date().toISOString(),
      seconds: Math.round((performance.now() - started) / 100) / 10,
      peakRssMiB: peakRssMiB(),
      steps,
      ...info,
    };
    await writeMarker(connection, result);
    return result;
  } finally {
    await connection.release();
  }
}

async function describeDataset(connection: SqlConnection, size: number) {
  const counts: Record<string, number> = {};
  for (const table of ["Dispute", "Actor", "Source", "Claim", "Appearance", "ClaimPublisher", "ClaimLink", "Event", "EventSource", "Annotation"]) {
    const [row] = await connection.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row?.n ?? 0;
  }
  const [relays] = await connection.query<{ roots: number; relays: number; anonymous: number }>(
    `SELECT count(*) FILTER (WHERE "viaId" IS NULL)::int AS roots, count(*) FILTER (WHERE "viaId" IS NOT NULL)::int AS relays,
            count(*) FILTER (WHERE "attribution" = 'ANONYMOUS_SOURCING')::int AS anonymous FROM "Appearance"`,
  );
  counts.rootAppearances = relays?.roots ?? 0;
  counts.relayAppearances = relays?.relays ?? 0;
  counts.anonymousAppearances = relays?.anonymous ?? 0;

  const outlets = await connection.query<OutletRow>(
    `SELECT s."publisherId" AS id, p."name" AS name, count(DISTINCT a."claimId")::int AS claims
     FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId" JOIN "Actor" p ON p."id" = s."publisherId"
     WHERE p."kind" = 'MEDIA_OUTLET' GROUP BY 1, 2 ORDER BY 3 DESC, 1`,
  );
  const busiest = outlets[0];
  if (!busiest) throw new Error("no outlet has appearances");
  // "Mid-sized": the outlet whose claim count is nearest 1% of the claims.
  const mid = outlets.reduce((best, row) => (Math.abs(row.claims - size / 100) < Math.abs(best.claims - size / 100) ? row : best));

  const countWord = async (word: string): Promise<WordStat> => {
    const [row] = await connection.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Claim" WHERE "searchVector" @@ websearch_to_tsquery('english', $1)`,
      [word],
    );
    return { word, claims: row?.n ?? 0 };
  };
  // Medium selectivity: among nouns of middling rank, the one nearest 1% of the claims.
  const candidates: WordStat[] = [];
  for (const word of vocabulary.NOUNS.slice(12, 40)) candidates.push(await countWord(word));
  const mediumWord = candidates.reduce((best, row) =>
    Math.abs(row.claims - size / 100) < Math.abs(best.claims - size / 100) ? row : best,
  );
  const commonWord = await countWord(vocabulary.SUBJECTS[0] ?? "Russia");
  const rareWord = await countWord(vocabulary.RARE_WORDS[0] ?? "Nightjar");
  const [big] = await connection.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Claim" c JOIN "Dispute" d ON d."id" = c."disputeId" WHERE d."slug" = $1`,
    [BIG_DISPUTE_SLUG],
  );
  return {
    counts,
    busiestOutlet: busiest,
    midOutlet: mid,
    mediumWord,
    commonWord,
    rareWord,
    bigDispute: { slug: BIG_DISPUTE_SLUG, claims: big?.n ?? 0 },
  };
}

async function writeMarker(connection: SqlConnection, info: DatasetInfo): Promise<void> {
  await connection.exec(`CREATE TABLE IF NOT EXISTS "${MARKER_TABLE}" ("id" int PRIMARY KEY, "info" jsonb NOT NULL)`);
  await connection.query(
    `INSERT INTO "${MARKER_TABLE}" ("id", "info") VALUES (1, $1::jsonb) ON CONFLICT ("id") DO UPDATE SET "info" = EXCLUDED."info"`,
    [JSON.stringify(info)],
  );
}

/** The data set recorded in `target`, or null when there is none of this size and generator version. */
export async function readDatasetInfo(target: DbTarget, size: number, seed: number = DEFAULT_SEED): Promise<DatasetInfo | null> {
  const connection = await openSqlConnection(target);
  try {
    const [exists] = await connection.query<{ present: boolean }>(`SELECT to_regclass('public."${MARKER_TABLE}"') IS NOT NULL AS present`);
    if (!exists?.present) return null;
    const [row] = await connection.query<{ info: DatasetInfo | string }>(`SELECT "info" FROM "${MARKER_TABLE}" WHERE "id" = 1`);
    if (!row) return null;
    const info = typeof row.info === "string" ? (JSON.parse(row.info) as DatasetInfo) : row.info;
    if (info.size !== size || info.generator !== GENERATOR_VERSION || info.seed !== seed) return null;
    return info;
  } finally {
    await connection.release();
  }
}

/** Peak resident set size of this process so far (Linux VmHWM), MiB. */
export function peakRssMiB(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Prefix of the one stdout line carrying the result, for a parent process. */
export const RESULT_PREFIX = "BENCH_DATASET ";

export interface GenerateCliOptions {
  db: BenchDb;
  size: number;
  regenerate: boolean;
}

export function parseGenerateArgs(argv: readonly string[]): GenerateCliOptions {
  let db: BenchDb = "postgres";
  let size = 10_000;
  let regenerate = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--regenerate") regenerate = true;
    else if (arg === "--db") {
      const value = argv[++index];
      if (value !== "postgres" && value !== "pglite") throw new Error("--db must be postgres or pglite");
      db = value;
    } else if (arg === "--size") size = parseSize(argv[++index] ?? "");
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return { db, size, regenerate };
}

/** Reuses the cached data set when it matches, else regenerates it from scratch. */
export async function ensureDatasetHere(options: GenerateCliOptions, log: (line: string) => void): Promise<{ info: DatasetInfo; cached: boolean }> {
  if (!options.regenerate) {
    const target = await openBenchTarget(options.db, options.size);
    try {
      const info = await readDatasetInfo(target, options.size);
      if (info) return { info, cached: true };
    } finally {
      await closeBenchTarget(target);
    }
  }
  log(`Generating ${sizeLabel(options.size)} claims on ${options.db}…`);
  const startedAt = performance.now();
  const target = await openBenchTarget(options.db, options.size, { fresh: true });
  try {
    return { info: await generateDataset(target, options.size, { log, startedAt }), cached: false };
  } finally {
    await closeBenchTarget(target);
  }
}

async function main(): Promise<void> {
  const options = parseGenerateArgs(process.argv.slice(2));
  const { info, cached } = await ensureDatasetHere(options, (line) => console.log(line));
  console.log(
    cached
      ? `Reusing ${options.db} data set of ${sizeLabel(options.size)} claims generated ${info.generatedAt}.`
      : `Generated ${sizeLabel(options.size)} claims on ${options.db} in ${info.seconds} s, peak RSS ${info.peakRssMiB} MiB.`,
  );
  console.log(RESULT_PREFIX + JSON.stringify({ cached, info }));
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
