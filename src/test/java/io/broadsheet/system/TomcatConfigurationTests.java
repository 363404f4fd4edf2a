package io.broadsheet.system;

import java.util.Map;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import io.broadsheet.BroadsheetIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request threads: sized for the cores by default, as Spring Boot's property says
 * when it is set.
 */
@BroadsheetIntegrationTest
class TomcatConfigurationTests {

	private static final int CORES = Runtime.getRuntime().availableProcessors();

	private static final Object TOMCAT_DEFAULT = maxThreads(new Connector());

	@Autowired
	WebServerApplicationContext context;

	@Test
	void twoRequestThreadsPerCoreAndAtLeastFourOverAStoreInThisProcess() {
		assertThat(TomcatConfiguration.threadsFor(1, true)).isEqualTo(4);
		assertThat(TomcatConfiguration.threadsFor(2, true)).isEqualTo(4);
		assertThat(TomcatConfiguration.threadsFor(4, true)).isEqualTo(8);
		assertThat(TomcatConfiguration.threadsFor(16, true)).isEqualTo(32);
	}

	@Test
	void eightRequestThreadsPerCoreAndAtLeastSixteenOverAStoreBehindASocket() {
		assertThat(TomcatConfiguration.threadsFor(1, false)).isEqualTo(16);
		assertThat(TomcatConfiguration.threadsFor(2, false)).isEqualTo(16);
		assertThat(TomcatConfiguration.threadsFor(4, false)).isEqualTo(32);
		assertThat(TomcatConfiguration.threadsFor(16, false)).isEqualTo(128);
	}

	@Test
	void overAServerStoreTheThreadsAreSizedForWaiting() {
		assertThat(maxThreadsWith(new MockEnvironment().withProperty(TomcatConfiguration.DATASOURCE_URL_PROPERTY,
				"jdbc:postgresql://127.0.0.1:5432/broadsheet")))
			.isEqualTo(TomcatConfiguration.threadsFor(CORES, false));
	}

	@Test
	void theRunningServerServesWithThreadsSizedForTheCores() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		assertThat(maxThreads(connector)).isEqualTo(TomcatConfiguration.threadsFor(CORES, true));
		assertThat(((AbstractProtocol<?>) connector.getProtocolHandler()).getMinSpareThreads())
			.isLessThanOrEqualTo(TomcatConfiguration.threadsFor(CORES, true));
	}

	@Test
	void thePropertyWinsWhenSet() {
		assertThat(maxThreadsWith(new MockEnvironment().withProperty(TomcatConfiguration.MAX_THREADS_PROPERTY, "50")))
			.isEqualTo(TOMCAT_DEFAULT);
		assertThat(maxThreadsWith(new MockEnvironment())).isEqualTo(TomcatConfiguration.threadsFor(CORES, true));
	}

	@Test
	void thePropertyWinsWhenSetAsAnEnvironmentVariable() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("test", Map.of("SERVER_TOMCAT_THREADS_MAX", "50")));
		assertThat(maxThreadsWith(environment)).isEqualTo(TOMCAT_DEFAULT);
	}

	// The connector's threads once this customizer has had its say in that environment
	// (Spring Boot's own, which applies the property, is not part of it).
	private static Object maxThreadsWith(ConfigurableEnvironment environment) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new TomcatConfiguration().requestThreads(environment).customize(factory);
		Connector connector = new Connector();
		factory.getConnectorCustomizers().forEach((customizer) -> customizer.customize(connector));
		return maxThreads(connector);
	}

	private static Object maxThreads(Connector connector) {
		return ((AbstractProtocol<?>) connector.getProtocolHandler()).getMaxThreads();
	}

}
