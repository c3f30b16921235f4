package io.rasd.core.eval;

import io.rasd.core.model.Claim;

/** A claim a run wrote, with its {@code context} column (null while the claims table has none). */
public record NewsPrediction(Claim claim, String context) {}
