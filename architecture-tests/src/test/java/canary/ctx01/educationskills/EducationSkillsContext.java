package canary.ctx01.educationskills;

/** The context's assembly class. */
public class EducationSkillsContext {
}
