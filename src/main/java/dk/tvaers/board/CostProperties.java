package dk.tvaers.board;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The unit prices the outcome report costs the recorded course with. The defaults are the budget figures of the domain
 * notes (Copenhagen's Interventionsteam application, 2009 prices); a municipality sets its own in tvaers.costs.
 *
 * @param priceYear the year the prices are from; the report does not index them
 * @param coordinatorPerYear a coordinator's yearly salary cost (0.5 mill. kr.)
 * @param familiesPerCoordinator the running families one coordinator carries: the budget's 1.0 mill. kr. a year of
 *     local coordination, two coordinators, for 30 running families
 * @param combinationPackagePerWeek BIF's combination package (up-skilling with treatment) for a parent, per week
 *     (1,723.50 kr.)
 * @param socialOffersPerYearLow family treatment at full capacity in the first year (7.2 mill. kr.)
 * @param socialOffersPerYearHigh family treatment at full capacity from the second year (10.8 mill. kr.)
 * @param socialOffersFamilies the running families the social-offer budget is for (30)
 */
@ConfigurationProperties("tvaers.costs")
public record CostProperties(
        Integer priceYear,
        BigDecimal coordinatorPerYear,
        Integer familiesPerCoordinator,
        BigDecimal combinationPackagePerWeek,
        BigDecimal socialOffersPerYearLow,
        BigDecimal socialOffersPerYearHigh,
        Integer socialOffersFamilies) {

    public CostProperties {
        priceYear = priceYear == null ? 2009 : priceYear;
        coordinatorPerYear = coordinatorPerYear == null ? new BigDecimal("500000") : coordinatorPerYear;
        familiesPerCoordinator = familiesPerCoordinator == null ? 15 : familiesPerCoordinator;
        combinationPackagePerWeek =
                combinationPackagePerWeek == null ? new BigDecimal("1723.50") : combinationPackagePerWeek;
        socialOffersPerYearLow = socialOffersPerYearLow == null ? new BigDecimal("7200000") : socialOffersPerYearLow;
        socialOffersPerYearHigh =
                socialOffersPerYearHigh == null ? new BigDecimal("10800000") : socialOffersPerYearHigh;
        socialOffersFamilies = socialOffersFamilies == null ? 30 : socialOffersFamilies;
        if (familiesPerCoordinator < 1 || socialOffersFamilies < 1) {
            throw new IllegalArgumentException(
                    "tvaers.costs.families-per-coordinator og social-offers-families skal være mindst 1");
        }
    }
}
