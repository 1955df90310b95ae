package no.planstatus.common;

import java.sql.Date;
import java.time.LocalDate;

/**
 * Column values of a native query's row as the types the application uses: JDBC drivers differ in what they hand
 * back (H2 and PostgreSQL give {@code BIGINT} as {@code Long} but may give {@code DATE} as {@link java.sql.Date} or
 * {@link LocalDate}, {@code INTEGER} as {@code Integer}).
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static long longValue(Object value) {
        return ((Number) value).longValue();
    }

    public static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static Integer nullableInteger(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static LocalDate localDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((Date) value).toLocalDate();
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, Object value) {
        return value == null ? null : Enum.valueOf(type, (String) value);
    }
}
