-- CreateIndex
CREATE INDEX "Claim_claimant_record_idx" ON "Claim"("claimantId", "disputeSortKey", "madeAtStart", "madeAtEnd", "id");

-- CreateIndex
CREATE INDEX "Claim_claimant_dispute_stance_idx" ON "Claim"("claimantId", "disputeId", "stance");

