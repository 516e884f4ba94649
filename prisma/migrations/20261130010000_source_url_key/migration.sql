-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "urlKey" TEXT;

-- CreateIndex
CREATE INDEX "Source_urlKey_idx" ON "Source"("urlKey");



-- Hand-written: the normalised url, computed in the database (one implementation, used by the
-- trigger and by the duplicate check's query). Scheme, "www.", a default port, trailing slashes,
-- the fragment and tracking parameters are dropped; the other parameters are sorted.
CREATE FUNCTION claimline_url_key(url text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  parts text[];
  host text;
  kept text[] := '{}';
  param text;
BEGIN
  IF url IS NULL OR btrim(url) = '' THEN RETURN NULL; END IF;
  parts := regexp_match(btrim(url), '^(?:[A-Za-z][A-Za-z0-9+.-]*:)?//([^/?#]*)([^?#]*)(?:\?([^#]*))?');
  IF parts IS NULL THEN RETURN lower(btrim(url)); END IF;
  host := regexp_replace(regexp_replace(lower(parts[1]), '^www\.', ''), ':(80|443)$', '');
  IF parts[3] IS NOT NULL THEN
    FOREACH param IN ARRAY string_to_array(parts[3], '&') LOOP
      IF param <> '' AND lower(split_part(param, '=', 1)) !~
         '^(utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|ref|ref_src|ref_url|cmpid|ocid|smid|smtyp|sr_share|share|at_medium|at_campaign|at_custom[0-9]*|src|s_cid|__twitter_impression)$' THEN
        kept := kept || param;
      END IF;
    END LOOP;
  END IF;
  RETURN host || regexp_replace(coalesce(parts[2], ''), '/+$', '')
    || CASE WHEN cardinality(kept) > 0 THEN '?' || array_to_string(ARRAY(SELECT unnest(kept) ORDER BY 1), '&') ELSE '' END;
END $$;

CREATE FUNCTION claimline_source_url_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."urlKey" := claimline_url_key(NEW."url");
  RETURN NEW;
END $$;

CREATE TRIGGER "Source_url_key" BEFORE INSERT OR UPDATE OF "url", "urlKey" ON "Source"
  FOR EACH ROW EXECUTE FUNCTION claimline_source_url_key();

UPDATE "Source" SET "urlKey" = claimline_url_key("url") WHERE "url" IS NOT NULL;
