package org.cypf.db;

import java.util.List;

/**
 * The database's schemas, one per context plus the platform's, in the order they are migrated.
 * Each schema has one role ({@code cypf_<schema>}) that the context's connection pool runs as (ADR 0004).
 */
public final class Schemas {
    public static final String PLATFORM = "platform";
    public static final String GOVERNANCE = "governance";
    public static final String SOCIAL_CARE = "social_care";
    public static final String EDUCATION_SKILLS = "education_skills";
    public static final String FAMILY_SUPPORT = "family_support";
    public static final String HEALTH_WELLBEING = "health_wellbeing";

    /** Migration order: the platform first, then governance (whose audit table contexts insert into), then the rest. */
    public static final List<String> ALL = List.of(PLATFORM, GOVERNANCE, SOCIAL_CARE, EDUCATION_SKILLS,
            FAMILY_SUPPORT, HEALTH_WELLBEING);

    /** The four service contexts plus governance: everything that is a bounded context, not plumbing. */
    public static final List<String> CONTEXTS = ALL.subList(1, ALL.size());

    private Schemas() {}

    public static String roleFor(String schema) {
        if (!ALL.contains(schema)) {
            throw new IllegalArgumentException("unknown schema " + schema);
        }
        return "cypf_" + schema;
    }
}
