package dk.tvaers.board;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The period's costs by the domain's unit prices (tvaers.costs), from what Tværs records. A line whose basis Tværs
 * does not record, or that has no unit price, has no amount and says so.
 *
 * @param priceYear the year of the unit prices (not indexed)
 * @param total the sum of the lines' amounts
 */
public record ReportCosts(int priceYear, List<Line> lines, BigDecimal total) {

    /**
     * One cost.
     *
     * @param item the cost's key: coordinator, combinationPackage, socialOffersFirstYear, socialOffersFullCapacity,
     *     schoolClub, mentor, ppr
     * @param basis how the amount is computed and from which data, in Danish
     * @param quantity the recorded quantity in the period (family-days, parent-weeks); null when not recorded
     * @param unit the quantity's unit, in Danish
     * @param unitPrice kroner per unit (rounded to øre for display; the amount uses the exact price)
     * @param amount kroner, rounded to whole kroner; null when not recorded
     */
    public record Line(
            String item,
            String label,
            String basis,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal amount,
            @Schema(description = "false: Tværs registrerer ikke grundlaget, eller domænet har ingen enhedspris")
                    boolean recorded) {}
}
