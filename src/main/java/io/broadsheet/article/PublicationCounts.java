package io.broadsheet.article;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many articles were published per year, month or day, and how many have no known
 * date: one grouped query each, loading nothing but the counts. The archive module
 * presents them; the queries stay here, beside the table they read.
 */
@Service
@Transactional(readOnly = true)
public class PublicationCounts {

	private final ArticleRepository articles;

	PublicationCounts(ArticleRepository articles) {
		this.articles = articles;
	}

	/** Articles per year that has any, oldest first; each period starts on January 1. */
	public List<PeriodCount> perYear() {
		return this.articles.countPerYear()
			.stream()
			.map((row) -> new PeriodCount(LocalDate.of((Integer) row[0], 1, 1), (Long) row[1]))
			.toList();
	}

	/**
	 * Articles per month that has any, oldest first; each period starts on its first day.
	 */
	public List<PeriodCount> perMonth() {
		return this.articles.countPerMonth()
			.stream()
			.map((row) -> new PeriodCount(LocalDate.of((Integer) row[0], (Integer) row[1], 1), (Long) row[2]))
			.toList();
	}

	/** Articles per day that has any, oldest first. */
	public List<PeriodCount> perDay() {
		return this.articles.countPerDay()
			.stream()
			.map((row) -> new PeriodCount((LocalDate) row[0], (Long) row[1]))
			.toList();
	}

	/** Articles whose publication date is unknown. */
	public long undated() {
		return this.articles.countByPublishedDateIsNull();
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
