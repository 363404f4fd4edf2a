package io.broadsheet.author;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Authors, with the statistics the last sync left on them.
 */
public interface AuthorRepository extends JpaRepository<Author, String> {

}
