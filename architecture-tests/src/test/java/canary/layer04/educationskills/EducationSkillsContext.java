package canary.layer04.educationskills;

/** The context's assembly class: it states the context's name, and gives the report the context's name in words. */
public class EducationSkillsContext {
    public static final String NAME = "education-skills";
}
