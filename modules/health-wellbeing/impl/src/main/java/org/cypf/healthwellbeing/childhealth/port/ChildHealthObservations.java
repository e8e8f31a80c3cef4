package org.cypf.healthwellbeing.childhealth.port;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cypf.healthwellbeing.childhealth.domain.ChildHealthObservation;
import org.cypf.healthwellbeing.childhealth.domain.ObservationKind;

/** Where child health observations are kept. Every method runs inside the caller's unit of work. */
public interface ChildHealthObservations {

    /** Adds those not yet held (same child, kind, day and code); answers how many were added. */
    int addAll(List<ChildHealthObservation> observations);

    /** How many observations of {@code kind} fall from {@code from} to {@code to}, both included. */
    long count(ObservationKind kind, String code, LocalDate from, LocalDate to);

    /** Of those, how many have an amount from {@code min} (included) to {@code max} (excluded); null is open. */
    long countAmount(ObservationKind kind, String code, LocalDate from, LocalDate to, BigDecimal min, BigDecimal max);

    /** How many with one of {@code codes}. */
    long countCodes(ObservationKind kind, List<String> codes, LocalDate from, LocalDate to);

    /** Children whose fifth birthday fell from {@code from} to {@code to}: how many, and how many had MMR2 by then. */
    record ByFive(long children, long mmr2) {}

    ByFive mmr2ByFive(LocalDate from, LocalDate to);
}
