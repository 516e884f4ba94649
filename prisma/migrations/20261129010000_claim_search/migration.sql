-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchVector" tsvector NOT NULL DEFAULT ''::tsvector;

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");


-- Hand-written: keep "searchVector" current inside the database, whatever writes the rows.
-- Weights: A = the claim's text and quote, B = titles of the sources it appeared in,
-- C = bodies of its annotations.
CREATE FUNCTION claimline_claim_search_vector(claim_id text, claim_text text, claim_quote text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(claim_text, '') || ' ' || coalesce(claim_quote, '')), 'A')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(DISTINCT s."title", ' ')
           FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId"
           WHERE a."claimId" = claim_id), '')), 'B')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(n."body", ' ') FROM "Annotation" n WHERE n."claimId" = claim_id), '')), 'C')
$$;

CREATE FUNCTION claimline_claim_search_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := claimline_claim_search_vector(NEW."id", NEW."text", NEW."quote");
  RETURN NEW;
END $$;

CREATE TRIGGER "Claim_search_own" BEFORE INSERT OR UPDATE OF "text", "quote" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION claimline_claim_search_own();

CREATE FUNCTION claimline_claim_search_refresh(claim_id text) RETURNS void LANGUAGE sql AS $$
  UPDATE "Claim" SET "searchVector" = claimline_claim_search_vector("id", "text", "quote") WHERE "id" = claim_id
$$;

CREATE FUNCTION claimline_claim_search_from_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM claimline_claim_search_refresh(OLD."claimId"); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW."claimId" IS DISTINCT FROM OLD."claimId") THEN
    PERFORM claimline_claim_search_refresh(NEW."claimId");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Appearance_search" AFTER INSERT OR DELETE OR UPDATE OF "sourceId", "claimId" ON "Appearance"
  FOR EACH ROW EXECUTE FUNCTION claimline_claim_search_from_child();
CREATE TRIGGER "Annotation_search" AFTER INSERT OR DELETE OR UPDATE OF "body", "claimId" ON "Annotation"
  FOR EACH ROW EXECUTE FUNCTION claimline_claim_search_from_child();

CREATE FUNCTION claimline_source_title_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Claim" c SET "searchVector" = claimline_claim_search_vector(c."id", c."text", c."quote")
  WHERE c."id" IN (SELECT a."claimId" FROM "Appearance" a WHERE a."sourceId" = NEW."id");
  RETURN NULL;
END $$;

CREATE TRIGGER "Source_title_search" AFTER UPDATE OF "title" ON "Source"
  FOR EACH ROW WHEN (OLD."title" IS DISTINCT FROM NEW."title") EXECUTE FUNCTION claimline_source_title_search();

-- Existing rows.
UPDATE "Claim" SET "searchVector" = claimline_claim_search_vector("id", "text", "quote");
