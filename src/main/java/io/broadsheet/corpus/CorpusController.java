package io.broadsheet.corpus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Corpus", description = "The folder the articles come from, and what the last sync made of it")
class CorpusController {

	private final CorpusLoader loader;

	private final LiveCorpus live;

	CorpusController(CorpusLoader loader, LiveCorpus live) {
		this.loader = loader;
		this.live = live;
	}

	@GetMapping("/corpus")
	@Operation(operationId = "getCorpus", summary = "Report on the last corpus sync",
			description = "Files found, ingested and skipped (each with its reason), warnings, start time and duration "
					+ "of the last sync, what started it (startup or a change in the watched folder), and how the "
					+ "folder is watched.")
	CorpusReport corpus() {
		CorpusReport report = this.loader.lastReport();
		if (report == null) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The corpus has not been synced yet");
		}
		return report.withWatch(this.live.status());
	}

}
