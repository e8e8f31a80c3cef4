package org.cypf.socialcare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cypf.socialcare.api.frontdoor.FamilyMember;
import org.cypf.socialcare.api.frontdoor.RecordContact;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.cypf.socialcare.frontdoor.domain.Contact;

/** Commands with valid details for the front door, referral and child protection tests. */
public final class Casework {
    /** Every test child's date of birth. */
    public static final LocalDate BORN = LocalDate.of(2015, 3, 10);

    private Casework() {}

    public static ChildDetails child(String localChildId) {
        return new ChildDetails(localChildId, null, null, BORN, "1");
    }

    /** An instant given as a time in England, e.g. {@code at("2025-03-03T10:00")}. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Contact.ENGLAND).toInstant();
    }

    /** A school's contact (referral source 2A) about the child, received at a time in England. */
    public static RecordContact contact(String localChildId, String receivedAt) {
        return new RecordContact(child(localChildId), at(receivedAt), "2A", "Mrs Patel", "St Mary's Primary",
                "He came to school with a bruise on his cheek and said dad was angry",
                List.of(new FamilyMember("Sam Jones", "father"), new FamilyMember("Amy Jones", "mother")));
    }
}
