package io.broadsheet.corpus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks and rebuilds the indexes of an embedded H2 store, table by table, without naming
 * any: what it reads of the schema comes from H2's {@code INFORMATION_SCHEMA}.
 * <p>
 * H2 keeps each index apart from its table's rows. A recovery that keeps part of a
 * transaction can leave a row in its table but not in an index, or the other way round; a
 * query that walks that index then misses the row (a listing one article short) or fails
 * on it, and a delete of the row fails. H2 has no command that rebuilds an index, but
 * walking each index in its own order ({@code USE INDEX}) counts its entries, and a plain
 * index can be built again under another name and swapped in. An index that backs a
 * constraint (primary key, foreign key) cannot be dropped without the constraint; finding
 * one out of step is reported, and the caller empties the store instead.
 */
final class EmbeddedStoreIndexes {

	/** The suffix of an index built to replace one; renamed once the old one is gone. */
	static final String REBUILT = "_REBUILT";

	private static final String INDEXES = """
			select i.table_name, i.index_name, c.column_name, c.ordering_specification, c.null_ordering
			from information_schema.indexes i
			join information_schema.index_columns c
			  on c.index_schema = i.index_schema and c.index_name = i.index_name and c.table_name = i.table_name
			where i.table_schema = schema()
			order by i.table_name, i.index_name, c.ordinal_position
			""";

	private static final String CONSTRAINT_INDEXES = """
			select index_name from information_schema.table_constraints
			where table_schema = schema() and index_name is not null
			""";

	private final Connection connection;

	private final Set<String> skippedTables;

	/**
	 * Works on the given connection.
	 * @param connection a connection to the store, in auto-commit mode
	 * @param skippedTables tables left alone, in lower case (H2 names a table in upper
	 * case unless it was created with a quoted name, as Flyway's is)
	 */
	EmbeddedStoreIndexes(Connection connection, Set<String> skippedTables) {
		this.connection = connection;
		this.skippedTables = skippedTables;
	}

	/**
	 * Finishes the swap of an index whose rebuild was cut short: the old one is dropped
	 * before the new one takes its name, so at most one of them can be missing.
	 * @throws SQLException when the store cannot be read or changed
	 */
	void finishInterruptedRebuilds() throws SQLException {
		Map<String, Index> indexes = indexes();
		for (Index index : indexes.values()) {
			if (index.name().endsWith(REBUILT)) {
				String original = index.name().substring(0, index.name().length() - REBUILT.length());
				if (indexes.containsKey(original)) {
					execute("drop index " + quote(index.name()));
				}
				else {
					execute("alter index " + quote(index.name()) + " rename to " + quote(original));
				}
			}
		}
	}

	/**
	 * Walks every index and compares the entries it holds with the rows of its table.
	 * @return how many indexes were walked, and those out of step with their table
	 * @throws SQLException when the store cannot be read
	 */
	Walk walk() throws SQLException {
		List<Index> broken = new ArrayList<>();
		Map<String, Long> rows = new LinkedHashMap<>();
		Collection<Index> indexes = indexes().values();
		for (Index index : indexes) {
			long tableRows = rows.computeIfAbsent(index.table(), this::rowsOf);
			if (tableRows < 0 || entriesOf(index) != tableRows) {
				broken.add(index);
			}
		}
		return new Walk(indexes.size(), broken);
	}

	/**
	 * Builds a plain index again: a new one beside it first, then the old one dropped and
	 * the new one given its name, so that a stop in between leaves an index in place.
	 * @param index an index that backs no constraint
	 * @throws SQLException when the store cannot be changed
	 */
	void rebuild(Index index) throws SQLException {
		String rebuilt = index.name() + REBUILT;
		execute("create index " + quote(rebuilt) + " on " + quote(index.table()) + " (" + index.order() + ")");
		execute("drop index " + quote(index.name()));
		execute("alter index " + quote(rebuilt) + " rename to " + quote(index.name()));
	}

	/**
	 * Empties every table but the skipped ones. {@code TRUNCATE} clears a table and its
	 * indexes whole, where a {@code DELETE} would look every row up in indexes that may
	 * not hold it; referential integrity is off meanwhile, as H2 truncates no table that
	 * a foreign key references otherwise.
	 * @throws SQLException when the store cannot be changed
	 */
	void emptyTables() throws SQLException {
		Set<String> tables = new HashSet<>();
		for (Index index : indexes().values()) {
			tables.add(index.table());
		}
		execute("set referential_integrity false");
		try {
			for (String table : tables) {
				execute("truncate table " + quote(table));
			}
		}
		finally {
			execute("set referential_integrity true");
		}
	}

	private Map<String, Index> indexes() throws SQLException {
		Set<String> constraintIndexes = new HashSet<>();
		try (Statement statement = this.connection.createStatement();
				ResultSet row = statement.executeQuery(CONSTRAINT_INDEXES)) {
			while (row.next()) {
				constraintIndexes.add(row.getString(1));
			}
		}
		// One row per column, in each index's order.
		Map<String, String> tables = new LinkedHashMap<>();
		Map<String, StringBuilder> orders = new LinkedHashMap<>();
		try (Statement statement = this.connection.createStatement(); ResultSet row = statement.executeQuery(INDEXES)) {
			while (row.next()) {
				String table = row.getString(1);
				if (this.skippedTables.contains(table.toLowerCase(Locale.ROOT))) {
					continue;
				}
				String name = row.getString(2);
				tables.put(name, table);
				StringBuilder order = orders.computeIfAbsent(name, (unused) -> new StringBuilder());
				if (!order.isEmpty()) {
					order.append(", ");
				}
				order.append(quote(row.getString(3))).append(' ').append(row.getString(4));
				String nulls = row.getString(5);
				if (nulls != null) {
					order.append(" nulls ").append(nulls.toLowerCase(Locale.ROOT));
				}
			}
		}
		Map<String, Index> indexes = new LinkedHashMap<>();
		orders.forEach((name, order) -> indexes.put(name,
				new Index(tables.get(name), name, order.toString(), constraintIndexes.contains(name))));
		return indexes;
	}

	// The table's own count, kept with its rows: no index is walked.
	private long rowsOf(String table) {
		try {
			return count("select count(*) from " + quote(table));
		}
		catch (SQLException ex) {
			return -1;
		}
	}

	// Sorted in the index's own order, the rows come from walking that index alone. An
	// entry whose row is gone fails the walk, and counts as out of step.
	private long entriesOf(Index index) {
		try {
			return count("select count(*) from (select 1 from " + quote(index.table()) + " use index ("
					+ quote(index.name()) + ") order by " + index.order() + ")");
		}
		catch (SQLException ex) {
			return -1;
		}
	}

	private long count(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String quote(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	/**
	 * What a walk through every index found.
	 *
	 * @param walked how many indexes were walked
	 * @param outOfStep those whose entries differ from their table's rows
	 */
	record Walk(int walked, List<Index> outOfStep) {

		boolean rebuildable() {
			return this.outOfStep.stream().noneMatch(Index::constraint);
		}

	}

	/**
	 * One index of the store.
	 *
	 * @param table its table
	 * @param name its name
	 * @param order its columns in its order, as an {@code ORDER BY} list
	 * @param constraint whether it backs a constraint, and so cannot be rebuilt alone
	 */
	record Index(String table, String name, String order, boolean constraint) {

		@Override
		public String toString() {
			return this.table.toLowerCase(Locale.ROOT) + "." + this.name.toLowerCase(Locale.ROOT);
		}

	}

}
