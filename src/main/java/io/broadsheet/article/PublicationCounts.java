package io.broadsheet.article;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many articles were published per year, month or day, and how many have no known
 * date: one grouped query each, loading nothing but the counts. The archive module
 * presents them; the queries stay here, beside the table they read. Plain SQL that H2 and
 * PostgreSQL both run, not HQL: see {@link ArticleRepository} for why.
 */
@Service
@Transactional(readOnly = true)
public class PublicationCounts {

	private static final String PER_YEAR = """
			select extract(year from published_date), count(*) from article where published_date is not null
			group by extract(year from published_date) order by 1""";

	private static final String PER_MONTH = """
			select extract(year from published_date), extract(month from published_date), count(*) from article
			where published_date is not null
			group by extract(year from published_date), extract(month from published_date) order by 1, 2""";

	private static final String PER_DAY = """
			select published_date, count(*) from article where published_date is not null
			group by published_date order by published_date""";

	private static final String UNDATED = "select count(*) from article where published_date is null";

	private final JdbcClient jdbc;

	PublicationCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Articles per year that has any, oldest first; each period starts on January 1. */
	public List<PeriodCount> perYear() {
		// getInt: PostgreSQL's extract gives a numeric, H2's an integer.
		return this.jdbc.sql(PER_YEAR)
			.query((row, number) -> new PeriodCount(LocalDate.of(row.getInt(1), 1, 1), row.getLong(2)))
			.list();
	}

	/**
	 * Articles per month that has any, oldest first; each period starts on its first day.
	 */
	public List<PeriodCount> perMonth() {
		return this.jdbc.sql(PER_MONTH)
			.query((row, number) -> new PeriodCount(LocalDate.of(row.getInt(1), row.getInt(2), 1), row.getLong(3)))
			.list();
	}

	/** Articles per day that has any, oldest first. */
	public List<PeriodCount> perDay() {
		return this.jdbc.sql(PER_DAY)
			.query((row, number) -> new PeriodCount(row.getObject(1, LocalDate.class), row.getLong(2)))
			.list();
	}

	/** Articles whose publication date is unknown. */
	public long undated() {
		return this.jdbc.sql(UNDATED).query(Long.class).single();
	}

	/**
	 * The articles published in one period.
	 *
	 * @param start the first day of the period
	 * @param articles how many articles were published in it
	 */
	public record PeriodCount(LocalDate start, long articles) {
	}

}
