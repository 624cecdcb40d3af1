package dk.tvaers.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The unit prices the outcome report costs the recorded course with. The defaults are the budget figures of the domain
 * notes (Copenhagen's Interventionsteam project sketch, 2009 prices, "ved 30 familier løbende"); a municipality sets
 * its own in tvaers.costs.
 *
 * @param priceYear the year the prices are from; the report does not index them
 * @param coordinatorPerYear a coordinator's yearly salary cost (0.5 mill. kr.)
 * @param familiesPerCoordinator the running families one coordinator carries: the budget's 1.0 mill. kr. a year of
 *     local coordination, two coordinators, for 30 running families
 * @param combinationPackagePerWeek BIF's combination package (up-skilling with treatment) for a parent, per week
 *     (1,723.50 kr.)
 * @param socialOffersFirstYear family treatment in the project's first year (7.2 mill. kr.)
 * @param socialOffersFullCapacity family treatment at full capacity, from the project's second year (10.8 mill. kr.):
 *     a ramp-up, not a range
 * @param projectStart the project's first day: a family-day in its first 365 days is priced at the first year's
 *     social offers, a later one at full capacity; days before it count as the first year (Copenhagen: 1 January 2010)
 * @param schoolClubPerYear BUF's school, club etc. offers at full capacity (2.5 mill. kr. a year)
 * @param mentorPerYear mentor support for child and parents (0.4 mill. kr. a year)
 * @param pprPerYear PPR counselling, one full-time post (0.5 mill. kr. a year)
 * @param budgetFamilies the running families the budget's yearly amounts are for (30)
 */
@ConfigurationProperties("tvaers.costs")
public record CostProperties(
        Integer priceYear,
        BigDecimal coordinatorPerYear,
        Integer familiesPerCoordinator,
        BigDecimal combinationPackagePerWeek,
        BigDecimal socialOffersFirstYear,
        BigDecimal socialOffersFullCapacity,
        LocalDate projectStart,
        BigDecimal schoolClubPerYear,
        BigDecimal mentorPerYear,
        BigDecimal pprPerYear,
        Integer budgetFamilies) {

    public CostProperties {
        priceYear = priceYear == null ? 2009 : priceYear;
        coordinatorPerYear = coordinatorPerYear == null ? new BigDecimal("500000") : coordinatorPerYear;
        familiesPerCoordinator = familiesPerCoordinator == null ? 15 : familiesPerCoordinator;
        combinationPackagePerWeek =
                combinationPackagePerWeek == null ? new BigDecimal("1723.50") : combinationPackagePerWeek;
        socialOffersFirstYear = socialOffersFirstYear == null ? new BigDecimal("7200000") : socialOffersFirstYear;
        socialOffersFullCapacity =
                socialOffersFullCapacity == null ? new BigDecimal("10800000") : socialOffersFullCapacity;
        projectStart = projectStart == null ? LocalDate.of(2010, 1, 1) : projectStart;
        schoolClubPerYear = schoolClubPerYear == null ? new BigDecimal("2500000") : schoolClubPerYear;
        mentorPerYear = mentorPerYear == null ? new BigDecimal("400000") : mentorPerYear;
        pprPerYear = pprPerYear == null ? new BigDecimal("500000") : pprPerYear;
        budgetFamilies = budgetFamilies == null ? 30 : budgetFamilies;
        if (familiesPerCoordinator < 1 || budgetFamilies < 1) {
            throw new IllegalArgumentException(
                    "tvaers.costs.families-per-coordinator og budget-families skal være mindst 1");
        }
    }
}
