package org.cypf.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/**
 * A statement built with jOOQ once and rendered to SQL text once, then run as a JDBC prepared statement on the unit
 * of work's connection with the values of each call (ADR 0125). jOOQ renders a query's text again every time it runs,
 * which was a quarter of a unit of work's CPU on the hottest reads and writes; its manual's advice for those is this:
 * keep the SQL it generated and prepare it yourself. Rows still come back as jOOQ records of the query's own fields,
 * so an adapter maps them as before.
 *
 * <p>Only for a statement whose shape never changes: every value a call varies is a {@link DSL#param(String, Class)
 * named parameter} (a list as one array parameter, {@code = any(?)}), never an IN list or a literal. The parameters
 * are bound in the order the query names them, checked against the call's count.
 *
 * @param <R> the record type of the rows a select returns
 */
public final class RenderedQuery<R extends Record> {
    private static final DSLContext RENDERER = DSL.using(SQLDialect.POSTGRES, new Settings().withRenderFormatted(false));

    private final String sql;
    private final List<String> parameters;
    private final Field<?>[] fields;

    private RenderedQuery(String sql, List<String> parameters, Field<?>[] fields) {
        this.sql = sql;
        this.parameters = parameters;
        this.fields = fields;
    }

    private RenderedQuery(Query query, Field<?>[] fields, String[] order) {
        this.sql = RENDERER.render(query);
        // The parameters' names in the order their markers appear in the text, which is the order values are bound
        // in; the caller declares that order and it is checked here, once, when the statement is made.
        List<String> rendered = new java.util.ArrayList<>();
        var named = java.util.regex.Pattern.compile("(?<![:\\w]):(\\w+)").matcher(RENDERER.renderNamedParams(query));
        while (named.find()) {
            rendered.add(named.group(1));
        }
        int markers = RENDERER.extractBindValues(query).size();
        if (markers != rendered.size() || rendered.stream().anyMatch(n -> n.chars().allMatch(Character::isDigit))) {
            // A value bound as an unnamed parameter would be fixed at its first call's value.
            throw new IllegalArgumentException("every bind value must be a named parameter: " + markers
                    + " bind values, named " + rendered + " in " + sql);
        }
        if (!rendered.equals(List.of(order))) {
            throw new IllegalArgumentException("the statement binds " + rendered + ", in that order, not "
                    + List.of(order));
        }
        this.parameters = List.copyOf(rendered);
        this.fields = fields;
    }

    /**
     * A select, rendered once; its rows come back as records of its own fields. {@code order} names its parameters
     * in the order a call gives their values (as they appear in the SQL text; checked now).
     */
    public static <R extends Record> RenderedQuery<R> select(ResultQuery<R> query, String... order) {
        return new RenderedQuery<>(query, query.fields(), order);
    }

    /** An insert, update or delete, rendered once; {@code order} as for {@link #select}. */
    public static RenderedQuery<Record> statement(Query query, String... order) {
        return new RenderedQuery<>(query, new Field<?>[0], order);
    }

    /**
     * A statement written in SQL, with {@code parameters} {@code ?} markers bound in order; a select's rows come back
     * as records of {@code fields}, one a column in order.
     */
    public static RenderedQuery<Record> sql(String sql, int parameters, Field<?>... fields) {
        long markers = sql.chars().filter(c -> c == '?').count();
        if (markers != parameters) {
            throw new IllegalArgumentException(markers + " ? markers for " + parameters + " parameters in " + sql);
        }
        return new RenderedQuery<>(sql, java.util.stream.IntStream.rangeClosed(1, parameters).mapToObj(Integer::toString)
                .toList(), fields.clone());
    }

    /** The parameters' names, in the order a call gives their values. */
    public List<String> parameters() {
        return parameters;
    }

    /** The SQL text sent, with a {@code ?} for each parameter. */
    public String sql() {
        return sql;
    }

    /**
     * The rows for {@code values}, one a named parameter in the order the query names them, on {@code dsl}'s
     * connection (the unit of work's, for a transactional DSL).
     */
    public Result<Record> fetch(DSLContext dsl, Object... values) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = prepared(connection, values); ResultSet rows = statement.executeQuery()) {
                return dsl.fetch(rows, fields);
            } catch (SQLException e) {
                throw translated(e);
            }
        });
    }

    /** Rows changed by running the statement with {@code values}, as {@link #fetch} binds them. */
    public int execute(DSLContext dsl, Object... values) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = prepared(connection, values)) {
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw translated(e);
            }
        });
    }

    /** As jOOQ reports a refusal: a constraint's as {@link IntegrityConstraintViolationException}, the SQL state kept. */
    private DataAccessException translated(SQLException e) {
        String message = "SQL [" + sql + "]; " + e.getMessage();
        return e.getSQLState() != null && e.getSQLState().startsWith("23")
                ? new IntegrityConstraintViolationException(message, e) : new DataAccessException(message, e);
    }

    private PreparedStatement prepared(Connection connection, Object[] values) throws SQLException {
        if (values.length != parameters.size()) {
            throw new IllegalArgumentException("expected " + parameters.size() + " values " + parameters + ", got "
                    + values.length);
        }
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                bind(connection, statement, i + 1, values[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value)
            throws SQLException {
        switch (value) {
            case UUID[] ids -> statement.setArray(index, connection.createArrayOf("uuid", ids));
            case String[] texts -> statement.setArray(index, connection.createArrayOf("text", texts));
            case Integer[] numbers -> statement.setArray(index, connection.createArrayOf("int4", numbers));
            case Long[] numbers -> statement.setArray(index, connection.createArrayOf("int8", numbers));
            case Param<?> p -> throw new IllegalArgumentException("give the parameter's value, not " + p.getParamName());
            case null, default -> statement.setObject(index, value);
        }
    }
}
