package io.broadsheet.archive;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.function.Function;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.article.PublicationCounts;
import io.broadsheet.article.PublicationCounts.PeriodCount;

/**
 * The archive of one granularity, from the article module's publication counts.
 */
@Component
public class ArchiveQueries {

	private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

	private final PublicationCounts counts;

	ArchiveQueries(PublicationCounts counts) {
		this.counts = counts;
	}

	// Counting reads every article: worth keeping until the next sync. One transaction,
	// so that the buckets and the undated count come from the same corpus.
	@Cacheable(ArchiveHttpCaching.ARCHIVES)
	@Transactional(readOnly = true)
	public Archive archive(Granularity granularity) {
		List<ArchiveBucket> buckets = switch (granularity) {
			case YEAR -> buckets(this.counts.perYear(), YEAR::format);
			case MONTH -> buckets(this.counts.perMonth(), MONTH::format);
			case DAY -> buckets(this.counts.perDay(), DateTimeFormatter.ISO_LOCAL_DATE::format);
		};
		return new Archive(granularity.toString(), buckets, this.counts.undated());
	}

	private static List<ArchiveBucket> buckets(List<PeriodCount> counts, Function<TemporalAccessor, String> period) {
		return counts.stream().map((count) -> ArchiveBucket.of(period.apply(count.start()), count.articles())).toList();
	}

}
