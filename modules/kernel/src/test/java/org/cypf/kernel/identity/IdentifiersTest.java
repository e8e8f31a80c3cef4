package org.cypf.kernel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {
    private static final String TEXT = "123e4567-e89b-12d3-a456-426614174000";

    @Test
    void parsesAndPrintsTheUuidText() {
        ChildId child = ChildId.parse(TEXT);
        assertEquals(UUID.fromString(TEXT), child.value());
        assertEquals(TEXT, child.toString());
        assertEquals(TEXT, FamilyId.parse(TEXT).toString());
        assertEquals(TEXT, PersonId.parse(TEXT).toString());
    }

    @Test
    void parsingIsCaseInsensitiveAndPrintsLowerCase() {
        assertEquals(ChildId.parse(TEXT), ChildId.parse(" " + TEXT.toUpperCase() + " "));
        assertEquals(TEXT, ChildId.parse(TEXT.toUpperCase()).toString());
    }

    @Test
    void roundTripsThroughText() {
        ChildId c = ChildId.newId();
        FamilyId f = FamilyId.newId();
        PersonId p = PersonId.newId();
        assertEquals(c, ChildId.parse(c.toString()));
        assertEquals(f, FamilyId.parse(f.toString()));
        assertEquals(p, PersonId.parse(p.toString()));
    }

    @Test
    void newIdsAreRandom() {
        assertNotEquals(ChildId.newId(), ChildId.newId());
        assertEquals(4, ChildId.newId().value().version());
    }

    @Test
    void differentKindsOfIdentifierAreNotEqualEvenWithTheSameUuid() {
        UUID u = UUID.randomUUID();
        assertFalse(ChildId.of(u).equals(PersonId.of(u)));
        assertEquals(ChildId.of(u), new ChildId(u));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not-a-uuid",
        "1-1-1-1-1", // accepted by UUID.fromString, but not a canonical UUID
        "123e4567e89b12d3a456426614174000",
        "123e4567-e89b-12d3-a456-42661417400g",
        "123e4567-e89b-12d3-a456-4266141740000",
        "{123e4567-e89b-12d3-a456-426614174000}"})
    void refusesMalformedTextWithoutEchoingIt(String text) {
        for (var parser : java.util.List.<java.util.function.Function<String, ?>>of(ChildId::parse, FamilyId::parse, PersonId::parse)) {
            InvalidInput e = assertThrows(InvalidInput.class, () -> parser.apply(text));
            FieldViolation v = e.violations().getFirst();
            assertEquals("id", v.field());
            assertFalse(v.reason().contains(text));
            assertFalse(e.getMessage().contains(text));
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesMissingText(String text) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> ChildId.parse(text));
        assertEquals(new FieldViolation("id", "is required"), e.violations().getFirst());
    }

    @Test
    void refusesANullUuid() {
        assertThrows(InvalidInput.class, () -> new ChildId(null));
        assertThrows(InvalidInput.class, () -> new FamilyId(null));
        assertThrows(InvalidInput.class, () -> new PersonId(null));
    }
}
