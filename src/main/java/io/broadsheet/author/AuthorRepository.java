package io.broadsheet.author;

import java.util.Collection;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Authors, with the statistics the last sync left on them.
 */
public interface AuthorRepository extends JpaRepository<Author, String> {

	@Query("select a.id from Author a where a.id in :ids")
	Set<String> findExistingIds(Collection<String> ids);

}
