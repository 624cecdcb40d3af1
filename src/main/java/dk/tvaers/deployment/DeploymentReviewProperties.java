package dk.tvaers.deployment;

import java.time.Duration;
import java.util.List;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a deployment from someone other than an administrator may contain (docs/hardening.md, "Udrulning af
 * modeller"). Everything not listed here is refused.
 *
 * @param readableProperties bean properties an expression may read, as {@code bean.property}; {@code bean.*} allows
 *     every property of the bean ({@code ${deadlines.visitation}})
 * @param callableMethods bean methods an expression may call, as {@code bean.method}
 *     ({@code ${casePhases.enter(caseNumber, 'INTENSIVE')}}); their arguments follow the same rules
 * @param delegateBeans name patterns ({@code *} a wildcard) of the beans a {@code camunda:delegateExpression} may name
 * @param delegatePackages the packages those beans' classes must belong to
 * @param externalTaskTopics the topics an external task may have; empty: no external tasks
 * @param resourceTypes the file endings a deployment may contain (without the dot)
 * @param formComponentTypes the Camunda Form component types a form may use
 * @param formKeyPrefixes the prefixes a {@code camunda:formKey} may start with
 * @param minCycleInterval the shortest interval between two firings of a timer cycle (ISO-8601)
 * @param maxTimerDuration the longest fixed timer duration or cycle interval (ISO-8601)
 * @param minHistoryTimeToLive the shortest {@code historyTimeToLive} of an executable process or a decision
 */
@ConfigurationProperties("tvaers.deployment-review")
public record DeploymentReviewProperties(
        List<String> readableProperties,
        List<String> callableMethods,
        List<String> delegateBeans,
        List<String> delegatePackages,
        List<String> externalTaskTopics,
        List<String> resourceTypes,
        List<String> formComponentTypes,
        List<String> formKeyPrefixes,
        String minCycleInterval,
        String maxTimerDuration,
        Duration minHistoryTimeToLive) {

    public DeploymentReviewProperties {
        readableProperties =
                orDefault(readableProperties, List.of("deadlines.*", "legalBasis.*", "execution.processBusinessKey"));
        callableMethods = orDefault(
                callableMethods,
                List.of(
                        "deadlines.investigationDue",
                        "deadlines.investigationWarning",
                        "deadlines.concernAssessmentDue",
                        "workingDays.receiptDue",
                        "deadlines.preliminaryAssessmentStart",
                        "deadlines.supportFollowUpStart",
                        "deadlines.supportFollowUpDue",
                        "deadlines.investigationFollowUps",
                        "caseRecord.eighteenthBirthday",
                        "caseRecord.childInvestigationSubjects",
                        "caseRecord.supportAfter18DecisionStart",
                        "caseRecord.dayBeforeEighteenthBirthday",
                        "caseRecord.youngAdults",
                        "caseRecord.investigationSubjects",
                        "caseRecord.hasIntakeScreening",
                        "casePhases.enter",
                        "supportFollowUps.urgentSupportStarted",
                        "supportFollowUps.investigationsFinished",
                        "adultPhases.enter",
                        "adultPhases.enrol"));
        delegateBeans = orDefault(delegateBeans, List.of("*Delegate", "*Listener"));
        delegatePackages = orDefault(delegatePackages, List.of("dk.tvaers"));
        externalTaskTopics = orDefault(externalTaskTopics, List.of());
        resourceTypes = orDefault(resourceTypes, List.of("bpmn", "bpmn20.xml", "dmn", "dmn11.xml", "form"));
        formComponentTypes = orDefault(
                formComponentTypes,
                List.of(
                        "textfield",
                        "textarea",
                        "number",
                        "checkbox",
                        "checklist",
                        "radio",
                        "select",
                        "taglist",
                        "datetime",
                        "text",
                        "group",
                        "dynamiclist",
                        "separator",
                        "spacer"));
        formKeyPrefixes = orDefault(formKeyPrefixes, List.of("camunda-forms:"));
        minCycleInterval = checked("min-cycle-interval", minCycleInterval == null ? "PT1M" : minCycleInterval);
        maxTimerDuration = checked("max-timer-duration", maxTimerDuration == null ? "P10Y" : maxTimerDuration);
        minHistoryTimeToLive = minHistoryTimeToLive == null ? Duration.ofDays(1825) : minHistoryTimeToLive;
    }

    private static List<String> orDefault(List<String> value, List<String> fallback) {
        return value == null ? fallback : List.copyOf(value);
    }

    private static String checked(String name, String value) {
        try {
            DatatypeFactory.newInstance().newDuration(value.trim());
            return value.trim();
        } catch (IllegalArgumentException | DatatypeConfigurationException e) {
            throw new IllegalArgumentException(
                    "tvaers.deployment-review." + name + " is not an ISO-8601 duration such as PT1M or P10Y: '" + value
                            + "'",
                    e);
        }
    }
}
