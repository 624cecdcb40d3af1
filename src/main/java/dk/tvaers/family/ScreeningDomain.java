package dk.tvaers.family;

/**
 * The domains of the needs screening at intake and after, each scored per member on ONE five-step scale: <b>1 = very
 * large need, 5 = no need (higher is better)</b>. The domains follow Odense's screening tool, built on ICS (children),
 * VUM (adults) and the employment parameters; {@link #basis()} says which. A VUM score (0 = no problems … 4 = complete
 * problems) is entered as {@code 5 - VUM} (docs/law.md, "Screening og visitation").
 */
public enum ScreeningDomain {
    /** ICS: the child's education; VUM: samfundsliv (education). */
    SCHOOL_EDUCATION(Basis.ICS_VUM, Applies.ALL),
    /** The employment parameters: attachment to the labour market. */
    EMPLOYMENT(Basis.EMPLOYMENT, Applies.ADULTS),
    /** ICS: health; VUM: sundhed (physical health). Scores before issue 15 covered health in general. */
    HEALTH(Basis.ICS_VUM, Applies.ALL),
    /** ICS: family and social relationships; VUM: socialt liv. */
    FAMILY_RELATIONS(Basis.ICS_VUM, Applies.ALL),
    /** ICS: social presentation and the family's social integration; VUM: socialt liv. */
    LEISURE_NETWORK(Basis.ICS_VUM, Applies.ALL),
    /** Crime and attachment to criminal networks (Odense's visitation criterion). */
    CRIME_RISK(Basis.ODENSE, Applies.ALL),
    /** ICS: family and environmental factors, housing; VUM: omgivelser. */
    HOUSING(Basis.ICS_VUM, Applies.ALL),
    /** ICS: income; VUM: samfundsliv (economy): debt. */
    ECONOMY_DEBT(Basis.ICS_VUM, Applies.ADULTS),
    /** ICS: emotional and behavioural development; VUM: sundhed (mental health). */
    MENTAL_HEALTH(Basis.ICS_VUM, Applies.ALL),
    /** VUM: sundhed (substance abuse); ICS: health. */
    SUBSTANCE_ABUSE(Basis.ICS_VUM, Applies.ALL),
    /** ICS: parenting capacity (basic care, safety, warmth, guidance and boundaries, stability). */
    PARENTING_CAPACITY(Basis.ICS, Applies.ADULTS),
    /** VUM: samfundsliv and mobility: the ability to act in and understand society (language, mobility). */
    SOCIETAL_PARTICIPATION(Basis.ICS_VUM, Applies.ALL),
    /** The scope of measures, or the risk of them (Odense's visitation criterion). */
    MEASURES(Basis.ODENSE, Applies.ALL),
    /** Crime in the family and its network, reaching into the family (Odense's visitation criterion). */
    NETWORK_CRIME(Basis.ODENSE, Applies.ALL);

    /** The scale's lowest score: a very large need. */
    public static final int LARGE_NEED = 1;

    /** The scale's highest score: no need. Higher is better. */
    public static final int NO_NEED = 5;

    /** A score at or below this counts as a problem (a large need) in the burden grade. */
    public static final int PROBLEM_AT_MOST = 2;

    /** Where a domain comes from. */
    public enum Basis {
        /** ICS (children) and VUM (adults). */
        ICS_VUM,
        /** ICS alone. */
        ICS,
        /** The employment parameters. */
        EMPLOYMENT,
        /** Odense's visitation criteria (the burden grade). */
        ODENSE
    }

    /** Whom a domain is scored for. */
    public enum Applies {
        ALL,
        ADULTS
    }

    private final Basis basis;
    private final Applies applies;

    ScreeningDomain(Basis basis, Applies applies) {
        this.basis = basis;
        this.applies = applies;
    }

    public Basis basis() {
        return basis;
    }

    public Applies applies() {
        return applies;
    }
}
