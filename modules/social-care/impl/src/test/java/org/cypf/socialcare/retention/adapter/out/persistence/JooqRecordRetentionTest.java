package org.cypf.socialcare.retention.adapter.out.persistence;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.governance.api.access.RetentionRule;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ChildRows;
import org.cypf.socialcare.Casework;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Social care's retention adapter on a real PostgreSQL (ADR 0034), with records made through the use cases: children
 * looked after (two periods ended, one open), and a contact about a child in need. On 1 January 2100 every ended
 * period is past its child's 75th birthday and the contact past its child's 25th; the open period is never due.
 * Anonymising every due record removes what identified the children and leaves every measure social care computes,
 * on every date tried, exactly as it was.
 */
class JooqRecordRetentionTest {
    private static final LocalDate LATER = of(2100, 1, 1);
    private static final LocalDate BORN = of(2011, 9, 1);
    private static final List<LocalDate> DATES = List.of(of(2024, 3, 31), of(2025, 3, 31), of(2025, 6, 30));
    private static SocialCareFixture f;
    private static RecordRetention retention;
    private static UUID endedChild;
    private static UUID openChild;
    private static UUID contactChild;

    @BeforeAll
    static void start() {
        f = SocialCareFixture.start("social care retention", 20_000);
        retention = f.context.recordRetention();
        ChildrenLookedAfter lookedAfter = f.context.childrenLookedAfter();
        var ended = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("RT1", BORN, of(2024, 1, 15)));
        lookedAfter.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(ended.periodId(), of(2025, 4, 1), "E4A", 0));
        var twice = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("RT2", BORN, of(2024, 5, 1)));
        lookedAfter.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(twice.periodId(), of(2025, 3, 1), "E4A", 0));
        var open = lookedAfter.startToBeLookedAfter(SOCIAL_WORKER, startCommand("RT3", BORN, of(2024, 6, 1)));
        var contact = f.context.frontDoor().recordContact(SOCIAL_WORKER, Casework.contact("RT4", "2025-03-03T10:00"));
        endedChild = UUID.fromString(ended.childId());
        openChild = UUID.fromString(open.childId());
        contactChild = UUID.fromString(contact.childId());
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** Every measure of every source on every date, as text (a failure to compute is recorded as one). */
    private static Map<String, String> measures() {
        Map<String, String> values = new LinkedHashMap<>();
        for (MeasureSource source : f.context.measureSources()) {
            for (String key : source.measureKeys().stream().sorted().toList()) {
                for (LocalDate date : DATES) {
                    String value;
                    try {
                        var m = source.compute(key, date);
                        value = m.value().toPlainString() + " (" + m.numerator() + "/" + m.denominator() + ")";
                    } catch (RuntimeException e) {
                        value = e.getClass().getSimpleName();
                    }
                    values.put(key + " on " + date, value);
                }
            }
        }
        return values;
    }

    private static List<DueRecord> allDue() {
        List<DueRecord> due = new ArrayList<>();
        long total = retention.countDue(LATER);
        for (long offset = 0; offset < total; offset += 2) {
            due.addAll(retention.due(LATER, Set.of(), offset, 2));
        }
        assertEquals(total, due.size(), "the pages hold every due record once");
        return due;
    }

    @Test
    void anonymising_every_due_record_removes_the_children_and_keeps_every_measure() {
        assertEquals(0, retention.countDue(of(2025, 6, 30)), "nothing is due today");
        Map<String, String> before = measures();
        assertTrue(before.values().stream().anyMatch(v -> v.startsWith("2 ") || v.startsWith("3 ")),
                "the measures count these children: " + before);

        List<DueRecord> due = allDue();
        assertEquals(Set.of("period-of-care:CARE-RECORD", "contact:CHILDREN-IN-NEED"),
                due.stream().map(d -> d.recordType() + ":" + d.rule()).collect(Collectors.toSet()));
        assertEquals(3, due.size(), "two ended periods and the contact; the open period is never due");
        DueRecord contactDue = due.stream().filter(d -> d.recordType().equals("contact")).findFirst().orElseThrow();
        assertEquals(of(2040, 3, 10), contactDue.dueOn(), "the contact's child was born 2015-03-10: the 25th birthday");
        assertEquals(BORN.plusYears(RetentionRule.CARE_RECORD.years()),
                due.stream().filter(d -> d.recordType().equals("period-of-care")).findFirst().orElseThrow().dueOn());

        for (DueRecord record : due) {
            assertEquals(record, retention.anonymise(record.recordType(), record.recordId(), LATER, Set.of()).orElseThrow());
        }

        assertEquals(before, measures(), "every measure is the same before and after");
        assertEquals(0, retention.countDue(LATER), "nothing is due twice");
        assertEquals(List.of(), ChildRows.of(f.socialCareDb, endedChild), "nothing names the child any more");
        assertEquals(List.of(), ChildRows.of(f.socialCareDb, contactChild));
        assertEquals(0, f.count("select count(*) from social_care.child where la_child_id in ('RT1', 'RT2', 'RT4')"));
        assertEquals(0, f.count("select count(*) from social_care.contact where worry like '%bruise%'"));
        assertEquals(0, f.count("select count(*) from social_care.contact_family_member where name like '%Jones%'"));
        assertEquals(0, f.count("select count(*) from social_care.episode e join social_care.period_of_care p"
                + " using (period_id) where p.child_id <> ? and (e.placement_postcode is not null or e.home_postcode is not null)",
                openChild), "postcodes of anonymised periods are cleared");
        assertEquals(0, f.count("select count(*) from social_care.retention_pseudonym"), "no pseudonym is kept");
        assertEquals(1, f.count("select count(*) from social_care.child where la_child_id = 'RT3'"),
                "the child still in care is untouched");
        assertTrue(ChildRows.of(f.socialCareDb, openChild).size() > 1);
        assertEquals(4, f.count("select count(*) from social_care.child"), "three pseudonymous rows and the child in care");

        DueRecord again = due.getFirst();
        assertEquals(again, retention.anonymise(again.recordType(), again.recordId(), LATER, Set.of()).orElseThrow(),
                "a repeat answers the record, changing nothing");
        assertTrue(retention.anonymise("period-of-care", UUID.randomUUID(), LATER, Set.of()).isEmpty());
        assertTrue(retention.dueRecord("contact", ChildId.newId().value(), LATER, Set.of()).isEmpty());
    }
}
