package io.broadsheet.system;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import io.broadsheet.BroadsheetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request threads: sized for the cores by default, as Spring Boot's property says
 * when it is set.
 */
@BroadsheetIntegrationTest
class TomcatConfigurationTests {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void eightRequestThreadsPerCoreAndNeverFewerThanSixteen() {
		assertThat(TomcatConfiguration.requestThreads(1)).isEqualTo(16);
		assertThat(TomcatConfiguration.requestThreads(2)).isEqualTo(16);
		assertThat(TomcatConfiguration.requestThreads(4)).isEqualTo(32);
		assertThat(TomcatConfiguration.requestThreads(16)).isEqualTo(128);
	}

	@Test
	void theRunningServerServesWithThreadsSizedForTheCores() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		assertThat(maxThreads(connector))
			.isEqualTo(TomcatConfiguration.requestThreads(Runtime.getRuntime().availableProcessors()));
	}

	@Test
	void thePropertyWinsWhenSet() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new TomcatConfiguration()
			.requestThreads(new MockEnvironment().withProperty(TomcatConfiguration.MAX_THREADS_PROPERTY, "50"))
			.customize(factory);
		Connector connector = new Connector();
		factory.getConnectorCustomizers().forEach((customizer) -> customizer.customize(connector));
		assertThat(maxThreads(connector)).isEqualTo(new Connector().getProperty("maxThreads"));
	}

	private static Object maxThreads(Connector connector) {
		return ((AbstractProtocol<?>) connector.getProtocolHandler()).getMaxThreads();
	}

}
