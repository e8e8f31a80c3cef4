package org.cypf.socialcare.returns.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD_PROTECTION_ENQUIRY;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.REFERRAL;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.assessment.adapter.out.persistence.JooqReferrals;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.adapter.out.persistence.JooqChildProtectionEnquiries;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.returns.port.CinCensusRecords;
import org.jooq.impl.DSL;

/**
 * The CIN census's reads of {@code social_care.referral} and {@code child_protection_enquiry}: finds the rows, then
 * loads each through {@link JooqReferrals} and {@link JooqChildProtectionEnquiries} so they are mapped one way only.
 */
public final class JooqCinCensusRecords implements CinCensusRecords {
    private final ContextDatabase database;
    private final JooqReferrals referrals;
    private final JooqChildProtectionEnquiries enquiries;

    public JooqCinCensusRecords(ContextDatabase database) {
        this.database = database;
        this.referrals = new JooqReferrals(database);
        this.enquiries = new JooqChildProtectionEnquiries(database);
    }

    @Override
    public List<Referral> referralsOpenBetween(LocalDate from, LocalDate to) {
        List<UUID> ids = database.transactionalDsl().select(REFERRAL.REFERRAL_ID).from(REFERRAL)
                .where(REFERRAL.REFERRAL_DATE.le(to)
                        .and(REFERRAL.CLOSURE_DATE.isNull().or(REFERRAL.CLOSURE_DATE.ge(from))))
                .orderBy(REFERRAL.REFERRAL_DATE, REFERRAL.RECORDED_AT, REFERRAL.REFERRAL_ID)
                .fetch(REFERRAL.REFERRAL_ID);
        return ids.stream().map(referrals::find).flatMap(Optional::stream).toList();
    }

    @Override
    public List<ChildProtectionEnquiry> enquiriesOf(Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = database.transactionalDsl().select(CHILD_PROTECTION_ENQUIRY.ENQUIRY_ID)
                .from(CHILD_PROTECTION_ENQUIRY)
                .where(CHILD_PROTECTION_ENQUIRY.REFERRAL_ID.eq(DSL.any(referralIds.toArray(UUID[]::new))))
                .orderBy(CHILD_PROTECTION_ENQUIRY.ENQUIRY_ID)
                .fetch(CHILD_PROTECTION_ENQUIRY.ENQUIRY_ID);
        return ids.stream().map(enquiries::find).flatMap(Optional::stream).toList();
    }
}
