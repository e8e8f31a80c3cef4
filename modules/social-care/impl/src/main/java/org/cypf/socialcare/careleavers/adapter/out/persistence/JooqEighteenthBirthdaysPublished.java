package org.cypf.socialcare.careleavers.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.EIGHTEENTH_BIRTHDAY_PUBLISHED;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.careleavers.port.EighteenthBirthdaysPublished;
import org.jooq.impl.DSL;

/** The children whose 18th birthday was published, in {@code social_care.eighteenth_birthday_published}. */
public final class JooqEighteenthBirthdaysPublished implements EighteenthBirthdaysPublished {
    private final ContextDatabase database;

    public JooqEighteenthBirthdaysPublished(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public java.util.Set<ChildId> published(java.util.Collection<ChildId> children) {
        if (children.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(database.transactionalDsl().select(EIGHTEENTH_BIRTHDAY_PUBLISHED.CHILD_ID)
                .from(EIGHTEENTH_BIRTHDAY_PUBLISHED)
                .where(EIGHTEENTH_BIRTHDAY_PUBLISHED.CHILD_ID.eq(DSL.any(children.stream().map(ChildId::value).toArray(UUID[]::new))))
                .fetch(r -> ChildId.of(r.value1())));
    }

    @Override
    public boolean markPublished(ChildId child, LocalDate birthday, UUID periodId) {
        // "on conflict do nothing": two runs at the same moment publish once; the second sees 0 rows and skips.
        return database.transactionalDsl().insertInto(EIGHTEENTH_BIRTHDAY_PUBLISHED)
                .set(EIGHTEENTH_BIRTHDAY_PUBLISHED.CHILD_ID, child.value())
                .set(EIGHTEENTH_BIRTHDAY_PUBLISHED.BIRTHDAY, birthday)
                .set(EIGHTEENTH_BIRTHDAY_PUBLISHED.PERIOD_ID, periodId)
                .onConflictDoNothing()
                .execute() == 1;
    }
}
