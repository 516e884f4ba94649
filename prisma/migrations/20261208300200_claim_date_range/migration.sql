-- Hand-written (Prisma's schema language has no expression indexes): the claims a date filter
-- keeps are those whose [madeAtStart, madeAtEnd] overlaps the requested range. Two btree bounds
-- (start <= to, end >= from) read as independent made the planner expect ~20% of the table for
-- a one-month range that holds ~2%, and choose whole-table scans; a GiST index on the range
-- both serves the overlap and gives the planner its statistics (ANALYZE collects them for
-- index expressions), so lib/claims/list.ts filters with `&&` on this expression.
CREATE INDEX "Claim_madeAt_range_idx" ON "Claim" USING gist (daterange("madeAtStart", "madeAtEnd", '[]'));

-- Hand-written: no JIT compilation for this database's queries. The app sends short OLTP
-- statements; on a million claims their cost estimates pass jit_above_cost and PostgreSQL
-- spent 30–400 ms compiling a plan that then ran in less (measured on the claims filters and
-- the export's batches). Takes effect for new connections; skipped where the role may not
-- alter the database (then set jit = off in postgresql.conf) and on builds without JIT.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'claimline: could not turn JIT off for this database (%); see docs/benchmarks.md', SQLERRM;
END $$;
