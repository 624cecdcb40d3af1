package dk.tvaers.family;

import java.util.List;

/**
 * The WHO-5 wellbeing index (Sundhedsstyrelsen's Trivselsindeks), the children's wellbeing indicator of Odense's
 * method: five statements about the last two weeks, each answered 0 (at no time) to 5 (all of the time); the raw score
 * 0-25 times 4 gives the index 0-100, higher is better.
 */
public final class Who5 {

    /** The five statements, in order, as the child is asked. */
    public static final List<String> ITEMS = List.of(
            "I de sidste to uger har jeg været glad og i godt humør",
            "I de sidste to uger har jeg følt mig rolig og afslappet",
            "I de sidste to uger har jeg følt mig aktiv og energisk",
            "I de sidste to uger er jeg vågnet frisk og udhvilet",
            "I de sidste to uger har min dagligdag været fyldt med ting, der interesserer mig");

    /** The answers, 0 to 5. */
    public static final List<String> ANSWERS = List.of(
            "På intet tidspunkt",
            "Lidt af tiden",
            "Lidt mindre end halvdelen af tiden",
            "Lidt mere end halvdelen af tiden",
            "Det meste af tiden",
            "Hele tiden");

    private Who5() {}

    /** The index 0-100: the sum of the five answers (0-25) times 4. */
    public static int index(List<Integer> answers) {
        if (answers.size() != ITEMS.size()) {
            throw new IllegalArgumentException("WHO-5 has five items");
        }
        return answers.stream().mapToInt(Integer::intValue).sum() * 4;
    }
}
