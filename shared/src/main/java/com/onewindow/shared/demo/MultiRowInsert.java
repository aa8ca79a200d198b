package com.onewindow.shared.demo;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts rows into one table as a JDBC batch of multi-row INSERT statements: far fewer round trips
 * and statement executions than one row per statement, in the SQL that H2, MariaDB and MySQL share.
 */
final class MultiRowInsert<T> {

  /** Writes one row's values in column order. */
  @FunctionalInterface
  interface Binder<T> {
    void bind(Params params, T row) throws SQLException;
  }

  private final String table;
  private final List<String> columns;
  private final int rowsPerStatement;
  private final Binder<T> binder;

  MultiRowInsert(String table, List<String> columns, int rowsPerStatement, Binder<T> binder) {
    this.table = table;
    this.columns = columns;
    this.rowsPerStatement = rowsPerStatement;
    this.binder = binder;
  }

  void insert(JdbcTemplate jdbc, List<T> rows) {
    int full = rows.size() / rowsPerStatement;
    if (full > 0) {
      execute(jdbc, rows.subList(0, full * rowsPerStatement), rowsPerStatement);
    }
    int rest = rows.size() - full * rowsPerStatement;
    if (rest > 0) {
      execute(jdbc, rows.subList(full * rowsPerStatement, rows.size()), rest);
    }
  }

  private void execute(JdbcTemplate jdbc, List<T> rows, int perStatement) {
    String row = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") values "
            + String.join(",", Collections.nCopies(perStatement, row));
    jdbc.batchUpdate(
        sql,
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int statement) throws SQLException {
            var params = new Params(ps);
            for (int i = 0; i < perStatement; i++) {
              binder.bind(params, rows.get(statement * perStatement + i));
            }
          }

          @Override
          public int getBatchSize() {
            return rows.size() / perStatement;
          }
        });
  }

  /** Sets the parameters of a statement one after the other, with the types the schema has. */
  static final class Params {

    private final PreparedStatement ps;
    private int index = 1;

    Params(PreparedStatement ps) {
      this.ps = ps;
    }

    Params id(@Nullable Long value) throws SQLException {
      if (value == null) {
        ps.setNull(index++, Types.BIGINT);
      } else {
        ps.setLong(index++, value);
      }
      return this;
    }

    Params integer(int value) throws SQLException {
      ps.setInt(index++, value);
      return this;
    }

    Params text(@Nullable Object value) throws SQLException {
      if (value == null) {
        ps.setNull(index++, Types.VARCHAR);
      } else {
        ps.setString(index++, value.toString());
      }
      return this;
    }

    Params flag(boolean value) throws SQLException {
      ps.setBoolean(index++, value);
      return this;
    }

    Params money(BigDecimal value) throws SQLException {
      ps.setBigDecimal(index++, value);
      return this;
    }

    Params date(@Nullable LocalDate value) throws SQLException {
      if (value == null) {
        ps.setNull(index++, Types.DATE);
      } else {
        ps.setObject(index++, value);
      }
      return this;
    }

    /** An instant as UTC wall time, as Hibernate stores it here (hibernate.jdbc.time_zone=UTC). */
    Params time(@Nullable Instant value) throws SQLException {
      if (value == null) {
        ps.setNull(index++, Types.TIMESTAMP);
      } else {
        ps.setObject(index++, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
      }
      return this;
    }
  }
}
