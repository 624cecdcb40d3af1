package dk.tvaers.deployment;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Checks one JUEL expression against the allow-list, on the expression's syntax tree as the engine's own parser
 * builds it. Allowed: literals, operators (comparison, and/or/not, arithmetic, ?:), reads of process variables,
 * reads of the listed bean properties ({@code ${deadlines.visitation}}) and calls of the listed bean methods whose
 * arguments are themselves allowed ({@code ${casePhases.enter(caseNumber, 'INTENSIVE')}}). Everything else is
 * refused: the engine's and the application's services as variables, any other property or method (of a bean or of
 * a variable), functions, [ ] lookups, and anything that names Java itself.
 */
final class ExpressionReview {

    /** Where the expression is used, which decides what it may be. */
    enum Use {
        /** a value: a condition, a due date, an input parameter, an expression listener */
        VALUE,
        /** {@code camunda:delegateExpression}: exactly {@code ${bean}} for one of Tværs's delegates or listeners */
        DELEGATE,
        /** a timer cycle: {@code R/} or {@code Rn/} followed by an allowed bean property or method */
        TIMER_CYCLE
    }

    /** The application's beans as the engine's expressions see them. */
    interface Beans {
        boolean isBean(String name);

        /** The bean's class, or null when there is no such bean. */
        Class<?> type(String name);
    }

    /** Names the engine resolves itself, before variables and beans: never a process variable. */
    static final Set<String> ENGINE_NAMES = Set.of(
            "execution",
            "caseExecution",
            "task",
            "externalTask",
            "authenticatedUserId",
            "variableScope",
            "variableContext");

    /** Names that reach Java itself: refused in every identifier, property or method, whatever the lists say. */
    static final Set<String> JAVA_NAMES = Set.of(
            "class",
            "getClass",
            "classLoader",
            "getClassLoader",
            "forName",
            "newInstance",
            "invoke",
            "Runtime",
            "getRuntime",
            "exec",
            "System",
            "Thread",
            "ProcessBuilder",
            "processEngine",
            "getProcessEngine",
            "processEngineServices",
            "getProcessEngineServices",
            "processEngineConfiguration",
            "applicationContext",
            "beanFactory");

    private static final Pattern CYCLE_PREFIX = Pattern.compile("R\\d*/");
    private static final Field DOT_PROPERTY = dotProperty();

    private final DeploymentReviewProperties properties;
    private final Beans beans;
    private final List<Pattern> delegateNames;

    ExpressionReview(DeploymentReviewProperties properties, Beans beans) {
        this.properties = properties;
        this.beans = beans;
        this.delegateNames =
                properties.delegateBeans().stream().map(ExpressionReview::glob).toList();
    }

    /** Whether the text holds an expression at all; plain text is not evaluated. */
    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** What is wrong with the expression, in Danish; empty when it is allowed. */
    List<String> check(String text, Use use) {
        List<String> problems = new ArrayList<>();
        if (!isExpression(text)) {
            if (use == Use.DELEGATE) {
                problems.add(delegateProblem(text));
            }
            return problems;
        }
        AstNode root;
        try {
            root = (AstNode) new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS)
                    .build(text)
                    .getRoot();
        } catch (TreeBuilderException | ClassCastException e) {
            problems.add("udtrykket '" + text + "' kan ikke læses");
            return problems;
        }
        switch (use) {
            case DELEGATE -> {
                if (!(root instanceof AstEval eval
                        && eval.getChild(0) instanceof AstIdentifier identifier
                        && isDelegate(identifier.getName()))) {
                    problems.add(delegateProblem(text));
                }
            }
            case TIMER_CYCLE -> cycle(root, text, problems);
            case VALUE -> walk(root, text, problems);
        }
        return problems;
    }

    private void cycle(AstNode root, String text, List<String> problems) {
        List<AstNode> parts = new ArrayList<>();
        if (root instanceof AstComposite) {
            for (int i = 0; i < root.getCardinality(); i++) {
                parts.add((AstNode) root.getChild(i));
            }
        } else {
            parts.add(root);
        }
        for (int i = 0; i < parts.size(); i++) {
            AstNode part = parts.get(i);
            boolean prefix = i == 0 && parts.size() > 1 && part instanceof AstText;
            if (prefix
                    && CYCLE_PREFIX
                            .matcher(String.valueOf(part.eval(null, null)))
                            .matches()) {
                continue;
            }
            if (part instanceof AstEval eval
                    && (eval.getChild(0) instanceof AstDot || eval.getChild(0) instanceof AstMethod)) {
                walk(eval, text, problems);
                continue;
            }
            problems.add("timercyklussen '" + text + "' skal læse sit interval fra en tilladt bønne, f.eks."
                    + " R/${deadlines.coordinationMeetingCycle}, eller være en fast ISO-8601-cyklus som R/P28D");
            return;
        }
    }

    private void walk(Node node, String text, List<String> problems) {
        if (node instanceof AstText || node instanceof AstLiteral) {
            return;
        }
        if (node instanceof AstEval
                || node instanceof AstComposite
                || node instanceof AstNested
                || node instanceof AstUnary
                || node instanceof AstBinary
                || node instanceof AstChoice
                || node instanceof AstParameters) {
            children(node, text, problems);
            return;
        }
        if (node instanceof AstIdentifier identifier) {
            String name = identifier.getName();
            if (JAVA_NAMES.contains(name)) {
                problems.add(javaProblem(text, name));
            } else if (ENGINE_NAMES.contains(name) || beans.isBean(name)) {
                problems.add("udtrykket '" + text + "' bruger '" + name + "', som er en af motorens eller"
                        + " applikationens tjenester; et udtryk må kun læse procesvariabler og de tilladte bønner"
                        + " (tvaers.deployment-review)");
            }
            return;
        }
        if (node instanceof AstDot dot) {
            String path = path(dot);
            if (path == null) {
                problems.add("udtrykket '" + text + "' læser en egenskab af noget andet end en tilladt bønne");
            } else if (javaName(path) != null) {
                problems.add(javaProblem(text, javaName(path)));
            } else if (!matchesAny(path, properties.readableProperties())) {
                problems.add("udtrykket '" + text + "' læser '" + path + "', som ikke er på listen over tilladte"
                        + " egenskaber (tvaers.deployment-review.readable-properties)");
            }
            return;
        }
        if (node instanceof AstMethod method) {
            String path = method.getChild(0) instanceof AstDot dot ? path(dot) : null;
            if (path == null) {
                problems.add("udtrykket '" + text + "' kalder en metode på noget andet end en tilladt bønne");
            } else if (javaName(path) != null) {
                problems.add(javaProblem(text, javaName(path)));
            } else if (!properties.callableMethods().contains(path)) {
                problems.add("udtrykket '" + text + "' kalder '" + path + "(…)', som ikke er på listen over tilladte"
                        + " metoder (tvaers.deployment-review.callable-methods)");
            } else {
                walk(method.getChild(1), text, problems);
            }
            return;
        }
        if (node instanceof AstFunction function) {
            problems.add("udtrykket '" + text + "' kalder funktionen '" + function.getName() + "()', som ikke er"
                    + " tilladt");
            return;
        }
        if (node instanceof AstBracket) {
            problems.add("udtrykket '" + text + "' slår op med [ ], som ikke er tilladt");
            return;
        }
        problems.add("udtrykket '" + text + "' indeholder en konstruktion, som ikke er tilladt");
    }

    private void children(Node node, String text, List<String> problems) {
        for (int i = 0; i < node.getCardinality(); i++) {
            walk(node.getChild(i), text, problems);
        }
    }

    /** {@code a.b.c} for a chain of dots on an identifier; null for anything else. */
    private static String path(AstDot dot) {
        Node prefix = dot.getChild(0);
        String head = prefix instanceof AstIdentifier identifier
                ? identifier.getName()
                : prefix instanceof AstDot inner ? path(inner) : null;
        String property = property(dot);
        return head == null || property == null ? null : head + "." + property;
    }

    private static String property(AstDot dot) {
        try {
            return (String) DOT_PROPERTY.get(dot);
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }

    private static String javaName(String path) {
        for (String segment : path.split("\\.")) {
            if (JAVA_NAMES.contains(segment)) {
                return segment;
            }
        }
        return null;
    }

    static boolean matchesAny(String path, List<String> patterns) {
        String[] segments = path.split("\\.");
        for (String pattern : patterns) {
            String[] wanted = pattern.split("\\.");
            if (wanted.length != segments.length) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < wanted.length && matches; i++) {
                matches = wanted[i].equals("*") || wanted[i].equals(segments[i]);
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    boolean isDelegate(String name) {
        if (JAVA_NAMES.contains(name)
                || delegateNames.stream().noneMatch(p -> p.matcher(name).matches())) {
            return false;
        }
        Class<?> type = beans.type(name);
        if (type == null) {
            return false;
        }
        String pkg = type.getPackageName();
        return properties.delegatePackages().stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
    }

    private static String delegateProblem(String text) {
        return "camunda:delegateExpression '" + text + "' skal have formen ${navn} og nævne en af Tværs' delegates"
                + " eller listeners (tvaers.deployment-review.delegate-beans)";
    }

    private static String javaProblem(String text, String name) {
        return "udtrykket '" + text + "' bruger '" + name + "', som giver adgang til Java og motoren selv og aldrig"
                + " er tilladt";
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static Field dotProperty() {
        try {
            Field field = AstDot.class.getDeclaredField("property");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("the JUEL parser has changed: AstDot.property is gone", e);
        }
    }
}
