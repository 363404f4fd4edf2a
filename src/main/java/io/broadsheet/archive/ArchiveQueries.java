package io.broadsheet.archive;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts articles per period with one grouped query each; nothing is loaded but the
 * counts.
 */
@Repository
@Transactional(readOnly = true)
public class ArchiveQueries {

	private final EntityManager entityManager;

	ArchiveQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	// Counting reads every article: worth keeping until the next sync.
	@Cacheable("archives")
	public Archive archive(Granularity granularity) {
		List<ArchiveBucket> buckets = switch (granularity) {
			case YEAR -> this.entityManager.createQuery("""
					select year(a.publishedDate), count(a) from Article a where a.publishedDate is not null
					group by year(a.publishedDate) order by year(a.publishedDate)""", Object[].class)
				.getResultStream()
				.map((row) -> ArchiveBucket.of("%04d".formatted((Integer) row[0]), (Long) row[1]))
				.toList();
			case MONTH -> this.entityManager.createQuery("""
					select year(a.publishedDate), month(a.publishedDate), count(a) from Article a
					where a.publishedDate is not null
					group by year(a.publishedDate), month(a.publishedDate)
					order by year(a.publishedDate), month(a.publishedDate)""", Object[].class)
				.getResultStream()
				.map((row) -> ArchiveBucket.of("%04d-%02d".formatted((Integer) row[0], (Integer) row[1]),
						(Long) row[2]))
				.toList();
			case DAY -> this.entityManager.createQuery("""
					select a.publishedDate, count(a) from Article a where a.publishedDate is not null
					group by a.publishedDate order by a.publishedDate""", Object[].class)
				.getResultStream()
				.map((row) -> ArchiveBucket.of(((LocalDate) row[0]).toString(), (Long) row[1]))
				.toList();
		};
		long undated = this.entityManager
			.createQuery("select count(a) from Article a where a.publishedDate is null", Long.class)
			.getSingleResult();
		return new Archive(granularity.toString(), buckets, undated);
	}

}
