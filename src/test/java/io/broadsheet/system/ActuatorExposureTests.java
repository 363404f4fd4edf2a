package io.broadsheet.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.broadsheet.BroadsheetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * By default the actuator exposes health and info only: metrics are opt-in
 * ({@link PrometheusMetricsTests}).
 */
@BroadsheetIntegrationTest
class ActuatorExposureTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void exposesOnlyHealthAndInfoByDefault() {
		assertThat(this.mvc.get().uri("/actuator")).bodyJson()
			.extractingPath("$._links")
			.asMap()
			.containsOnlyKeys("self", "health", "health-path", "info");
		assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatus(404);
		assertThat(this.mvc.get().uri("/actuator/metrics")).hasStatus(404);
	}

}
