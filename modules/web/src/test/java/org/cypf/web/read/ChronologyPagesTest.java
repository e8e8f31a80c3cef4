package org.cypf.web.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.cypf.educationskills.api.virtualschool.PepView;
import org.cypf.educationskills.api.virtualschool.PepsPage;
import org.cypf.educationskills.api.virtualschool.VirtualSchool;
import org.cypf.educationskills.api.virtualschool.VirtualSchoolChildView;
import org.cypf.educationskills.api.virtualschool.VirtualSchoolRollPage;
import org.cypf.familysupport.api.earlyhelp.EarlyHelpEpisodes;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.api.childrenincare.ChildrenInCareHealth;
import org.cypf.healthwellbeing.api.healthychild.HealthyChildProgramme;
import org.cypf.healthwellbeing.api.mentalhealth.MentalHealthReferrals;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.socialcare.api.assessment.ReferralsAndAssessments;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetings;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.MissingFromCare;
import org.cypf.socialcare.api.frontdoor.FrontDoor;
import org.cypf.socialcare.api.protection.ChildProtection;
import org.cypf.web.model.Chronology;
import org.junit.jupiter.api.Test;

/**
 * A child's chronology when one context holds more of the child's records than one reading brings (ADR 0095): the
 * virtual school holds 150 PEPs of the child, its reading brings 100 a page, and every PEP is on a page, in date order,
 * each once; a page reads the context only as far as it needs. The contexts' apis are stood in for by a virtual school
 * that pages its list as the api does (page and size) and contexts that refuse the user, as a role's would.
 */
class ChronologyPagesTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final Caller CALLER = new Caller("vs.head", "council", "virtual-school-head", null);
    private static final String CHILD = "0b6f6f1e-2f7a-4d39-9d4a-3c1c2f3b9a10";
    private static final LocalDate ENTERED_CARE = LocalDate.of(2019, 12, 2);
    private static final int PEPS = 150;

    private static LocalDate heldOn(int pep) {
        return LocalDate.of(2020, 1, 6).plusWeeks(2L * (pep - 1));
    }

    /** How many pages of PEPs the virtual school was asked for. */
    private final List<Integer> pepPagesRead = new ArrayList<>();

    private final VirtualSchool virtualSchool = (VirtualSchool) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {VirtualSchool.class}, (proxy, method, args) -> switch (method.getName()) {
                case "pepsOf" -> {
                    int page = (int) args[2];
                    int size = (int) args[3];
                    pepPagesRead.add(page);
                    List<PepView> peps = IntStream.rangeClosed(1, PEPS).skip((long) (page - 1) * size).limit(size)
                            .mapToObj(n -> new PepView("pep-" + n, CHILD, heldOn(n), heldOn(n), true,
                                    heldOn(n).plusMonths(3), List.of(), null)).toList();
                    yield new PepsPage(peps, page, size, PEPS);
                }
                case "timesInCareOf" -> new VirtualSchoolRollPage((int) args[2] == 1
                        ? List.of(new VirtualSchoolChildView(CHILD, null, null, ENTERED_CARE, heldOn(PEPS).plusMonths(3),
                        null)) : List.of(), (int) args[2], (int) args[3], 1);
                default -> throw new UnsupportedOperationException(method.getName());
            });

    @SuppressWarnings("unchecked")
    private static <T> T refusing(Class<T> api) {
        return (T) Proxy.newProxyInstance(ChronologyPagesTest.class.getClassLoader(), new Class<?>[] {api},
                (proxy, method, args) -> {
                    throw new AccessDenied("your role may not read this");
                });
    }

    private Chronology page(int n) {
        var apis = new ContextApis(null, null, null, null, null, refusing(ChildProtection.class),
                refusing(ChildrenLookedAfter.class), virtualSchool, refusing(ChildrenInCareHealth.class), null, null,
                null, null, null, null, refusing(FrontDoor.class), refusing(ReferralsAndAssessments.class),
                refusing(MissingFromCare.class), refusing(FamilyNetworkMeetings.class),
                refusing(EarlyHelpEpisodes.class),
                refusing(org.cypf.familysupport.api.familynetwork.FamilyNetworkMeetings.class),
                refusing(HealthyChildProgramme.class),
                refusing(MentalHealthReferrals.class));
        return new ChronologyReading(apis).chronology(CALLER, CHILD, n);
    }

    @Test
    void the_101st_record_of_a_context_is_on_a_page_and_every_record_is_on_one_page_once_in_date_order() {
        Chronology first = page(1);
        assertEquals(ChronologyReading.CHRONOLOGY_PAGE, first.entries().size());
        assertEquals("Joined the virtual school's roll", first.entries().getFirst().what());
        assertFalse(first.complete(), "the first page does not need the second page of PEPs");
        assertTrue(first.hasNext(), "a next page is offered although the chronology's length is not yet known");
        assertEquals(List.of(1), pepPagesRead, "one page of the virtual school's PEPs read for the first page");
        assertEquals(List.of("Social care: contacts", "Social care: referrals and assessments",
                "Social care: children looked after", "Social care: missing from care", "Social care: child protection",
                "Social care: family network meetings", "Family support: early help",
                "Family support: family network meetings", "Health and wellbeing: children in care",
                "Health and wellbeing: healthy child programme",
                "Health and wellbeing: mental health referrals"), first.notShown(), "in the page's order of contexts");

        // Joined, 150 PEPs, the next PEP due: 152 entries, four pages of 50; the 101st PEP is the 102nd entry.
        List<Chronology.Entry> all = new ArrayList<>(first.entries());
        Chronology third = null;
        for (int n = 2; n <= 4; n++) {
            Chronology p = page(n);
            all.addAll(p.entries());
            if (n == 3) {
                third = p;
            }
        }
        assertTrue(third.entries().stream().anyMatch(e -> e.date().equals(DAY.format(heldOn(101)))
                && e.what().startsWith("Personal Education Plan held")), "the 101st PEP is on page 3");
        assertTrue(third.complete(), "page 3 needed every PEP: the length is known");
        assertEquals(152, third.total());
        assertEquals(4, third.pages());
        List<String> expected = new ArrayList<>();
        expected.add(DAY.format(ENTERED_CARE));
        IntStream.rangeClosed(1, PEPS).forEach(n -> expected.add(DAY.format(heldOn(n))));
        expected.add(DAY.format(heldOn(PEPS).plusMonths(3)));
        assertEquals(expected, all.stream().map(Chronology.Entry::date).toList(), "every entry once, oldest first");
        assertEquals("Personal Education Plan due", all.getLast().what());
        assertTrue(page(5).entries().isEmpty(), "no page beyond the last");
    }
}
