package org.cypf.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The platform schema's event tables (db/migrations, schema {@code platform}), named once for jOOQ. */
final class OutboxTables {
    static final Table<Record> OUTBOX = DSL.table(DSL.name("platform", "outbox"));
    static final Field<Long> POSITION = DSL.field(DSL.name("position"), SQLDataType.BIGINT);
    static final Field<UUID> EVENT_ID = DSL.field(DSL.name("event_id"), SQLDataType.UUID);
    static final Field<String> EVENT_NAME = DSL.field(DSL.name("event_name"), SQLDataType.VARCHAR);
    static final Field<Integer> EVENT_VERSION = DSL.field(DSL.name("event_version"), SQLDataType.INTEGER);
    static final Field<String> SOURCE_CONTEXT = DSL.field(DSL.name("source_context"), SQLDataType.VARCHAR);
    static final Field<String> AGGREGATE_ID = DSL.field(DSL.name("aggregate_id"), SQLDataType.VARCHAR);
    static final Field<JSONB> PAYLOAD = DSL.field(DSL.name("payload"), SQLDataType.JSONB);
    static final Field<OffsetDateTime> OCCURRED_AT = DSL.field(DSL.name("occurred_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<Boolean> FANNED_OUT = DSL.field(DSL.name("fanned_out"), SQLDataType.BOOLEAN);

    static final Table<Record> DELIVERY = DSL.table(DSL.name("platform", "event_delivery"));
    static final Field<String> SUBSCRIBER_ID = DSL.field(DSL.name("subscriber_id"), SQLDataType.VARCHAR);
    static final Field<Long> EVENT_POSITION = DSL.field(DSL.name("event_position"), SQLDataType.BIGINT);
    /** Qualified: both tables have an aggregate_id, and listings join them. */
    static final Field<String> DELIVERY_AGGREGATE_ID = DSL.field(DSL.name("event_delivery", "aggregate_id"), SQLDataType.VARCHAR);
    static final Field<String> STATUS = DSL.field(DSL.name("status"), SQLDataType.VARCHAR);
    static final Field<Integer> ATTEMPTS = DSL.field(DSL.name("attempts"), SQLDataType.INTEGER);
    static final Field<OffsetDateTime> NEXT_ATTEMPT_AT = DSL.field(DSL.name("next_attempt_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<String> LAST_ERROR = DSL.field(DSL.name("last_error"), SQLDataType.VARCHAR);
    static final Field<OffsetDateTime> COMPLETED_AT = DSL.field(DSL.name("completed_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);


    private OutboxTables() {}
}
