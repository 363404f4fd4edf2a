package io.broadsheet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the feature packages honest: dependencies point one way (corpus to article and
 * author, article to author) and nothing reaches into another module's internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BroadsheetApplication.class);

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirApi() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(this.modules).writeModulesAsPlantUml();
	}

}
