package org.cypf.educationskills.schoolsystem.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.SCHOOL_SYSTEM_WATERMARK;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.cypf.educationskills.schoolsystem.domain.Watermark;
import org.cypf.educationskills.schoolsystem.port.ImportWatermarks;
import org.cypf.platform.db.ContextDatabase;

/** Watermarks in education's schema ({@code school_system_watermark}). */
public final class JooqImportWatermarks implements ImportWatermarks {
    private final ContextDatabase database;

    public JooqImportWatermarks(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Watermark> of(String system, String feed) {
        return database.transactionalDsl().selectFrom(SCHOOL_SYSTEM_WATERMARK)
                .where(SCHOOL_SYSTEM_WATERMARK.SYSTEM_NAME.eq(system), SCHOOL_SYSTEM_WATERMARK.FEED.eq(feed))
                .fetchOptional(r -> new Watermark(r.getChangedAt().toInstant(), r.getLastRowId()));
    }

    @Override
    public void advance(String system, String feed, Watermark to, int rows) {
        OffsetDateTime at = to.changedAt().atOffset(ZoneOffset.UTC);
        database.transactionalDsl().insertInto(SCHOOL_SYSTEM_WATERMARK)
                .set(SCHOOL_SYSTEM_WATERMARK.SYSTEM_NAME, system)
                .set(SCHOOL_SYSTEM_WATERMARK.FEED, feed)
                .set(SCHOOL_SYSTEM_WATERMARK.CHANGED_AT, at)
                .set(SCHOOL_SYSTEM_WATERMARK.LAST_ROW_ID, to.lastRowId())
                .set(SCHOOL_SYSTEM_WATERMARK.ROWS_READ, (long) rows)
                .onConflict(SCHOOL_SYSTEM_WATERMARK.SYSTEM_NAME, SCHOOL_SYSTEM_WATERMARK.FEED).doUpdate()
                .set(SCHOOL_SYSTEM_WATERMARK.CHANGED_AT, at)
                .set(SCHOOL_SYSTEM_WATERMARK.LAST_ROW_ID, to.lastRowId())
                .set(SCHOOL_SYSTEM_WATERMARK.ROWS_READ, SCHOOL_SYSTEM_WATERMARK.ROWS_READ.plus((long) rows))
                .set(SCHOOL_SYSTEM_WATERMARK.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
    }
}
