package dk.tvaers.records;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Blanks out other persons in free text before it leaves in a records export: their names (full name, and each part
 * of it of three letters or more that is not also part of the requester's name) and every CPR number that is not the requester's own.
 */
final class Redactor {

    static final String REDACTED = "[udeladt]";

    private static final Pattern CPR = Pattern.compile("(?<!\\d)(\\d{6})-?(\\d{4})(?!\\d)");

    private final String ownCpr;
    private final List<Pattern> names;

    /**
     * @param ownCpr the requester's CPR number (ddmmyy-xxxx), left as it is
     * @param ownName the requester's name: a part she shares with another (a family name) stays
     */
    Redactor(String ownCpr, String ownName, Set<String> otherNames) {
        this.ownCpr = ownCpr.replace("-", "");
        Set<String> own = new java.util.HashSet<>(java.util.Arrays.asList(
                ownName.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+")));
        this.names = otherNames.stream()
                .flatMap(name -> Stream.concat(
                        Stream.of(name.trim()),
                        Stream.of(name.trim().split("\\s+"))
                                .filter(part -> part.length() >= 3)
                                .filter(part -> !own.contains(part.toLowerCase(java.util.Locale.ROOT)))))
                .filter(part -> !part.isBlank())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(part -> Pattern.compile(
                        // a Danish genitive (Adams, Adam's) is the same name
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?:'?s)?(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        Matcher cpr = CPR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (cpr.find()) {
            String digits = cpr.group(1) + cpr.group(2);
            cpr.appendReplacement(out, Matcher.quoteReplacement(digits.equals(ownCpr) ? cpr.group() : REDACTED));
        }
        cpr.appendTail(out);
        String result = out.toString();
        for (Pattern name : names) {
            result = name.matcher(result).replaceAll(Matcher.quoteReplacement(REDACTED));
        }
        return result;
    }
}
