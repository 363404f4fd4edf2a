package io.broadsheet.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much memory the answer caches may hold, all of them together ({@link CacheBudget}).
 *
 * @param heapShare the share of the maximum heap that what the service keeps live and the
 * caches may fill together: the caches get what is left of it once the application itself
 * and the served corpus's in-memory listing (page summaries, timeline) are counted, so a
 * larger corpus or a smaller heap leaves them less, down to nothing
 * @param size the caches' budget instead of the share of the heap; {@code 0} keeps no
 * answer at all
 */
@ConfigurationProperties("broadsheet.cache")
public record CacheBudgetProperties(@DefaultValue("0.4") double heapShare, DataSize size) {

}
