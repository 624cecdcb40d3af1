package dk.tvaers.family;

import java.time.LocalDate;

/** What a referral says about a new case. */
public record NewCase(String district, ReferralSource referralSource, Integer sspCategory, LocalDate awarenessDate) {}
