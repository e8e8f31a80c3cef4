package canary.ctx11.educationskills;

/** Breach: the name is not kebab-case. */
public class BreachEducationSkillsContext {
    public static final String NAME = "Education Skills";
}
