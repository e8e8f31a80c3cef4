package org.cypf.educationskills.alternativeprovision.domain;

/**
 * Why a pupil is placed in alternative provision (ADR 0048), by the duty the placement meets: the local authority's
 * full-time education of a permanently excluded pupil from the sixth school day, and the school's of a suspended one
 * (Education (Provision of Full-Time Education for Excluded Pupils) (England) Regulations 2007); a school's direction
 * off site to improve behaviour (Education Act 2002 s.29A); the local authority's duty to a child who, because of
 * illness or otherwise, would not receive suitable education (Education Act 1996 s.19: health needs, no school place);
 * provision for special educational needs; other.
 */
public enum ApReason {
    PERMANENT_EXCLUSION("permanently excluded"),
    SUSPENSION("suspended"),
    OFF_SITE_DIRECTION("directed off site to improve behaviour"),
    HEALTH_NEEDS("health needs"),
    SPECIAL_EDUCATIONAL_NEEDS("special educational needs"),
    AWAITING_SCHOOL_PLACE("awaiting a school place"),
    OTHER("other");

    private final String label;

    ApReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
