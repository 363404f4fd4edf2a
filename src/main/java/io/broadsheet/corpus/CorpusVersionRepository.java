package io.broadsheet.corpus;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorpusVersionRepository extends JpaRepository<CorpusVersion, Integer> {

}
