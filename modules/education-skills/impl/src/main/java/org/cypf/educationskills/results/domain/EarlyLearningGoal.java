package org.cypf.educationskills.results.domain;

/**
 * The 17 early learning goals of the EYFS profile (statutory framework from September 2021), in their seven areas,
 * with the column each is read from. A good level of development counts the prime areas (communication and
 * language; personal, social and emotional development; physical development) and the specific areas literacy and
 * mathematics: 12 of the 17 goals.
 */
public enum EarlyLearningGoal {
    LISTENING_ATTENTION_AND_UNDERSTANDING(Area.COMMUNICATION_AND_LANGUAGE, "ListeningAttentionUnderstanding"),
    SPEAKING(Area.COMMUNICATION_AND_LANGUAGE, "Speaking"),
    SELF_REGULATION(Area.PERSONAL_SOCIAL_EMOTIONAL, "SelfRegulation"),
    MANAGING_SELF(Area.PERSONAL_SOCIAL_EMOTIONAL, "ManagingSelf"),
    BUILDING_RELATIONSHIPS(Area.PERSONAL_SOCIAL_EMOTIONAL, "BuildingRelationships"),
    GROSS_MOTOR_SKILLS(Area.PHYSICAL, "GrossMotorSkills"),
    FINE_MOTOR_SKILLS(Area.PHYSICAL, "FineMotorSkills"),
    COMPREHENSION(Area.LITERACY, "Comprehension"),
    WORD_READING(Area.LITERACY, "WordReading"),
    WRITING(Area.LITERACY, "Writing"),
    NUMBER(Area.MATHEMATICS, "Number"),
    NUMERICAL_PATTERNS(Area.MATHEMATICS, "NumericalPatterns"),
    PAST_AND_PRESENT(Area.UNDERSTANDING_THE_WORLD, "PastAndPresent"),
    PEOPLE_CULTURE_AND_COMMUNITIES(Area.UNDERSTANDING_THE_WORLD, "PeopleCultureCommunities"),
    THE_NATURAL_WORLD(Area.UNDERSTANDING_THE_WORLD, "NaturalWorld"),
    CREATING_WITH_MATERIALS(Area.EXPRESSIVE_ARTS_AND_DESIGN, "CreatingWithMaterials"),
    BEING_IMAGINATIVE_AND_EXPRESSIVE(Area.EXPRESSIVE_ARTS_AND_DESIGN, "BeingImaginativeExpressive");

    /** The seven areas of learning; the first three are the prime areas. */
    public enum Area {
        COMMUNICATION_AND_LANGUAGE(true, true), PERSONAL_SOCIAL_EMOTIONAL(true, true), PHYSICAL(true, true),
        LITERACY(false, true), MATHEMATICS(false, true), UNDERSTANDING_THE_WORLD(false, false),
        EXPRESSIVE_ARTS_AND_DESIGN(false, false);

        private final boolean prime;
        private final boolean countsForGoodLevel;

        Area(boolean prime, boolean countsForGoodLevel) {
            this.prime = prime;
            this.countsForGoodLevel = countsForGoodLevel;
        }

        public boolean isPrime() {
            return prime;
        }

        /** The prime areas, literacy and mathematics: the areas a good level of development needs. */
        public boolean countsForGoodLevelOfDevelopment() {
            return countsForGoodLevel;
        }
    }

    private final Area area;
    private final String column;

    EarlyLearningGoal(Area area, String column) {
        this.area = area;
        this.column = column;
    }

    public Area area() {
        return area;
    }

    /** The column of a profile file that holds this goal's outcome. */
    public String column() {
        return column;
    }
}
