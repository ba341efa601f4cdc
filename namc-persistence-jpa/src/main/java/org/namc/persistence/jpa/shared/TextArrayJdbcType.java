package org.namc.persistence.jpa.shared;

import org.hibernate.dialect.type.PostgreSQLArrayJdbcType;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.LongVarcharJdbcType;

/**
 * The JDBC type of {@code text[]} columns: a PostgreSQL array whose elements are {@code text}.
 * Plain {@code @JdbcTypeCode(SqlTypes.ARRAY)} on a {@code String[]} makes the elements
 * {@code varchar}, and HQL array functions then cast their arguments to {@code varchar array},
 * which PostgreSQL refuses to compare with {@code text[]}
 * ({@code operator does not exist: text[] @> character varying[]}).
 * Use it as {@code @JdbcType(TextArrayJdbcType.class)}.
 */
public final class TextArrayJdbcType extends PostgreSQLArrayJdbcType {
    public TextArrayJdbcType() {
        super(new LongVarcharJdbcType(SqlTypes.LONG32VARCHAR));
    }
}
