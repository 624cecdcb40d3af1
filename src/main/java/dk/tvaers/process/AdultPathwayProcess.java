package dk.tvaers.process;

/** Constants of bpmn/adult-pathway.bpmn (Klar / Parat / Start): its key and the variables its starters set. */
public final class AdultPathwayProcess {

    public static final String KEY = "adult-pathway";

    /** Variable names. */
    public static final class Variables {
        /** The course number, also the business key. */
        public static final String COURSE_NUMBER = "courseNumber";

        /** The family case the young adult comes from, if any. */
        public static final String CASE_NUMBER = "caseNumber";

        private Variables() {}
    }

    private AdultPathwayProcess() {}
}
