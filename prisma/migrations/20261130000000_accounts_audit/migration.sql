-- CreateEnum
CREATE TYPE "InvitationPurpose" AS ENUM ('SETUP', 'INVITE');

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'MERGE';

-- DropForeignKey
ALTER TABLE "AuditEntry" DROP CONSTRAINT "AuditEntry_userId_fkey";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "statusReason" TEXT;

-- AlterTable
ALTER TABLE "User" DROP COLUMN "passwordHash",
ADD COLUMN     "banExpires" TIMESTAMP(3),
ADD COLUMN     "banReason" TEXT,
ADD COLUMN     "banned" BOOLEAN DEFAULT false,
ADD COLUMN     "emailVerified" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "image" TEXT;

-- Sessions move to better-auth's shape (a random id and a separate token): end the old ones.
DELETE FROM "Session";

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "impersonatedBy" TEXT,
ADD COLUMN     "ipAddress" TEXT,
ADD COLUMN     "token" TEXT NOT NULL,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "userAgent" TEXT;

-- Nothing wrote audit entries before this migration; the column below needs a change set.
DELETE FROM "AuditEntry";

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "changeSetId" TEXT NOT NULL,
ADD COLUMN     "refs" TEXT[];

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "purpose" "InvitationPurpose" NOT NULL,
    "role" "Role" NOT NULL,
    "email" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "usedAt" TIMESTAMP(3),
    "usedById" TEXT,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ChangeSet" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "summary" TEXT,
    "revertOfId" TEXT,

    CONSTRAINT "ChangeSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordRedirect" (
    "entity" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordRedirect_pkey" PRIMARY KEY ("entity","fromId")
);

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "RateLimit_key_key" ON "RateLimit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_createdAt_idx" ON "Invitation"("createdAt");

-- CreateIndex
CREATE INDEX "ChangeSet_at_idx" ON "ChangeSet"("at");

-- CreateIndex
CREATE INDEX "ChangeSet_userId_at_idx" ON "ChangeSet"("userId", "at");

-- CreateIndex
CREATE INDEX "RecordRedirect_entity_toId_idx" ON "RecordRedirect"("entity", "toId");

-- CreateIndex
CREATE UNIQUE INDEX "Appearance_id_claimId_key" ON "Appearance"("id", "claimId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "AuditEntry_changeSetId_idx" ON "AuditEntry"("changeSetId");

-- CreateIndex
CREATE INDEX "AuditEntry_refs_idx" ON "AuditEntry" USING GIN ("refs");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeSet" ADD CONSTRAINT "ChangeSet_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeSet" ADD CONSTRAINT "ChangeSet_revertOfId_fkey" FOREIGN KEY ("revertOfId") REFERENCES "ChangeSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_changeSetId_fkey" FOREIGN KEY ("changeSetId") REFERENCES "ChangeSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: rules the database keeps whatever writes the rows.

-- History is append-only: no change set or audit entry can be changed or deleted. (Users are
-- never deleted either, only deactivated: the foreign keys above are RESTRICT.)
CREATE FUNCTION claimline_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the change history is append-only: % on "%" is not allowed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION claimline_history_append_only();
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION claimline_history_append_only();
CREATE TRIGGER "ChangeSet_append_only" BEFORE UPDATE OR DELETE ON "ChangeSet"
  FOR EACH ROW EXECUTE FUNCTION claimline_history_append_only();
CREATE TRIGGER "ChangeSet_no_truncate" BEFORE TRUNCATE ON "ChangeSet"
  FOR EACH STATEMENT EXECUTE FUNCTION claimline_history_append_only();

-- An appearance relays only an appearance of the same claim. Deleting the relayed appearance
-- clears "viaId" alone (the relay stays, as a root).
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_via_same_claim_fkey"
  FOREIGN KEY ("viaId", "claimId") REFERENCES "Appearance"("id", "claimId")
  ON DELETE SET NULL ("viaId") ON UPDATE NO ACTION;

-- ...and never, through any number of hops, itself. The claim row is locked first, so two
-- transactions re-pointing appearances of one claim at once are serialised and the second one's
-- walk (a new snapshot per statement in READ COMMITTED) sees the first one's committed change.
CREATE FUNCTION claimline_appearance_via_acyclic() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  hop text := NEW."viaId";
  steps integer := 0;
BEGIN
  IF NEW."viaId" IS NULL THEN RETURN NEW; END IF;
  PERFORM 1 FROM "Claim" WHERE "id" = NEW."claimId" FOR NO KEY UPDATE;
  WHILE hop IS NOT NULL LOOP
    IF hop = NEW."id" OR steps > 10000 THEN
      RAISE EXCEPTION 'Appearance_via_acyclic: appearance % cannot relay % (the chain would loop)', NEW."id", NEW."viaId"
        USING ERRCODE = 'check_violation', CONSTRAINT = 'Appearance_via_acyclic';
    END IF;
    steps := steps + 1;
    SELECT "viaId" INTO hop FROM "Appearance" WHERE "id" = hop;
  END LOOP;
  RETURN NEW;
END $$;

CREATE TRIGGER "Appearance_via_acyclic" BEFORE INSERT OR UPDATE OF "viaId", "claimId" ON "Appearance"
  FOR EACH ROW EXECUTE FUNCTION claimline_appearance_via_acyclic();
