package org.cypf.educationskills.alternativeprovision.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;

/**
 * A pupil's placement in alternative provision (ADR 0048). The rules a placement keeps, each named when refused:
 * <ul>
 *   <li>{@code AP-PROVIDER}: the provider is named by a URN or a UKPRN, and a registered school by its URN;</li>
 *   <li>{@code AP-SESSIONS}: 1 to 10 sessions a week (a school week has ten sessions, morning and afternoon);</li>
 *   <li>{@code AP-DATES}: its days fall from 1 January 2000 to 31 December 2099, and it ends on or after its start.</li>
 * </ul>
 * A pupil's placement is known by provider and start date: the same again is the same placement.
 */
public record ApPlacement(UUID placementId, UniquePupilNumber upn, ApProvider provider, ApSettingType settingType,
                          ApReason reason, LocalDate startDate, LocalDate endDate, int sessionsPerWeek) {
    public static final int MAX_SESSIONS_PER_WEEK = 10;
    public static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_DAY = LocalDate.of(2099, 12, 31);

    public ApPlacement {
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(settingType, "settingType");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(startDate, "startDate");
        var v = new Violations();
        checkDetails(v, provider.urn(), provider.ukprn(), settingType, startDate, endDate, sessionsPerWeek);
        v.throwIfAny();
    }

    /** Checks a placement's details, naming each field and the rule it breaks. */
    public static void checkDetails(Violations v, Integer urn, Integer ukprn, ApSettingType settingType,
                                    LocalDate startDate, LocalDate endDate, Integer sessionsPerWeek) {
        v.check(urn == null || ApProvider.isUrn(urn), "providerUrn", "must be six digits (rule AP-PROVIDER)");
        v.check(ukprn == null || ApProvider.isUkprn(ukprn), "providerUkprn",
                "must be eight digits from 10000000 (rule AP-PROVIDER)");
        if (urn == null && ukprn == null) {
            v.add("providerUrn", "a URN or a UKPRN of the provider is required (rule AP-PROVIDER)");
        } else if (urn == null && settingType != null && settingType.isRegisteredSchool()) {
            v.add("providerUrn", "is required for a " + settingType.label()
                    + ": a registered school is named by its URN (rule AP-PROVIDER)");
        }
        if (sessionsPerWeek == null) {
            v.add("sessionsPerWeek", "is required");
        } else {
            v.check(sessionsPerWeek >= 1 && sessionsPerWeek <= MAX_SESSIONS_PER_WEEK, "sessionsPerWeek",
                    "must be from 1 to 10: a school week has ten sessions (rule AP-SESSIONS)");
        }
        if (startDate == null) {
            v.add("startDate", "is required");
        } else {
            checkDay(v, "startDate", startDate);
            v.check(endDate == null || !endDate.isBefore(startDate), "endDate",
                    "must be on or after the start date (rule AP-DATES)");
        }
        if (endDate != null) {
            checkDay(v, "endDate", endDate);
        }
    }

    /** A placement's day, from 2000-01-01 to 2099-12-31 (rule AP-DATES). */
    public static void checkDay(Violations v, String field, LocalDate day) {
        v.check(!day.isBefore(EARLIEST_START) && !day.isAfter(LATEST_DAY), field,
                "must be from 2000-01-01 to 2099-12-31 (rule AP-DATES)");
    }

    /** Whether {@code other} is the same placement: the same pupil at the same provider from the same day. */
    public boolean samePlacement(ApPlacement other) {
        return upn.equals(other.upn) && provider.equals(other.provider) && startDate.equals(other.startDate);
    }

    /** Whether {@code other}, the same placement, says the same of it. */
    public boolean sameFacts(ApPlacement other) {
        return samePlacement(other) && settingType == other.settingType && reason == other.reason
                && Objects.equals(endDate, other.endDate) && sessionsPerWeek == other.sessionsPerWeek;
    }

    /** The placement ended on {@code day}; ending it again on the same day is the same, on another day refused. */
    public ApPlacement endedOn(LocalDate day) {
        if (endDate != null && !endDate.equals(day)) {
            throw new Conflict("the placement already ended on " + endDate);
        }
        if (day.isBefore(startDate)) {
            throw InvalidInput.of("endDate", "must be on or after the start date " + startDate + " (rule AP-DATES)");
        }
        return new ApPlacement(placementId, upn, provider, settingType, reason, startDate, day, sessionsPerWeek);
    }
}
